// Casualty observations in one sentence: each casualty word with the people count it governs.
//
// "killing one person, injuring 4 persons" gives killed 1 and injured 4; "23 civilians were
// killed and 76 were injured" gives 23 and 76; "two men were shot, one fatally" gives hit 2 and
// killed 1; "no casualties were registered" gives zero killed and zero injured. Counts inside an
// "among them were a child and women" aside name victim categories only.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "extract/doc_view.h"
#include "reckon/text.h"

namespace reckon::extract {

struct Observation {
  Outcome outcome = Outcome::kKilled;
  std::int64_t min = 0;
  std::optional<std::int64_t> max;
  bool zero = false;       // a "no one was hurt" statement
  bool besides = false;    // "no one else was hurt"
  bool update = false;     // "one of the victims later died"
  bool anaphoric = false;  // "he died": someone counted before
  bool additive = false;   // "another eight", "four others": besides those counted before
  bool another = false;    // "another man": besides those of earlier sentences too
  int ordinal = 0;         // "a second man": the n-th person the report counts (2), else 0
  bool status = false;     // "one is in critical condition": a state of some of those hurt
  std::uint32_t np_first = 0;  // the counted phrase (the statement itself for zeros)
  std::uint32_t np_last = 0;
  std::uint32_t trigger_first = 0;
  std::uint32_t trigger_last = 0;
};

struct SentenceCasualties {
  std::vector<Observation> observations;
  std::vector<std::string_view> categories;  // victim categories named near casualty words
  std::vector<Span> damage;  // "three residential buildings were destroyed"
  std::optional<std::uint32_t> first_trigger;  // first casualty word, counted or not
};

// Reads sentence `s`, appending to `out` (cleared first).
void read_casualties(const DocView& v, const Sentence& s, SentenceCasualties& out);

// Keeps, for each counted phrase of `obs`, only its strongest outcome ("died after being shot" is
// a death), and drops observations with no count read.
void keep_strongest(std::vector<Observation>& obs);

// Reads a sentence's observations of one outcome as one figure: the largest count, plus those
// that say they are more ("and another eight"); anaphoric ones only stand in when nothing else is
// counted, since a sentence often restates its own count ("a man died ... Donato was shot"). Zero statements fill in only where no
// positive count was read.
struct SentenceFigure {
  bool set = false;
  std::int64_t min = 0;
  std::optional<std::int64_t> max;
  bool zero_only = false;
  bool anaphoric_only = false;
  bool update = false;
  bool additive = false;  // its count says "another": it adds to those of earlier sentences
  int ordinal = 0;        // its count says "a second man": adds only when fewer were counted
  bool status = false;    // read only from "in critical condition" and the like
  std::uint32_t first = 0, last = 0;  // tokens the figure was read from
};
SentenceFigure sentence_figure(const std::vector<Observation>& obs, Outcome outcome);

}  // namespace reckon::extract
