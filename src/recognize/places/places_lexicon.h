// The word lists the place matcher consults besides the gazetteer: kind words after a name
// ("District", "city"), words never taken alone as places, place names that are also everyday
// words or personal names, common first names, the cue words around a name that say place or
// person, and the lowercase words a name may hold ("of", "de"). Read once from
// data/lexicon/places_*.tsv. Internal to the places stage.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "reckon/lexicon.h"
#include "reckon/text.h"

namespace reckon::places {

// What a kind word after a name asks for: "Jabrayil District" an administrative region,
// "Ganja city" a settlement.
enum class Prefers : std::uint8_t { kNone, kAdmin, kCity };

// What else a one-word place name commonly is ("Orange", "Murray", "Wayne").
enum class OtherUse : std::uint8_t { kNone, kWord, kSurname, kFirstName };

enum class Cue : std::uint8_t { kNone, kLocative, kTitle, kSpeech, kPart };

// Everything the lists say about one word, so that the matcher looks a token up once.
struct WordInfo {
  Prefers suffix = Prefers::kNone;
  Cue cue = Cue::kNone;
  OtherUse other_use = OtherUse::kNone;
  bool first_name = false;
  bool stopword = false;
  bool connector = false;  // may stand inside a name: "Isle of Wight", "Rio de Janeiro"
};

struct PlacesLexicon {
  PlacesLexicon() = default;
  PlacesLexicon(const PlacesLexicon&) = delete;  // `lookup` points into `words`
  PlacesLexicon& operator=(const PlacesLexicon&) = delete;

  WordMap<WordInfo> words;
  // Over `words` once loaded: the words asked about around every name are short, and found by
  // their packed bytes rather than hashed (a hash probe cost a hundred instructions a word).
  PackedWordIndex<WordInfo> lookup;
  std::vector<std::string> admin_suffixes;  // the kAdmin words, for "NAME District" lookups
  // The length of the longest connector: a longer word is none, and is not looked up.
  std::size_t longest_connector = 0;
  // "va" → ("virginia", "US"): regions named by abbreviation after "Portsmouth,".
  WordMap<std::pair<std::string, std::string>> region_abbreviations;

  // What the lists say about a lowercase word (all defaults for a word they do not hold).
  const WordInfo& word(std::string_view w) const {
    static constexpr WordInfo kNothing{};
    const WordInfo* info = lookup.find(w);
    return info == nullptr ? kNothing : *info;
  }
  Prefers suffix(std::string_view w) const { return word(w).suffix; }
  Cue cue(std::string_view w) const { return word(w).cue; }
};

const PlacesLexicon& places_lexicon();

// Each token's entry in the lists, looked up when first asked for and kept for the document: the
// matcher and the resolver ask about the same few tokens around every name (its first word, the
// words before and after it) several times over, a hash probe each time before.
class TokenWords {
 public:
  TokenWords(const TokenizedText& tt, const PlacesLexicon& lex)
      : tt_(tt), lex_(lex), cache_(tt.tokens.size(), nullptr) {}

  const PlacesLexicon& lexicon() const { return lex_; }
  // The entry of token k's norm (all defaults for a word the lists do not hold).
  const WordInfo& at(std::uint32_t k) const {
    const WordInfo*& w = cache_[k];
    if (w == nullptr) w = &lex_.word(tt_.tokens[k].norm);
    return *w;
  }
  Prefers suffix(std::uint32_t k) const { return at(k).suffix; }
  Cue cue(std::uint32_t k) const { return at(k).cue; }

 private:
  const TokenizedText& tt_;
  const PlacesLexicon& lex_;
  mutable std::vector<const WordInfo*> cache_;  // per token; nullptr until asked for
};

}  // namespace reckon::places
