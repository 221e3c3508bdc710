// The two passes of recognize_places. find_candidates walks the tokens once and proposes names:
// the longest run of capitalised words that the gazetteer knows (or a single word through its
// variant key), with a kind word after it ("Tartar region") and the cues around it. resolve
// weighs the candidates against the whole document (the countries and regions it names, its
// unambiguous places, who in it is a person) and keeps the places. Internal to the places stage.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "reckon/places.h"
#include "reckon/text.h"
#include "recognize/places/gazetteer_impl.h"
#include "recognize/places/places_lexicon.h"

namespace reckon::places {

struct Candidate {
  std::uint32_t first = 0;  // tokens [first, last), kind word included
  std::uint32_t last = 0;
  std::uint32_t name_last = 0;  // end of the name itself
  std::uint32_t ids_begin = 0;  // readings: CandidateSet::ids[ids_begin, ids_end)
  std::uint32_t ids_end = 0;
  std::uint32_t variant_begin = 0;  // readings [variant_begin, variant_end) match only the
  std::uint32_t variant_end = 0;    // variant key ("Şuşa" read as Shusha)
  std::uint64_t word_hash = 0;      // hash of the first word, to share person evidence
  std::uint64_t name_hash = 0;      // hash of the name's key: equal names have equal readings
  Prefers prefers = Prefers::kNone;
  OtherUse other_use = OtherUse::kNone;
  bool demonym = false;
  bool variant = false;  // read through its variant key only
  bool sentence_initial = false;
  bool title_case = false;       // in a headline-like line where every word is capitalised
  bool foreign_letters = false;  // spelt with letters beyond ASCII ("Mingəçevir")
  bool locative = false;         // after "in", "near", "outside"...
  bool after_article = false;    // "a Cadillac": a thing more often than a town
  bool person = false;           // this occurrence reads as a person's name
  bool part_of_name = false;     // "Lafayette Avenue", "Temple University"
  bool abbreviation = false;     // "Va." after "Portsmouth,": a region only in that place

  bool single_word() const { return name_last - first == 1; }
};

struct CandidateSet {
  std::vector<Candidate> candidates;
  std::vector<std::uint32_t> ids;  // gazetteer entry ids, shared by all candidates
};

CandidateSet find_candidates(const TokenizedText& tt, std::string_view text,
                             const Gazetteer::Impl& g, const TokenWords& words);

std::vector<PlaceMention> resolve(const TokenizedText& tt, const CandidateSet& set,
                                  const Gazetteer::Impl& g, const TokenWords& words);

}  // namespace reckon::places
