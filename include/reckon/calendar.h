// Calendar arithmetic on proleptic Gregorian dates, with no time zone: reports give local dates.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace reckon {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  auto operator<=>(const CivilDate&) const = default;
};

// How much of a date a text states: "4 October 2020" is a day, "October 2020" a month.
// A month- or year-precision date keeps day (and month) 1 in its CivilDate.
enum class DatePrecision : std::uint8_t { kDay, kMonth, kYear };

std::string_view to_string(DatePrecision p);

// Days since 1970-01-01 (negative before it).
std::int64_t days_from_civil(const CivilDate& d);
CivilDate civil_from_days(std::int64_t days);
CivilDate add_days(const CivilDate& d, std::int64_t n);
// 0 = Monday ... 6 = Sunday.
int weekday(const CivilDate& d);
int days_in_month(int year, int month);
bool is_valid_date(const CivilDate& d);

// Parses "YYYY-MM-DD", also the date part of an ISO-8601 date-time ("2020-10-04T16:29:00Z").
std::optional<CivilDate> parse_iso_date(std::string_view s);
// "YYYY-MM-DD"; "YYYY-MM" at month precision; "YYYY" at year precision.
std::string format_date(const CivilDate& d, DatePrecision p = DatePrecision::kDay);

}  // namespace reckon
