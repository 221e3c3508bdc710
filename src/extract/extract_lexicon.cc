// Loads the extraction lexicons: see extract_lexicon.h. Rows with unknown values are skipped
// (the lexicon tests check every row loads).
#include "extract/extract_lexicon.h"

#include <map>
#include <set>
#include <utility>

namespace reckon::extract {
namespace {

using Row = std::vector<std::string_view>;

std::string_view field(const Row& r, std::size_t i) { return i < r.size() ? r[i] : std::string_view(); }

void load_triggers(ExtractLexicon& lex) {
  for_each_lexicon_row("lexicon/casualty_triggers.tsv", [&](const Row& r) {
    Trigger t;
    const std::string_view outcome = field(r, 1), voice = field(r, 2);
    if (outcome == "killed") t.outcome = Outcome::kKilled;
    else if (outcome == "injured") t.outcome = Outcome::kInjured;
    else if (outcome == "hit") t.outcome = Outcome::kHit;
    else if (outcome == "combined") t.outcome = Outcome::kCombined;
    else return;
    if (voice == "subj") t.voice = Voice::kSubject;
    else if (voice == "obj") t.voice = Voice::kObject;
    else if (voice == "either") t.voice = Voice::kEither;
    else if (voice == "none") t.voice = Voice::kNone;
    else return;
    t.update = field(r, 3) == "update";
    t.fatal = field(r, 3) == "fatal";
    t.link = field(r, 3) == "link";
    t.noun = field(r, 3) == "noun";
    t.weapon = field(r, 3) == "weapon";
    t.survivor = field(r, 3) == "survivor";
    t.status = field(r, 3) == "status";
    lex.triggers.add(r[0], static_cast<std::uint32_t>(lex.trigger_info.size()));
    lex.trigger_info.push_back(t);
  });
}

void load_zeros(ExtractLexicon& lex) {
  for_each_lexicon_row("lexicon/casualty_zero.tsv", [&](const Row& r) {
    ZeroStatement z;
    const std::string_view what = field(r, 1);
    z.killed = what == "killed" || what == "both";
    z.injured = what == "injured" || what == "both";
    if (!z.killed && !z.injured) return;
    z.besides = field(r, 2) == "else";
    lex.zeros.add(r[0], static_cast<std::uint32_t>(lex.zero_info.size()));
    lex.zero_info.push_back(z);
  });
}

void load_kinds_and_weapons(ExtractLexicon& lex) {
  std::set<std::string, std::less<>> generic;
  for_each_lexicon_row("lexicon/reconcile_kinds.tsv", [&](const Row& r) {
    if (field(r, 1) == "*") generic.emplace(r[0]);
  });
  for_each_lexicon_row("lexicon/incident_kinds.tsv", [&](const Row& r) {
    if (field(r, 1).empty()) return;
    lex.kinds.add(r[0], static_cast<std::uint32_t>(lex.kind_info.size()));
    lex.kind_info.push_back({std::string(r[1]), field(r, 2) == "pl", generic.contains(field(r, 1))});
  });
  for_each_lexicon_row("lexicon/weapons.tsv", [&](const Row& r) {
    if (field(r, 1).empty()) return;
    lex.weapons.add(r[0], static_cast<std::uint32_t>(lex.weapon_info.size()));
    lex.weapon_info.push_back({std::string(r[1]), std::string(field(r, 2))});
  });
}

void load_people_and_speakers(ExtractLexicon& lex) {
  for_each_lexicon_row("lexicon/victims.tsv", [&](const Row& r) {
    const std::string_view cat = field(r, 1);
    lex.persons.emplace(std::string(r[0]), PersonNoun{cat == "-" ? std::string() : std::string(cat),
                                                      field(r, 2) == "pl", field(r, 2) == "pair"});
  });
  for_each_lexicon_row("lexicon/speakers_verbs.tsv", [&](const Row& r) {
    const std::string_view side = field(r, 1);
    SpeakerSide s = SpeakerSide::kEither;
    if (side == "before") s = SpeakerSide::kBefore;
    else if (side == "after") s = SpeakerSide::kAfter;
    lex.speaker_verbs.add(r[0], static_cast<std::uint32_t>(s));
  });
  for_each_lexicon_row("lexicon/speakers_bodies.tsv", [&](const Row& r) {
    (field(r, 1) == "not" ? lex.not_speakers : lex.speaker_bodies).emplace(r[0]);
  });
  lex.damage_verbs = load_word_set("lexicon/extract_damage.tsv");
}

// The role column of extract_cues.tsv and dates_said_of.tsv.
constexpr std::pair<std::string_view, std::uint32_t> kCueRoleNames[] = {
    {"tally", kCueTally},
    {"report", kCueReport},
    {"report_before", kCueReportBefore},
    {"gap", kCueGap},
    {"among", kCueAmong},
    {"notfig", kCueNotFigure},
    {"aux", kCueAux},
    {"one", kCueOne},
    {"definite", kCueDefinite},
    {"pair", kCuePair},
    {"pronoun", kCuePronoun},
    {"break", kCueBreak},
    {"link", kCueLink},
    {"additive", kCueAdditive},
    {"negation", kCueNegation},
    {"target", kCueTarget},
    {"doubt", kCueDoubt},
    {"past", kCuePast},
    {"animal", kCueAnimal},
    {"participle", kCueParticiple},
    {"none_of", kCueNoneOf},
    {"suffix", kCueNameSuffix},
    {"several", kCueSeveral},
    {"evening", kCueEvening},
    {"overnight", kCueOvernight},
    {"state", kCueState},
    {"clause", kCueClause},
    {"time", kCueIncidentTime},
    {"death", kCueDeath},
    {"harm", kCueHarm},
    {"alleged", kCueAlleged},
};

// The phrases of a cue file with the bits of their roles among `allowed` (0 for none known). A
// phrase may have several roles ("court": report, report_before): they are gathered first, so
// that it is added once with all of them.
std::map<std::string, std::uint32_t, std::less<>> read_cue_roles(std::string_view file,
                                                                 std::uint32_t allowed) {
  std::map<std::string, std::uint32_t, std::less<>> roles;
  for_each_lexicon_row(file, [&](const Row& r) {
    std::uint32_t bit = 0;
    for (const auto& [name, role] : kCueRoleNames) {
      if (name == field(r, 1)) bit = role & allowed;
    }
    roles[std::string(r[0])] |= bit;
  });
  return roles;
}

void load_cues(ExtractLexicon& lex) {
  for (const auto& [phrase, bits] : read_cue_roles("lexicon/extract_cues.tsv", ~kDateCueRoles)) {
    if (bits == 0) continue;
    lex.cues.add(phrase, bits);
    if (phrase.find(' ') == std::string::npos) lex.word_roles.emplace(phrase, bits);
  }
  for (const auto& [phrase, bits] : read_cue_roles("lexicon/dates_said_of.tsv", kDateCueRoles)) {
    if (bits != 0) lex.date_cues.add(phrase, bits);
  }
}

void merge_words(ExtractLexicon& lex) {
  for (const auto& [norm, roles] : lex.word_roles) lex.words[norm].roles = roles;
  for (const std::string& verb : lex.damage_verbs) lex.words[verb].roles |= kDamageVerb;
  for (const auto& [norm, person] : lex.persons) {
    WordInfo& w = lex.words[norm];
    w.is_person = true;
    w.person = person;
  }
  const auto starts = [&](const PhraseTable& table, PhraseStart bit) {
    table.for_each_first([&](const std::string& norm) { lex.words[norm].starts |= bit; });
  };
  starts(lex.triggers, kStartsTrigger);
  starts(lex.zeros, kStartsZero);
  starts(lex.kinds, kStartsKind);
  starts(lex.weapons, kStartsWeapon);
  starts(lex.speaker_verbs, kStartsSpeaker);
  starts(lex.cues, kStartsCue);
  starts(lex.date_cues, kStartsDateCue);
}

ExtractLexicon load() {
  ExtractLexicon lex;
  load_triggers(lex);
  load_zeros(lex);
  load_kinds_and_weapons(lex);
  load_people_and_speakers(lex);
  load_cues(lex);
  merge_words(lex);
  return lex;
}

}  // namespace

const ExtractLexicon& ExtractLexicon::get() {
  static const ExtractLexicon lexicon = load();
  return lexicon;
}

}  // namespace reckon::extract
