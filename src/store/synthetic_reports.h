// Test helper: random reports for property tests of the store — claims on a handful of nearby
// and distant places, on a few weeks of days, with day, month and year dates, town, district and
// country places, compatible and incompatible kinds and optional addresses, so that the
// same-event relation forms chains, vague claims and ambiguous attachments.
#pragma once

#include <random>
#include <string>
#include <vector>

#include "reconcile/seed_fixture.h"

namespace reckon::testing {

inline Place synthetic_place(int which) {
  static const struct {
    const char* name;
    double lat, lon;
    PlaceKind kind;
  } kPlaces[] = {{"Alpha", 40.00, 46.00, PlaceKind::kCity},
                 {"Alpha East", 40.00, 46.03, PlaceKind::kCity},
                 {"Alpha Far", 40.00, 46.06, PlaceKind::kVillage},
                 {"Beta", 40.50, 46.50, PlaceKind::kCity},
                 {"Alpha District", 40.01, 46.02, PlaceKind::kAdmin2},
                 {"Country", 40.2, 46.2, PlaceKind::kCountry}};
  Place p = ganja();
  p.id = static_cast<std::uint32_t>(1000 + which);
  p.name = kPlaces[which].name;
  p.lat = kPlaces[which].lat;
  p.lon = kPlaces[which].lon;
  p.kind = kPlaces[which].kind;
  return p;
}

// Report `index`, version `version` (a later version is a correction with other claims).
inline SeedReport synthetic_report(int index, int version, std::uint32_t seed) {
  std::mt19937 rng(seed * 7919u + static_cast<std::uint32_t>(index) * 104729u +
                   static_cast<std::uint32_t>(version));
  const auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<std::uint32_t>(n)); };
  static const char* kKinds[] = {"shooting", "missile strike", "shelling",
                                 "",         "mine explosion", "mass shooting"};
  ReportBuilder r("r" + std::to_string(index) + ".txt", {2021, 1 + pick(3), 1 + pick(28)},
                  pick(2) ? "Daily" : "");
  if (pick(5) == 0) r.doc.published.reset();
  r.sentence("Report " + std::to_string(index) + " version " + std::to_string(version) + ".");
  const int claims = pick(4);
  for (int c = 0; c < claims; ++c) {
    const int place = pick(10) < 7 ? pick(4) : 4 + pick(2);
    Claim& claim = r.claim(
        "Claim " + std::to_string(c) + " of report " + std::to_string(index) + ".", kKinds[pick(6)],
        {2020, 10, 1 + pick(6)}, synthetic_place(place),
        pick(3) ? std::optional(exact(pick(5))) : std::nullopt,
        pick(2) ? std::optional(pick(2) ? exact(pick(40)) : at_least(pick(40))) : std::nullopt);
    const int precision = pick(12);
    if (precision == 0) claim.date->precision = DatePrecision::kMonth, claim.date->value.day = 1;
    if (precision == 1)
      claim.date->precision = DatePrecision::kYear, claim.date->value = {2020, 1, 1};
    if (precision == 2) claim.date.reset();
    if (pick(8) == 0) {
      const Span s = r.sentence(pick(2) ? "Near 12 Main Street." : "At 40 Oak Road.");
      claim.address = s;
    }
  }
  return {r.doc, r.extraction};
}

}  // namespace reckon::testing
