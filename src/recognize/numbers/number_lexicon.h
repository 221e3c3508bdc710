// The number recognizer's word lists, parsed once from data/lexicon/number_words.tsv,
// numbers_modifiers.tsv, numbers_units.tsv, numbers_people.tsv, numbers_context.tsv and the shared
// months.tsv into one table keyed by a token's norm.
//
// One lookup per word token answers every question the scanner asks about it (is it a number
// word, a unit, a people noun, a month, a modifier's first word...), so the table is a flat
// open-addressed array (reckon::hash_word, a hash tag per slot): no allocation and no pointer
// chasing per token.
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "reckon/numbers.h"

namespace reckon::numbers {

// The part a word plays inside a numeral (see data/lexicon/number_words.tsv).
enum class NumeralKind : std::uint8_t {
  kNone, kUnit, kTeen, kTens, kHundred, kScale, kDozen, kOrdinal, kVague, kCouple, kHalf, kFraction,
};

// What a modifier does to the interval a number claims (see numbers_modifiers.tsv).
enum class Effect : std::uint8_t { kNone, kAbove, kAtLeast, kUpTo, kBelow, kApprox, kBetween, kExact };

// Context roles, as bits of WordInfo::roles (see numbers_context.tsv).
enum Role : std::uint32_t {
  kYearLead = 1u << 0,
  kYearOf = 1u << 1,
  kCountOf = 1u << 2,
  kCountNext = 1u << 3,
  kDesignator = 1u << 4,
  kStreet = 1u << 5,
  kAgeLead = 1u << 6,
  kPossessive = 1u << 7,
  kDecadePart = 1u << 8,
  kNegation = 1u << 9,
  kNotOne = 1u << 10,
  kStop = 1u << 11,
  kPersonSingular = 1u << 12,
  kPersonPlural = 1u << 13,
  kUnitWord = 1u << 14,   // a unit read as a separate word
  kUnitGlued = 1u << 15,  // a unit read when glued to digits ("5km")
  kAgeUnit = 1u << 16,    // year, month, week, day...: "N-year-old"
  kMonth = 1u << 17,
  kMonthLoose = 1u << 18,  // abbreviation or ambiguous month: only next to a number
  kWeekday = 1u << 19,
  kServiceNumber = 1u << 20,  // a number token that names a service ("911"), never a count
  kHeight = 1u << 21,         // "tall": a length before it is a height
  kAgeVerb = 1u << 22,        // "he was 24": a copula before an age
  kPersonPronoun = 1u << 23,  // "he", "she", "who"
  kDaypartAm = 1u << 24,      // "at 11 this morning"
  kDaypartPm = 1u << 25,      // "shortly before 4 tonight"
  kTimeLead = 1u << 26,       // "at", "before", "after", "around": may lead a bare clock hour
  kAmountLead = 1u << 27,     // "a", "an", "another", "US": may start an amount ("a dozen")
};

// A bit for a word's first byte: one per letter a-z, one for anything else; kModifierAlone is no
// initial's, and is set in every query so that a one-word phrase always passes.
constexpr std::uint32_t kModifierAlone = 1u << 27;
inline std::uint32_t modifier_initial(std::string_view word) {
  if (word.empty()) return 0;
  const char c = word.front();
  return c >= 'a' && c <= 'z' ? 1u << (c - 'a') : 1u << 26;
}

struct ModifierPhrase {
  std::vector<std::string_view> words;
  Effect effect = Effect::kNone;
  bool after = false;  // follows the number ("30 or more")
};

struct WordInfo {
  std::uint32_t roles = 0;
  NumeralKind numeral = NumeralKind::kNone;
  bool needs_article = false;  // "few", "handful", "couple": only after "a"
  bool needs_of = false;       // "scores", "tens": only before "of"
  bool plural_scale = false;   // "thousands": a vague word before "of" may multiply it
  Quantity unit = Quantity::kCount;
  std::int8_t month = 0;
  double value = 0;
  // Modifier phrases whose first word this is, longest first: [first, first + count) in
  // NumberLexicon::modifiers().
  std::uint16_t modifiers_first = 0;
  std::uint16_t modifiers_count = 0;
  // For the phrases before [0] and after [1] the number: modifier_initial() of each one's second
  // word, or kModifierAlone for a phrase of one word. Most words listed ("in", "a", "and") open
  // no phrase where they stand, which the next word's initial tells without reading the phrases.
  std::uint32_t modifier_next[2] = {0, 0};

  bool has(Role r) const { return (roles & r) != 0; }
};

class NumberLexicon {
 public:
  static const NumberLexicon& get();

  // The entry for a token norm, or nullptr.
  const WordInfo* find(std::string_view norm) const;
  const std::vector<ModifierPhrase>& modifiers() const { return modifiers_; }
  // Every word with an entry (find() may still refuse a word it cannot look up).
  const std::vector<std::string_view>& words() const { return keys_; }

 private:
  NumberLexicon();
  WordInfo& entry(std::string_view word);
  void load_words();
  void load_modifiers();
  void load_units();
  void load_people();
  void load_context();
  void load_months();
  void load_weekdays();
  void build_table();

  struct Slot {
    std::string_view key;
    std::uint32_t info = 0;
    std::uint32_t tag = 0;  // high half of the key's hash: a probe rarely compares keys
  };
  std::unordered_map<std::string_view, std::uint32_t> index_;  // used while loading only
  std::vector<std::string_view> keys_;
  std::vector<WordInfo> infos_;
  std::vector<ModifierPhrase> modifiers_;
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  // Most words are in no list: a bit per (length, first letter, last letter) of the keys lets
  // find() reject them without hashing.
  std::uint32_t filter_[16 * 26] = {};
};

}  // namespace reckon::numbers
