// The word lists claim extraction reads, loaded once from data/lexicon/ and shared by all threads.
//
// Every rule word lives in a data file (casualty_triggers, casualty_zero, incident_kinds, weapons,
// victims, speakers_*, extract_cues, dates_said_of); this header only gives them types.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "extract/phrase_table.h"
#include "reckon/lexicon.h"

namespace reckon::extract {

enum class Outcome : std::uint8_t { kKilled, kInjured, kHit, kCombined };
// Where a trigger's count stands: before it (subject), after it (object), either, or nowhere.
enum class Voice : std::uint8_t { kSubject, kObject, kEither, kNone };

struct Trigger {
  Outcome outcome = Outcome::kKilled;
  Voice voice = Voice::kEither;
  bool update = false;  // a later development: "later died"
  bool fatal = false;   // "one fatally": takes only a bare count right before it
  bool link = false;    // "the death toll rose to 5": linking words may precede the count
  bool noun = false;    // "his injuries", "multiple gunshot wounds": counts only a person
  bool weapon = false;  // "struck the clerk with the handgun": only when a weapon follows
  bool survivor = false;  // "and another taken to a hospital": counts only "another", "others"
  bool status = false;    // "in critical condition": how some of those hurt are, not a new count
};

struct ZeroStatement {
  bool killed = false;
  bool injured = false;
  bool besides = false;  // "no one else was hurt": never lowers a stated count
};

struct IncidentKind {
  std::string kind;
  bool plural = false;
  // A kind that says nothing of how people were harmed ("attack", "incident"): reconciliation
  // matches it with any kind (data/lexicon/reconcile_kinds.tsv "*"), and a claim gives it up
  // for a specific kind or weapon named nearby ("the brutal attack" after "Tochka-U missiles").
  bool generic = false;
};

struct Weapon {
  std::string name;
  std::string kind;  // the incident kind it implies, may be empty
};

struct PersonNoun {
  std::string category;  // empty for none
  bool plural = false;
  bool pair = false;  // "a couple", "the couple": two people
};

enum class SpeakerSide : std::uint8_t { kBefore, kAfter, kEither };

// Bits of ExtractLexicon::cue values.
enum CueRole : std::uint32_t {
  kCueTally = 1u << 0,
  kCueReport = 1u << 1,
  kCueReportBefore = 1u << 2,
  kCueGap = 1u << 3,
  kCueAmong = 1u << 4,
  kCueNotFigure = 1u << 5,
  kCueAux = 1u << 6,
  kCueOne = 1u << 7,
  kCueDefinite = 1u << 8,
  kCuePair = 1u << 9,
  kCuePronoun = 1u << 10,
  kCueBreak = 1u << 11,
  kCueLink = 1u << 12,
  kCueAdditive = 1u << 13,
  kCueNegation = 1u << 14,
  kCueTarget = 1u << 15,
  kCueDoubt = 1u << 16,
  kDamageVerb = 1u << 17,  // from extract_damage.tsv, not a cue
  kCuePast = 1u << 18,
  kCueAnimal = 1u << 19,
  kCueSeveral = 1u << 20,
  kCueEvening = 1u << 21,
  kCueOvernight = 1u << 22,
  // The roles of data/lexicon/dates_said_of.tsv, phrases of ExtractLexicon::date_cues.
  kCueState = 1u << 23,
  kCueClause = 1u << 24,
  kCueIncidentTime = 1u << 25,
  kCueDeath = 1u << 26,
  kCueHarm = 1u << 27,
  kCueAlleged = 1u << 28,
  kCueNoneOf = 1u << 29,
  kCueParticiple = 1u << 30,
  kCueNameSuffix = 1u << 31,
};
constexpr std::uint32_t kDateCueRoles =
    kCueState | kCueClause | kCueIncidentTime | kCueDeath | kCueHarm | kCueAlleged;

// Which phrase tables have a phrase starting with a word (bits of WordInfo::starts).
enum PhraseStart : std::uint8_t {
  kStartsTrigger = 1u << 0,
  kStartsZero = 1u << 1,
  kStartsKind = 1u << 2,
  kStartsWeapon = 1u << 3,
  kStartsSpeaker = 1u << 4,
  kStartsCue = 1u << 5,
  kStartsDateCue = 1u << 6,
};

// Everything the lexicons say about one word, so that reading a token costs one lookup.
struct WordInfo {
  std::uint32_t roles = 0;  // CueRole bits
  std::uint8_t starts = 0;  // PhraseStart bits
  bool is_person = false;
  PersonNoun person;
};

struct ExtractLexicon {
  PhraseTable triggers;  // value: index into trigger_info
  std::vector<Trigger> trigger_info;
  PhraseTable zeros;  // value: index into zero_info
  std::vector<ZeroStatement> zero_info;
  PhraseTable kinds;  // value: index into kind_info
  std::vector<IncidentKind> kind_info;
  PhraseTable weapons;  // value: index into weapon_info
  std::vector<Weapon> weapon_info;
  WordMap<PersonNoun> persons;
  PhraseTable speaker_verbs;  // value: SpeakerSide
  WordSet speaker_bodies;
  WordSet not_speakers;  // "They said" names nobody
  WordSet damage_verbs;  // "destroyed", "damaged": a counted thing before them is damage
  PhraseTable cues;  // value: CueRole bits
  WordMap<std::uint32_t> word_roles;  // single-token cue entries and their CueRole bits
  // value: kDateCueRoles bits. A table of its own rather than rows of `cues`: in one table a
  // longer phrase of either file would hide a shorter one of the other at the same token
  // ("reported at" the report cue "reported", "pleaded guilty" the state word "pleaded"), and
  // its single words would take roles that the per-token readers test (a capitalized "Will"
  // would no longer read as a name).
  PhraseTable date_cues;
  WordMap<WordInfo> words;  // every word any of the above knows, merged

  const WordInfo* word(std::string_view norm) const { return find_word(words, norm); }

  // Loaded on first call from the embedded data files; thread-safe.
  static const ExtractLexicon& get();
};

}  // namespace reckon::extract
