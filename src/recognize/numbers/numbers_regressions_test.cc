// Regressions found by fuzzing (tests/fuzz/fuzz_numbers.cc, fuzz_recognizers.cc, fuzz_extract.cc):
// number tokens of any length must be read without undefined behaviour (a double out of an
// integer's range converted to it) and come back as sane intervals. The raw reproducers are also
// replayed from tests/fuzz/regressions/.
#include <gtest/gtest.h>

#include <limits>
#include <string>

#include "reckon/numbers.h"
#include "recognize/numbers/digits.h"

namespace reckon {
namespace {

std::vector<NumberMention> numbers_in(const std::string& text) {
  const TokenizedText tt = tokenize(text);
  return recognize_numbers(tt, text);
}

TEST(NumbersRegressions, SaturateClampsToTheTypeAndNaNToZero) {
  EXPECT_EQ(numbers::saturate<int>(1e47), std::numeric_limits<int>::max());
  EXPECT_EQ(numbers::saturate<int>(-1e47), std::numeric_limits<int>::min());
  EXPECT_EQ(numbers::saturate<std::int64_t>(9.3e18), std::numeric_limits<std::int64_t>::max());
  EXPECT_EQ(numbers::saturate<int>(std::numeric_limits<double>::quiet_NaN()), 0);
  EXPECT_EQ(numbers::saturate<int>(41.9), 41);
}

// "1333...3:1": a clock's hours of 35 digits (was: double -> int overflow in parse_digits).
TEST(NumbersRegressions, ClockWithEnormousHoursIsNoTime) {
  const std::string text = "It began at 1" + std::string(34, '3') + ":1 pm and at 99999999999:30 am.";
  for (const NumberMention& n : numbers_in(text)) EXPECT_NE(n.quantity, Quantity::kTimeOfDay) << text;
}

// "the 1e47s": a decade of 48 digits (was: double -> int64 overflow in decade()).
TEST(NumbersRegressions, EnormousDecadeIsNoYear) {
  const std::string text = "In the 1" + std::string(47, '0') + "s and the 1" + std::string(400, '0') + "s.";
  const auto numbers = numbers_in(text);
  ASSERT_FALSE(numbers.empty());
  for (const NumberMention& n : numbers) {
    EXPECT_NE(n.quantity, Quantity::kYear);
    EXPECT_TRUE(!n.max || *n.max >= n.min);
  }
}

TEST(NumbersRegressions, EnormousFiguresSaturateTheirInterval) {
  for (const std::string& digits : {std::string(30, '9'), std::string(400, '9'), "1" + std::string(320, '0')}) {
    const std::string text = "more than " + digits + " people, " + digits + ".5 percent and " + digits + " pm";
    for (const NumberMention& n : numbers_in(text)) {
      EXPECT_GE(n.min, 0) << text;
      EXPECT_TRUE(!n.max || *n.max >= n.min) << text;
    }
  }
}

// 256 and more digit groups in one token: the uint8 group counter used to wrap to "one group".
TEST(NumbersRegressions, ThousandsOfGroupsAreNotOnePlainNumber) {
  std::string token = "1";
  for (int i = 0; i < 256; ++i) token += ",1";
  const auto numbers = numbers_in("They counted " + token + " people.");
  for (const NumberMention& n : numbers) EXPECT_NE(n.quantity, Quantity::kYear);
  const numbers::DigitForm f = numbers::parse_digits(token);
  EXPECT_FALSE(f.plain());
  EXPECT_EQ(f.groups, 255);
}

}  // namespace
}  // namespace reckon
