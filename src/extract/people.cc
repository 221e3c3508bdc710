// Counted people: see people.h. Every scan is bounded (a noun phrase is at most a few words), so
// reading a sentence stays linear in its length.
#include "extract/people.h"

namespace reckon::extract {
namespace {

constexpr std::uint32_t kMaxModifiers = 8;
constexpr std::uint32_t kMaxAside = 8;  // ", including a child," between a count and its verb
constexpr std::uint32_t kMaxHome = 12;  // ", of the 3400 block of Winesap Road in Hope Mills,"
constexpr std::uint32_t kMaxAgeModifiers = 2;  // "an unidentified 14-year-old"

bool is_count(const NumberMention& n) {
  return n.quantity == Quantity::kCount || n.indefinite;
}

bool is_name_word(const DocView& v, std::uint32_t i) {
  const Token& t = v.tokens()[i];
  return t.is_word() && t.has(kCapitalized) && v.place_at[i] < 0 && v.date_at[i] < 0 &&
         v.roles(i) == 0 && v.person(i) == nullptr &&
         !v.lex.speaker_bodies.contains(t.norm);
}

// "Barbara F. Moreland": a capital letter and its full stop within a name.
bool initial_at(const DocView& v, std::uint32_t i, std::uint32_t end) {
  return i + 1 < end && is_name_word(v, i) && v.norm(i).size() == 1 &&
         v.tokens()[i + 1].is_punct('.');
}

// The first token of the name ending at `last`, over its words and initials.
std::uint32_t name_start(const DocView& v, std::uint32_t last, std::uint32_t begin) {
  std::uint32_t k = last;
  while (k > begin) {
    if (is_name_word(v, k - 1)) {
      --k;
    } else if (k > begin + 1 && initial_at(v, k - 2, k)) {
      k -= 2;
    } else {
      break;
    }
  }
  return k;
}

// Just past the name starting at `first`.
std::uint32_t name_end(const DocView& v, std::uint32_t first, std::uint32_t end) {
  std::uint32_t k = first;
  while (k < end) {
    if (initial_at(v, k, end) && k + 2 < end && is_name_word(v, k + 2)) {
      k += 2;
    } else if (is_name_word(v, k)) {
      ++k;
    } else {
      break;
    }
  }
  return k;
}

// What follows a number: a person noun (people), nothing noun-like (a bare count), or another
// noun (things). Sets `head_end` past the phrase.
enum class Head : std::uint8_t { kPerson, kBare, kThing };
Head number_head(const DocView& v, std::uint32_t from, std::uint32_t end, std::uint32_t& head_end,
                 std::string_view& category) {
  bool passed_word = false;
  for (std::uint32_t k = from; k < end && k < from + kMaxModifiers; ++k) {
    const Token& t = v.tokens()[k];
    const std::uint32_t roles = v.roles(k);
    if ((roles & kCueAnimal) != 0) return Head::kThing;  // "two family pets"
    if (const PersonNoun* p = v.person(k)) {
      if (k + 1 < end && v.has_role(k + 1, kCueAnimal)) return Head::kThing;
      head_end = k + 1;
      category = p->category;
      return Head::kPerson;
    }
    const bool stops = t.kind == TokenKind::kPunct ? !t.is_punct('-') : (roles & (kCueGap | kCueBreak)) != 0;
    if (stops || v.match(v.lex.triggers, kStartsTrigger, k, end)) {
      head_end = from;
      return passed_word ? Head::kThing : Head::kBare;
    }
    passed_word = passed_word || t.is_word();
  }
  head_end = from;
  return passed_word || from < end ? Head::kThing : Head::kBare;
}

std::optional<PeopleCount> from_number(const DocView& v, const NumberMention& n, std::uint32_t begin,
                                       std::uint32_t end) {
  if (!is_count(n) || v.cue_ends_at(n.first_token, begin, kCueNotFigure)) return std::nullopt;
  PeopleCount c;
  std::uint32_t head_end = n.last_token;
  if (n.indefinite) {
    head_end = std::max(n.last_token, n.head_token);
    for (std::uint32_t k = n.first_token; k < end && k <= head_end; ++k) {
      if (v.person(k) == nullptr) continue;
      head_end = k + 1;  // the phrase runs to its noun: "a woman"
      break;
    }
  } else {
    std::string_view cat;
    const Head h = number_head(v, n.last_token, end, head_end, cat);
    if (h == Head::kThing) return std::nullopt;
    // "0 Man killed in front of his family": a page's comment count before a headline; nobody
    // counts no people with a singular noun.
    if (h == Head::kPerson && n.max == 0 && !v.person(head_end - 1)->plural) return std::nullopt;
    c.category = cat;
    c.bare = h == Head::kBare;
  }
  c.counted = true;
  c.min = n.min;
  c.max = n.max;
  c.first = n.first_token;
  c.last = std::max(head_end, n.last_token);
  return c;
}

// A determiner and up to a few modifiers before a person noun at `noun`: "a 22-year-old man",
// "the victim", "both men". `det` is the determiner's index.
std::optional<PeopleCount> from_determiner(const DocView& v, std::uint32_t det, std::uint32_t noun) {
  const PersonNoun* p = v.person(noun);
  const std::uint32_t roles = v.roles(det);
  PeopleCount c;
  c.first = det;
  c.last = noun + 1;
  c.category = p->category;
  if ((roles & kCuePair) != 0) {
    c.counted = true;
    c.min = 2;
    c.max = 2;
  } else if ((roles & kCueOne) != 0 && !p->plural) {
    c.counted = true;
    c.min = p->pair ? 2 : 1;  // "a man", "a married couple"
    c.max = c.min;
  } else if ((roles & kCueDefinite) != 0 && !p->plural) {
    c.counted = true;
    c.anaphoric = true;
    c.min = p->pair ? 2 : 1;
    c.max = c.min;
  }
  return c;
}

// A lowercase word that is no cue, person or number: "unidentified", "young".
bool plain_modifier(const DocView& v, std::uint32_t i) {
  const Token& t = v.tokens()[i];
  return t.is_word() && !t.has(kCapitalized) && v.roles(i) == 0 && !v.person(i) &&
         v.number_to[i] < 0;
}

// The determiner of an age standing for a person, over a few plain words between: "an
// unidentified 14-year-old". `age` itself (which has no determiner role) when there is none.
std::uint32_t determiner_of_age(const DocView& v, std::uint32_t age, std::uint32_t begin) {
  for (std::uint32_t k = age; k > begin && age - k <= kMaxAgeModifiers; --k) {
    const std::uint32_t q = k - 1;
    if (v.has_role(q, kCueOne | kCueDefinite)) return q;
    if (!plain_modifier(v, q)) break;
  }
  return age;
}

PeopleCount one_person(std::uint32_t first, std::uint32_t last, bool anaphoric) {
  PeopleCount c;
  c.counted = true;
  c.min = 1;
  c.max = 1;
  c.anaphoric = anaphoric;
  c.first = first;
  c.last = last;
  return c;
}

}  // namespace

std::optional<PeopleCount> single_after(const DocView& v, std::uint32_t at, std::uint32_t end) {
  if (at >= end) return std::nullopt;
  if (const std::int32_t n = v.number_from[at]; n >= 0) {
    if (auto c = from_number(v, v.ann.numbers[n], at, end)) return c;
    if (!v.ann.numbers[n].indefinite && v.ann.numbers[n].quantity == Quantity::kCount) return std::nullopt;
  }
  const std::uint32_t roles = v.roles(at);
  if ((roles & kCuePronoun) != 0 && (at + 1 >= end || v.person(at + 1) == nullptr)) {
    return one_person(at, at + 1, true);
  }
  if ((roles & kCueOne) != 0 && (roles & kCueAdditive) != 0 &&
      (at + 1 >= end || v.tokens()[at + 1].kind == TokenKind::kPunct || v.has_role(at + 1, kCueBreak))) {
    PeopleCount c = one_person(at, at + 1, false);  // "killed one person and injured another"
    return c;
  }
  if ((roles & (kCueOne | kCueDefinite | kCuePair)) != 0) {
    for (std::uint32_t k = at + 1; k < end && k <= at + kMaxModifiers; ++k) {
      if (v.has_role(k, kCueAnimal)) return std::nullopt;  // "killed a dog"
      if (v.person(k) != nullptr) return from_determiner(v, at, k);
      const Token& t = v.tokens()[k];
      if ((t.kind == TokenKind::kPunct && !t.is_punct('-')) || (v.roles(k) & (kCueBreak | kCueGap)) != 0) break;
    }
    return std::nullopt;
  }
  if (const PersonNoun* p = v.person(at)) {
    PeopleCount c;
    c.first = at;
    c.last = at + 1;
    c.category = p->category;
    return c;
  }
  if (is_name_word(v, at)) return one_person(at, name_end(v, at, end), true);
  return std::nullopt;
}

namespace {

// "Benjamin Collier, 29, of Southwest Philadelphia, was shot": where a person's home closes an
// apposition, the index just past the comma that opens it (so an age before it is still read);
// `p` unchanged when none does. The home is a few words with no comma or verb between.
std::uint32_t skip_home(const DocView& v, std::uint32_t p, std::uint32_t begin) {
  const auto& tok = v.tokens();
  if (p < begin + 4 || !tok[p - 1].is_punct(',')) return p;
  for (std::uint32_t k = p - 1; k-- > begin + 2 && p - k <= kMaxHome;) {
    const Token& t = tok[k];
    if ((v.norm(k) == "of" || v.norm(k) == "from") && tok[k - 1].is_punct(','))
      return k + 1 < p - 1 ? k : p;
    if (t.kind == TokenKind::kPunct && !t.is_punct('.') && !t.is_punct('-')) return p;
    if (v.match(v.lex.triggers, kStartsTrigger, k, p) || v.has_role(k, kCueAux)) return p;
  }
  return p;
}

// "The 27-year-old man, who was in the driver's seat, was shot": a relative clause set off by
// commas, with no casualty word of its own, stands between a person and the verb.
std::uint32_t skip_relative(const DocView& v, std::uint32_t p, std::uint32_t begin) {
  const auto& tok = v.tokens();
  if (p < begin + 4 || !tok[p - 1].is_punct(',')) return p;
  for (std::uint32_t k = p - 1; k-- > begin + 2 && p - k <= kMaxAside;) {
    if ((v.norm(k) == "who" || v.norm(k) == "whose") && tok[k - 1].is_punct(',')) return k - 1;
    if (tok[k].kind == TokenKind::kPunct && !tok[k].is_punct('-') && !tok[k].is_punct('\''))
      return p;
    if (v.match(v.lex.triggers, kStartsTrigger, k, p)) return p;
  }
  return p;
}

// "three people, not two, were hurt": the number ending at `last` is a count set right, not one.
bool corrected_count(const DocView& v, std::uint32_t last) {
  const std::uint32_t first = v.ann.numbers[v.number_to[last]].first_token;
  return first >= 2 && v.norm(first - 1) == "not" && v.tokens()[first - 2].is_punct(',');
}

// "Roger Crum Jr. had been fatally shot": the name before a suffix and its full stop.
std::uint32_t skip_name_suffix(const DocView& v, std::uint32_t p, std::uint32_t begin) {
  if (p > begin + 1 && v.tokens()[p - 1].is_punct('.') && v.has_role(p - 2, kCueNameSuffix)) p -= 1;
  if (p > begin + 1 && v.has_role(p - 1, kCueNameSuffix) && is_name_word(v, p - 2)) p -= 1;
  return p;
}

// Moves `p` (the index just past the phrase) left over a trailing "of Azerbaijan" / "from
// Biloxi", an appositive age (", 39,") and a home (", of Southwest Philadelphia,"), which stand
// between a noun and its verb.
std::uint32_t skip_postmodifiers(const DocView& v, std::uint32_t p, std::uint32_t begin) {
  const auto& tok = v.tokens();
  if (p > begin + 2 && (tok[p - 1].is_punct(',') || tok[p - 1].is_punct(')'))) {
    // "Three people, including a child, were wounded", "12 people (among them three women) were
    // killed": the aside names who, not how many.
    const char open = tok[p - 1].is_punct(')') ? '(' : ',';
    for (std::uint32_t k = p - 1; k-- > begin + 1 && p - k <= kMaxAside;) {
      if (tok[k].is_punct(',') || tok[k].is_punct('(') || tok[k].is_punct(')')) break;
      if (tok[k - 1].is_punct(open) && v.match_cue(kCueAmong, k, p)) return k - 1;
    }
  }
  p = skip_relative(v, p, begin);
  const std::uint32_t home = skip_home(v, p, begin);
  const bool after_home = home < p;
  p = home;
  if (p >= begin + 3 && tok[p - 1].is_punct(',') && v.number_to[p - 2] >= 0 && tok[p - 3].is_punct(',')) {
    p -= 3;
  } else if (p >= begin + 4 && tok[p - 1].is_punct(',') && v.number_to[p - 2] >= 0 &&
             corrected_count(v, p - 2)) {
    p = v.ann.numbers[v.number_to[p - 2]].first_token - 2;  // "three people, not two, were hurt"
  } else if (p >= begin + 3 && tok[p - 1].is_punct(',') && v.number_to[p - 2] >= 0) {
    // "Roberson, 39" then the verb: the age closes the apposition.
    const NumberMention& n = v.ann.numbers[v.number_to[p - 2]];
    if (n.first_token > begin && tok[n.first_token - 1].is_punct(',')) p = n.first_token - 1;
  } else if (after_home) {
    --p;  // "Benjamin Collier, of Southwest Philadelphia,": the comma that opens the home
  }
  p = skip_name_suffix(v, p, begin);
  if (p > begin && is_name_word(v, p - 1)) {
    // "citizens of Azerbaijan", "a man from Biloxi": a name after "of" or "from" and a noun.
    std::uint32_t k = p - 1;
    while (k > begin && is_name_word(v, k - 1)) --k;
    if (k > begin + 1 && (v.norm(k - 1) == "of" || v.norm(k - 1) == "from") && v.person(k - 2)) p = k - 1;
  }
  if (p > begin && v.place_at[p - 1] >= 0) {
    const std::uint32_t s = v.ann.places[v.place_at[p - 1]].first_token;
    if (s > begin + 1 && (v.roles(s - 1) & kCueBreak) != 0) p = s - 1;
  }
  return p;
}

std::optional<PeopleCount> noun_phrase_before(const DocView& v, std::uint32_t noun, std::uint32_t begin) {
  const PersonNoun* p = v.person(noun);
  for (std::uint32_t k = noun; k > begin && k + kMaxModifiers + 1 > noun; --k) {
    const std::uint32_t q = k - 1;
    if (const std::int32_t n = v.number_to[q]; n >= 0 && is_count(v.ann.numbers[n])) {
      auto c = from_number(v, v.ann.numbers[n], begin, noun + 1);
      if (c) c->last = noun + 1;
      if (c || v.ann.numbers[n].max != 0) return c;
      break;  // "0 Man killed": the headline after a comment count
    }
    const std::uint32_t roles = v.roles(q);
    if ((roles & kCueDefinite) != 0 && q > begin + 1 && v.norm(q - 1) == "of" && v.number_to[q - 2] >= 0) {
      // "one of the victims"
      auto c = from_number(v, v.ann.numbers[v.number_to[q - 2]], begin, q - 1);
      if (c) c->last = noun + 1;
      return c;
    }
    if ((roles & (kCueOne | kCueDefinite | kCuePair)) != 0) return from_determiner(v, q, noun);
    if ((roles & kCueBreak) != 0 && v.norm(q) == "of" && q > begin && v.number_to[q - 1] >= 0) {
      // "one of the victims", "two of them"
      auto c = from_number(v, v.ann.numbers[v.number_to[q - 1]], begin, q);
      if (c) c->last = noun + 1;
      return c;
    }
    const Token& t = v.tokens()[q];
    if ((t.kind == TokenKind::kPunct && !t.is_punct('-')) || (roles & (kCueBreak | kCueGap | kCueAux)) != 0) break;
    if (v.match(v.lex.triggers, kStartsTrigger, q, noun)) break;
  }
  // No determiner: "Man shot", "Civilians were killed".
  PeopleCount c;
  c.first = noun;
  c.last = noun + 1;
  c.category = p->category;
  if (!p->plural && v.tokens()[noun].has(kCapitalized)) {
    PeopleCount headline = one_person(noun, noun + 1, false);  // "Man shot", "Couple killed"
    headline.min = p->pair ? 2 : 1;
    headline.max = headline.min;
    return headline;
  }
  return c;
}

}  // namespace

std::optional<PeopleCount> single_before(const DocView& v, std::uint32_t at, std::uint32_t begin) {
  if (at <= begin) return std::nullopt;
  const std::uint32_t p = skip_postmodifiers(v, at, begin);
  if (p <= begin) return std::nullopt;
  const std::uint32_t last = p - 1;
  if (v.has_role(last, kCuePronoun)) return one_person(last, p, true);
  if (v.has_role(last, kCueOne) && v.has_role(last, kCueAdditive)) return one_person(last, p, false);  // "another was hurt"
  if (v.person(last) != nullptr) return noun_phrase_before(v, last, begin);
  if (v.norm(last) == "them" && last > begin + 1 && v.norm(last - 1) == "of" && v.number_to[last - 2] >= 0) {
    return from_number(v, v.ann.numbers[v.number_to[last - 2]], begin, last - 1);
  }
  if (const std::int32_t n = v.number_to[last]; n >= 0) {
    const NumberMention& m = v.ann.numbers[n];
    if (m.quantity == Quantity::kAge && m.first_token > begin) {
      // "A 17-year-old was shot": an age standing for a person.
      const std::uint32_t det = determiner_of_age(v, m.first_token, begin);
      if (v.has_role(det, kCueOne)) return one_person(det, p, false);
      if (v.has_role(det, kCueDefinite)) return one_person(det, p, true);
    }
    return from_number(v, m, begin, at);
  }
  if (is_name_word(v, last)) return one_person(name_start(v, last, begin), p, true);
  return std::nullopt;
}

namespace {

// "they found Sherman Lee Mosley, 24, with a gunshot wound": a name and its age, the apposition
// ending in the comma at `comma`.
std::optional<PeopleCount> named_with_age(const DocView& v, std::uint32_t comma,
                                          std::uint32_t begin) {
  const auto& tok = v.tokens();
  if (comma < begin + 4 || !tok[comma].is_punct(',') || v.number_to[comma - 1] < 0)
    return std::nullopt;
  const std::uint32_t age = v.ann.numbers[v.number_to[comma - 1]].first_token;
  if (age < begin + 2 || !tok[age - 1].is_punct(',') || !is_name_word(v, age - 2))
    return std::nullopt;
  return one_person(name_start(v, age - 2, begin), comma + 1, true);
}

bool count_between(const DocView& v, std::uint32_t from, std::uint32_t to) {
  for (std::uint32_t k = from; k < to; ++k) {
    if (const std::int32_t n = v.number_from[k]; n >= 0 && is_count(v.ann.numbers[n])) return true;
  }
  return false;
}

}  // namespace

std::optional<PeopleCount> person_earlier(const DocView& v, std::uint32_t at, std::uint32_t begin,
                                          std::uint32_t reach, bool pronouns) {
  for (std::uint32_t k = at; k > begin && at - k < reach; --k) {
    const std::uint32_t noun = k - 1;
    if (pronouns && v.has_role(noun, kCuePronoun) && !v.has_role(noun, kCueDefinite)) return one_person(noun, k, true);
    if (pronouns && v.has_role(noun, kCuePair) && (noun + 1 >= at || v.has_role(noun + 1, kCueGap | kCueAux))) {
      PeopleCount both = one_person(noun, k, false);  // "Both are being treated for ... injuries"
      both.min = 2;
      both.max = 2;
      return both;
    }
    if (pronouns && v.number_to[noun] >= 0 && v.ann.numbers[v.number_to[noun]].quantity == Quantity::kAge) {
      // "a 17-year-old was taken ..."
      const std::uint32_t det =
          determiner_of_age(v, v.ann.numbers[v.number_to[noun]].first_token, begin);
      if (v.has_role(det, kCueOne)) return one_person(det, k, false);
    }
    if (auto named = pronouns ? named_with_age(v, noun, begin) : std::nullopt) {
      if (named->first > begin && v.has_role(named->first - 1, kCueBreak)) return std::nullopt;
      return named;
    }
    // "a man who had been shot twice and a dog that had been shot and killed": the nearer noun.
    if (v.has_role(noun, kCueAnimal)) return std::nullopt;
    const PersonNoun* p = v.person(noun);
    if (p == nullptr) continue;
    if (p->plural) {
      // "four people had arrived after suffering non-life-threatening injuries": a counted group.
      auto group = pronouns ? noun_phrase_before(v, noun, begin) : std::nullopt;
      if (!group || !group->counted || group->anaphoric || group->bare) continue;
      // "took two officers to a hospital: one suffered a gunshot wound": a nearer count is a part.
      if (count_between(v, group->last, at)) return std::nullopt;
      if (group->first > begin && v.has_role(group->first - 1, kCueBreak)) return std::nullopt;
      return group;
    }
    auto c = noun_phrase_before(v, noun, begin);
    if (!c || !c->counted) return std::nullopt;  // "the victims": people not counted
    if (c->first > begin && v.has_role(c->first - 1, kCueBreak)) return std::nullopt;
    return c;
  }
  return std::nullopt;
}

}  // namespace reckon::extract
