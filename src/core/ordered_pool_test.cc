#include "reckon/ordered_pool.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>

namespace reckon {
namespace {

// Work whose duration varies so that results finish out of order on several threads.
std::string slow_square(int& x) {
  std::this_thread::sleep_for(std::chrono::microseconds((x * 7919) % 300));
  return std::to_string(x * x);
}

TEST(OrderedPool, ResultsComeBackInInputOrderOnManyThreads) {
  for (unsigned threads : {1u, 2u, 4u, 8u}) {
    std::vector<std::string> got;
    {
      OrderedPool<int, std::string> pool(threads, 16, slow_square,
                                         [&](int&, std::string& out) { got.push_back(out); });
      for (int i = 0; i < 500; ++i) pool.submit(i);
      pool.finish();
    }
    ASSERT_EQ(got.size(), 500u) << threads << " threads";
    for (int i = 0; i < 500; ++i) EXPECT_EQ(got[static_cast<std::size_t>(i)], std::to_string(i * i));
  }
}

TEST(OrderedPool, NeverHoldsMoreThanTheBoundInFlight) {
  std::atomic<int> submitted{0};
  std::atomic<int> sunk{0};
  int worst = 0;
  OrderedPool<int, int> pool(
      4, 8, [](int& x) { return x; },
      [&](int&, int&) {
        ++sunk;
      });
  for (int i = 0; i < 1000; ++i) {
    pool.submit(i);
    ++submitted;
    worst = std::max(worst, submitted.load() - sunk.load());
  }
  pool.finish();
  EXPECT_EQ(sunk.load(), 1000);
  EXPECT_LE(worst, 9);
}

TEST(OrderedPool, FinishIsIdempotentAndDestructorFinishes) {
  int count = 0;
  {
    OrderedPool<int, int> pool(2, 4, [](int& x) { return x; }, [&](int&, int&) { ++count; });
    for (int i = 0; i < 10; ++i) pool.submit(i);
  }
  EXPECT_EQ(count, 10);
}

}  // namespace
}  // namespace reckon
