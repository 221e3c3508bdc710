// Loads the place matcher's word lists once; see places_lexicon.h.
#include "recognize/places/places_lexicon.h"

#include <algorithm>

#include "recognize/places/place_keys.h"

namespace reckon::places {

namespace {

using Row = std::vector<std::string_view>;

OtherUse other_use_of(std::string_view s) {
  if (s == "word") return OtherUse::kWord;
  if (s == "surname") return OtherUse::kSurname;
  if (s == "first") return OtherUse::kFirstName;
  return OtherUse::kNone;
}

Cue cue_of(std::string_view s) {
  if (s == "locative") return Cue::kLocative;
  if (s == "title") return Cue::kTitle;
  if (s == "speech") return Cue::kSpeech;
  if (s == "part") return Cue::kPart;
  return Cue::kNone;
}

void load(PlacesLexicon& l) {
  for_each_lexicon_row("lexicon/places_suffixes.tsv", [&](const Row& f) {
    if (f.size() < 2) return;
    const Prefers p = f[1] == "admin" ? Prefers::kAdmin : Prefers::kCity;
    l.words[std::string(f[0])].suffix = p;
    if (p == Prefers::kAdmin) l.admin_suffixes.emplace_back(f[0]);
  });
  for_each_lexicon_row("lexicon/places_stopwords.tsv",
                       [&](const Row& f) { l.words[std::string(f[0])].stopword = true; });
  for_each_lexicon_row("lexicon/places_ambiguous.tsv", [&](const Row& f) {
    if (f.size() >= 2) l.words[std::string(f[0])].other_use = other_use_of(f[1]);
  });
  for_each_lexicon_row("lexicon/places_first_names.tsv",
                       [&](const Row& f) { l.words[std::string(f[0])].first_name = true; });
  for_each_lexicon_row("lexicon/places_connectors.tsv", [&](const Row& f) {
    l.words[std::string(f[0])].connector = true;
    l.longest_connector = std::max(l.longest_connector, f[0].size());
  });
  for_each_lexicon_row("lexicon/places_cues.tsv", [&](const Row& f) {
    WordInfo& w = l.words[std::string(f[0])];
    if (f.size() >= 2 && w.cue == Cue::kNone) w.cue = cue_of(f[1]);  // the first role listed wins
  });
  for_each_lexicon_row("lexicon/places_region_abbreviations.tsv", [&](const Row& f) {
    if (f.size() >= 3)
      l.region_abbreviations.emplace(f[0], std::pair{key_of(f[1]), std::string(f[2])});
  });
  l.lookup.build(l.words);
}

}  // namespace

const PlacesLexicon& places_lexicon() {
  static const PlacesLexicon* lex = [] {
    auto* loaded = new PlacesLexicon();
    load(*loaded);
    return loaded;
  }();
  return *lex;
}

}  // namespace reckon::places
