// Reads one number token's text ("500,000", "1.5", "7:45", "2nd", "1990s", "9mm",
// "999.999.9999") into its value, the shape of its digit groups and the letters glued after it.
// The shape is what later rules look at: four plain digits may be a year, 3-3-4 dotted groups a
// phone number, "h:mm" a clock time.
#pragma once

#include <cstdint>
#include <limits>
#include <string_view>

namespace reckon::numbers {

struct DigitForm {
  double value = 0;           // the number before any suffix; for a clock, hours + minutes / 60
  std::uint8_t groups = 0;    // digit groups split at separators ("500,000" has 2)
  std::uint8_t group_len[4] = {0, 0, 0, 0};  // digits in each of the first four groups
  std::uint8_t digits = 0;    // all digits in the body
  char separator = 0;         // ',', '.' or ':' when the body has one kind only; '*' when mixed
  bool grouped = false;       // thousands separators in the English way ("1,500,000", "1,500.5")
  bool decimal = false;       // one decimal point ("1.5", "1,500.5")
  bool clock = false;         // "h:mm" with h <= 24 and mm < 60
  bool odd = false;           // separators that fit no number shape ("1,2", "1.2.3")
  int hours = 0, minutes = 0;  // for a clock
  std::string_view body;      // digits and separators
  std::string_view suffix;    // the glued letters ("nd", "s", "am", "mm", "k")

  bool plain() const { return groups == 1 && suffix.empty(); }
  // Plain digits, no separators (suffix allowed): the shape of years and house numbers.
  bool bare() const { return groups == 1; }
  bool integral() const { return !decimal && !clock && !odd; }
  bool ordinal_suffix() const {
    return suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th";
  }
};

// An integer from a figure, saturating at the type's range (0 for NaN): a number token may have
// any count of digits, and converting a double out of range is undefined behaviour.
template <typename Int>
Int saturate(double x) {
  constexpr double kLow = static_cast<double>(std::numeric_limits<Int>::min());
  constexpr double kHigh = static_cast<double>(std::numeric_limits<Int>::max());
  if (x != x) return 0;
  if (x <= kLow) return std::numeric_limits<Int>::min();
  if (x >= kHigh) return std::numeric_limits<Int>::max();
  return static_cast<Int>(x);
}

// Parses a kNumber token's norm. Never fails: an unreadable shape is flagged `odd`.
DigitForm parse_digits(std::string_view norm);

}  // namespace reckon::numbers
