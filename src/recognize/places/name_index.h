// NameIndex: an open-addressing hash table from a name key's 64-bit hash to the places that
// bear that name, built once at load and read without allocation on the matching path.
//
// Each slot holds the hash, flags and the head of a linked list of postings in one shared array,
// so inserting while loading is O(1) and a lookup is one or two cache lines. Keys are identified
// by their hash alone: with under a million keys a false match on 64 bits is vanishingly rare,
// and it saves keeping a copy of every key. The flag kPrefix marks the first words of longer
// names ("el" of "el paso county"), so the matcher extends a name only while one can follow.
//
// Lookups read the arrays through plain pointers: into the index's own vectors once built, or
// into a snapshot of them (attach(), used by gazetteer_cache.cc) without copying it.
#pragma once

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace reckon::places {

class NameIndex {
 public:
  enum Flag : std::uint32_t { kName = 1, kPrefix = 2 };
  static constexpr std::uint32_t kEnd = 0xFFFFFFFF;

  struct Slot {
    std::uint64_t hash = 0;  // 0: empty
    std::uint32_t head = kEnd;
    std::uint32_t flags = 0;
  };

  explicit NameIndex(std::size_t expected_keys = 1024);
  NameIndex(const NameIndex& other);
  NameIndex& operator=(const NameIndex& other);
  NameIndex(NameIndex&&) noexcept = default;  // vectors keep their buffers: the views stay valid
  NameIndex& operator=(NameIndex&&) noexcept = default;
  ~NameIndex() = default;

  // Files `value` under `hash` (a name), unless it is already the most recent value there.
  void add(std::uint64_t hash, std::uint32_t value);
  // Marks `hash` as the beginning of a longer name.
  void add_prefix(std::uint64_t hash);
  // Asks the memory system for `hash`'s slot ahead of an add: loading inserts at random places
  // in a table far larger than the caches, and a prefetch a few keys ahead hides the misses.
  void prefetch(std::uint64_t hash) const { __builtin_prefetch(&view_.slots[hash & mask_], 1); }

  // The slot for `hash`, or nullptr. Most capitalised words in a text are no place name: a
  // filter of two bits per key, small enough to stay in cache, turns them away before the table.
  // The probe gives up after visiting every slot, so a table with no free slot (a damaged
  // snapshot) still ends.
  const Slot* find(std::uint64_t hash) const {
    if (!might_contain(hash)) return nullptr;
    std::size_t i = hash & mask_;
    for (std::size_t probes = 0; probes <= mask_; ++probes) {
      const Slot& s = view_.slots[i];
      if (s.hash == hash) return &s;
      if (s.hash == 0) return nullptr;
      i = (i + 1) & mask_;
    }
    return nullptr;
  }
  // Postings are walked from a slot's head by next() until kEnd. Both check their posting
  // (attach() does not): one past the array reads as the end of the chain with a value no place
  // has, and a chain ends where a link fails to point backwards, as every link of a built index
  // does (each posting is pushed with the previous head as next), so a walk always ends.
  std::uint32_t value(std::uint32_t posting) const {
    return posting < view_.posting_count ? view_.postings[posting].value : kEnd;
  }
  std::uint32_t next(std::uint32_t posting) const {
    if (posting >= view_.posting_count) return kEnd;
    const std::uint32_t n = view_.postings[posting].next;
    return n < posting ? n : kEnd;
  }
  // A posting's value and next posting together, with one check for both: value(p), next(p).
  struct Link {
    std::uint32_t value;
    std::uint32_t next;
  };
  Link link(std::uint32_t posting) const {
    if (posting >= view_.posting_count) return {kEnd, kEnd};
    const Posting& q = view_.postings[posting];
    return {q.value, q.next < posting ? q.next : kEnd};
  }
  std::size_t keys() const { return used_; }
  std::size_t postings() const { return view_.posting_count; }

  // Appends the index's arrays to `out`, for the gazetteer's snapshot cache.
  void save(std::string& out) const;
  // Reads an index saved by save() from the front of `bytes` (which it then skips) in place: the
  // bytes must stay valid as long as the index, which keeps `backing` (their owner) alive. The
  // sizes are checked (tables a power of two, arrays aligned and inside the bytes), the slots and
  // postings are not: find(), value() and next() stay in bounds whatever they hold, and posting
  // values are the caller's to check. So attaching costs no pass over the arrays. An attached
  // index is read-only.
  bool attach(std::string_view& bytes, std::shared_ptr<const void> backing);

  // Reorders the values of every key with more than `min_values` of them by `before`, so a
  // reader that stops early ("Springfield" names dozens of places) sees the first in that order.
  template <typename Before>
  void order_long_lists(std::size_t min_values, Before before) {
    std::vector<std::uint32_t> values;
    for (const Slot& s : slots_) {
      values.clear();
      for (std::uint32_t p = s.head; p != kEnd; p = postings_[p].next)
        values.push_back(postings_[p].value);
      if (values.size() <= min_values) continue;
      std::stable_sort(values.begin(), values.end(), before);
      std::size_t k = 0;
      for (std::uint32_t p = s.head; p != kEnd; p = postings_[p].next)
        postings_[p].value = values[k++];
    }
  }

 private:
  struct Posting {
    std::uint32_t value;
    std::uint32_t next;
  };
  struct View {
    const Slot* slots = nullptr;
    const Posting* postings = nullptr;
    const std::uint64_t* filter = nullptr;
    std::size_t slot_count = 0;
    std::size_t posting_count = 0;
    std::size_t filter_words = 0;
  };
  Slot& slot_for(std::uint64_t hash);
  void grow();
  // Points the view at the vectors (after building or copying them).
  void view_own() {
    view_ = {slots_.data(), postings_.data(), filter_.data(), slots_.size(), postings_.size(), filter_.size()};
  }
  // A blocked filter: both bits of a key in one 64-bit word, so a test is one memory access.
  static std::uint64_t filter_bits(std::uint64_t hash) {
    return (std::uint64_t{1} << ((hash >> 52) & 63)) | (std::uint64_t{1} << ((hash >> 58) & 63));
  }
  bool might_contain(std::uint64_t hash) const {
    const std::uint64_t bits = filter_bits(hash);
    return (view_.filter[(hash >> 20) & filter_mask_] & bits) == bits;
  }
  void remember(std::uint64_t hash) { filter_[(hash >> 20) & filter_mask_] |= filter_bits(hash); }

  std::vector<Slot> slots_;
  std::vector<Posting> postings_;
  std::vector<std::uint64_t> filter_;  // 64-bit words, about 12 bits per key
  std::uint64_t filter_mask_ = 0;      // words - 1
  std::size_t mask_ = 0;
  std::size_t used_ = 0;
  View view_;
  std::shared_ptr<const void> backing_;  // set when attached: the viewed bytes' owner, if any
};

}  // namespace reckon::places
