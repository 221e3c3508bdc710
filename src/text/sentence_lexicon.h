// The word lists the sentence splitter consults, parsed once from the embedded lexicons:
// abbreviations (data/lexicon/abbreviations.tsv), sentence openers and linking words
// (data/lexicon/sentence_openers.tsv), calendar words (months.tsv, weekdays.tsv) and street types
// (street_types.tsv). Lookups take
// string_views, so checking a token allocates nothing. Internal to the text stage.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace reckon::text {

// How an abbreviation's full stop behaves (see abbreviations.tsv for the meaning of each).
enum class AbbreviationKind : std::uint8_t { kTitle, kFinal, kMonth, kTime, kSaint };

class SentenceLexicon {
 public:
  std::optional<AbbreviationKind> abbreviation(std::string_view norm) const;
  bool is_opener(std::string_view norm) const { return openers_.find(norm) != openers_.end(); }
  bool is_linking_word(std::string_view norm) const {
    return linking_.find(norm) != linking_.end();
  }
  bool is_calendar_word(std::string_view norm) const {
    return calendar_.find(norm) != calendar_.end();
  }
  // A strong street type ("boulevard", "street"): "Martin Luther King Jr. Boulevard" goes on.
  bool is_street_type(std::string_view norm) const { return streets_.find(norm) != streets_.end(); }

 private:
  friend const SentenceLexicon& sentence_lexicon();
  SentenceLexicon();

  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using Set = std::unordered_set<std::string, Hash, std::equal_to<>>;
  std::unordered_map<std::string, AbbreviationKind, Hash, std::equal_to<>> abbreviations_;
  Set openers_;
  Set linking_;
  Set calendar_;
  Set streets_;
};

const SentenceLexicon& sentence_lexicon();

}  // namespace reckon::text
