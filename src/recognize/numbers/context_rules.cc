// Context rules for classification. Each looks at most a few tokens either side of the phrase;
// together they keep years, dates, addresses, identifiers and ages out of the counts that claim
// extraction reads.
#include "recognize/numbers/context_rules.h"

#include <cmath>

namespace reckon::numbers {
namespace {

bool is_month(const TokenView& v, std::uint32_t k) {
  const WordInfo* w = v.info(k);
  if (w == nullptr) return false;
  return w->has(kMonth) || (w->has(kMonthLoose) && v.capitalized(k));
}

// A month right before token i: "October 11", "Oct. 11".
bool month_before(const TokenView& v, std::uint32_t i) {
  if (i == 0) return false;
  std::uint32_t k = i - 1;
  if (v.punct(k, '.') && k > 0) --k;
  return is_month(v, k);
}

// A month at token k, or "of" and a month: "11 October", "the 4th of July".
bool month_at(const TokenView& v, std::uint32_t k) { return is_month(v, k) || (v.is(k, "of") && is_month(v, k + 1)); }

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

bool people_noun(const TokenView& v, std::uint32_t k) { return v.has(k, kPersonSingular) || v.has(k, kPersonPlural); }

bool ordinal_token(const TokenView& v, std::uint32_t k) {
  const std::string_view n = v.norm(k);
  if (n.size() < 3) return false;
  const std::string_view s = n.substr(n.size() - 2);
  return s == "st" || s == "nd" || s == "rd" || s == "th";
}

// Station call letters and code abbreviations before a number: "WCBS 880", "PC 273", "HS 11377".
bool code_letters(const TokenView& v, std::uint32_t k) {
  if (!v.word(k) || !v.token(k).has(kAllCaps)) return false;
  const std::size_t n = v.norm(k).size();
  return n >= 2 && n <= 5;
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

std::optional<Classification> military_time(const TokenView& v, const Phrase& p, std::uint32_t k) {
  const Numeral& n = p.low;
  if (!(v.is(k, "hours") || v.is(k, "hrs")) || !n.from_digits || !n.digits.plain() || n.digits.digits != 4) {
    return std::nullopt;
  }
  const int hhmm = static_cast<int>(n.value);
  const bool led = n.digits.body[0] == '0' || (p.start > 0 && (v.is(p.start - 1, "at") || v.punct(p.start - 1, ':')));
  if (!led || hhmm / 100 > 24 || hhmm % 100 >= 60) return std::nullopt;
  const std::int64_t at = hhmm / 100 * 60 + hhmm % 100;
  return interval(Quantity::kTimeOfDay, k + 1, hhmm / 100 + hhmm % 100 / 60.0, at, at);
}

// "the 1990s", "the '90s", "in their 20s", "her mid-30s".
std::optional<Classification> decade(const TokenView& v, const Phrase& p) {
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

// "Route 66", "No. 5", "#3", "call 911", "a 911 call", "AK-47", "COVID-19", ".40", "PC 273",
// "WCBS 880", height="420", and digits glued to other digits by a separator that no earlier rule
// read ("2018-00123", "717-255- 3025").
std::optional<Classification> designated(const TokenView& v, const Phrase& p) {
  const std::uint32_t i = p.start;
  if (p.low.from_digits && v.lexicon().find(v.norm(p.low.first)) != nullptr &&
      v.lexicon().find(v.norm(p.low.first))->has(kServiceNumber) && !p.high) {
    return classified(Quantity::kOther, p.end);
  }
  if (i == 0) return std::nullopt;
  if (v.symbol(i - 1, "#") || v.is(i - 1, "=") || (v.punct(i - 1, '"') && v.is(i - 2, "="))) {
    return classified(Quantity::kOther, p.end);
  }
  if (const NumberMention* prev = p.previous; prev != nullptr && prev->quantity == Quantity::kPhone &&
                                               v.punct(i - 1, '(') && prev->last_token + 1 == i) {
    return classified(Quantity::kPhone, p.end);  // "888-TIPS (8477)"
  }
  std::uint32_t k = i - 1;
  const bool stop = v.punct(k, '.') || v.punct(k, ':');
  if (stop && k > 0) --k;
  if (v.has(k, kDesignator)) {
    const bool is_no = v.is(k, "no") || v.is(k, "nos");
    if (!is_no || (stop && v.punct(i - 1, '.'))) return classified(Quantity::kOther, p.end);
  }
  if (code_letters(v, i - 1) && p.low.from_digits && !p.high && !(v.word(p.end) && !v.capitalized(p.end))) {
    return classified(Quantity::kOther, p.end);
  }
  const bool glued = v.glued(i);
  if (i >= 2 && v.glued(i - 1)) {
    const bool sep = v.punct(i - 1, '-') || ((v.punct(i - 1, '/') || v.punct(i - 1, '.')) && glued);
    if (sep && v.number(i - 2)) return classified(Quantity::kOther, p.end);
    if (glued && v.punct(i - 1, '-') && v.word(i - 2) && !v.is(i - 2, "mid")) return classified(Quantity::kOther, p.end);
  }
  if (glued && v.punct(i - 1, '.') && !v.glued(i - 1)) return classified(Quantity::kOther, p.end);  // ".40"
  return std::nullopt;
}

// A house number before a street name: "5550 North Federal Highway", "419 Banana Cay Drive",
// "2501 29th Street", "the 405 Freeway", "513-515 Union Street"; or after "at" before a
// capitalized name ("at 2916 Rosalie").
std::optional<Classification> street_number(const TokenView& v, const Phrase& p) {
  const Numeral& n = p.low;
  if (!n.from_digits || !n.digits.plain() || p.start != n.first) return std::nullopt;
  constexpr std::uint32_t kMaxNameTokens = 5;
  for (std::uint32_t k = p.end; k < p.end + kMaxNameTokens && k < v.size(); ++k) {
    if (v.punct(k, '.') && v.glued(k)) continue;  // "N. Federal", "St."
    const bool name = (v.word(k) && v.capitalized(k)) || (v.number(k) && ordinal_token(v, k));
    if (!name) break;
    if (v.has(k, kStreet)) return classified(Quantity::kOther, p.end);
  }
  const std::uint32_t e = p.end;
  if (p.start > 0 && v.is(p.start - 1, "at") && !p.high && n.value >= 100 && n.digits.digits <= 5 && v.word(e) &&
      v.capitalized(e) && !v.token(e).has(kNewlineBefore) && !is_month(v, e) && !v.has(e, kWeekday) &&
      !people_noun(v, e)) {
    return classified(Quantity::kOther, p.end);
  }
  return std::nullopt;
}

// "aged 17", "ages 18 to 25", "Daniel Segura, 55,", "the man, 23,", "victims, 20 and 22".
std::optional<Classification> age_context(const TokenView& v, const Phrase& p) {
  const Numeral& n = p.low;
  const std::uint32_t i = p.start;
  if (i > 0 && v.has(i - 1, kAgeLead)) return classified(Quantity::kAge, p.end);
  if (!n.from_digits || !n.digits.plain() || n.value > 120 || i != n.first) return std::nullopt;
  if (const NumberMention* prev = p.previous;
      prev != nullptr && prev->quantity == Quantity::kAge && prev->last_token == prev->first_token + 1 &&
      prev->last_token + 2 >= i && (v.is(i - 1, "and") || v.punct(i - 1, ','))) {
    return classified(Quantity::kAge, p.end);
  }
  if (p.high || i < 2 || !v.punct(i - 1, ',')) return std::nullopt;
  const std::uint32_t name = i - 2;
  const bool named = v.word(name) && (v.capitalized(name) || people_noun(v, name)) && !is_month(v, name) &&
                     !v.has(name, kYearLead);
  const std::uint32_t e = p.end;
  const bool closed = e >= v.size() || v.punct(e, ',') || v.punct(e, '.') || v.punct(e, ';') ||
                      v.punct(e, ')') || v.is(e, "and") || v.is(e, "of") || v.token(e).has(kNewlineBefore);
  if (named && closed) return classified(Quantity::kAge, p.end);
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

// Identifiers: seven or more plain digits, five or six with no modifier or counted people after
// them (English news writes counts that large with commas), or a leading zero ("00123").
std::optional<Classification> identifier(const TokenView& v, const Phrase& p) {
  const Numeral& n = p.low;
  if (!n.from_digits || !n.digits.plain()) return std::nullopt;
  const int digits = n.digits.digits;
  const bool counted = p.effect != Effect::kNone || people_noun(v, p.end);
  if (digits >= 7 || (digits >= 5 && !counted) || (digits >= 2 && n.digits.body[0] == '0')) {
    return classified(Quantity::kOther, p.end);
  }
  return std::nullopt;
}

}  // namespace reckon::numbers
