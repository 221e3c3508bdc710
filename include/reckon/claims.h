// Claim extraction: reads a report the way a careful analyst does and writes down what it claims
// (incidents with their figures, when, where, who was hit, who says so) and its cumulative
// tallies, each with the spans of text it was read from. It never turns a population, distance,
// year, signatory count or damage count into a casualty figure. See contract/OUTPUT.md.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "reckon/annotate.h"
#include "reckon/calendar.h"
#include "reckon/document.h"
#include "reckon/places.h"

namespace reckon {

// A casualty figure as the interval a report claims: exact → min == max; "more than 30" → min 31,
// no max; "no casualties" → 0..0. An absent figure is std::nullopt at the Claim level, never 0.
struct Figure {
  std::int64_t min = 0;
  std::optional<std::int64_t> max;
  Span text;  // the words the figure was read from

  bool operator==(const Figure& o) const { return min == o.min && max == o.max; }
};

struct ClaimDate {
  CivilDate value;
  DatePrecision precision = DatePrecision::kDay;
  std::optional<int> minutes;  // time of day when stated
};

struct ClaimPlace {
  Place place;
  Span mention;  // the words naming it in the report
};

struct Claim {
  std::string kind;    // vocabulary: data/lexicon/incident_kinds.tsv ("missile strike", "shooting")
  std::string weapon;  // "Tochka-U", "cluster bombs", "handgun"; empty when not named
  std::optional<ClaimDate> date;
  std::optional<ClaimPlace> place;
  std::optional<Span> address;  // street-level location
  std::optional<Figure> killed;
  std::optional<Figure> injured;
  std::optional<Figure> killed_or_injured;  // combined figures stay combined
  std::vector<std::string> victims;         // "civilians", "children", "women", "police", ...
  std::string said_by;                      // speaker or body inside the report; empty if none
  std::vector<std::string> damage;          // "three residential buildings were destroyed"
  std::vector<Span> evidence;               // the sentence(s) the claim was read from
  double salience = 0;                      // claims are sorted by it, highest first
};

struct Tally {
  std::optional<CivilDate> as_of;
  std::string scope;  // who and what it counts: "civilians, missile strikes on ... Azerbaijan"
  std::optional<ClaimPlace> place;
  std::optional<Figure> killed;
  std::optional<Figure> injured;
  std::optional<Figure> killed_or_injured;
  std::optional<CivilDate> since;  // start of the counted period when stated
  std::vector<Span> evidence;
};

struct Extraction {
  std::vector<Claim> claims;  // most salient first
  std::vector<Tally> tallies;
};

// Extracts claims and tallies from one annotated document (annotate() of the same document).
//
// How it reads (src/extract/, rule words in data/lexicon/casualty_*.tsv, incident_kinds.tsv,
// weapons.tsv, victims.tsv, speakers_*.tsv and extract_cues.tsv):
// - each sentence once: casualty words ("killed", "were injured", "shot and killed", "pronounced
//   dead", "no casualties") with the people they count — a number before or after ("10 people
//   killed", "killing one person"), "a man" / "another" / "both", or someone named before ("he
//   died", "the victim") — never a count of things ("three residential buildings", "292 NGOs");
// - figure sentences join one incident frame while they can be about the same incident (no other
//   stated day, no contradicting figure) and open a new one otherwise; figures over many
//   incidents ("so far", "since September 27", "as a result of missile strikes", "in separate
//   shootings") become tallies, with as_of the publication day (or "today's");
// - injured = said injured, else those shot who did not die ("two men were shot, one fatally"
//   gives killed 1, injured 1); "one of the victims later died" moves one from injured to killed;
// - date, place, address, kind and weapon come from the frame's sentences, else the nearest ones
//   about the incident, else the report; a date said of a statement, arrest or hearing ("police
//   said Thursday") is used only when nothing else dates the incident;
// - claims[0] is the earliest frame with people harmed; a report with no figure still gets one
//   claim for its first incident, with no figures.
// Thread-safe: the lexicons are loaded once and shared; nothing else is kept between calls.
Extraction extract_claims(const Document& doc, const Annotations& annotations);

}  // namespace reckon
