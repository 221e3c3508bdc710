// Casualty observations: see casualties.h. One left-to-right pass over the sentence; at each token
// the zero statements, cues and triggers are tried longest first.
#include "extract/casualties.h"

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

#include "extract/people.h"

namespace reckon::extract {
namespace {

constexpr std::uint32_t kMaxGap = 4;
constexpr std::uint32_t kMaxLink = 3;
constexpr std::uint32_t kMaxReuse = 12;
constexpr std::uint32_t kMaxSubjectReach = 16;
constexpr std::uint32_t kNegationReach = 4;
constexpr std::uint32_t kMaxDamagePhrase = 10;
constexpr std::uint32_t kWeaponReach = 8;

struct Scan {
  const DocView& v;
  const Sentence& s;
  SentenceCasualties& out;
  std::uint32_t among_from = 0;   // tokens in [among_from, among_until) are in an "among them" aside
  std::uint32_t among_until = 0;
  std::optional<PeopleCount> last_subject;
  std::uint32_t last_trigger_end = 0;
};

// The subject of a trigger at `t`: skip "were", "reportedly", "later" leftwards, then read the
// people phrase. An active-looking verb ("He shot at ...") has no subject count unless a passive
// auxiliary stands between or the count is right before it.
std::optional<PeopleCount> reused_subject(Scan& sc, std::uint32_t q, bool need_passive);
std::optional<PeopleCount> clause_subject(Scan& sc, std::uint32_t q, bool need_passive, bool passive);

bool additive_phrase(const DocView& v, const PeopleCount& c) {
  for (std::uint32_t k = c.first; k < c.last; ++k) {
    if (v.has_role(k, kCueAdditive)) return true;
  }
  return false;
}

std::optional<PeopleCount> subject_of(Scan& sc, std::uint32_t t, bool need_passive,
                                      bool participle) {
  const DocView& v = sc.v;
  std::uint32_t q = t;
  bool passive = false, skipped = false;
  while (q > sc.s.first_token && t - q < kMaxGap) {
    const std::uint32_t roles = v.roles(q - 1);
    if ((roles & (kCueGap | kCueAux)) == 0) break;
    passive = passive || (roles & kCueAux) != 0;
    skipped = true;
    --q;
  }
  auto c = people_before(v, q, sc.s.first_token);
  // "None were injured", "Neither was hurt": the word itself is the subject (see denied_subject).
  if (!c && q > sc.s.first_token && v.has_role(q - 1, kCueNoneOf)) {
    PeopleCount none;
    none.first = q - 1;
    none.last = q;
    return none;
  }
  // "one man dead and another seriously wounded": with "another" the verb is an elided passive.
  if (need_passive && skipped && !passive && !(c && c->counted && additive_phrase(v, *c))) return std::nullopt;
  // "he shot twice": a pronoun or name right before an active-looking verb is its shooter; but
  // "the man killed in Trinidad" is the one killed.
  const bool described =
      participle && c && c->last > c->first && !v.has_role(c->last - 1, kCuePronoun);
  if (c && need_passive && !skipped && c->anaphoric && !described) return std::nullopt;
  if (c) return c;
  if (auto reused = reused_subject(sc, q, need_passive)) return reused;
  return clause_subject(sc, q, need_passive, passive);
}

std::optional<PeopleCount> reused_subject(Scan& sc, std::uint32_t q, bool need_passive) {
  const DocView& v = sc.v;
  // "was shot in the chest and later died", "a man who was shot ... passed away": the subject
  // of the previous verb, unless someone else is named in between ("and a dog that was killed").
  if (!sc.last_subject || sc.last_trigger_end > q || q - sc.last_trigger_end > kMaxReuse) return std::nullopt;
  bool joined = !need_passive;
  for (std::uint32_t k = sc.last_trigger_end; k < q; ++k) {
    const std::int32_t n = v.number_from[k];
    if ((n >= 0 && v.ann.numbers[n].quantity == Quantity::kCount) || v.person(k) ||
        v.has_role(k, kCuePronoun) || (need_passive && v.has_role(k, kCueOne))) {
      return std::nullopt;
    }
    joined = joined || v.norm(k) == "and";
  }
  if (joined) return sc.last_subject;
  return std::nullopt;
}

// Whoever the clause is about, for a passive or subject-only casualty word whose subject is not
// right before it: "The victim is 34 years old and was shot".
std::optional<PeopleCount> clause_subject(Scan& sc, std::uint32_t q, bool need_passive, bool passive) {
  if (need_passive && !passive) return std::nullopt;
  return person_earlier(sc.v, q, sc.s.first_token, kMaxSubjectReach, false);
}

std::optional<PeopleCount> object_of(Scan& sc, std::uint32_t after, bool link) {
  const DocView& v = sc.v;
  std::uint32_t k = after;
  if (link) {
    while (k < sc.s.last_token && k < after + kMaxLink && v.number_from[k] < 0 && v.has_role(k, kCueLink)) ++k;
  }
  auto c = people_after(v, k, sc.s.last_token);
  if (c && !c->counted && !link) return c;
  return c;
}

int ordinal_of(std::string_view norm) {
  constexpr std::string_view kOrdinals[] = {"second", "third", "fourth", "fifth", "sixth"};
  for (int i = 0; i < 5; ++i) {
    if (norm == kOrdinals[i]) return i + 2;
  }
  return 0;
}

// "also" between one counted person and their verb adds them to those counted before, unless
// they are "he" or "the victim" (who may be hurt twice over: "he was also stabbed"); a group
// ("Four other males were also injured") more often restates a count read before.
bool says_also(const DocView& v, const PeopleCount& c, std::uint32_t trigger) {
  if (c.last <= c.first || c.last >= trigger || c.min != 1 || c.max != 1) return false;
  const std::uint32_t head = c.last - 1;
  if (v.has_role(head, kCuePronoun) || v.norm(head) == "victim" || v.norm(head) == "victims") return false;
  for (std::uint32_t k = c.last; k < trigger && k < c.last + kMaxGap; ++k) {
    if (v.norm(k) == "also") return true;
  }
  return false;
}

void add_observation(Scan& sc, const Trigger& trig, const PeopleCount& c, std::uint32_t t,
                     std::uint32_t len) {
  if (!c.category.empty()) sc.out.categories.push_back(c.category);
  // "10 people killed (among them were a child and women)": the aside's counts are categories;
  // "Three people, including a child, were wounded" counts the people before it.
  if (!c.counted || (c.first >= sc.among_from && c.first < sc.among_until)) return;
  Observation o;
  o.outcome = trig.outcome;
  o.min = c.min;
  o.max = c.max;
  o.update = trig.update;
  o.status = trig.status;
  o.anaphoric = c.anaphoric;
  for (std::uint32_t k = c.first; k < c.last; ++k) {
    if (!sc.v.has_role(k, kCueAdditive)) continue;
    o.additive = true;
    // "another man": besides those of earlier sentences too.
    o.another = o.another || sc.v.has_role(k, kCueOne);
    if (const int n = ordinal_of(sc.v.norm(k)); n > 0) {
      o.ordinal = n;  // "a second man": besides the first, whoever counted him
      o.another = true;
    }
  }
  if (says_also(sc.v, c, t)) {
    // "A woman was also shot", "His brother was also wounded": someone besides those counted.
    o.additive = o.another = true;
    o.anaphoric = false;
  }
  o.np_first = c.first;
  o.np_last = c.last;
  o.trigger_first = t;
  o.trigger_last = t + len;
  sc.out.observations.push_back(o);
}

void read_trigger(Scan& sc, const Trigger& trig, std::uint32_t t, std::uint32_t len);
void read_zero(Scan& sc, const ZeroStatement& z, std::uint32_t t, std::uint32_t len);

// "three people, not two, were hurt": a "not" between commas before a number sets a count right.
bool corrects_count(const Scan& sc, std::uint32_t i) {
  return i > sc.s.first_token && i + 1 < sc.s.last_token && sc.v.tokens()[i - 1].is_punct(',') &&
         sc.v.number_from[i + 1] >= 0;
}

// "did not suffer any injuries", "was never hurt"; with kCueDoubt, "unclear whether any were hurt".
bool negated(const Scan& sc, std::uint32_t t, std::uint32_t role) {
  for (std::uint32_t k = t; k > sc.s.first_token && t - k < kNegationReach; --k) {
    if (sc.v.has_role(k - 1, role) && !corrects_count(sc, k - 1)) return true;
  }
  return false;
}

// "None were injured", "Neither man was hurt", "nor his two sons were injured", "No officers
// were hurt": a subject that denies harm to everyone it names gives a zero, not a count of them.
// The word is the subject's first, right before it (maybe before "the" or "their") or before "of"
// right before that ("None of the officers"), no further: "no reports that two men were injured"
// denies no one.
bool denied_subject(const Scan& sc, const PeopleCount& c) {
  std::uint32_t k = c.first;
  if (c.last > k && sc.v.has_role(k, kCueNoneOf)) return true;
  if (k > sc.s.first_token && sc.v.has_role(k - 1, kCueDefinite)) --k;  // "nor the three children"
  if (k > sc.s.first_token && sc.v.norm(k - 1) == "of") --k;
  return k > sc.s.first_token && sc.v.has_role(k - 1, kCueNoneOf);
}

// "struck the clerk in the head with the handgun": a weapon named within a few words of the same
// clause; "struck him, displayed a pistol and demanded his wallet" names the weapon of another act.
bool weapon_follows(const Scan& sc, std::uint32_t from) {
  for (std::uint32_t k = from; k < sc.s.last_token && k < from + kWeaponReach; ++k) {
    const Token& t = sc.v.tokens()[k];
    if (t.is_punct(',') || t.is_punct(';')) return false;
    if (sc.v.match(sc.v.lex.weapons, kStartsWeapon, k, sc.s.last_token)) return true;
  }
  return false;
}

// The person a noun such as "injuries" or "gunshot wounds" belongs to: a count right before it
// counts wounds ("multiple gunshot wounds") and a possessive is no subject ("her injuries"), so
// only a person phrase of the clause is read.
std::optional<PeopleCount> noun_subject(Scan& sc, std::uint32_t t) {
  std::uint32_t q = t;
  while (q > sc.s.first_token && t - q < kMaxGap && sc.v.has_role(q - 1, kCueGap | kCueAux)) --q;
  if (q > sc.s.first_token && !sc.v.has_role(q - 1, kCueDefinite | kCuePronoun)) {
    auto c = people_before(sc.v, q, sc.s.first_token);
    if (c && !c->bare) return c;
  }
  return person_earlier(sc.v, t, sc.s.first_token, kMaxSubjectReach, true);
}

// "the man killed in Trinidad", "the man shot to death Monday", "The man killed was identified":
// a verb followed by a place, a time or "was" is a participle saying what befell the person
// before it, not what he did. Not a bare "shot": "Brass shot in his direction" fired.
bool participle_follows(const Scan& sc, const Trigger& trig, std::uint32_t after) {
  return trig.outcome != Outcome::kHit && after < sc.s.last_token &&
         sc.v.has_role(after, kCueParticiple);
}

void read_trigger(Scan& sc, const Trigger& trig, std::uint32_t t, std::uint32_t len) {
  if (!sc.out.first_trigger) sc.out.first_trigger = t;
  if (trig.voice == Voice::kNone) {
    // "was shot at him" fired at someone; "was shot at the Byou Bar" hit someone there.
    const std::uint32_t next = t + len;
    if (len < 2 || people_after(sc.v, next, sc.s.last_token) ||
        (next < sc.s.last_token && sc.v.has_role(next, kCueTarget))) {
      return;
    }
    auto shorter = sc.v.match(sc.v.lex.triggers, kStartsTrigger, t, t + len - 1);
    if (!shorter || sc.v.lex.trigger_info[shorter->value].voice == Voice::kNone) return;
    read_trigger(sc, sc.v.lex.trigger_info[shorter->value], t, shorter->length);
    return;
  }
  std::optional<PeopleCount> c;
  bool from_subject = false;
  if (trig.voice == Voice::kObject || trig.voice == Voice::kEither) {
    c = object_of(sc, t + len, trig.link);
    if (c && !c->counted && trig.voice == Voice::kEither) c.reset();
    // "Shooting Copyright ...", "Shooting Guns": a capitalised heading, not a victim's name.
    if (c && c->anaphoric && sc.v.tokens()[t].has(kCapitalized) && sc.v.tokens()[c->first].has(kCapitalized) &&
        !sc.v.has_role(c->first, kCuePronoun | kCueDefinite)) {
      c.reset();
    }
  }
  if (trig.fatal) {
    // "two men were shot, one fatally": only a count right before, maybe after a comma.
    std::uint32_t q = t;
    if (q > sc.s.first_token && sc.v.tokens()[q - 1].is_punct(',')) --q;
    if (q > sc.s.first_token && sc.v.number_to[q - 1] >= 0) c = people_before(sc.v, q, sc.s.first_token);
    if (c) add_observation(sc, trig, *c, t, len);
    return;
  }
  if (!c && trig.noun) {
    // "He was taken to hospital with life-threatening injuries and died in surgery": the person
    // of the injuries is the subject of the next verb too.
    c = noun_subject(sc, t);
    from_subject = c.has_value();
  } else if (!c && (trig.voice == Voice::kSubject || trig.voice == Voice::kEither)) {
    c = subject_of(sc, t, trig.voice == Voice::kEither, participle_follows(sc, trig, t + len));
    from_subject = c.has_value();
  }
  if (!c) return;
  if (trig.weapon && !weapon_follows(sc, c->last)) return;
  // "was taken to a hospital, where he died" says nothing of survivors; "one man was killed and
  // another taken to a hospital" does.
  if (trig.survivor && !(c->counted && additive_phrase(sc.v, *c))) return;
  if (c->first < t && denied_subject(sc, *c)) {
    read_zero(
        sc,
        ZeroStatement{trig.outcome == Outcome::kKilled, trig.outcome != Outcome::kKilled, false}, t,
        len);
    return;
  }
  if (negated(sc, t, kCueNegation | kCueDoubt) || (c->first < t && negated(sc, c->first, kCueDoubt))) {
    read_zero(sc, ZeroStatement{trig.outcome == Outcome::kKilled, trig.outcome != Outcome::kKilled, true}, t, len);
    return;
  }
  if (from_subject && c->counted) {
    sc.last_subject = c;
    sc.last_trigger_end = t + len;
  }
  add_observation(sc, trig, *c, t, len);
}

void read_zero(Scan& sc, const ZeroStatement& z, std::uint32_t t, std::uint32_t len) {
  if (!sc.out.first_trigger) sc.out.first_trigger = t;
  for (Outcome o : {Outcome::kKilled, Outcome::kInjured}) {
    if ((o == Outcome::kKilled && !z.killed) || (o == Outcome::kInjured && !z.injured)) continue;
    Observation ob;
    ob.outcome = o;
    ob.zero = true;
    ob.max = 0;
    ob.besides = z.besides;
    ob.np_first = ob.trigger_first = t;
    ob.np_last = ob.trigger_last = t + len;
    sc.out.observations.push_back(ob);
  }
}

// The aside names people: it ends at ")", ";" or "and" before a casualty word, a verb of the
// sentence ("killed 12 people, among them three women, and wounded 30 others"). Other casualty
// words stay inside ("including three fatalities", "including both the fatalities, ... five dead").
std::uint32_t aside_end(const DocView& v, std::uint32_t from, std::uint32_t end) {
  for (std::uint32_t k = from; k < end; ++k) {
    if (v.tokens()[k].is_punct(')') || v.tokens()[k].is_punct(';')) return k;
    if (v.norm(k) == "and" && k + 1 < end && v.match(v.lex.triggers, kStartsTrigger, k + 1, end))
      return k;
  }
  return end;
}

}  // namespace

// "three residential buildings were destroyed": a counted thing (not people) before a damage
// verb, maybe after "were" / "have been".
void read_damage(const DocView& v, const Sentence& s, std::uint32_t verb, SentenceCasualties& out) {
  std::uint32_t q = verb;
  while (q > s.first_token && verb - q < kMaxGap && v.has_role(q - 1, kCueGap | kCueAux)) --q;
  for (std::uint32_t k = q; k > s.first_token && q - k < kMaxDamagePhrase; --k) {
    const std::int32_t n = v.number_from[k - 1];
    if (n < 0) continue;
    const NumberMention& m = v.ann.numbers[n];
    if (m.quantity != Quantity::kCount || people_after(v, k - 1, q)) return;
    out.damage.push_back(v.ann.text.span_of(k - 1, verb + 1));
    return;
  }
}

// Reads the zero phrase, "among" aside or casualty trigger starting at token i; returns how many
// tokens it took, 0 when none starts there.
std::uint32_t read_phrase_at(Scan& sc, std::uint32_t i) {
  const DocView& v = sc.v;
  const Sentence& s = sc.s;
  SentenceCasualties& out = sc.out;
  if (auto z = v.match(v.lex.zeros, kStartsZero, i, s.last_token)) {
    read_zero(sc, v.lex.zero_info[z->value], i, z->length);
    return z->length;
  }
  if (auto cue = v.match_cue(kCueAmong, i, s.last_token)) {
    sc.among_from = i;
    sc.among_until = aside_end(v, i + cue->length, s.last_token);
    for (std::uint32_t k = i + cue->length; k < sc.among_until; ++k) {
      if (const PersonNoun* p = v.person(k); p && !p->category.empty())
        out.categories.push_back(p->category);
    }
    return cue->length;
  }
  if (auto t = v.match(v.lex.triggers, kStartsTrigger, i, s.last_token)) {
    read_trigger(sc, v.lex.trigger_info[t->value], i, t->length);
    return t->length;
  }
  return 0;
}

void read_casualties(const DocView& v, const Sentence& s, SentenceCasualties& out) {
  out.observations.clear();
  out.categories.clear();
  out.damage.clear();
  out.first_trigger.reset();
  Scan sc{v, s, out, 0, 0, std::nullopt, 0};
  for (std::uint32_t i = s.first_token; i < s.last_token;) {
    // Most tokens start no phrase of the three tables: one test of their bits, not three.
    const bool starts = (v.starts_at[i] & (kStartsZero | kStartsCue | kStartsTrigger)) != 0;
    if (const std::uint32_t used = starts ? read_phrase_at(sc, i) : 0; used > 0) {
      i += used;
      continue;
    }
    if (v.has_role(i, kDamageVerb)) read_damage(v, s, i, out);
    ++i;
  }
  keep_strongest(out.observations);
}

}  // namespace reckon::extract
