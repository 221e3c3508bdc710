// Synthetic news reports for the serve latency benchmark (bench/serve_latency.cc): a seeded,
// reproducible stream of short wire-style reports that go through the real extract -> prepare ->
// ingest path, so the database they make has the shape a real one has.
//
// Each simulated incident has a place (one of ~60 real places the gazetteer knows, in 11
// countries), a day in 2020-2024, a kind that fits the place (shootings in US cities; missile
// strikes, shelling, drone strikes and mine blasts in Ukraine and Azerbaijan; air strikes and
// bombings elsewhere) and true killed / injured figures. It is reported by 1 to 4 outlets,
// published 0 to 3 days later, each stating the figures its own way: exact, "at least", "more
// than", an early and lower open count, or now and then a figure that disagrees (a contested
// incident; incidents at one place on overlapping days also merge, as the reconciler's rule says).
// A report names the day as a date or as a weekday relative to its publication. About one
// report in seven carries a second, unrelated incident in its own paragraph.
#pragma once

#include <cstdint>
#include <vector>

#include "reckon/document.h"

namespace reckon::bench {

// The reports about simulated incident `index` (1 to 4 documents; ids "syn-INDEX-SOURCE").
// The same (index, seed) always gives the same reports.
std::vector<Document> synthetic_incident_reports(std::int64_t index, std::uint32_t seed);

// The places, countries and kinds the reports use, for the benchmark's query mix.
struct SyntheticVocabulary {
  std::vector<const char*> places;
  std::vector<const char*> countries;  // ISO alpha-2
  std::vector<const char*> kinds;      // substrings the kind filter matches
  std::int64_t first_day = 0;          // incidents happen on first_day .. first_day + days - 1
  int days = 0;                        // (days since 1970-01-01)
};
const SyntheticVocabulary& synthetic_vocabulary();

}  // namespace reckon::bench
