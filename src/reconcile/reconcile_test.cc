// Tests of clustering and summarising: the seed-like reports become six incidents with the
// documented figures, vague claims never bridge precise incidents, and the result is the same for
// every order of the claims.
#include "reckon/reconcile.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "reconcile/seed_fixture.h"

namespace reckon {
namespace {

std::vector<ClaimRecord> seed_records() {
  std::vector<ClaimRecord> records;
  for (const testing::SeedReport& r : testing::seed_reports()) {
    for (std::size_t i = 0; i < r.extraction.claims.size(); ++i) {
      records.push_back(
          make_claim_record(r.doc, r.extraction.claims[i], static_cast<std::uint32_t>(i)));
    }
  }
  return records;
}

const Incident* find_on(const std::vector<Incident>& incidents, CivilDate day) {
  for (const Incident& i : incidents) {
    if (i.date && i.date->value == day) return &i;
  }
  return nullptr;
}

TEST(Reconcile, SeedReportsMakeSixIncidents) {
  const std::vector<Incident> incidents = reconcile(seed_records());
  ASSERT_EQ(incidents.size(), 6u);
  for (CivilDate d : {CivilDate{2020, 10, 4}, CivilDate{2020, 10, 5}, CivilDate{2020, 10, 8},
                      CivilDate{2020, 10, 11}, CivilDate{2020, 10, 17}, CivilDate{2022, 11, 2}}) {
    EXPECT_NE(find_on(incidents, d), nullptr) << format_date(d);
  }
}

TEST(Reconcile, FourthOfOctoberInjuredIsContested) {
  const std::vector<Incident> incidents = reconcile(seed_records());
  const Incident* oct4 = find_on(incidents, {2020, 10, 4});
  ASSERT_NE(oct4, nullptr);
  EXPECT_EQ(oct4->sources, 2u);
  ASSERT_EQ(oct4->claims.size(), 2u);
  EXPECT_EQ(oct4->claims[0].doc, "001_025ea2b159f6fd29.txt") << "claims in publication order";
  EXPECT_EQ(oct4->killed, (Estimate{1, 1, 1}));
  EXPECT_EQ(oct4->injured, (Estimate{4, 31, std::nullopt})) << "the contract's example";
  EXPECT_EQ(oct4->contested, std::vector<std::string>{"injured"});
  EXPECT_EQ(oct4->kind, "missile strike") << "ties between kinds: alphabetical first";
  ASSERT_TRUE(oct4->place);
  EXPECT_EQ(oct4->place->name, "Ganja");
  EXPECT_EQ(oct4->id.substr(0, 17), "2020-10-04-ganja-");
  EXPECT_EQ(oct4->id.size(), 17u + 12u);
}

TEST(Reconcile, EleventhOfOctoberKeepsAllThreeClaims) {
  const std::vector<Incident> incidents = reconcile(seed_records());
  const Incident* oct11 = find_on(incidents, {2020, 10, 11});
  ASSERT_NE(oct11, nullptr);
  EXPECT_EQ(oct11->claims.size(), 3u);
  EXPECT_EQ(oct11->sources, 2u);
  EXPECT_EQ(oct11->killed, (Estimate{10, 10, 10}));
  // Most recent report (002) has 40 exact and "more than 40": the exact figure is the best.
  EXPECT_EQ(oct11->injured, (Estimate{40, 40, std::nullopt}));
  EXPECT_EQ(oct11->contested, std::vector<std::string>{"injured"});
  EXPECT_EQ(oct11->weapon, "Tochka-U");
}

TEST(Reconcile, ASpecificKindBeatsAGenericOne) {
  std::vector<ClaimRecord> records = seed_records();
  for (ClaimRecord& c : records) {
    if (c.doc[2] == '2' && c.date->value == CivilDate{2020, 10, 11}) c.kind = "attack";
  }
  const std::vector<Incident> incidents = reconcile(records);
  EXPECT_EQ(find_on(incidents, {2020, 10, 11})->kind, "missile strike")
      << "two claims say 'attack', one 'missile strike'";
  for (ClaimRecord& c : records) {
    if (c.date->value == CivilDate{2020, 10, 11}) c.kind = "attack";
  }
  EXPECT_EQ(find_on(reconcile(records), {2020, 10, 11})->kind, "attack");
}

TEST(Reconcile, ZeroIsAFigureAndAbsentIsNull) {
  const std::vector<Incident> incidents = reconcile(seed_records());
  const Incident* oct8 = find_on(incidents, {2020, 10, 8});
  ASSERT_NE(oct8, nullptr);
  EXPECT_EQ(oct8->killed, (Estimate{0, 0, 0}));
  EXPECT_EQ(oct8->injured, (Estimate{0, 0, 0}));
  EXPECT_TRUE(oct8->contested.empty());
  const Incident* oct5 = find_on(incidents, {2020, 10, 5});
  ASSERT_NE(oct5, nullptr);
  EXPECT_FALSE(oct5->killed.has_value());
  EXPECT_EQ(oct5->injured, (Estimate{3, 3, 3}));
  const Incident* mine = find_on(incidents, {2022, 11, 2});
  ASSERT_NE(mine, nullptr);
  EXPECT_EQ(mine->kind, "mine explosion");
  EXPECT_EQ(mine->place->kind, PlaceKind::kAdmin2);
}

TEST(Reconcile, SameResultForEveryOrder) {
  const std::vector<Incident> expected = reconcile(seed_records());
  std::mt19937 rng(20201004);
  for (int round = 0; round < 200; ++round) {
    std::vector<ClaimRecord> records = seed_records();
    std::shuffle(records.begin(), records.end(), rng);
    ASSERT_EQ(reconcile(records), expected) << "round " << round;
  }
}

ClaimRecord vague(std::string doc, CivilDate month, std::string place = "Ganja") {
  ClaimRecord c = seed_records().front();
  c.doc = std::move(doc);
  c.ordinal = 0;
  c.published = CivilDate{2023, 1, 1};
  c.date = EventDate{month, DatePrecision::kMonth};
  c.place->name = std::move(place);
  c.killed.reset();
  c.injured = Interval{2, 2};
  return c;
}

TEST(Reconcile, AVagueClaimNeverBridgesTwoIncidents) {
  std::vector<ClaimRecord> records = seed_records();
  records.push_back(vague("z-month.txt", {2020, 10, 1}));
  const std::vector<Incident> incidents = reconcile(records);
  EXPECT_EQ(incidents.size(), 7u) << "the October claim relates to five incidents: it stands alone";
}

TEST(Reconcile, AVagueClaimJoinsTheOnlyIncidentItFits) {
  std::vector<ClaimRecord> records = seed_records();
  records.push_back(vague("z-month.txt", {2022, 11, 1}));
  records.back().place = records.front().place;
  records.back().place->id = 202;
  records.back().place->name = "Jabrayil District";
  records.back().place->lat = 39.40;
  records.back().place->lon = 47.03;
  records.back().place->kind = PlaceKind::kAdmin2;
  records.back().kind = "landmine explosion";
  const std::vector<Incident> incidents = reconcile(records);
  // The only other claim there is itself vague (a district): the two vague claims form one
  // incident.
  ASSERT_EQ(incidents.size(), 6u);
  const Incident* mine = find_on(incidents, {2022, 11, 2});
  ASSERT_NE(mine, nullptr);
  EXPECT_EQ(mine->claims.size(), 2u);
  EXPECT_EQ(mine->date->precision, DatePrecision::kDay) << "the most precise date stated";
  EXPECT_EQ(mine->injured, (Estimate{1, 2, 2})) << "best from the most recent report";
}

TEST(Reconcile, AVagueClaimAttachesToOneAnchorComponent) {
  std::vector<ClaimRecord> records = seed_records();
  ClaimRecord v = vague("z-month.txt", {2020, 10, 1});
  v.date = EventDate{{2020, 10, 17}, DatePrecision::kDay};
  v.place = PlaceRef{1, "Azerbaijan", "AZ", 40.5, 47.5, PlaceKind::kCountry};
  records.push_back(v);
  const std::vector<Incident> incidents = reconcile(records);
  ASSERT_EQ(incidents.size(), 6u);
  const Incident* oct17 = find_on(incidents, {2020, 10, 17});
  ASSERT_NE(oct17, nullptr);
  EXPECT_EQ(oct17->claims.size(), 2u);
  EXPECT_EQ(oct17->place->name, "Ganja") << "the finest place stated";
}

TEST(Reconcile, UnlinkableClaimsStandAlone) {
  std::vector<ClaimRecord> records = seed_records();
  ClaimRecord undated = records.front();
  undated.doc = "undated.txt";
  undated.date.reset();
  records.push_back(undated);
  const std::vector<Incident> incidents = reconcile(records);
  ASSERT_EQ(incidents.size(), 7u);
  const auto it =
      std::find_if(incidents.begin(), incidents.end(), [](const Incident& i) { return !i.date; });
  ASSERT_NE(it, incidents.end());
  EXPECT_EQ(it->id.substr(0, 14), "undated-ganja-");
}

TEST(Reconcile, ChainsOfAnchorsJoin) {
  // Two reports naming neighbouring gazetteer entries (~1 km apart) and a third naming both.
  std::vector<ClaimRecord> records = seed_records();
  ClaimRecord near = records[1];  // 001's 4 October claim
  near.doc = "near.txt";
  near.place->id = 999;
  near.place->name = "Ganja suburb";
  near.place->lat += 0.01;
  records.push_back(near);
  const std::vector<Incident> incidents = reconcile(records);
  ASSERT_EQ(incidents.size(), 6u);
  EXPECT_EQ(find_on(incidents, {2020, 10, 4})->sources, 3u);
}

}  // namespace
}  // namespace reckon
