// The word lists of the date recognizer, parsed once from data/lexicon/{months,weekdays,
// dates_relative,dates_holidays,dates_words}.tsv into one table keyed by normalized word.
//
// Every word token costs the recognizer a single hash lookup: a word's entry says at once whether
// it names a month or a weekday, starts a relative phrase, or plays a role around dates (a count,
// a unit, a part of the day). Keys are views into the embedded data, which lives as long as the
// program, so building the table copies no strings.
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace reckon::dates {

enum class Unit : std::uint8_t { kNone, kDay, kWeek, kWeekend, kMonth, kYear, kHour };
enum class Anchor : std::uint8_t { kPublication, kPrevious };

// Roles a word plays, as bits of WordInfo::roles.
enum WordRole : std::uint16_t {
  kRoleCount = 1 << 0,
  kRoleUnit = 1 << 1,
  kRoleDirection = 1 << 2,
  kRoleDaypart = 1 << 3,
  kRoleModifier = 1 << 4,
  kRoleClock = 1 << 5,
  kRoleOrdinal = 1 << 6,
  kRoleFuture = 1 << 7,
  kRoleYearLead = 1 << 8,
  kRoleYearOf = 1 << 9,
  kRoleTimeLead = 1 << 10,
  kRoleApprox = 1 << 11,
};

// A phrase of dates_relative.tsv, or a fixed holiday of dates_holidays.tsv (month > 0).
struct RelativePhrase {
  std::vector<std::string_view> words;  // token norms; an apostrophe is a token of its own
  int month = 0;                        // holidays: the day they fall on
  int day = 0;
  Anchor anchor = Anchor::kPublication;
  Unit unit = Unit::kDay;
  int offset = 0;
  bool final_only = false;  // not when a noun phrase follows ("the day before the shooting")
  bool future = false;      // may lie after publication ("tomorrow")
};

enum class Direction : std::uint8_t { kNone, kAgo, kLater, kEarlier };

struct WordInfo {
  std::uint16_t roles = 0;
  std::int8_t month = 0;     // 1..12 when the word names a month
  bool month_abbr = false;   // "oct": needs a day or a year beside it
  bool month_ambiguous = false;  // "may", "march"
  std::int8_t weekday = -1;  // 0 = Monday .. 6 = Sunday
  bool weekday_abbr = false;
  std::int16_t count = 0;    // kRoleCount
  std::int16_t ordinal = 0;  // kRoleOrdinal
  std::int16_t clock = 0;    // kRoleClock: minutes after midnight
  Unit unit = Unit::kNone;   // kRoleUnit
  Direction direction = Direction::kNone;
  // Relative phrases starting with this word, longest first.
  std::vector<std::uint16_t> phrases;

  bool has(WordRole r) const { return (roles & r) != 0; }
};

class DateLexicon {
 public:
  // The table built from the embedded data on first use.
  static const DateLexicon& get();

  // The entry for a normalized word, or nullptr when the word plays no part in dates.
  const WordInfo* find(std::string_view norm) const {
    auto it = words_.find(norm);
    return it == words_.end() ? nullptr : &it->second;
  }
  const RelativePhrase& phrase(std::uint16_t i) const { return phrases_[i]; }

 private:
  DateLexicon();
  void load_months();
  void load_weekdays();
  void load_relative();
  void load_holidays();
  void index_phrases();
  void load_words();

  std::unordered_map<std::string_view, WordInfo> words_;
  std::vector<RelativePhrase> phrases_;
};

}  // namespace reckon::dates
