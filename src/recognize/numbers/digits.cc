// Digit token parsing: one pass over the body records the digit groups and separators, then the
// shape decides the value. Commas are thousands separators only in groups of three; a single dot
// is a decimal point; two or more dots are left to the phone and date rules (value = first group).
#include "recognize/numbers/digits.h"

namespace reckon::numbers {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The value of a run of digits (at most 18 are read; longer runs are identifiers anyway).
double digits_value(std::string_view s) {
  double v = 0;
  for (const char c : s) {
    if (is_digit(c)) v = v * 10 + (c - '0');
  }
  return v;
}

// Reads the body at the start of norm (digits and the separators between them) in one pass,
// recording its digit groups and separators; returns the body's length.
std::size_t read_groups(std::string_view norm, DigitForm& f) {
  int commas = 0, dots = 0, colons = 0;
  std::uint8_t len = 0;
  std::size_t end = 0;
  for (; end < norm.size(); ++end) {
    const char c = norm[end];
    if (is_digit(c)) {  // counters stop at 255 rather than wrap: 256 groups are not one
      if (len < 255) ++len;
      if (f.digits < 255) ++f.digits;
      continue;
    }
    if (c != ',' && c != '.' && c != ':') break;  // the suffix begins
    if (f.groups < 4) f.group_len[f.groups] = len;
    if (f.groups < 255) ++f.groups;
    len = 0;
    commas += c == ',';
    dots += c == '.';
    colons += c == ':';
  }
  if (f.groups < 4) f.group_len[f.groups] = len;
  if (f.groups < 255) ++f.groups;
  const int kinds = (commas > 0) + (dots > 0) + (colons > 0);
  f.separator = kinds == 0 ? 0 : kinds > 1 ? '*' : commas ? ',' : dots ? '.' : ':';
  return end;
}

// "1,500,000" or "1,500.25": a lead group of 1-3 digits, then groups of exactly three, then at
// most one decimal group.
bool english_grouping(const DigitForm& f) {
  if (f.group_len[0] == 0 || f.group_len[0] > 3) return false;
  bool seen_dot = false;
  std::size_t g = 1;
  for (const char c : f.body) {
    if (is_digit(c)) continue;
    if (c == ':' || seen_dot) return false;
    if (c == '.') {
      seen_dot = true;
    } else if (g < 4 && f.group_len[g] != 3) {
      return false;
    }
    ++g;
  }
  return true;
}

void read_value(DigitForm& f) {
  const std::string_view b = f.body;
  if (f.separator == 0) {
    f.value = digits_value(b);
  } else if (f.separator == ':') {
    const std::size_t colon = b.find(':');
    f.hours = saturate<int>(digits_value(b.substr(0, colon)));
    f.minutes = saturate<int>(digits_value(b.substr(colon + 1, 2)));
    f.clock = f.groups <= 3 && f.group_len[1] == 2 && f.hours <= 24 && f.minutes < 60;
    f.odd = !f.clock;
    f.value = f.hours + f.minutes / 60.0;
  } else if (f.separator == '.' && f.groups == 2) {
    const std::size_t dot = b.find('.');
    double frac = 0, scale = 0.1;
    for (const char c : b.substr(dot + 1)) {
      frac += (c - '0') * scale;
      scale /= 10;
    }
    f.value = digits_value(b.substr(0, dot)) + frac;
    f.decimal = true;
  } else if ((f.separator == ',' || f.separator == '*') && english_grouping(f)) {
    const std::size_t dot = b.find('.');
    f.grouped = true;
    f.value = digits_value(b.substr(0, dot));
    if (dot != std::string_view::npos) {
      f.decimal = true;
      double scale = 0.1;
      for (const char c : b.substr(dot + 1)) {
        f.value += (c - '0') * scale;
        scale /= 10;
      }
    }
  } else {
    f.odd = true;  // "1.2.3", "10,11": phone, date or list shapes; the value is the first group
    std::size_t end = 0;
    while (end < b.size() && is_digit(b[end])) ++end;
    f.value = digits_value(b.substr(0, end));
  }
}

}  // namespace

DigitForm parse_digits(std::string_view norm) {
  DigitForm f;
  const std::size_t end = read_groups(norm, f);
  f.body = norm.substr(0, end);
  f.suffix = norm.substr(end);
  read_value(f);
  return f;
}

}  // namespace reckon::numbers
