// Phone, numeric-date and URL shapes. Each is a fixed sequence of glued tokens, so each matcher is
// a short straight-line check on digit-group lengths: no search, nothing to backtrack.
#include "recognize/numbers/forms.h"

#include "recognize/numbers/digits.h"

namespace reckon::numbers {
namespace {

// Digits in number token i when it is plain digits only (no separators, no suffix), else -1.
int plain_digits(const TokenView& v, std::uint32_t i) {
  if (!v.number(i)) return -1;
  const std::string_view n = v.norm(i);
  for (const char c : n) {
    if (c < '0' || c > '9') return -1;
  }
  return static_cast<int>(n.size());
}

int int_value(const TokenView& v, std::uint32_t i) {
  int x = 0;
  for (const char c : v.norm(i)) x = x * 10 + (c - '0');
  return x;
}

// Number token i glued after a glued separator: "-4567" in "123-4567".
bool glued_after(const TokenView& v, std::uint32_t sep, char c) {
  return v.punct(sep, c) && v.glued(sep) && v.glued(sep + 1);
}

double append_digits(double acc, std::string_view s) {
  for (const char c : s) {
    if (c >= '0' && c <= '9') acc = acc * 10 + (c - '0');
  }
  return acc;
}

// The tail of a phone number after its area code or first group: "123-4567" or "222-TIPS" (a
// word of capitals spelling the last digits). Returns the index after it, or 0.
std::uint32_t phone_tail(const TokenView& v, std::uint32_t i, double& value) {
  if (plain_digits(v, i) != 3 || !glued_after(v, i + 1, '-')) return 0;
  if (plain_digits(v, i + 2) == 4) {
    value = append_digits(append_digits(value, v.norm(i)), v.norm(i + 2));
    return i + 3;
  }
  if (v.word(i + 2) && v.token(i + 2).has(kAllCaps) && v.norm(i + 2).size() >= 4) {
    value = append_digits(value, v.norm(i));
    return i + 3;
  }
  return 0;
}

bool valid_month_day(int month, int day) { return month >= 1 && month <= 12 && day >= 1 && day <= 31; }

}  // namespace

// "999.999.9999" is one token. Neither dotted shape fits in fewer than ten bytes ("1.800.555."
// at the least), so shorter tokens, most numbers, are not parsed for it.
constexpr std::size_t kShortestDotted = 10;

FormMatch match_phone(const TokenView& v, std::uint32_t i) {
  FormMatch m;
  m.quantity = Quantity::kPhone;
  double value = 0;
  // "(555) 123-4567"
  if (v.punct(i, '(') && plain_digits(v, i + 1) == 3 && v.punct(i + 2, ')')) {
    value = append_digits(0, v.norm(i + 1));
    if ((m.last = phone_tail(v, i + 3, value)) != 0) m.value = value;
    return m;
  }
  // Every other shape is glued to what follows ("555-1234") or one long token: a number standing
  // apart, as most do, is none of them.
  if (!v.glued(i + 1) && v.norm(i).size() < kShortestDotted) return m;
  const int first = plain_digits(v, i);
  // "1-800-555-1234": a leading 1 before a full number.
  if (first == 1 && glued_after(v, i + 1, '-') && plain_digits(v, i + 2) == 3 && glued_after(v, i + 3, '-')) {
    value = append_digits(append_digits(0, v.norm(i)), v.norm(i + 2));
    if ((m.last = phone_tail(v, i + 4, value)) != 0) m.value = value;
    return m;
  }
  // "555-123-4567" or "546-6249" or "999-TIPS"
  if (first == 3 && glued_after(v, i + 1, '-')) {
    value = append_digits(0, v.norm(i));
    if ((m.last = phone_tail(v, i + 2, value)) != 0) {
      m.value = value;
      return m;
    }
    value = 0;
    if (plain_digits(v, i + 2) == 4 ||
        (v.word(i + 2) && v.token(i + 2).has(kAllCaps) && v.norm(i + 2).size() >= 4)) {
      m.last = i + 3;
      m.value = append_digits(append_digits(0, v.norm(i)), v.norm(i + 2));
    }
    return m;
  }
  if (v.number(i) && v.norm(i).size() >= kShortestDotted) {
    const DigitForm f = parse_digits(v.norm(i));
    if (f.separator == '.' && f.suffix.empty() &&
        ((f.groups == 3 && f.group_len[0] == 3 && f.group_len[1] == 3 && f.group_len[2] == 4) ||
         (f.groups == 4 && f.group_len[0] == 1 && f.group_len[1] == 3 && f.group_len[2] == 3))) {
      m.last = i + 1;
      m.value = append_digits(0, f.body);
    }
  }
  return m;
}

FormMatch match_numeric_date(const TokenView& v, std::uint32_t i) {
  FormMatch m;
  m.quantity = Quantity::kDate;
  const int first = plain_digits(v, i);
  if (first < 1) {
    if (!v.number(i)) return m;
    // "04.10.2020": day.month.year in one token.
    const DigitForm f = parse_digits(v.norm(i));
    if (f.separator == '.' && f.groups == 3 && f.suffix.empty() && f.group_len[0] <= 2 && f.group_len[1] <= 2 &&
        (f.group_len[2] == 4 || f.group_len[2] == 2)) {
      const int a = static_cast<int>(f.value);
      const std::size_t dot = f.body.find('.');
      const int b = static_cast<int>(append_digits(0, f.body.substr(dot + 1, f.group_len[1])));
      if (valid_month_day(b, a) || valid_month_day(a, b)) {
        m.last = i + 1;
        m.value = a;
      }
    }
    return m;
  }
  if (!v.glued(i + 1)) return m;  // every shape below is glued to what follows
  // "2020-10-11" and "2018/03/29"
  if (first == 4 && (glued_after(v, i + 1, '-') || glued_after(v, i + 1, '/')) && plain_digits(v, i + 2) >= 1 &&
      plain_digits(v, i + 2) <= 2 && v.punct(i + 3, v.norm(i + 1)[0]) && v.glued(i + 3) && v.glued(i + 4) &&
      plain_digits(v, i + 4) >= 1 && plain_digits(v, i + 4) <= 2 &&
      valid_month_day(int_value(v, i + 2), int_value(v, i + 4))) {
    m.last = i + 5;
    m.value = int_value(v, i + 4);
    return m;
  }
  // "10/11/2020", "10/11/20", "10/11"; "24/7" and other ratios are kOther.
  if (first <= 2 && glued_after(v, i + 1, '/') && plain_digits(v, i + 2) >= 1 && plain_digits(v, i + 2) <= 2) {
    const int a = int_value(v, i), b = int_value(v, i + 2);
    m.last = i + 3;
    if ((a == 24 && b == 7) || (!valid_month_day(a, b) && !valid_month_day(b, a))) {
      m.quantity = Quantity::kOther;  // a ratio or fraction: "24/7", "3/4"
      m.value = a;
      return m;
    }
    m.value = valid_month_day(a, b) ? b : a;
    if (glued_after(v, i + 3, '/') && (plain_digits(v, i + 4) == 2 || plain_digits(v, i + 4) == 4)) m.last = i + 5;
  }
  return m;
}

std::uint32_t url_run_end(const TokenView& v, std::uint32_t i) {
  // A number glued to nothing is a run of its own, and a number alone is no address: most numbers
  // are, and leave here.
  if (!v.glued(i) && !v.glued(i + 1)) return 0;
  constexpr std::uint32_t kReach = 48;
  std::uint32_t first = i, last = i + 1;
  while (first > 0 && i - first < kReach && v.glued(first)) --first;
  while (last < v.size() && last - i < kReach && v.glued(last)) ++last;
  bool slash = false, at = false, domain = false, long_word = false;
  for (std::uint32_t k = first; k < last; ++k) {
    const std::string_view n = v.norm(k);
    if (v.punct(k, '/')) slash = true;
    if (n == "@" || n == "www" || n == "http" || n == "https") at = true;
    if (v.word(k) && n.size() >= 2) long_word = true;
    if (v.punct(k, '.') && k > first && v.word(k - 1) && v.word(k + 1) && k + 1 < last &&
        (v.is(k + 1, "com") || v.is(k + 1, "org") || v.is(k + 1, "net") || v.is(k + 1, "gov") ||
         v.is(k + 1, "edu") || v.is(k + 1, "html") || v.is(k + 1, "php") || v.is(k + 1, "aspx"))) {
      domain = true;
    }
  }
  if (at || domain || (slash && long_word)) return last;
  return 0;
}

std::uint32_t match_meridiem(const TokenView& v, std::uint32_t i, bool& pm) {
  const std::string_view n = v.norm(i);
  if (n == "am" || n == "pm") {
    pm = n == "pm";
    return 1;
  }
  if ((n == "a" || n == "p") && v.punct(i + 1, '.') && v.glued(i + 1) && v.is(i + 2, "m") && v.glued(i + 2)) {
    pm = n == "p";
    return v.punct(i + 3, '.') && v.glued(i + 3) ? 4 : 3;
  }
  return 0;
}

}  // namespace reckon::numbers
