// Context rules about time: clock times, decades, ordinals and days beside a month, and the year
// rule. Each looks at most a few tokens either side of the phrase.
#include "recognize/numbers/context_rules.h"
#include "recognize/numbers/rule_helpers.h"

#include <cmath>

namespace reckon::numbers {
namespace {

bool four_digit_year_shape(const Numeral& n) {
  return n.from_digits && n.digits.plain() && n.digits.digits == 4 && n.value >= 1000 && n.value <= 2100;
}

bool day_shape(const Numeral& n) {
  return n.from_digits && n.digits.plain() && n.digits.digits <= 2 && n.value >= 1 && n.value <= 31;
}

Classification interval(Quantity q, std::uint32_t end, double value, std::int64_t min, std::int64_t max) {
  Classification c = classified(q, end);
  c.value = value;
  c.min = min;
  c.max = max;
  return c;
}

// Skips back over "early", "mid", "late", "mid-" before token i and returns the token before.
std::uint32_t before_decade_parts(const TokenView& v, std::uint32_t i) {
  std::uint32_t k = i;
  if (k >= 2 && v.punct(k - 1, '-') && v.glued(k) && v.is(k - 2, "mid")) k -= 2;
  if (k >= 1 && v.has(k - 1, kDecadePart)) --k;
  return k;
}

}  // namespace

Classification classified(Quantity q, std::uint32_t end) {
  Classification c;
  c.quantity = q;
  c.end = end;
  return c;
}

std::optional<Classification> clock_time(const Phrase& p, Meridiem m, std::uint32_t end) {
  const Numeral& n = p.low;
  if (!(n.value >= 0 && n.value < 100)) return classified(Quantity::kOther, end);  // no clock
  int hours = static_cast<int>(n.value), minutes = 0;
  if (n.from_digits && n.digits.clock) {
    hours = n.digits.hours;
    minutes = n.digits.minutes;
  } else if (n.from_digits && n.digits.decimal) {  // "10.30 pm"
    minutes = static_cast<int>(std::lround((n.value - hours) * 100));
  }
  if (minutes >= 60 || hours > 24 || (m != Meridiem::kNone && (hours > 12 || hours == 0))) {
    return classified(Quantity::kOther, end);
  }
  if (m == Meridiem::kPm && hours < 12) hours += 12;
  if (m == Meridiem::kAm && hours == 12) hours = 0;
  const std::int64_t at = hours * 60 + minutes;
  return interval(Quantity::kTimeOfDay, end, hours + minutes / 60.0, at, at);
}

// A bare hour after a time word and before a part of the day: "shortly before 4 this morning",
// "a little after 11 last night", "at 9 tonight".
std::optional<Classification> daypart_time(const TokenView& v, const Phrase& p) {
  const Numeral& n = p.low;
  if (p.high || n.value < 1 || n.value > 12 || n.ordinal || (n.from_digits && !n.digits.plain())) return std::nullopt;
  if (n.first == 0 || !v.has(n.first - 1, kTimeLead)) return std::nullopt;
  const Meridiem m = daypart_after(v, p.end);
  if (m == Meridiem::kNone) return std::nullopt;
  return clock_time(p, m, p.end);
}

Meridiem daypart_after(const TokenView& v, std::uint32_t k) {
  if (v.is(k, "this") || v.is(k, "that") || v.is(k, "last") || v.is(k, "in") || v.has(k, kWeekday)) ++k;
  if (v.is(k, "the")) ++k;
  if (v.has(k, kDaypartAm)) return Meridiem::kAm;
  if (v.has(k, kDaypartPm)) return Meridiem::kPm;
  return Meridiem::kNone;
}

std::optional<Classification> military_time(const TokenView& v, const Phrase& p, std::uint32_t k) {
  const Numeral& n = p.low;
  if (!(v.is(k, "hours") || v.is(k, "hrs")) || !n.from_digits || !n.digits.plain() || n.digits.digits != 4) {
    return std::nullopt;
  }
  const int hhmm = saturate<int>(n.value);
  const bool led = n.digits.body[0] == '0' || (p.start > 0 && (v.is(p.start - 1, "at") || v.punct(p.start - 1, ':')));
  if (!led || hhmm / 100 > 24 || hhmm % 100 >= 60) return std::nullopt;
  const std::int64_t at = hhmm / 100 * 60 + hhmm % 100;
  return interval(Quantity::kTimeOfDay, k + 1, hhmm / 100 + hhmm % 100 / 60.0, at, at);
}

// "the 1990s", "the '90s", "in their 20s", "her mid-30s".
std::optional<Classification> decade(const TokenView& v, const Phrase& p) {
  if (!(p.low.value < 10000)) return classified(Quantity::kOther, p.end);  // "12345s": no decade
  const auto n = static_cast<std::int64_t>(p.low.value);
  if (n >= 1000) return interval(Quantity::kYear, p.end, static_cast<double>(n), n, n + 9);
  const std::uint32_t k = before_decade_parts(v, p.low.first);
  if (k > 0 && v.has(k - 1, kPossessive)) {
    Classification c = interval(Quantity::kAge, p.end, static_cast<double>(n), n, n + 9);
    c.approximate = true;
    return c;
  }
  if (k > 0 && v.punct(k - 1, '\'')) {
    const std::int64_t y = n < 30 ? 2000 + n : 1900 + n;
    return interval(Quantity::kYear, p.end, static_cast<double>(y), y, y + 9);
  }
  if (k > 0 && v.is(k - 1, "the")) {
    return interval(Quantity::kYear, p.end, static_cast<double>(1900 + n), 1900 + n, 1909 + n);
  }
  return classified(n < 130 ? Quantity::kAge : Quantity::kOther, p.end);
}

// "2nd", "fourth"; a day when beside a month ("October 4th", "the 4th of July"); part of an
// address before a street word ("61st Street").
std::optional<Classification> ordinal(const TokenView& v, const Phrase& p) {
  if (!p.low.ordinal) return std::nullopt;
  const double n = p.low.value;
  if (n >= 1 && n <= 31 && (month_before(v, p.low.first) || month_at(v, p.end))) {
    return classified(Quantity::kDate, p.end);
  }
  if (v.has(p.end, kStreet) && v.capitalized(p.end)) return classified(Quantity::kOther, p.end);
  return classified(Quantity::kOrdinal, p.end);
}

// A day of the month beside a month ("October 11", "11 October", "Oct. 11-12"), and the year of a
// written date ("October 11, 2020", "October 2020", "11 October 2022").
std::optional<Classification> date_part(const TokenView& v, const Phrase& p) {
  const Numeral& n = p.low;
  const std::uint32_t i = n.first;
  if (day_shape(n) && p.start == i && (month_before(v, i) || is_month(v, p.end))) {
    return classified(Quantity::kDate, p.end);
  }
  if (four_digit_year_shape(n) && p.start == i &&
      (month_before(v, i) || (i >= 2 && v.punct(i - 1, ',') && v.number(i - 2) && month_before(v, i - 2)))) {
    return classified(Quantity::kYear, p.end);
  }
  return std::nullopt;
}

// A bare four-digit number is a year ("1949", "in 2020", "the 2018 shooting") unless what is
// around it makes it a count: a quantity noun before "of" ("a population of 3000"), a modifier
// ("more than 2000"), or a counted noun or verb after it ("2000 people", "2000 were killed").
std::optional<Classification> year(const TokenView& v, const Phrase& p) {
  const Numeral& n = p.low;
  if (!four_digit_year_shape(n)) return std::nullopt;
  if (p.high && !(p.high->from_digits && p.high->value >= 1000 && p.high->value <= 2100)) return std::nullopt;
  const std::uint32_t i = p.start;
  if (i > 0 && v.is(i - 1, "of") && i >= 2) {
    if (v.has(i - 2, kCountOf)) return std::nullopt;
    if (v.has(i - 2, kYearOf) || v.capitalized(i - 2)) return classified(Quantity::kYear, p.end);
  }
  if (i > 0 && v.has(i - 1, kYearLead)) return classified(Quantity::kYear, p.end);
  if (p.effect != Effect::kNone && p.effect != Effect::kExact && p.effect != Effect::kBetween) return std::nullopt;
  const std::uint32_t e = p.end;
  if (people_noun(v, e) || v.has(e, kCountNext) || v.has(e, kUnitWord)) return std::nullopt;
  return classified(Quantity::kYear, p.end);
}

}  // namespace reckon::numbers
