// Tests of the same-event relation: kinds, places, dates, addresses, tiers, and its symmetry.
#include <gtest/gtest.h>

#include <set>

#include "reckon/data.h"
#include "reckon/reconcile.h"
#include "reconcile/seed_fixture.h"

namespace reckon {
namespace {

PlaceRef ref(std::uint32_t id, std::string name, double lat, double lon, PlaceKind kind,
             std::string country = "AZ") {
  return PlaceRef{id, std::move(name), std::move(country), lat, lon, kind};
}

ClaimRecord claim(std::string kind, CivilDate date, PlaceRef place,
                  DatePrecision precision = DatePrecision::kDay) {
  ClaimRecord c;
  c.doc = "d";
  c.kind = std::move(kind);
  c.date = EventDate{date, precision};
  c.place = std::move(place);
  return c;
}

const PlaceRef kGanja = ref(101, "Ganja", 40.6828, 46.3606, PlaceKind::kCity);
const PlaceRef kGoygol =
    ref(102, "Goygol", 40.5867, 46.3167, PlaceKind::kCity);  // ~11 km from Ganja
const PlaceRef kGanjaDup = ref(103, "Gyandzha", 40.69, 46.37, PlaceKind::kCity);  // ~1 km
const PlaceRef kBaku = ref(104, "Baku", 40.4093, 49.8671, PlaceKind::kCity);
const PlaceRef kJabrayilDistrict = ref(202, "Jabrayil District", 39.40, 47.03, PlaceKind::kAdmin2);
const PlaceRef kJabrayilVillage = ref(203, "Horovlu", 39.33, 47.10, PlaceKind::kVillage);
const PlaceRef kAzerbaijan = ref(1, "Azerbaijan", 40.5, 47.5, PlaceKind::kCountry);
const PlaceRef kArmenia = ref(2, "Armenia", 40.1, 45.0, PlaceKind::kCountry, "AM");

struct KindPair {
  std::string_view a;
  std::string_view b;
  bool compatible;
};

constexpr KindPair kKindPairs[] = {
    // Families from the lexicon.
    {"missile strike", "rocket strike", true},
    {"missile strike", "missile or rocket strike", true},
    {"shelling", "airstrike", true},
    {"Shooting", "mass shooting", true},
    {"explosion", "mine explosion", true},
    {"explosion", "missile strike", true},
    {"mine explosion", "missile strike", false},
    {"shooting", "missile strike", false},
    {"stabbing", "shooting", false},
    {"homicide", "stabbing", true},
    // A bombing is a strike or a planted bomb; a car bomb is no air strike.
    {"bombing", "air strike", true},
    {"bombing", "car bomb", true},
    {"car bomb", "air strike", false},
    {"bombing", "shooting", false},
    // Generic, empty and unlisted kinds.
    {"", "shooting", true},
    {"attack", "mine explosion", true},
    {"  Attack ", "stabbing", true},
    {"arson", "arson", true},
    {"Arson", "arson", true},
    {"arson", "shooting", false},
};

TEST(KindsCompatible, PairsBothWaysRound) {
  for (const KindPair& p : kKindPairs) {
    EXPECT_EQ(kinds_compatible(p.a, p.b), p.compatible) << "'" << p.a << "' ~ '" << p.b << "'";
    EXPECT_EQ(kinds_compatible(p.b, p.a), p.compatible) << "'" << p.b << "' ~ '" << p.a << "'";
  }
}

// The extractor's kinds (the second column of incident_kinds.tsv) must all have families here,
// or a new kind would silently match nothing but itself.
TEST(KindsCompatible, EveryExtractorKindHasAFamily) {
  const auto columns = [](std::string_view tsv, std::size_t column) {
    std::set<std::string> values;
    while (!tsv.empty()) {
      const std::size_t eol = tsv.find('\n');
      std::string_view line = tsv.substr(0, eol);
      tsv = eol == std::string_view::npos ? std::string_view() : tsv.substr(eol + 1);
      if (line.empty() || line.front() == '#') continue;
      for (std::size_t i = 0; i < column && !line.empty(); ++i) {
        const std::size_t tab = line.find('\t');
        line = tab == std::string_view::npos ? std::string_view() : line.substr(tab + 1);
      }
      values.emplace(line.substr(0, line.find('\t')));
    }
    return values;
  };
  const auto extractor = embedded_data("lexicon/incident_kinds.tsv");
  const auto reconcile = embedded_data("lexicon/reconcile_kinds.tsv");
  ASSERT_TRUE(reconcile.has_value());
  if (!extractor) GTEST_SKIP() << "no incident_kinds.tsv";
  const std::set<std::string> listed = columns(*reconcile, 0);
  for (const std::string& kind : columns(*extractor, 1)) {
    if (!kind.empty()) {
      EXPECT_TRUE(listed.count(kind)) << "reconcile_kinds.tsv lacks '" << kind << "'";
    }
  }
}

TEST(PlacesCompatible, SameIdNearbyAndWithin) {
  EXPECT_TRUE(places_compatible(kGanja, kGanja));
  EXPECT_TRUE(places_compatible(kGanja, kGanjaDup));
  EXPECT_FALSE(places_compatible(kGanja, kGoygol)) << "two towns 11 km apart are different places";
  EXPECT_FALSE(places_compatible(kGanja, kBaku));
  EXPECT_TRUE(places_compatible(kJabrayilDistrict, kJabrayilVillage))
      << "a village within its district";
  EXPECT_FALSE(places_compatible(kJabrayilDistrict, kGanja)) << "Ganja is ~150 km from Jabrayil";
  EXPECT_TRUE(places_compatible(kAzerbaijan, kGanja)) << "a country contains its towns";
  EXPECT_FALSE(places_compatible(kArmenia, kGanja)) << "different countries never match";
  const PlaceRef region = ref(300, "Ganja-Gazakh", 40.9, 45.8, PlaceKind::kAdmin1);
  EXPECT_TRUE(places_compatible(region, kGanja));
  EXPECT_TRUE(places_compatible(kGanja, region)) << "symmetric";
}

TEST(SameEvent, DatesOverlapGivenPrecision) {
  const ClaimRecord a = claim("missile strike", {2020, 10, 4}, kGanja);
  EXPECT_TRUE(same_event(a, claim("rocket strike", {2020, 10, 4}, kGanja)));
  EXPECT_FALSE(same_event(a, claim("missile strike", {2020, 10, 5}, kGanja))) << "no day tolerance";
  EXPECT_TRUE(same_event(a, claim("missile strike", {2020, 10, 1}, kGanja, DatePrecision::kMonth)));
  EXPECT_FALSE(
      same_event(a, claim("missile strike", {2020, 11, 1}, kGanja, DatePrecision::kMonth)));
  EXPECT_FALSE(same_event(a, claim("missile strike", {2020, 1, 1}, kGanja, DatePrecision::kYear)))
      << "a year-only claim is too vague to join anything";
}

TEST(SameEvent, MonthEndsAreInclusive) {
  const ClaimRecord month = claim("shooting", {2020, 2, 1}, kBaku, DatePrecision::kMonth);
  EXPECT_TRUE(same_event(month, claim("shooting", {2020, 2, 29}, kBaku)));
  EXPECT_FALSE(same_event(month, claim("shooting", {2020, 3, 1}, kBaku)));
  EXPECT_FALSE(same_event(month, claim("shooting", {2020, 1, 31}, kBaku)));
}

TEST(SameEvent, NeedsDateAndPlace) {
  ClaimRecord a = claim("shooting", {2020, 2, 1}, kBaku);
  ClaimRecord undated = a;
  undated.date.reset();
  ClaimRecord unplaced = a;
  unplaced.place.reset();
  EXPECT_FALSE(same_event(a, undated));
  EXPECT_FALSE(same_event(a, unplaced));
  EXPECT_FALSE(same_event(undated, undated));
  EXPECT_EQ(link_tier(undated), LinkTier::kAlone);
  EXPECT_EQ(link_tier(unplaced), LinkTier::kAlone);
}

TEST(SameEvent, AddressesSeparateIncidentsInOneCity) {
  ClaimRecord a = claim("shooting", {2019, 6, 1}, kBaku);
  ClaimRecord b = a;
  a.address = "3200 block of Jerome Street";
  b.address = "5550 North Federal Highway";
  EXPECT_FALSE(same_event(a, b));
  b.address = "3200 Block of Jerome St.";
  EXPECT_TRUE(same_event(a, b)) << "case and punctuation ignored, 'St' = 'Street'";
  b.address = "3200 block of Jerome";
  EXPECT_TRUE(same_event(a, b)) << "one address says less";
  b.address = "3200 block of Jerome Avenue";
  EXPECT_FALSE(same_event(a, b)) << "another street";
  b.address = "3300 block of Jerome Street";
  EXPECT_FALSE(same_event(a, b)) << "another block";
  b.address.clear();
  EXPECT_TRUE(same_event(a, b)) << "a claim without an address does not contradict one with it";
}

const PlaceRef kSpringfield = ref(4250542, "Springfield", 39.80, -89.64, PlaceKind::kCity, "US");
const PlaceRef kShelbyville = ref(4248950, "Shelbyville", 39.41, -88.79, PlaceKind::kCity, "US");

ClaimRecord at_address(std::string address, CivilDate date, std::optional<PlaceRef> place = {},
                       std::string kind = "shooting") {
  ClaimRecord c = claim(std::move(kind), date, kSpringfield);
  c.place = std::move(place);
  c.address = std::move(address);
  return c;
}

TEST(SameEvent, UnplacedClaimsLinkOnTheSameSpot) {
  const ClaimRecord a = at_address("the 300 block of NE H Avenue", {2018, 3, 28});
  EXPECT_EQ(link_tier(a), LinkTier::kVague);
  EXPECT_TRUE(same_event(a, at_address("300 Block of Northeast H Ave.", {2018, 3, 28})));
  EXPECT_TRUE(same_event(a, at_address("312 NE H Ave", {2018, 3, 28}))) << "a house in the block";
  EXPECT_TRUE(same_event(
      a, at_address("300 block of NE H Avenue", {2018, 3, 28}, std::nullopt, "mass shooting")));
  EXPECT_TRUE(same_event(a, at_address("300 block of NE H Avenue", {2018, 3, 28}, kSpringfield)))
      << "one claim with a town, one without";
}

TEST(SameEvent, UnplacedTraps) {
  const ClaimRecord a = at_address("300 block of NE H Avenue", {2018, 3, 28});
  EXPECT_FALSE(same_event(a, at_address("300 block of NE H Avenue", {2019, 3, 28})))
      << "the same address a year apart";
  EXPECT_FALSE(same_event(a, at_address("300 block of NE H Avenue", {2018, 3, 29})))
      << "the next day";
  EXPECT_FALSE(same_event(a, at_address("300 block of NW H Avenue", {2018, 3, 28})));
  EXPECT_FALSE(same_event(a, at_address("300 block of NE H Street", {2018, 3, 28})));
  EXPECT_FALSE(same_event(a, at_address("400 block of NE H Avenue", {2018, 3, 28})));
  EXPECT_FALSE(same_event(a, at_address("412 NE H Avenue", {2018, 3, 28})));
  EXPECT_FALSE(same_event(
      a, at_address("300 block of NE H Avenue", {2018, 3, 28}, std::nullopt, "stabbing")));
  EXPECT_FALSE(same_event(a, at_address("NE H Avenue", {2018, 3, 28}, kSpringfield)))
      << "a street without a number is not the same spot";
  EXPECT_FALSE(same_event(a, at_address("", {2018, 3, 28}, kSpringfield)))
      << "a claim in the town that gives no address";
  ClaimRecord month = at_address("300 block of NE H Avenue", {2018, 3, 1});
  month.date->precision = DatePrecision::kMonth;
  EXPECT_EQ(link_tier(month), LinkTier::kAlone) << "an address alone needs a day";
  EXPECT_FALSE(same_event(a, month));
}

TEST(SameEvent, AStreetWithoutNumberPlacesNothing) {
  const ClaimRecord elm = at_address("Elm Street", {2018, 4, 7});
  EXPECT_EQ(link_tier(elm), LinkTier::kAlone);
  EXPECT_FALSE(same_event(elm, at_address("Elm St.", {2018, 4, 7})));
  const ClaimRecord crossing = at_address("Walnut Avenue and Chambers Street", {2018, 1, 18});
  EXPECT_EQ(link_tier(crossing), LinkTier::kVague) << "a crossing is a spot";
  EXPECT_TRUE(same_event(crossing, at_address("Chambers St. & Walnut Ave.", {2018, 1, 18})));
}

TEST(SameEvent, TheSameStreetInTwoTowns) {
  const ClaimRecord springfield =
      at_address("1200 block of Main Street", {2018, 5, 1}, kSpringfield);
  const ClaimRecord shelbyville = at_address("1200 block of Main St.", {2018, 5, 1}, kShelbyville);
  EXPECT_FALSE(same_event(springfield, shelbyville)) << "two towns ~80 km apart";
  const ClaimRecord unplaced = at_address("1200 block of Main Street", {2018, 5, 1});
  // The relation links the unplaced claim to both; clustering keeps it out of both (see
  // reconcile_test.cc, ReconcileStreets).
  EXPECT_TRUE(same_event(unplaced, springfield));
  EXPECT_TRUE(same_event(unplaced, shelbyville));
}

TEST(SameEvent, IsSymmetric) {
  const std::vector<ClaimRecord> claims = {
      claim("missile strike", {2020, 10, 4}, kGanja),
      claim("shelling", {2020, 10, 4}, kGanjaDup),
      claim("explosion", {2020, 10, 1}, kAzerbaijan, DatePrecision::kMonth),
      claim("mine explosion", {2020, 10, 4}, kJabrayilVillage),
      claim("", {2020, 10, 4}, kJabrayilDistrict),
      claim("shooting", {2020, 10, 4}, kGanja),
      at_address("300 block of NE H Avenue", {2020, 10, 4}),
      at_address("312 Northeast H Ave.", {2020, 10, 4}, kGanja),
      at_address("H Avenue", {2020, 10, 4}, kGanja),
      at_address("Walnut Avenue and Chambers Street", {2020, 10, 4})};
  for (const ClaimRecord& a : claims) {
    for (const ClaimRecord& b : claims) EXPECT_EQ(same_event(a, b), same_event(b, a));
  }
}

TEST(LinkTier, AnchorsAreDayAndTown) {
  EXPECT_EQ(link_tier(claim("x", {2020, 1, 1}, kGanja)), LinkTier::kAnchor);
  EXPECT_EQ(link_tier(claim("x", {2020, 1, 1}, kJabrayilVillage)), LinkTier::kAnchor);
  EXPECT_EQ(link_tier(claim("x", {2020, 1, 1}, kJabrayilDistrict)), LinkTier::kVague);
  EXPECT_EQ(link_tier(claim("x", {2020, 1, 1}, kAzerbaijan)), LinkTier::kVague);
  EXPECT_EQ(link_tier(claim("x", {2020, 1, 1}, kGanja, DatePrecision::kMonth)), LinkTier::kVague);
  EXPECT_EQ(link_tier(claim("x", {2020, 1, 1}, kGanja, DatePrecision::kYear)), LinkTier::kAlone);
}

}  // namespace
}  // namespace reckon
