// Date recognizer: finds dates and times and resolves them against the publication date.
//
// Absolute ("October 11, 2020", "11 October 2022", "2020-10-11"); partial ("On October 4")
// completed from a year stated nearby for the same period, else the publication year, never after
// publication for past events; weekdays ("Monday", "early Friday", "last Tuesday") as the latest
// such day on or before publication; relative ("today", "yesterday", "last night", "this week",
// "a year ago", "two days later", "the next day", "last year"); months and years ("in October
// 2020"); anniversaries ("the first anniversary of the attack on October 11, 2020" → the event
// 2020-10-11, said on 2021-10-11). Word lists live in data/lexicon/*.tsv.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "reckon/calendar.h"
#include "reckon/document.h"
#include "reckon/text.h"

namespace reckon {

enum class DateForm : std::uint8_t {
  kAbsolute,     // the text gives the year
  kPartial,      // day and month, year completed from context
  kWeekday,      // "Monday", "last Tuesday"
  kRelative,     // "yesterday", "two days later", "a year ago"
  kAnniversary,  // "the first anniversary of ... on October 11, 2020": value is the event date
  kMonthYear,    // "in October 2020"
  kYearOnly,     // "in 2020"
};

struct DateMention {
  Span span;
  std::uint32_t first_token = 0;  // [first_token, last_token)
  std::uint32_t last_token = 0;
  CivilDate value;                // resolved date (day 1 / month 1 below day precision)
  DatePrecision precision = DatePrecision::kDay;
  DateForm form = DateForm::kAbsolute;
  std::optional<int> minutes;     // time of day when given ("at about 4 am" → 240)
  std::optional<CivilDate> said_on;  // for anniversaries: the day the anniversary falls on
  bool resolved = true;           // false when no reference date allowed resolving it
};

// Finds and resolves dates in `tt`. `published` is the reference date (nullopt when unknown:
// relative dates then come back with resolved == false).
std::vector<DateMention> recognize_dates(const TokenizedText& tt, std::string_view text,
                                         std::optional<CivilDate> published);

}  // namespace reckon
