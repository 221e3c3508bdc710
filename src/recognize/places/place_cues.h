// The words around a candidate name that say what it is: a street or building word after it
// ("Lafayette Avenue"), a determiner before it ("a Cadillac"), a locative preposition ("in
// Mobile"), and the signs of a person ("Sgt. Murray", "Carl Murray", "Murray said", "Murray, 34,").
// Internal to the places stage; used by find_candidates.
#pragma once

#include <cstdint>

#include "recognize/places/place_match.h"

namespace reckon::places {

inline bool name_word(const Token& t) {
  return t.is_word() && (t.has(kCapitalized) || t.has(kAllCaps));
}

class NameCues {
 public:
  NameCues(const TokenizedText& tt, const TokenWords& words) : tt_(tt), words_(words) {}

  // "Lafayette Avenue", "Temple University Hospital": capitalised words from token k on end in
  // a street or building word.
  bool names_a_building_or_street(std::uint32_t k) const;
  // The sentence opens with a quotation mark and then token i.
  bool after_opening_quote(std::uint32_t i, const Sentence& s) const;
  static bool is_determiner(const Token& t);
  // Token k is a noun the name before it modifies ("a Gainesville woman").
  bool modifies_a_noun(std::uint32_t k) const;
  bool locative_before(std::uint32_t i) const;
  bool reads_as_person(const Candidate& c) const;
  bool age_follows(std::uint32_t k) const;

 private:
  const TokenizedText& tt_;
  const TokenWords& words_;
};

}  // namespace reckon::places
