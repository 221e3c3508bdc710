// Loads the place matcher's word lists once; see places_lexicon.h.
#include "recognize/places/places_lexicon.h"

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

PlacesLexicon load() {
  PlacesLexicon l;
  for_each_lexicon_row("lexicon/places_suffixes.tsv", [&](const Row& f) {
    if (f.size() < 2) return;
    const Prefers p = f[1] == "admin" ? Prefers::kAdmin : Prefers::kCity;
    l.suffixes.emplace(f[0], p);
    if (p == Prefers::kAdmin) l.admin_suffixes.emplace_back(f[0]);
  });
  l.stopwords = load_word_set("lexicon/places_stopwords.tsv");
  for_each_lexicon_row("lexicon/places_ambiguous.tsv", [&](const Row& f) {
    if (f.size() >= 2) l.other_uses.emplace(f[0], other_use_of(f[1]));
  });
  l.first_names = load_word_set("lexicon/places_first_names.tsv");
  for_each_lexicon_row("lexicon/places_cues.tsv", [&](const Row& f) {
    if (f.size() >= 2) l.cues.emplace(f[0], cue_of(f[1]));
  });
  for_each_lexicon_row("lexicon/places_region_abbreviations.tsv", [&](const Row& f) {
    if (f.size() >= 3) l.region_abbreviations.emplace(f[0], std::pair{key_of(f[1]), std::string(f[2])});
  });
  return l;
}

}  // namespace

Prefers PlacesLexicon::suffix(std::string_view w) const {
  const Prefers* p = find_word(suffixes, w);
  return p == nullptr ? Prefers::kNone : *p;
}

OtherUse PlacesLexicon::other_use(std::string_view w) const {
  const OtherUse* u = find_word(other_uses, w);
  return u == nullptr ? OtherUse::kNone : *u;
}

Cue PlacesLexicon::cue(std::string_view w) const {
  const Cue* c = find_word(cues, w);
  return c == nullptr ? Cue::kNone : *c;
}

const PlacesLexicon& places_lexicon() {
  static const PlacesLexicon lex = load();
  return lex;
}

}  // namespace reckon::places
