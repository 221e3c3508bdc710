// Phase one of date recognition: a single left-to-right pass over the tokens that finds date
// phrases and records what each one states, before anything is resolved.
//
// Resolution needs context on both sides (a year stated later in the same sentence, the date a
// "two days later" counts from), so the scanner only says what the text states: a day and month,
// a weekday with "last", a count of days with its direction, a time of day. date_resolve.h turns
// these RawDates into calendar dates against the publication date. The matchers are small
// hand-written automata over tokens; none backtracks further than a few tokens.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "reckon/dates.h"
#include "reckon/text.h"
#include "recognize/dates/date_lexicon.h"

namespace reckon::dates {

enum class RawKind : std::uint8_t {
  kFull,       // day, month and year: "October 11, 2020", "2020-10-11"
  kDayMonth,   // "October 4", "the 4th of October"
  kMonthYear,  // "October 2020"
  kMonthOnly,  // "in October", "last May"
  kYear,       // "in 2020"
  kWeekday,    // "Monday", "last Tuesday"
  kRelative,   // "yesterday", "the next day", "two days later", "a year ago"
};

struct RawDate {
  std::uint32_t first = 0;  // tokens [first, last)
  std::uint32_t last = 0;
  RawKind kind = RawKind::kFull;
  int year = 0;
  int month = 0;
  int day = 0;
  int weekday = -1;  // a weekday named with the date ("Monday, Jan. 27"), or the weekday itself
  bool date_in_brackets = false;  // the date glossing the weekday in brackets: "Monday (Jan. 27)"
  int shift = 0;     // -1 for "last Tuesday" / "last October", +1 for "next Tuesday"
  bool future = false;  // a cue ("will", "scheduled for", "next") allows a date after publication
  // kRelative: the offset in `unit` steps from the anchor.
  Anchor anchor = Anchor::kPublication;
  Unit unit = Unit::kDay;
  int offset = 0;
  // A relative day phrase that a written date restates ("Today, on October 4"): the date's year
  // is taken from the phrase.
  bool has_relative_hint = false;
  int hint_offset = 0;
  int minutes = -1;  // time of day, -1 when none
  // A holiday that moves ("Thanksgiving"): the nth weekday of `month` (nth -1: the last); `day`
  // is 0 until the year is known.
  int nth_weekday = -1;
  int nth = 0;
};

// "the first anniversary of", "marks the 2nd Anniversary", "the one-year anniversary".
struct AnniversaryMarker {
  std::uint32_t first = 0;
  std::uint32_t last = 0;
  int years = 0;
};

struct ScanResult {
  std::vector<RawDate> dates;
  std::vector<AnniversaryMarker> anniversaries;
};

// Read-only helpers over the token stream shared by the matchers.
class TokenCursor {
 public:
  // Looks every word up once; the matchers then read entries by token index.
  TokenCursor(const TokenizedText& tt, std::string_view text);
  // With each token's DateLexicon entry looked up already (one per token, nullptr for non-words
  // and unknown words), as annotate() does for all recognizers at once (shared_words.h).
  TokenCursor(const TokenizedText& tt, std::string_view text, std::vector<const WordInfo*>&& infos);

  std::uint32_t size() const { return static_cast<std::uint32_t>(tt_.tokens.size()); }
  const Token& tok(std::uint32_t i) const { return tt_.tokens[i]; }
  std::string_view norm(std::uint32_t i) const { return i < size() ? tt_.tokens[i].norm : std::string_view(); }
  bool word(std::uint32_t i) const { return i < size() && tt_.tokens[i].is_word(); }
  bool number(std::uint32_t i) const { return i < size() && tt_.tokens[i].is_number(); }
  bool punct(std::uint32_t i, char c) const { return i < size() && tt_.tokens[i].is_punct(c); }
  bool is(std::uint32_t i, std::string_view w) const { return word(i) && tt_.tokens[i].norm == w; }
  // Token i touches the token before it (no space between).
  bool glued(std::uint32_t i) const { return i < size() && !tt_.tokens[i].has(kSpaceBefore); }
  bool capitalized(std::uint32_t i) const {
    return i < size() && (tt_.tokens[i].has(kCapitalized) || tt_.tokens[i].has(kAllCaps));
  }
  // The lexicon entry of word token i, or nullptr.
  const WordInfo* info(std::uint32_t i) const { return i < size() ? infos_[i] : nullptr; }
  bool has_role(std::uint32_t i, WordRole r) const {
    const WordInfo* w = info(i);
    return w != nullptr && w->has(r);
  }
  // The first token from i on that is a number or a word whose entry satisfies `opens` (size()
  // when none). Most tokens are neither: a loop of its own passes them with a load or two each.
  template <typename Opens>
  std::uint32_t next_candidate(std::uint32_t i, Opens opens) const {
    const Token* tokens = tt_.tokens.data();
    const WordInfo* const* infos = infos_.data();
    const std::uint32_t n = size();
    while (i < n && !tokens[i].is_number() && (infos[i] == nullptr || !opens(*infos[i]))) ++i;
    return i;
  }
  const DateLexicon& lexicon() const { return lex_; }
  const TokenizedText& tokens() const { return tt_; }
  std::string_view text() const { return text_; }

 private:
  const TokenizedText& tt_;
  std::string_view text_;
  const DateLexicon& lex_;
  std::vector<const WordInfo*> infos_;  // per token; nullptr for non-words and unknown words
};

// Finds every date phrase and anniversary marker in `tt`, left to right, non-overlapping.
ScanResult scan_dates(const TokenizedText& tt, std::string_view text);
ScanResult scan_dates(const TokenCursor& c);

// recognize_dates (reckon/dates.h) over a cursor whose word entries were looked up already.
std::vector<DateMention> recognize_dates(const TokenCursor& c, std::optional<CivilDate> published);

}  // namespace reckon::dates
