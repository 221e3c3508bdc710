// The word lists the sentence splitter consults, parsed once from the embedded lexicons:
// abbreviations (data/lexicon/abbreviations.tsv), sentence openers and linking words
// (data/lexicon/sentence_openers.tsv), calendar words (months.tsv, weekdays.tsv) and street types
// (street_types.tsv). Lookups take string_views, so checking a token allocates nothing, and go
// through the flat tables of reckon/lexicon.h, which turn most words that are in no list away
// before hashing them. Internal to the text stage.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "reckon/lexicon.h"

namespace reckon::text {

// How an abbreviation's full stop behaves (see abbreviations.tsv for the meaning of each).
enum class AbbreviationKind : std::uint8_t { kTitle, kFinal, kMonth, kTime, kSaint };

class SentenceLexicon {
 public:
  std::optional<AbbreviationKind> abbreviation(std::string_view norm) const;
  bool is_opener(std::string_view norm) const { return openers_.contains(norm); }
  bool is_linking_word(std::string_view norm) const { return linking_.contains(norm); }
  bool is_calendar_word(std::string_view norm) const { return calendar_.contains(norm); }
  // A strong street type ("boulevard", "street"): "Martin Luther King Jr. Boulevard" goes on.
  bool is_street_type(std::string_view norm) const { return streets_.contains(norm); }

 private:
  friend const SentenceLexicon& sentence_lexicon();
  SentenceLexicon();

  WordMap<AbbreviationKind> abbreviations_;
  WordSet openers_;
  WordSet linking_;
  WordSet calendar_;
  WordSet streets_;
};

const SentenceLexicon& sentence_lexicon();

}  // namespace reckon::text
