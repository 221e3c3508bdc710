// Coordinated people phrases: "a man and a woman", "Erin Nicole Cully, 26, and her estranged
// boyfriend, Jason Stephens, 28,", "killed Inna Gonzalez, 21, and Davion Nash, 19". Each conjunct
// is read by single_before / single_after (people.cc); their counts add up. A few conjuncts at
// most, so reading stays linear in the sentence.
#include <algorithm>

#include "extract/people.h"

namespace reckon::extract {
namespace {

constexpr int kMaxConjuncts = 4;

void add_count(PeopleCount& into, const PeopleCount& more) {
  into.min += more.min;
  if (into.max && more.max)
    *into.max += *more.max;
  else
    into.max.reset();
  // Two names, or "he and his sister", point back only when every conjunct does.
  into.anaphoric = into.anaphoric && more.anaphoric;
}

bool has_additive(const DocView& v, const PeopleCount& c) {
  for (std::uint32_t k = c.first; k < c.last; ++k) {
    if (v.has_role(k, kCueAdditive)) return true;
  }
  return false;
}

// "on Buena Street and Sunswept Avenue": capitalized words of an address name no person. The
// addresses are in text order and never overlap, so one binary search finds the candidate.
bool in_address(const DocView& v, const PeopleCount& c) {
  const auto& a = v.addresses;
  const auto it = std::partition_point(
      a.begin(), a.end(), [&](const RankedAddress& r) { return r.mention.last_token <= c.first; });
  return it != a.end() && it->mention.first_token < c.last;
}

// Just past an age apposition at `k` (", 21," or ", 21" before "and"), else `k`.
std::uint32_t past_age(const DocView& v, std::uint32_t k, std::uint32_t end) {
  if (k + 1 >= end || !v.tokens()[k].is_punct(',') || v.number_from[k + 1] < 0) return k;
  const std::uint32_t after = v.ann.numbers[v.number_from[k + 1]].last_token;
  if (after < end && v.tokens()[after].is_punct(',')) return after + 1;
  return after;
}

// "Erin Cully, 26, and [her estranged boyfriend,] Jason Stephens, 28,": a person noun phrase set
// before a name, naming the same person; where the conjunct starts.
std::uint32_t apposition_start(const DocView& v, const PeopleCount& name, std::uint32_t begin) {
  const std::uint32_t comma = name.first - 1;
  if (name.first <= begin + 2 || !name.anaphoric || !v.tokens()[comma].is_punct(','))
    return name.first;
  if (v.person(comma - 1) == nullptr) return name.first;
  auto noun = single_before(v, comma, begin);
  if (!noun || !noun->counted || noun->min != 1 || noun->max != 1) return name.first;
  return noun->first;
}

// A singular person noun with no determiner: "woman" in "a man and woman".
bool bare_singular(const DocView& v, const PeopleCount& c) {
  if (c.counted || c.last != c.first + 1) return false;
  const PersonNoun* p = v.person(c.first);
  return p != nullptr && !p->plural;
}

// "Man killed": a capitalized person noun with no determiner, the style of a headline.
bool headline_noun(const DocView& v, const PeopleCount& c) {
  return c.counted && !c.anaphoric && c.last == c.first + 1 && v.person(c.first) != nullptr &&
         v.tokens()[c.first].has(kCapitalized);
}

// The conjunct before the one starting at `first`, joined by "and" or, after a headline's noun,
// by a comma ("Man, woman killed in shooting", "Woman, 2 children wounded").
std::optional<PeopleCount> conjunct_before(const DocView& v, std::uint32_t first,
                                           std::uint32_t begin) {
  if (first <= begin + 1) return std::nullopt;
  const bool comma = v.tokens()[first - 1].is_punct(',');
  if (!comma && v.norm(first - 1) != "and") return std::nullopt;
  auto more = single_before(v, first - 1, begin);
  if (!more || !more->counted || (comma && !headline_noun(v, *more))) return std::nullopt;
  return more;
}

// "a man and woman were shot": a bare singular noun after "and" shares the determiner before.
bool shares_determiner(const DocView& v, const PeopleCount& c, std::uint32_t begin) {
  if (!bare_singular(v, c)) return false;
  auto more = conjunct_before(v, c.first, begin);
  return more && !more->anaphoric && more->min == 1 && more->max == 1;
}

}  // namespace

std::optional<PeopleCount> people_before(const DocView& v, std::uint32_t at, std::uint32_t begin) {
  auto c = single_before(v, at, begin);
  if (c && shares_determiner(v, *c, begin)) {
    c->counted = true;
    c->min = 1;
    c->max = 1;
  }
  for (int guard = 1; c && c->counted && guard < kMaxConjuncts; ++guard) {
    auto more = conjunct_before(v, apposition_start(v, *c, begin), begin);
    if (!more || in_address(v, *c) || in_address(v, *more)) break;
    add_count(*c, *more);
    c->first = more->first;
  }
  return c;
}

std::optional<PeopleCount> people_after(const DocView& v, std::uint32_t at, std::uint32_t end) {
  auto c = single_after(v, at, end);
  for (int guard = 1; c && c->counted && guard < kMaxConjuncts; ++guard) {
    const std::uint32_t k = past_age(v, c->last, end);
    if (k + 1 >= end || v.norm(k) != "and") break;
    auto more = single_after(v, k + 1, end);
    if (more && bare_singular(v, *more) && c->min == 1 && c->max == 1 && !c->anaphoric) {
      more->counted = true;  // "the shooting deaths of a man and woman"
      more->min = 1;
      more->max = 1;
    }
    // "killed one man and another was wounded", "shot a man and a woman was hurt": a new clause.
    if (!more || !more->counted || has_additive(v, *more)) break;
    const std::uint32_t next = past_age(v, more->last, end);
    if ((next < end && v.has_role(next, kCueAux | kCueGap)) || in_address(v, *c) ||
        in_address(v, *more))
      break;
    add_count(*c, *more);
    c->last = more->last;
  }
  return c;
}

}  // namespace reckon::extract
