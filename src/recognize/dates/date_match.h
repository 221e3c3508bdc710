// The individual pattern matchers of the date scanner, one function per family of phrasing.
//
// Each takes the token index where the phrase would start and returns what it states, or nothing.
// `floor` is the first token a matcher may claim when it looks back for a prefix ("last",
// "early"), so that no token belongs to two mentions.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "recognize/dates/date_scan.h"

namespace reckon::dates {

// "4", "04", "4th", "22nd" → the day 1..31; 0 when the token is not a day of the month.
int parse_day_number(std::string_view norm);
// A four-digit year in [1800, 2199]; 0 otherwise.
int parse_year_number(std::string_view norm);
// "1st", "2nd", "10th" → 1, 2, 10 (the suffix is required); 0 otherwise.
int parse_ordinal_number(std::string_view norm);

// Written calendar dates (date_match.cc).
std::optional<RawDate> match_month_first(const TokenCursor& c, std::uint32_t i, std::uint32_t floor);
std::optional<RawDate> match_day_first(const TokenCursor& c, std::uint32_t i);
std::optional<RawDate> match_numeric(const TokenCursor& c, std::uint32_t i);
std::optional<RawDate> match_year(const TokenCursor& c, std::uint32_t i);

// Weekdays, relative phrases and times (relative_match.cc).
std::optional<RawDate> match_weekday(const TokenCursor& c, std::uint32_t i, std::uint32_t floor);
std::optional<RawDate> match_relative(const TokenCursor& c, std::uint32_t i);
std::optional<RawDate> match_counted(const TokenCursor& c, std::uint32_t i);

struct TimeMatch {
  std::uint32_t first = 0;
  std::uint32_t last = 0;
  int minutes = 0;
};
// "4 am", "4am", "7:45 p.m.", "noon", "midnight"; with allow_bare also a 24-hour "14:24".
std::optional<TimeMatch> match_time(const TokenCursor& c, std::uint32_t i, bool allow_bare);

// True when a word that puts a date in the future ("will", "scheduled") comes shortly before
// token i in the same clause.
bool future_cue_before(const TokenCursor& c, std::uint32_t i);

}  // namespace reckon::dates
