// NameCues; see place_cues.h. Each test looks at a token or two on either side of the name.
#include "recognize/places/place_cues.h"

namespace reckon::places {

// "Lafayette Avenue", "Temple University Hospital", "Halifax Medical Center": the capitalised
// words after a name end in a street or building word.
bool NameCues::names_a_building_or_street(std::uint32_t k) const {
  for (std::uint32_t words = 0; words < 3 && k < tt_.tokens.size() && name_word(tt_.tokens[k]);
       ++words, ++k) {
    if (words_.cue(k) == Cue::kPart) return true;
  }
  return false;
}

bool NameCues::after_opening_quote(std::uint32_t i, const Sentence& s) const {
  return i > s.first_token && i - 1 == s.first_token && tt_.tokens[i - 1].kind == TokenKind::kPunct;
}

// "a Cadillac", "this Cadillac": a determiner before a one-word name makes it a thing, unless
// the name only modifies the noun after it ("a Gainesville woman", "a Miami warrant").
bool NameCues::is_determiner(const Token& t) {
  const std::string_view w = t.norm;
  return w == "a" || w == "an" || w == "this" || w == "his" || w == "her" || w == "their" ||
         w == "my" || w == "our" || w == "your";
}
bool NameCues::modifies_a_noun(std::uint32_t k) const {
  if (k >= tt_.tokens.size()) return false;
  const Token& t = tt_.tokens[k];
  if (!t.is_word() || t.norm.size() < 3) return false;
  if (name_word(t)) return true;  // "a Syracuse Police van"
  static constexpr std::string_view kFunctionWords[] = {
      "and", "but",  "the", "was",  "were", "are",   "has",   "had",    "with", "that", "which",
      "who", "from", "for", "into", "when", "while", "after", "before", "then", "than", "near"};
  for (std::string_view f : kFunctionWords) {
    if (t.norm == f) return false;
  }
  return true;
}

// "in Mobile", "near the Tartar region", "from Ganja".
bool NameCues::locative_before(std::uint32_t i) const {
  if (i == 0) return false;
  std::uint32_t k = i - 1;
  if (tt_.tokens[k].norm == "the" && k > 0) --k;
  const Token& t = tt_.tokens[k];
  return t.is_word() && words_.cue(k) == Cue::kLocative;
}

// "Officer Jackson", "Sgt. Murray", "Carl Murray", "Murray said", "Murray, 34,", "Jackson Smith".
bool NameCues::reads_as_person(const Candidate& c) const {
  const auto n = static_cast<std::uint32_t>(tt_.tokens.size());
  if (c.first > 0) {
    std::uint32_t k = c.first - 1;
    if (tt_.tokens[k].is_punct('.') && k > 0) --k;
    const Token& prev = tt_.tokens[k];
    if (prev.is_word() && words_.cue(k) == Cue::kTitle) return true;
    if (k + 1 == c.first && name_word(prev) && words_.at(k).first_name) return true;
  }
  if (c.last < n) {
    const Token& next = tt_.tokens[c.last];
    // "Murray said", but not "Azerbaijan said" or "officials in Perm said".
    const bool personal_name =
        c.other_use == OtherUse::kSurname || c.other_use == OtherUse::kFirstName;
    if (personal_name && next.is_word() && words_.cue(c.last) == Cue::kSpeech &&
        !locative_before(c.first))
      return true;
    if (age_follows(c.last)) return true;
    if (name_word(next) && age_follows(c.last + 1)) return true;  // "Asia Lawson, 24,"
    if (name_word(next) && words_.at(c.first).first_name) {
      const WordInfo& w = words_.at(c.last);
      if (w.suffix == Prefers::kNone && w.cue != Cue::kPart && !w.stopword) return true;
    }
  }
  return false;
}

// ", 34," after a name: a person's age.
bool NameCues::age_follows(std::uint32_t k) const {
  const auto n = static_cast<std::uint32_t>(tt_.tokens.size());
  return k + 2 < n && tt_.tokens[k].is_punct(',') && tt_.tokens[k + 1].is_number() &&
         tt_.tokens[k + 1].norm.size() <= 3 &&
         (tt_.tokens[k + 2].is_punct(',') || tt_.tokens[k + 2].is_punct('.'));
}

}  // namespace reckon::places
