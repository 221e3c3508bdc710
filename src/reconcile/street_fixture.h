// Test fixture (header-only, used by the reconcile and store tests): twelve reports in the style
// of US local news, where the place recognizer often finds no town and the street address is all
// that places a shooting. Built like seed_fixture.h (evidence and address spans into real text).
//
// What they must reconcile to (nine incidents):
//   - "H Avenue": two reports without a town (the 300 block of NE H Avenue, 312 Northeast H Ave.)
//     and one that names Springfield (300 Block of N.E. H Avenue), all on 28 March 2018: one
//     incident of three claims;
//   - "Main Street", trap: the 1200 block of Main Street in Springfield and in Shelbyville on the
//     same day are two incidents, and a report naming only the street joins neither: three;
//   - "Banana Cay", traps: 419 Banana Cay Drive on 24 February 2018 in two reports is one
//     incident; a year later at the same address is another; a stabbing there the same day
//     another: three;
//   - "Elm Street", trap: a street with no number places nothing, so two reports of shootings on
//     Elm Street the same day stay two incidents.
#pragma once

#include <vector>

#include "reconcile/seed_fixture.h"

namespace reckon::testing {

inline Place springfield() {
  return place(4250542, "Springfield", "US", 39.80, -89.64, PlaceKind::kCity);
}
inline Place shelbyville() {
  return place(4248950, "Shelbyville", "US", 39.41, -88.79, PlaceKind::kCity);
}

inline constexpr std::size_t kStreetIncidents = 9;

inline std::vector<SeedReport> street_reports() {
  std::vector<SeedReport> reports;
  const auto report = [&](std::string id, CivilDate published, std::string outlet,
                          const std::string& text, const std::string& address, std::string kind,
                          CivilDate date, std::optional<Place> where, std::optional<Figure> killed,
                          std::optional<Figure> injured) {
    ReportBuilder r(std::move(id), published, std::move(outlet));
    r.street_claim(text, address, std::move(kind), date, where, killed, injured);
    reports.push_back({r.doc, r.extraction});
  };
  report("h-ave-1", {2018, 3, 29}, "WJLA",
         "Two men were killed in a shooting in the 300 block of NE H Avenue on Wednesday night.",
         "300 block of NE H Avenue", "shooting", {2018, 3, 28}, std::nullopt, exact(2),
         std::nullopt);
  report("h-ave-2", {2018, 3, 30}, "WTOP",
         "A third man was wounded in Wednesday's shooting at 312 Northeast H Ave., police said.",
         "312 Northeast H Ave.", "shooting", {2018, 3, 28}, std::nullopt, exact(2), exact(1));
  report("h-ave-3", {2018, 3, 30}, "State Journal-Register",
         "Springfield police said two men died in the 300 Block of N.E. H Avenue on Wednesday.",
         "300 Block of N.E. H Avenue", "shooting", {2018, 3, 28}, springfield(), exact(2),
         std::nullopt);
  report("main-springfield", {2018, 5, 2}, "State Journal-Register",
         "A man was shot dead in the 1200 block of Main Street in Springfield on Tuesday.",
         "1200 block of Main Street", "shooting", {2018, 5, 1}, springfield(), exact(1),
         std::nullopt);
  report("main-shelbyville", {2018, 5, 2}, "Shelby County Daily Union",
         "A woman was wounded in the 1200 block of Main St. in Shelbyville on Tuesday.",
         "1200 block of Main St.", "shooting", {2018, 5, 1}, shelbyville(), std::nullopt, exact(1));
  report("main-unplaced", {2018, 5, 2}, "WAND",
         "Police responded to a shooting in the 1200 block of Main Street on Tuesday evening.",
         "1200 block of Main Street", "shooting", {2018, 5, 1}, std::nullopt, std::nullopt,
         exact(1));
  report("banana-1", {2018, 2, 25}, "TCPalm",
         "A man was wounded at 419 Banana Cay Drive on Saturday.", "419 Banana Cay Drive",
         "shooting", {2018, 2, 24}, std::nullopt, exact(0), exact(1));
  report("banana-2", {2018, 2, 26}, "WPTV",
         "Deputies said the man shot at 419 Banana Cay Dr. on Saturday survived.",
         "419 Banana Cay Dr.", "shooting", {2018, 2, 24}, std::nullopt, std::nullopt, exact(1));
  report("banana-next-year", {2019, 2, 25}, "TCPalm",
         "A year on, another man was shot at 419 Banana Cay Drive on Sunday.",
         "419 Banana Cay Drive", "shooting", {2019, 2, 24}, std::nullopt, std::nullopt, exact(1));
  report("banana-stabbing", {2018, 2, 25}, "WPTV",
         "A woman was stabbed at 419 Banana Cay Drive on Saturday, deputies said.",
         "419 Banana Cay Drive", "stabbing", {2018, 2, 24}, std::nullopt, std::nullopt, exact(1));
  report("elm-1", {2018, 4, 8}, "WKYC", "A teenager was shot on Elm Street on Saturday.",
         "Elm Street", "shooting", {2018, 4, 7}, std::nullopt, std::nullopt, exact(1));
  report("elm-2", {2018, 4, 8}, "KSDK", "Two people were wounded on Elm St. on Saturday night.",
         "Elm St.", "shooting", {2018, 4, 7}, std::nullopt, std::nullopt, exact(2));
  return reports;
}

}  // namespace reckon::testing
