// Tests of clustering and summarising: the seed-like reports become six incidents with the
// documented figures, vague claims never bridge precise incidents, claims with no place link on
// the same street address (with the traps of street_fixture.h), and the result is the same for
// every order of the claims.
#include "reckon/reconcile.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "reconcile/seed_fixture.h"
#include "reconcile/street_fixture.h"

namespace reckon {
namespace {

std::vector<ClaimRecord> records_of(const std::vector<testing::SeedReport>& reports) {
  std::vector<ClaimRecord> records;
  for (const testing::SeedReport& r : reports) {
    for (std::size_t i = 0; i < r.extraction.claims.size(); ++i) {
      records.push_back(
          make_claim_record(r.doc, r.extraction.claims[i], static_cast<std::uint32_t>(i)));
    }
  }
  return records;
}

std::vector<ClaimRecord> seed_records() {
  return records_of(testing::seed_reports());
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

// The incident holding the claim of report `doc`.
const Incident& incident_of(const std::vector<Incident>& incidents, const std::string& doc) {
  for (const Incident& i : incidents) {
    for (const ClaimRecord& c : i.claims) {
      if (c.doc == doc) return i;
    }
  }
  ADD_FAILURE() << "no incident holds " << doc;
  return incidents.front();
}

std::vector<std::string> docs_of(const Incident& incident) {
  std::vector<std::string> docs;
  for (const ClaimRecord& c : incident.claims) docs.push_back(c.doc);
  std::sort(docs.begin(), docs.end());
  return docs;
}

TEST(ReconcileStreets, UnplacedClaimsLinkOnTheSameAddress) {
  const std::vector<Incident> incidents = reconcile(records_of(testing::street_reports()));
  ASSERT_EQ(incidents.size(), testing::kStreetIncidents);
  const Incident& h = incident_of(incidents, "h-ave-1");
  EXPECT_EQ(docs_of(h), (std::vector<std::string>{"h-ave-1", "h-ave-2", "h-ave-3"}));
  EXPECT_EQ(h.sources, 3u);
  ASSERT_TRUE(h.place) << "the place of the one report that names the town";
  EXPECT_EQ(h.place->name, "Springfield");
  EXPECT_EQ(h.killed, (Estimate{2, 2, 2}));
  EXPECT_EQ(h.injured, (Estimate{1, 1, 1}));
  EXPECT_EQ(docs_of(incident_of(incidents, "banana-1")),
            (std::vector<std::string>{"banana-1", "banana-2"}));
}

TEST(ReconcileStreets, TheSameStreetInTwoTownsLinksNeither) {
  const std::vector<Incident> incidents = reconcile(records_of(testing::street_reports()));
  for (const char* doc : {"main-springfield", "main-shelbyville", "main-unplaced"}) {
    EXPECT_EQ(docs_of(incident_of(incidents, doc)), std::vector<std::string>{doc})
        << doc << ": the unplaced claim fits both towns, so it joins neither";
  }
  const Incident& alone = incident_of(incidents, "main-unplaced");
  EXPECT_FALSE(alone.place.has_value());
  EXPECT_NE(alone.id.find("-unplaced-"), std::string::npos) << alone.id;
}

TEST(ReconcileStreets, AnotherYearKindOrAStreetWithoutNumberStaysApart) {
  const std::vector<Incident> incidents = reconcile(records_of(testing::street_reports()));
  for (const char* doc : {"banana-next-year", "banana-stabbing", "elm-1", "elm-2"}) {
    EXPECT_EQ(docs_of(incident_of(incidents, doc)), std::vector<std::string>{doc}) << doc;
  }
}

TEST(ReconcileStreets, UnplacedClaimJoinsTheOneTownItFits) {
  // Without the Shelbyville report, the unplaced Main Street claim fits Springfield only.
  std::vector<testing::SeedReport> reports = testing::street_reports();
  std::erase_if(reports,
                [](const testing::SeedReport& r) { return r.doc.id == "main-shelbyville"; });
  const std::vector<Incident> incidents = reconcile(records_of(reports));
  EXPECT_EQ(docs_of(incident_of(incidents, "main-unplaced")),
            (std::vector<std::string>{"main-springfield", "main-unplaced"}));
}

TEST(ReconcileStreets, SameResultForEveryOrder) {
  std::vector<ClaimRecord> records = records_of(testing::street_reports());
  for (const ClaimRecord& c : seed_records()) records.push_back(c);
  const std::vector<Incident> expected = reconcile(records);
  ASSERT_EQ(expected.size(), testing::kStreetIncidents + 6);
  std::mt19937 rng(20180328);
  for (int round = 0; round < 200; ++round) {
    std::shuffle(records.begin(), records.end(), rng);
    ASSERT_EQ(reconcile(records), expected) << "round " << round;
  }
}

}  // namespace
}  // namespace reckon
