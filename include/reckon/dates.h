// Date recognizer: finds dates and times and resolves them against the publication date.
//
// Forms read (each backed by lines of tests/corpus/dates.tsv):
// - absolute: "October 11, 2020", "Oct. 11, 2020", "11 October 2022", "2020-10-11"; numeric dates
//   with slashes are read in US order ("10/11/2020" = 11 October; day first only when the first
//   part exceeds 12), with full stops in European order ("11.10.2020" = 11 October). A numeric
//   date touching a path or another number ("/2018/03/29/") is not read.
// - partial: "On October 4", "Oct. 4", "the 4th of October", "in October". The year comes from,
//   in order: a restating relative phrase ("Today, on October 4"); an earlier date of the same
//   month in the same paragraph or the last 3 sentences ("in October 2020 ... On October 4");
//   the nearest year stated in the same sentence; the last calendar date stated nearby when the
//   day follows it within two months ("Since September 27, 2020 ... On October 4"); a weekday
//   said with it ("Wednesday, Jan. 22");
//   else publication's year, a year earlier when that would put it after publication (unless a
//   cue such as "will" or "scheduled" makes it future).
// - weekdays: "Monday", "early Friday", "late Saturday night", "Monday's hearing": the latest such
//   day on or before publication (the publication day itself when they agree); "last Monday" said
//   on a Monday is 7 days before, and said on a Tuesday 8 days before (yesterday is not "last"); "next Monday" and cued ones ("will be arraigned Monday") look
//   forward instead.
// - relative: "today", "tonight", "this morning", "yesterday", "last night" (publication minus 1),
//   "two days ago", "a year ago" (year precision), "last month", "earlier this month" (month
//   precision), "last year" (year precision); "the next day", "two days later", "that night" count
//   from the latest day resolved before them in the text. "this week" / "last week" have no week
//   precision to use: they give the publication day (minus 7 for "last week") at day precision
//   with `approximate` set, so callers can tell them from a stated day; "over the weekend" gives
//   the Saturday on or before publication, also approximate.
// - holidays on a fixed day ("New Year's Day", "Christmas Eve", "July Fourth") read as partial
//   dates, and so do US holidays on the nth weekday of a month ("Thanksgiving", "Memorial Day",
//   "Labor Day"), on the day they fall on in the year chosen; see data/lexicon/dates_holidays.tsv.
// - years: "in 2020", "since 2014", "the summer of 2020" at year precision; a bare year is read
//   only after such a word, so "the 1949 Geneva Conventions", "the Geneva Convention of 1949",
//   "the Class of 2019" and "a 2014 Jaguar" are not date mentions.
// - anniversaries: "the first anniversary of the attack on Ganja on October 11, 2020" gives the
//   event 2020-10-11 said on 2021-10-11; when the stated date is the anniversary itself ("... on
//   October 11, 2021" in a report of 2021-10-12) the event is N years before it. "Today marks the
//   2nd anniversary of ..." with no date gives publication (or the day said before it) minus N.
// - times attach to the date beside them ("at about 4 am on October 11, 2020" → minutes 240,
//   "7:45 p.m. Tuesday", "shortly after midnight Sunday", "11 October 2022 14:24"); a time with no
//   date ("4 am") is not a mention.
// Word lists live in data/lexicon/{months,weekdays,dates_relative,dates_holidays,dates_words}.tsv.
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
  kPartial,      // day and month (or a month alone), year completed from context
  kWeekday,      // "Monday", "last Tuesday"
  kRelative,     // "yesterday", "two days later", "a year ago"
  kAnniversary,  // "the first anniversary of ... on October 11, 2020": value is the event date
  kMonthYear,    // "in October 2020"
  kYearOnly,     // "in 2020"
};

std::string_view to_string(DateForm f);

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
  bool approximate = false;       // a week or weekend stated as a day ("last week", "over the weekend")
};

// Finds and resolves dates in `tt`, left to right, non-overlapping. `published` is the reference
// date (nullopt when unknown: weekdays, relative dates and partial dates without a year in
// context then come back with resolved == false).
std::vector<DateMention> recognize_dates(const TokenizedText& tt, std::string_view text,
                                         std::optional<CivilDate> published);

}  // namespace reckon
