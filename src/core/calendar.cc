// Howard Hinnant's days_from_civil / civil_from_days: exact, branch-light, valid for all years.
#include "reckon/calendar.h"

#include <cstdio>

namespace reckon {

std::string_view to_string(DatePrecision p) {
  switch (p) {
    case DatePrecision::kDay: return "day";
    case DatePrecision::kMonth: return "month";
    case DatePrecision::kYear: return "year";
  }
  return "day";
}

std::int64_t days_from_civil(const CivilDate& d) {
  std::int64_t y = d.year - (d.month <= 2 ? 1 : 0);
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t yoe = y - era * 400;
  const std::int64_t mp = (d.month + 9) % 12;
  const std::int64_t doy = (153 * mp + 2) / 5 + d.day - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate civil_from_days(std::int64_t z) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const std::int64_t day = doy - (153 * mp + 2) / 5 + 1;
  const std::int64_t month = mp < 10 ? mp + 3 : mp - 9;
  const std::int64_t year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return {static_cast<int>(year), static_cast<int>(month), static_cast<int>(day)};
}

CivilDate add_days(const CivilDate& d, std::int64_t n) { return civil_from_days(days_from_civil(d) + n); }

int weekday(const CivilDate& d) {
  const std::int64_t z = days_from_civil(d);  // 1970-01-01 was a Thursday (3).
  return static_cast<int>(((z % 7) + 7 + 3) % 7);
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

bool is_valid_date(const CivilDate& d) {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= days_in_month(d.year, d.month);
}

namespace {
std::optional<int> parse_digits(std::string_view s) {
  if (s.empty()) return std::nullopt;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}
}  // namespace

std::optional<CivilDate> parse_iso_date(std::string_view s) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  if (s.size() > 10 && s[10] != 'T' && s[10] != ' ') return std::nullopt;
  auto y = parse_digits(s.substr(0, 4));
  auto m = parse_digits(s.substr(5, 2));
  auto d = parse_digits(s.substr(8, 2));
  if (!y || !m || !d) return std::nullopt;
  CivilDate date{*y, *m, *d};
  if (!is_valid_date(date)) return std::nullopt;
  return date;
}

std::string format_date(const CivilDate& d, DatePrecision p) {
  // Written digit by digit: dates are printed for every mention on the output path, and snprintf
  // costs more than the rest of a date's JSON. Years outside 0..9999 keep printf's form.
  if (d.year < 0 || d.year > 9999 || d.month < 0 || d.month > 99 || d.day < 0 || d.day > 99) {
    char buf[48];
    switch (p) {
      case DatePrecision::kYear: std::snprintf(buf, sizeof buf, "%04d", d.year); break;
      case DatePrecision::kMonth: std::snprintf(buf, sizeof buf, "%04d-%02d", d.year, d.month); break;
      case DatePrecision::kDay: std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day); break;
    }
    return buf;
  }
  char buf[10] = {static_cast<char>('0' + d.year / 1000), static_cast<char>('0' + d.year / 100 % 10),
                  static_cast<char>('0' + d.year / 10 % 10), static_cast<char>('0' + d.year % 10), '-',
                  static_cast<char>('0' + d.month / 10), static_cast<char>('0' + d.month % 10), '-',
                  static_cast<char>('0' + d.day / 10), static_cast<char>('0' + d.day % 10)};
  const std::size_t n = p == DatePrecision::kYear ? 4 : p == DatePrecision::kMonth ? 7 : 10;
  return std::string(buf, n);
}

}  // namespace reckon
