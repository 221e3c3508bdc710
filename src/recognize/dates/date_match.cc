// Matchers for dates written with a calendar: month names ("October 11, 2020", "Oct. 4",
// "11 October 2022", "the 4th of October", "in October 2020"), numeric forms ("2020-10-11",
// "10/11/2020", "11.10.2020") and bare years after a preposition ("in 2020").
//
// Numeric dates are read from the bytes rather than the tokens so that they do not depend on how
// the tokenizer splits "10/11/2020"; the bytes around them must not be part of a path or a number
// ("/2018/03/29/" in a URL is not a date). Order: ISO year-month-day; with slashes the US order
// month/day/year (day/month when the first part cannot be a month); with full stops the European
// order day.month.year, the form used by the European and Caucasian outlets we read.
#include <cctype>

#include "reckon/calendar.h"
#include "recognize/dates/date_match.h"

namespace reckon::dates {
namespace {

bool is_digit(char ch) { return ch >= '0' && ch <= '9'; }

// Leading digits of s as a number, and how many there were.
int leading_digits(std::string_view s, std::size_t& count) {
  int v = 0;
  count = 0;
  while (count < s.size() && count < 6 && is_digit(s[count])) v = v * 10 + (s[count++] - '0');
  return v;
}

bool is_ordinal_suffix(std::string_view s) { return s == "st" || s == "nd" || s == "rd" || s == "th"; }

// Words that make a capitalized "May" or "March" a month when nothing else does: "in May",
// "last March", "mid-May".
bool month_lead(const TokenCursor& c, std::uint32_t i) {
  if (i == 0) return false;
  const std::uint32_t p = i - 1;
  if (c.punct(p, '-') && p > 0 && c.is(p - 1, "mid")) return true;
  return c.has_role(p, kRoleYearLead) || c.is(p, "last") || c.is(p, "next") || c.is(p, "this") ||
         c.is(p, "of");
}

// Extends a month phrase back over "early", "late", "mid-" and "last"/"next"/"this".
std::uint32_t month_prefix(const TokenCursor& c, std::uint32_t i, std::uint32_t floor, int& shift) {
  std::uint32_t f = i;
  if (f >= floor + 2 && c.punct(f - 1, '-') && c.glued(f) && c.is(f - 2, "mid")) {
    f -= 2;
  } else if (f > floor && c.has_role(f - 1, kRoleModifier)) {
    f -= 1;
  }
  if (f > floor && c.is(f - 1, "last")) {
    shift = -1;
    f -= 1;
  } else if (f > floor && c.is(f - 1, "next")) {
    shift = 1;
    f -= 1;
  } else if (f > floor && c.is(f - 1, "this")) {
    f -= 1;
  }
  return f;
}

// A year at token i, alone or after a comma or "of": "October 2020", "October, 2020".
int year_after(const TokenCursor& c, std::uint32_t& i) {
  std::uint32_t k = i;
  if (c.punct(k, ',') || c.is(k, "of")) ++k;
  const int y = c.number(k) ? parse_year_number(c.norm(k)) : 0;
  if (y != 0) i = k + 1;
  return y;
}

// A numeric date in the bytes [s, e): three runs of digits with one kind of separator.
bool parse_numeric_run(std::string_view run, RawDate& r) {
  char sep = 0;
  int part[3] = {0, 0, 0};
  std::size_t width[3] = {0, 0, 0};
  std::size_t n = 0;
  std::size_t pos = 0;
  while (n < 3) {
    part[n] = leading_digits(run.substr(pos), width[n]);
    if (width[n] == 0) return false;
    pos += width[n];
    ++n;
    if (pos == run.size()) break;
    if (sep == 0) sep = run[pos];
    if (run[pos] != sep) return false;
    ++pos;
  }
  if (n != 3 || pos != run.size()) return false;
  int y = 0, m = 0, d = 0;
  if (width[0] == 4 && width[1] <= 2 && width[2] <= 2 && (sep == '-' || sep == '.')) {
    y = part[0], m = part[1], d = part[2];
  } else if (sep == '/' && width[0] <= 2 && width[1] <= 2 && (width[2] == 4 || width[2] == 2)) {
    m = part[0], d = part[1], y = part[2];
    if (m > 12 && d <= 12) std::swap(m, d);
    if (width[2] == 2) y += y < 70 ? 2000 : 1900;
  } else if (sep == '.' && width[0] <= 2 && width[1] <= 2 && width[2] == 4) {
    d = part[0], m = part[1], y = part[2];
  } else {
    return false;
  }
  if (y < 1800 || y > 2199 || !is_valid_date({y, m, d})) return false;
  r.kind = RawKind::kFull;
  r.year = y, r.month = m, r.day = d;
  return true;
}

}  // namespace

int parse_day_number(std::string_view norm) {
  std::size_t n = 0;
  const int v = leading_digits(norm, n);
  if (n == 0 || n > 2) return 0;
  if (n < norm.size() && !is_ordinal_suffix(norm.substr(n))) return 0;
  return v >= 1 && v <= 31 ? v : 0;
}

int parse_year_number(std::string_view norm) {
  std::size_t n = 0;
  const int v = leading_digits(norm, n);
  if (n != 4 || norm.size() != 4) return 0;
  return v >= 1800 && v <= 2199 ? v : 0;
}

int parse_ordinal_number(std::string_view norm) {
  std::size_t n = 0;
  const int v = leading_digits(norm, n);
  if (n == 0 || n > 3 || !is_ordinal_suffix(norm.substr(n))) return 0;
  return v;
}

std::optional<RawDate> match_month_first(const TokenCursor& c, std::uint32_t i, std::uint32_t floor) {
  const WordInfo* w = c.info(i);
  if (w == nullptr || w->month == 0) return std::nullopt;
  const bool needs_capital = w->month_abbr || w->month_ambiguous;
  if (needs_capital && !c.capitalized(i)) return std::nullopt;
  RawDate r;
  r.month = w->month;
  r.first = month_prefix(c, i, floor, r.shift);
  std::uint32_t j = i + 1;
  if (w->month_abbr && c.punct(j, '.') && c.glued(j)) ++j;
  const int day = c.number(j) ? parse_day_number(c.norm(j)) : 0;
  if (day > 0 && day <= days_in_month(2000, r.month)) {
    r.day = day;
    std::uint32_t k = j + 1;
    // A range of days ("October 4-5") is read as its first day.
    if (c.punct(k, '-') && c.glued(k) && c.number(k + 1) && c.glued(k + 1) && parse_day_number(c.norm(k + 1))) k += 2;
    r.last = k;
    r.year = year_after(c, r.last);
    r.kind = r.year != 0 ? RawKind::kFull : RawKind::kDayMonth;
    r.future = future_cue_before(c, r.first);
    return r;
  }
  r.last = j;
  r.year = year_after(c, r.last);
  if (r.year != 0) {
    r.kind = RawKind::kMonthYear;
    return r;
  }
  // A month alone: never an abbreviation ("Jan" is a name), always capitalized, and "May" or
  // "March" only after a date word.
  if (w->month_abbr || !c.capitalized(i)) return std::nullopt;
  if (w->month_ambiguous && !month_lead(c, i)) return std::nullopt;
  r.kind = RawKind::kMonthOnly;
  r.last = i + 1;
  r.future = r.shift > 0 || future_cue_before(c, r.first);
  return r;
}

std::optional<RawDate> match_day_first(const TokenCursor& c, std::uint32_t i) {
  int day = 0;
  std::uint32_t j = i + 1;
  if (c.number(i)) {
    day = parse_day_number(c.norm(i));
    if (c.is(j, "of")) ++j;
  } else if (c.has_role(i, kRoleOrdinal) && i > 0 && c.is(i - 1, "the") && c.is(j, "of")) {
    day = c.info(i)->ordinal;  // "the fourth of July"
    ++j;
  }
  if (day <= 0 || day > 31) return std::nullopt;
  const WordInfo* w = c.info(j);
  if (w == nullptr || w->month == 0) return std::nullopt;
  if ((w->month_abbr || w->month_ambiguous) && !c.capitalized(j)) return std::nullopt;
  if (day > days_in_month(2000, w->month)) return std::nullopt;
  RawDate r;
  r.first = i;
  r.month = w->month;
  r.day = day;
  r.last = j + 1;
  if (w->month_abbr && c.punct(r.last, '.') && c.glued(r.last)) ++r.last;
  r.year = year_after(c, r.last);
  r.kind = r.year != 0 ? RawKind::kFull : RawKind::kDayMonth;
  r.future = future_cue_before(c, r.first);
  return r;
}

std::optional<RawDate> match_numeric(const TokenCursor& c, std::uint32_t i) {
  if (!c.number(i)) return std::nullopt;
  const std::string_view text = c.text();
  const std::uint32_t s = c.tok(i).span.start;
  auto part_of_path = [](char ch) {
    return std::isalnum(static_cast<unsigned char>(ch)) || ch == '/' || ch == '-' || ch == '.' ||
           ch == ':' || ch == '_' || ch == '=' || ch == '+';
  };
  if (s > 0 && part_of_path(text[s - 1])) return std::nullopt;
  std::uint32_t e = s;
  while (e < text.size() && e - s < 24 && (is_digit(text[e]) || text[e] == '.' || text[e] == '/' || text[e] == '-')) ++e;
  while (e > s && !is_digit(text[e - 1])) --e;
  if (e < text.size()) {
    const char after = text[e];
    const bool iso_time = after == 'T' && e + 1 < text.size() && is_digit(text[e + 1]);
    if (!iso_time && (std::isalnum(static_cast<unsigned char>(after)) || after == '/' || after == '_')) return std::nullopt;
    if ((after == '.' || after == '-') && e + 1 < text.size() && is_digit(text[e + 1])) return std::nullopt;
  }
  RawDate r;
  if (!parse_numeric_run(text.substr(s, e - s), r)) return std::nullopt;
  r.first = i;
  r.last = i;
  while (r.last < c.size() && c.tok(r.last).span.start < e) ++r.last;
  return r;
}

std::optional<RawDate> match_year(const TokenCursor& c, std::uint32_t i) {
  if (!c.number(i) || i == 0) return std::nullopt;
  const int y = parse_year_number(c.norm(i));
  if (y < 1900 || y > 2099) return std::nullopt;
  const std::uint32_t p = i - 1;
  const bool after_lead = c.has_role(p, kRoleYearLead) ||
                          (c.is(p, "of") && p > 0 && c.has_role(p - 1, kRoleYearOf)) ||
                          (c.punct(p, '-') && c.glued(i) && p > 0 && c.is(p - 1, "mid"));
  if (!after_lead) return std::nullopt;
  // "in 2020 years", "2018/03" are not years of an event.
  if (c.has_role(i + 1, kRoleUnit) || (c.punct(i + 1, '/') && c.glued(i + 1))) return std::nullopt;
  RawDate r;
  r.kind = RawKind::kYear;
  r.first = i;
  r.last = i + 1;
  r.year = y;
  return r;
}

}  // namespace reckon::dates
