// Counted people: the noun phrase beside a casualty word that says how many were harmed.
//
// "10 people", "27 Azerbaijani civilians", "more than 30 others" and a bare "76" before a verb
// count people; "a man", "another civilian", "both victims" count implicitly; "he", "the victim"
// and a name point back to someone already counted. "three residential buildings", "292 NGOs"
// and "three times" count things, so they are never read as people. Plural nouns with no number
// ("civilians") name a victim category without a count.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "extract/doc_view.h"

namespace reckon::extract {

struct PeopleCount {
  bool counted = false;     // false: people are named ("civilians") but not counted
  std::int64_t min = 0;
  std::optional<std::int64_t> max;
  bool anaphoric = false;   // "he", "the victim", "Miller": someone named before
  bool bare = false;        // a number with no noun ("76 were injured")
  std::uint32_t first = 0;  // token range of the phrase
  std::uint32_t last = 0;
  std::string_view category;  // victim category of the head noun, may be empty
};

// The people phrase that starts at token `at` (an object: "killing [one person]"), within [..,
// end). Coordinated phrases add up: "killed [Inna Gonzalez, 21, and Davion Nash, 19]" counts 2.
std::optional<PeopleCount> people_after(const DocView& v, std::uint32_t at, std::uint32_t end);

// The people phrase that ends right before token `at` (a subject: "[16 civilians] were killed"),
// not reaching before `begin`. Coordinated phrases add up: "a man and a woman" counts 2, and so
// do "[James R. Moreland, 84, and his wife, Barbara F. Moreland, 80,] were found shot" and a
// headline's "[Man, woman] killed in shooting".
std::optional<PeopleCount> people_before(const DocView& v, std::uint32_t at, std::uint32_t begin);

// One phrase of the two above, without its conjuncts (people_lists.cc adds those).
std::optional<PeopleCount> single_after(const DocView& v, std::uint32_t at, std::uint32_t end);
std::optional<PeopleCount> single_before(const DocView& v, std::uint32_t at, std::uint32_t begin);

// The nearest single person named earlier in the clause before `at` ("[The victim] is 34 years old
// and was shot", "[a man] arrived at a hospital with a gunshot wound"), looking back at most
// `reach` tokens; a person after a preposition ("shot by [an officer]") is not a subject. With
// `pronouns`, "he" and "she" count too ("He is being treated for non-life-threatening injuries"),
// and so do a name with its age ("found [Sherman Lee Mosley, 24,] with a gunshot wound") and a
// counted group with no count nearer ("[four people] had arrived after suffering injuries").
std::optional<PeopleCount> person_earlier(const DocView& v, std::uint32_t at, std::uint32_t begin,
                                          std::uint32_t reach, bool pronouns);

}  // namespace reckon::extract
