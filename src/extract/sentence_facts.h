// What one sentence says about when, where, what and who: the incident kind and weapon it names,
// the date it gives for an event (not for a statement, arrest or hearing), its most specific
// place, its street address, who it is attributed to, and whether it counts many incidents.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "extract/doc_view.h"

namespace reckon::extract {

struct SentenceFacts {
  std::int32_t kind = -1;      // index into ExtractLexicon::kind_info
  bool plural_kind = false;    // names many incidents: "missile strikes", "shootings"
  bool several_incidents = false;  // counts them: "two shootings", "several attacks"
  std::int32_t weapon = -1;    // index into ExtractLexicon::weapon_info
  std::int32_t date = -1;      // the event date mention, index into Annotations::dates
  bool date_of_death = false;  // the event date is when a victim died ("died ... Saturday"), and
                               // the sentence does not say how he was hurt
  std::int32_t report_date = -1;  // a day said of a statement or arrest, when no event date is
                                  // given: the last resort for an incident's date
  std::int32_t period = -1;    // a week, weekend or month the event is dated in, not a day:
                               // "this weekend", "last week", "a January shooting"
  std::int32_t place = -1;     // most specific place mention (not a demonym), Annotations::places
  std::int32_t country = -1;   // a country mention, when no more specific place is named
  std::int32_t address = -1;   // index into DocView::addresses
  bool tally_cue = false;      // "so far", "in total", "according to today's statistics"
  bool overnight = false;      // speaks of the night: "two overnight shootings"
  std::int32_t since = -1;     // a date mention after "since"
  std::string speaker;         // who the sentence attributes what it says to, empty if none
};

// Reads sentence `s`. `near` is the token the event is about (a casualty word), used to pick
// between several dates; pass s.first_token when there is none.
SentenceFacts read_facts(const DocView& v, const Sentence& s, std::uint32_t near);

}  // namespace reckon::extract
