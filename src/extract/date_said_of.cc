// What a date is said of: see date_said_of.h. Each reader walks a few words around the date in
// its own clause, so the cost per date is bounded.
#include "extract/date_said_of.h"

#include <string>
#include <vector>

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

// A phrase of data/lexicon/dates_said_of.tsv, filed under its first word.
enum class SaidOfRole : std::uint8_t { kState, kClause, kIncidentTime, kDeath, kHarm, kAlleged };

struct SaidOfCue {
  std::vector<std::string> rest;  // the words after the first
  SaidOfRole role = SaidOfRole::kClause;
};

// A comma, semicolon or full stop: the end of the clause a cue must share with its date.
bool ends_clause(const Token& t) {
  return t.is_punct(',') || t.is_punct(';') || t.is_punct('.');
}

const WordMap<std::vector<SaidOfCue>>& said_of_cues() {
  static const WordMap<std::vector<SaidOfCue>> table = [] {
    // The role column of dates_said_of.tsv.
    const WordMap<SaidOfRole> roles = {
        {"state", SaidOfRole::kState},       {"clause", SaidOfRole::kClause},
        {"time", SaidOfRole::kIncidentTime}, {"death", SaidOfRole::kDeath},
        {"harm", SaidOfRole::kHarm},         {"alleged", SaidOfRole::kAlleged}};
    WordMap<std::vector<SaidOfCue>> t;
    for_each_lexicon_row("lexicon/dates_said_of.tsv",
                         [&](const std::vector<std::string_view>& row) {
                           if (row.size() < 2 || row[0].empty()) return;
                           const SaidOfRole* role = find_word(roles, row[1]);
                           if (role == nullptr) return;
                           SaidOfCue cue;
                           cue.role = *role;
                           std::string_view phrase = row[0];
                           std::size_t space = phrase.find(' ');
                           const std::string_view first = phrase.substr(0, space);
                           while (space != std::string_view::npos) {
                             phrase.remove_prefix(space + 1);
                             space = phrase.find(' ');
                             cue.rest.emplace_back(phrase.substr(0, space));
                           }
                           t.try_emplace(first).first->second.push_back(std::move(cue));
                         });
    return t;
  }();
  return table;
}

// The cue of said_of_cues() that starts at token k and ends by `end`, or nullptr.
const SaidOfCue* said_of_cue_at(const DocView& v, std::uint32_t k, std::uint32_t end) {
  const auto& cues = said_of_cues();
  const auto it = cues.find(v.norm(k));
  if (it == cues.end()) return nullptr;
  for (const SaidOfCue& cue : it->second) {
    const auto n = static_cast<std::uint32_t>(cue.rest.size());
    bool all = k + 1 + n <= end;
    for (std::uint32_t j = 0; j < n && all; ++j) all = v.norm(k + 1 + j) == cue.rest[j];
    if (all) return &cue;
  }
  return nullptr;
}

bool states_or_opens_clause(const SaidOfCue& cue) {
  return cue.role == SaidOfRole::kState || cue.role == SaidOfRole::kClause;
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
    const SaidOfCue* cue = said_of_cue_at(v, k, d.first_token);
    if (cue == nullptr || !states_or_opens_clause(*cue)) continue;
    if (cue->role != SaidOfRole::kState) break;
    return !names_incident(v, d, s);
  }
  if (!follows_body(v, d, s)) return false;
  // "Police on Thursday were searching for ...": the state word right after the date.
  for (std::uint32_t k = d.last_token; k < s.last_token && k < d.last_token + kReportReach; ++k) {
    const Token& t = v.tokens()[k];
    if (ends_clause(t)) break;
    const SaidOfCue* cue = said_of_cue_at(v, k, s.last_token);
    if (cue == nullptr || !states_or_opens_clause(*cue)) continue;
    return cue->role == SaidOfRole::kState;
  }
  return false;
}

// "The shooting was reported at 11:16 p.m. Monday", "police were called about 2 a.m. Sunday":
// a clock time right after such words is when the incident came to light, not when it was said.
bool is_incident_time(const DateMention& d, const DocView& v, const Sentence& s) {
  if (!d.minutes) return false;
  for (std::uint32_t k = d.first_token; k-- > s.first_token && d.first_token - k <= kReportReach;) {
    const SaidOfCue* cue = said_of_cue_at(v, k, d.first_token);
    if (cue != nullptr && cue->role == SaidOfRole::kIncidentTime &&
        k + 1 + cue->rest.size() == d.first_token)
      return true;
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
    const SaidOfCue* cue = said_of_cue_at(v, k, d.first_token);
    death = cue != nullptr && cue->role == SaidOfRole::kDeath;
  }
  for (std::uint32_t k = s.first_token; k < s.last_token && death; ++k) {
    const SaidOfCue* cue = said_of_cue_at(v, k, s.last_token);
    death = cue == nullptr || cue->role != SaidOfRole::kHarm;
  }
  return death;
}

bool is_alleged_date(const DocView& v, const DateMention& d, const Sentence& s) {
  for (std::uint32_t k = d.first_token;
       k-- > s.first_token && d.first_token - k <= kAllegedReach;) {
    const Token& t = v.tokens()[k];
    if (ends_clause(t)) return false;
    const SaidOfCue* cue = said_of_cue_at(v, k, d.first_token);
    if (cue != nullptr && cue->role == SaidOfRole::kAlleged) return true;
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
