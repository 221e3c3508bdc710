// OrderedPool: runs a function over a stream of items on several threads and hands the results
// back in input order, with a bound on how many items are in flight (so memory stays bounded on
// inputs of any size). With one thread it runs inline, with no thread at all.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace reckon {

template <typename In, typename Out>
class OrderedPool {
 public:
  using Work = std::function<Out(In&)>;
  using Sink = std::function<void(In&, Out&)>;

  // `threads` workers (1 = inline); at most `max_in_flight` items submitted but not yet sunk.
  OrderedPool(unsigned threads, std::size_t max_in_flight, Work work, Sink sink)
      : work_(std::move(work)), sink_(std::move(sink)), max_in_flight_(max_in_flight) {
    if (threads <= 1) return;
    for (unsigned i = 0; i < threads; ++i) workers_.emplace_back([this] { run_worker(); });
  }
  ~OrderedPool() { finish(); }
  OrderedPool(const OrderedPool&) = delete;
  OrderedPool& operator=(const OrderedPool&) = delete;

  // Queues one item; may block until earlier results have been sunk. Sinks run on this thread.
  void submit(In item) {
    if (workers_.empty()) {
      Out out = work_(item);
      sink_(item, out);
      return;
    }
    std::unique_lock lock(mu_);
    slots_.push_back(Slot{std::move(item), std::nullopt});
    pending_.push_back(next_index_++);
    work_ready_.notify_one();
    drain_locked(lock, max_in_flight_);
  }

  // Waits for every queued item and sinks the rest; stops the workers.
  void finish() {
    if (workers_.empty()) return;
    {
      std::unique_lock lock(mu_);
      drain_locked(lock, 0);
      stopping_ = true;
    }
    work_ready_.notify_all();
    for (std::thread& t : workers_) t.join();
    workers_.clear();
  }

 private:
  struct Slot {
    In item;
    std::optional<Out> out;
  };

  // Sinks finished results in order until at most `limit` items remain in flight.
  void drain_locked(std::unique_lock<std::mutex>& lock, std::size_t limit) {
    while (slots_.size() > limit || (!slots_.empty() && slots_.front().out)) {
      result_ready_.wait(lock, [this] { return slots_.front().out.has_value(); });
      Slot slot = std::move(slots_.front());
      slots_.pop_front();
      ++first_index_;
      lock.unlock();
      sink_(slot.item, *slot.out);
      lock.lock();
    }
  }

  void run_worker() {
    std::unique_lock lock(mu_);
    while (true) {
      work_ready_.wait(lock, [this] { return stopping_ || !pending_.empty(); });
      if (pending_.empty()) return;
      const std::size_t index = pending_.front();
      pending_.pop_front();
      // A deque keeps element addresses stable while other slots are pushed and popped.
      In& item = slots_[index - first_index_].item;
      lock.unlock();
      Out out = work_(item);
      lock.lock();
      slots_[index - first_index_].out = std::move(out);
      result_ready_.notify_all();
    }
  }

  Work work_;
  Sink sink_;
  std::size_t max_in_flight_;
  std::vector<std::thread> workers_;
  std::mutex mu_;
  std::condition_variable work_ready_;
  std::condition_variable result_ready_;
  std::deque<Slot> slots_;
  std::deque<std::size_t> pending_;
  std::size_t next_index_ = 0;
  std::size_t first_index_ = 0;
  bool stopping_ = false;
};

}  // namespace reckon
