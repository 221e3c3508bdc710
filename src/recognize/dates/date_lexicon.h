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

#include "reckon/lexicon.h"

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
  // Holidays that move: the nth `weekday` of `month` (nth -1: the last), day 0.
  int weekday = -1;
  int nth = 0;
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
  // A filter on the second words of `phrases` (bit second_word_bit of each is set), which turns
  // away most words after a common first word ("the police") before any phrase is tried; and
  // whether a phrase of one word is among them, which no second word can turn away.
  std::uint64_t second_words = 0;
  bool one_word_phrase = false;
  // Whether the word can open a date phrase: a month, a weekday, the first word of a relative
  // phrase, a count, an ordinal or a clock word. Prefixes such as "last" or "early" are reached by
  // looking back from the weekday or month, so they need not open one. Set once all lists are
  // read, so the scan tests one flag per word.
  bool opens = false;

  bool has(WordRole r) const { return (roles & r) != 0; }
  // False when no phrase of two or more words starting with this word has `second` second.
  bool may_go_on_with(std::string_view second) const {
    return !second.empty() && (second_words >> second_word_bit(second) & 1u) != 0;
  }
  static unsigned second_word_bit(std::string_view word) {  // word not empty
    return static_cast<unsigned>(((pack_short(word) ^ word.size()) * 0x9E3779B97F4A7C15ull) >> 58);
  }
};

class DateLexicon {
 public:
  // The table built from the embedded data on first use.
  static const DateLexicon& get();

  // The entry for a normalized word, or nullptr when the word plays no part in dates.
  const WordInfo* find(std::string_view norm) const {
    if (norm.size() > longest_ || norm.empty() || !maybe_word(norm)) return nullptr;
    for (std::size_t h = hash(norm) & mask_;; h = (h + 1) & mask_) {
      const Slot& s = slots_[h];
      if (s.info == nullptr) return nullptr;
      if (s.key == norm) return s.info;
    }
  }
  const RelativePhrase& phrase(std::uint16_t i) const { return phrases_[i]; }
  // Calls visit(word) for every word that has an entry (SharedWords merges them into its table).
  template <typename Visit>
  void for_each_word(Visit&& visit) const {
    for (const auto& [word, info] : words_) visit(word);
  }

 private:
  DateLexicon();
  void load_months();
  void load_weekdays();
  void load_relative();
  void load_holidays();
  void index_phrases();
  void load_words();

  // FNV-1a: short keys, no allocation, good enough spread for a table kept a quarter full.
  static std::size_t hash(std::string_view s) {
    std::uint32_t h = 2166136261u;
    for (char ch : s) h = (h ^ static_cast<unsigned char>(ch)) * 16777619u;
    return h;
  }
  void build_slots();
  // A filter on (length, first letter, last letter) that turns away most words of running text
  // before they are hashed. Keys outside a..z at either end disable it (never the case today).
  static std::size_t letter(char ch) { return static_cast<std::size_t>(static_cast<unsigned char>(ch) - 'a'); }
  bool maybe_word(std::string_view w) const {
    const std::size_t first = letter(w.front()), last = letter(w.back());
    if (first >= 26 || last >= 26) return !filter_usable_;
    return (filter_[(w.size() & 15) * 26 + first] >> last & 1u) != 0;
  }

  // Built once; lookups go through the flat open-addressed copy below, which keeps every probe
  // within a cache line or two (the node-based map costs a pointer chase per word of text).
  std::unordered_map<std::string_view, WordInfo> words_;
  struct Slot {
    std::string_view key;
    const WordInfo* info = nullptr;
  };
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::size_t longest_ = 0;  // length of the longest word in words_
  std::vector<std::uint32_t> filter_ = std::vector<std::uint32_t>(16 * 26, 0);
  bool filter_usable_ = true;
  std::vector<RelativePhrase> phrases_;
};

}  // namespace reckon::dates
