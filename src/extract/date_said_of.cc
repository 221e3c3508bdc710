// What a date is said of: see date_said_of.h. Each reader walks a few words around the date in
// its own clause, so the cost per date is bounded, and asks the DocView which date cue
// (data/lexicon/dates_said_of.tsv, matched in the extraction lexicon's phrase trie) starts at a
// word.
#include "extract/date_said_of.h"

#include "reckon/lexicon.h"

namespace reckon::extract {
namespace {

constexpr std::uint32_t kReportReach = 3;
// How far back in its clause a word of state ("remained", "as of") reaches to a date.
constexpr std::uint32_t kStateReach = 6;
// How far back in its clause a word of what a suspect is accused of reaches to a date.
constexpr std::uint32_t kAllegedReach = 10;
// How far back in its clause a word of death ("died", "pronounced dead") reaches to a date.
constexpr std::uint32_t kDeathReach = 8;
// How many tokens back from ")" a handle's "@" may stand: "(@brittney_ANjax)".
constexpr std::uint32_t kHandleReach = 6;

// A comma, semicolon or full stop: the end of the clause a cue must share with its date.
bool ends_clause(const Token& t) {
  return t.is_punct(',') || t.is_punct(';') || t.is_punct('.');
}

// "a Sunday shooting", "Saturday's robbery": the date names the incident itself.
bool names_incident(const DocView& v, const DateMention& d, const Sentence& s) {
  std::uint32_t k = d.last_token;
  if (k < s.last_token && v.norm(k) == "'s") ++k;  // the tokenizer keeps "'s" as one token
  return v.match(v.lex.kinds, kStartsKind, k, s.last_token).has_value();
}

// "Police on Thursday", "Authorities Wednesday": the date stands between a body and its verb, so a
// state word after it is said of that body ("... were searching"), not of someone shot that day
// ("sent one man to the hospital on Saturday remains at large").
bool follows_body(const DocView& v, const DateMention& d, const Sentence& s) {
  std::uint32_t k = d.first_token;
  if (k > s.first_token && v.norm(k - 1) == "on") --k;
  return k > s.first_token && v.lex.speaker_bodies.contains(v.norm(k - 1));
}

// A day on which a state held or was reported, not the day of the incident: "remained
// hospitalized Sunday", "as of Monday", "remained in the county jail Monday morning". The state
// word must be in the date's own clause: "searching for a man who shot his neighbor Monday".
bool is_state_date(const DocView& v, const DateMention& d, const Sentence& s) {
  std::uint32_t words = 0;  // "the public's help" is three words, though four tokens
  for (std::uint32_t k = d.first_token; k-- > s.first_token && words < kStateReach;) {
    const Token& t = v.tokens()[k];
    if (ends_clause(t)) break;
    if (t.norm != "'s") ++words;
    const MaybePhrase cue = v.match_date_cue(kCueState | kCueClause, k, d.first_token);
    if (!cue) continue;
    if ((cue->value & kCueState) == 0) break;
    return !names_incident(v, d, s);
  }
  if (!follows_body(v, d, s)) return false;
  // "Police on Thursday were searching for ...": the state word right after the date.
  for (std::uint32_t k = d.last_token; k < s.last_token && k < d.last_token + kReportReach; ++k) {
    const Token& t = v.tokens()[k];
    if (ends_clause(t)) break;
    const MaybePhrase cue = v.match_date_cue(kCueState | kCueClause, k, s.last_token);
    if (!cue) continue;
    return (cue->value & kCueState) != 0;
  }
  return false;
}

// "The shooting was reported at 11:16 p.m. Monday", "police were called about 2 a.m. Sunday":
// a clock time right after such words is when the incident came to light, not when it was said.
bool is_incident_time(const DateMention& d, const DocView& v, const Sentence& s) {
  if (!d.minutes) return false;
  for (std::uint32_t k = d.first_token; k-- > s.first_token && d.first_token - k <= kReportReach;) {
    const MaybePhrase cue = v.match_date_cue(kCueIncidentTime, k, d.first_token);
    if (cue && k + cue->length == d.first_token) return true;
  }
  return false;
}

// "— Austin ISD (@AustinISD) March 26, 2018": the day a social-media post quoted in the report
// went out, right after its author's handle, not the incident's.
bool is_post_date(const DocView& v, const DateMention& d) {
  const std::uint32_t k = d.first_token;
  if (k == 0 || !v.tokens()[k - 1].is_punct(')')) return false;
  for (std::uint32_t j = k - 1; j-- > 0 && k - j <= kHandleReach;) {
    if (v.tokens()[j].kind == TokenKind::kSymbol && v.norm(j) == "@") return true;
    if (v.tokens()[j].is_punct('(')) return false;
  }
  return false;
}

}  // namespace

bool is_death_date(const DocView& v, const DateMention& d, const Sentence& s) {
  bool death = false;
  for (std::uint32_t k = d.first_token;
       k-- > s.first_token && d.first_token - k <= kDeathReach && !death;) {
    const Token& t = v.tokens()[k];
    if (ends_clause(t)) break;
    death = v.match_date_cue(kCueDeath, k, d.first_token).has_value();
  }
  for (std::uint32_t k = s.first_token; k < s.last_token && death; ++k) {
    death = !v.match_date_cue(kCueHarm, k, s.last_token);
  }
  return death;
}

bool is_alleged_date(const DocView& v, const DateMention& d, const Sentence& s) {
  for (std::uint32_t k = d.first_token;
       k-- > s.first_token && d.first_token - k <= kAllegedReach;) {
    const Token& t = v.tokens()[k];
    if (ends_clause(t)) return false;
    if (v.match_date_cue(kCueAlleged, k, d.first_token)) return true;
  }
  return false;
}

bool is_report_date(const DocView& v, const DateMention& d, const Sentence& s) {
  if (d.form == DateForm::kAnniversary) return false;
  if (is_post_date(v, d)) return true;
  if (is_state_date(v, d, s)) return true;
  if (is_incident_time(d, v, s)) return false;
  const std::uint32_t from =
      d.first_token > s.first_token + kReportReach ? d.first_token - kReportReach : s.first_token;
  for (std::uint32_t k = from; k < d.first_token; ++k) {
    if (v.match_cue(kCueReport, k, d.first_token)) return true;
  }
  // "the coroner's office on Wednesday identified ...", "police Tuesday said".
  if (d.last_token < s.last_token && v.has_role(d.last_token, kCueReport)) return true;
  for (std::uint32_t k = d.last_token; k < s.last_token && k < d.last_token + kReportReach; ++k) {
    if (v.has_role(k, kCueReportBefore)) return true;
    if (v.tokens()[k].is_punct(',') || v.tokens()[k].is_punct('.')) break;
  }
  return false;
}

}  // namespace reckon::extract
