// Tests of reconciliation through the store: the seed-like reports give six incidents with the
// 4 October injured figures contested, in every one of the 120 orders of five reports; ingesting
// one by one (reopening the database between reports), in one run, and reconciling everything in
// memory agree; random reports with corrections agree with a batch reconciliation of their
// final versions; claims placed by a street address alone link across reports through the
// incremental path as in a batch; and the query filters select what they say.
#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>
#include <random>

#include "reckon/reconcile.h"
#include "reconcile/seed_fixture.h"
#include "reconcile/street_fixture.h"
#include "store/store_test_util.h"
#include "store/synthetic_reports.h"

namespace reckon {
namespace {

using testing::open_or_die;
using testing::ScratchDir;
using testing::SeedReport;

std::vector<Incident> batch_reconcile(const std::vector<SeedReport>& reports) {
  std::vector<ClaimRecord> records;
  for (const SeedReport& r : reports) {
    for (ClaimRecord& c : prepare_document(r.doc, r.extraction).claims)
      records.push_back(std::move(c));
  }
  return reconcile(std::move(records));
}

// Incidents from the store, sorted by id like reconcile()'s.
std::vector<Incident> stored(IncidentStore& store) {
  std::vector<Incident> incidents = store.incidents().value();
  std::sort(incidents.begin(), incidents.end(),
            [](const Incident& a, const Incident& b) { return a.id < b.id; });
  return incidents;
}

// Ingests `reports` one by one into a new store in `rounds` random orders (from `seed`): each
// store must end with `expected`.
void expect_every_order_gives(std::vector<SeedReport> reports,
                              const std::vector<Incident>& expected, int rounds,
                              std::uint32_t seed) {
  ScratchDir dir;
  std::mt19937 rng(seed);
  for (int round = 0; round < rounds; ++round) {
    std::shuffle(reports.begin(), reports.end(), rng);
    auto store = open_or_die(dir.file("order" + std::to_string(round) + ".db"));
    for (const SeedReport& r : reports) ASSERT_TRUE(store->ingest(r.doc, r.extraction).ok());
    ASSERT_EQ(stored(*store), expected) << "round " << round;
  }
}

TEST(ReconcileStore, SeedReportsGiveSixIncidentsInEveryOrder) {
  const std::vector<SeedReport> reports = testing::seed_reports();
  const std::vector<Incident> expected = batch_reconcile(reports);
  ASSERT_EQ(expected.size(), 6u);
  std::vector<int> order(reports.size());
  std::iota(order.begin(), order.end(), 0);
  int orders = 0;
  ScratchDir dir;
  do {
    const std::string path = dir.file("order" + std::to_string(orders) + ".db");
    auto store = open_or_die(path);
    for (int i : order) ASSERT_TRUE(store->ingest(reports[i].doc, reports[i].extraction).ok());
    ASSERT_EQ(stored(*store), expected) << "order " << orders;
    ASSERT_TRUE(store->check_integrity().ok());
    store.reset();
    std::filesystem::remove(path);
    ++orders;
  } while (std::next_permutation(order.begin(), order.end()));
  EXPECT_EQ(orders, 120);
}

TEST(ReconcileStore, StoredIncidentsCarryFiguresAndEvidence) {
  ScratchDir dir;
  auto store = open_or_die(dir.file("a.db"));
  for (const SeedReport& r : testing::seed_reports())
    ASSERT_TRUE(store->ingest(r.doc, r.extraction).ok());
  const std::vector<Incident> incidents = store->incidents().value();
  ASSERT_EQ(incidents.size(), 6u);
  const Incident& oct4 = incidents.front();  // listed by date
  EXPECT_EQ(oct4.date->value, (CivilDate{2020, 10, 4}));
  EXPECT_EQ(oct4.injured, (Estimate{4, 31, std::nullopt}));
  EXPECT_EQ(oct4.contested, std::vector<std::string>{"injured"});
  ASSERT_EQ(oct4.claims.size(), 2u);
  EXPECT_EQ(oct4.claims[0].outlet, "APA");
  EXPECT_EQ(oct4.claims[0].said_by, "Azerbaijani NGOs");
  EXPECT_EQ(oct4.claims[0].published, (CivilDate{2020, 10, 4}));
  EXPECT_EQ(oct4.claims[0].quote,
            "Today's missile strike on Ganja killed one civilian and injured four.");
  EXPECT_EQ(oct4.claims[1].injured, (Interval{31, std::nullopt}));
  Result<std::optional<Incident>> one = store->incident(oct4.id);
  ASSERT_TRUE(one.ok());
  ASSERT_TRUE(one->has_value());
  EXPECT_EQ(**one, oct4);
  EXPECT_FALSE(store->incident("no-such-incident")->has_value());
}

TEST(ReconcileStore, IncrementalEqualsBatch) {
  const std::vector<SeedReport> reports = testing::seed_reports();
  ScratchDir dir;
  const std::string one_by_one = dir.file("incremental.db");
  for (const SeedReport& r : reports) {
    auto store =
        open_or_die(one_by_one);  // a new process per report, as `reckon ingest a; reckon ingest b`
    ASSERT_TRUE(store->ingest(r.doc, r.extraction).ok());
  }
  auto batch = open_or_die(dir.file("batch.db"));
  for (const SeedReport& r : reports) ASSERT_TRUE(batch->ingest(r.doc, r.extraction).ok());
  auto incremental = open_or_die(one_by_one);
  EXPECT_EQ(stored(*incremental), stored(*batch));
  EXPECT_EQ(stored(*incremental), batch_reconcile(reports));
}

// Random reports, some corrected later, in random order: the store must end where a batch
// reconciliation of the final versions does.
TEST(ReconcileStore, RandomReportsWithCorrectionsMatchBatch) {
  ScratchDir dir;
  int merged = 0;        // incidents of several claims
  int vague_joined = 0;  // vague claims in an incident with an anchor
  for (std::uint32_t seed = 1; seed <= 12; ++seed) {
    std::mt19937 rng(seed);
    constexpr int kReports = 40;
    std::vector<std::pair<int, int>> events;  // (report, version) in ingest order
    std::vector<int> last_version(kReports, 0);
    for (int i = 0; i < kReports; ++i) events.push_back({i, 0});
    for (int k = 0; k < 15; ++k) {
      const int i = static_cast<int>(rng() % kReports);
      events.push_back({i, ++last_version[i]});
    }
    std::shuffle(events.begin(), events.end(), rng);
    // Versions of one report keep their relative order (a correction follows what it corrects).
    std::vector<int> next(kReports, 0);
    for (auto& e : events) e.second = next[e.first]++;
    auto store = open_or_die(dir.file("random" + std::to_string(seed) + ".db"));
    for (const auto& [report, version] : events) {
      const SeedReport r = testing::synthetic_report(report, version, seed);
      ASSERT_TRUE(store->ingest(r.doc, r.extraction).ok());
    }
    std::vector<SeedReport> finals;
    for (int i = 0; i < kReports; ++i)
      finals.push_back(testing::synthetic_report(i, last_version[i], seed));
    const std::vector<Incident> expected = batch_reconcile(finals);
    ASSERT_EQ(stored(*store), expected) << "seed " << seed;
    ASSERT_TRUE(store->check_integrity().ok()) << store->check_integrity().message();
    for (const Incident& i : expected) {
      merged += i.claims.size() > 1;
      const bool has_anchor =
          std::any_of(i.claims.begin(), i.claims.end(),
                      [](const ClaimRecord& c) { return link_tier(c) == LinkTier::kAnchor; });
      for (const ClaimRecord& c : i.claims)
        vague_joined += has_anchor && link_tier(c) == LinkTier::kVague;
    }
  }
  // The random reports must exercise what they are for.
  EXPECT_GT(merged, 50);
  EXPECT_GT(vague_joined, 5);
}

// Street-address reports (no town found) mixed with the seeds, in random orders: the incremental
// look-ups (claims with no place, in every country) must find what a batch run links.
TEST(ReconcileStore, StreetReportsInAnyOrderMatchBatch) {
  std::vector<SeedReport> reports = testing::street_reports();
  for (const SeedReport& r : testing::seed_reports()) reports.push_back(r);
  const std::vector<Incident> expected = batch_reconcile(reports);
  ASSERT_EQ(expected.size(), testing::kStreetIncidents + 6);
  expect_every_order_gives(reports, expected, 12, 20180328);
}

// A corrected report can change what an unplaced claim fits: once Shelbyville's report says the
// shooting was on another day, the unplaced Main Street claim fits Springfield only and joins it.
TEST(ReconcileStore, CorrectionLetsAnUnplacedClaimJoin) {
  std::vector<SeedReport> reports = testing::street_reports();
  ScratchDir dir;
  auto store = open_or_die(dir.file("correction.db"));
  for (const SeedReport& r : reports) ASSERT_TRUE(store->ingest(r.doc, r.extraction).ok());
  const std::size_t before = stored(*store).size();
  for (SeedReport& r : reports) {
    if (r.doc.id != "main-shelbyville") continue;
    r.doc.text += " Correction: the shooting was on Monday.";
    r.extraction.claims.front().date->value = CivilDate{2018, 4, 30};
    ASSERT_TRUE(store->ingest(r.doc, r.extraction).ok());
  }
  const std::vector<Incident> after = stored(*store);
  EXPECT_EQ(after, batch_reconcile(reports));
  EXPECT_EQ(after.size(), before - 1);
  ASSERT_TRUE(store->check_integrity().ok());
}

// Claims one day in one country, each in a report of its own, at places just inside and just
// outside the distance each kind reaches (5 km for a town, 40 km for a district, 250 km for a
// region), north of one another. The store's look-ups skip far claims on the linking index
// (schema version 6) by latitude and kind; in any order of ingest they must still find every
// claim that places_compatible() accepts, as a batch run does.
TEST(ReconcileStore, PlacesAtTheEdgeOfTheirReachMatchBatch) {
  constexpr double kDegreesPerKm = 180 / (3.14159265358979323846 * 6371.0088);
  const struct {
    const char* name;
    double lon;  // groups 850 km or more apart along the 40th parallel never meet
    double km_north;
    PlaceKind kind;
  } kSpots[] = {
      {"Town", 10, 0, PlaceKind::kCity},         {"Town North", 10, 4.9, PlaceKind::kCity},
      {"Other Town", 20, 0, PlaceKind::kCity},   {"Other Beyond", 20, 5.1, PlaceKind::kCity},
      {"Region", 30, 0, PlaceKind::kAdmin1},     {"Region Town", 30, 245, PlaceKind::kCity},
      {"District", 40, 0, PlaceKind::kAdmin2},   {"District Town", 40, 39, PlaceKind::kCity},
      {"Far Region", 50, 0, PlaceKind::kAdmin1}, {"Beyond Region", 50, 255, PlaceKind::kCity},
  };
  std::vector<SeedReport> reports;
  for (const auto& spot : kSpots) {
    Place place = testing::ganja();
    place.id = static_cast<std::uint32_t>(2000 + reports.size());
    place.name = spot.name;
    place.lat = 40 + spot.km_north * kDegreesPerKm;
    place.lon = spot.lon;
    place.kind = spot.kind;
    testing::ReportBuilder r(std::string(spot.name) + ".txt", {2021, 5, 2}, "Daily");
    r.claim(std::string("A shooting in ") + spot.name + ".", "shooting", {2021, 5, 1}, place,
            testing::exact(1), std::nullopt);
    reports.push_back({r.doc, r.extraction});
  }
  const std::vector<Incident> expected = batch_reconcile(reports);
  // Town with Town North, Region with Region Town, District with District Town; the two pairs
  // just beyond their reach stay apart.
  ASSERT_EQ(expected.size(), reports.size() - 3);
  expect_every_order_gives(reports, expected, 16, 5);
}

class Filters : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = open_or_die(dir_.file("f.db"));
    for (const SeedReport& r : testing::seed_reports())
      ASSERT_TRUE(store_->ingest(r.doc, r.extraction).ok());
  }
  std::vector<std::string> dates(const IncidentFilter& f) {
    std::vector<std::string> out;
    const std::vector<Incident> incidents = store_->incidents(f).value();
    for (const Incident& i : incidents) out.push_back(format_date(i.date->value));
    return out;
  }
  ScratchDir dir_;
  std::unique_ptr<SqliteStore> store_;
};

TEST_F(Filters, ByPlaceCountryAndKind) {
  IncidentFilter f;
  f.place = "ganja";
  EXPECT_EQ(dates(f).size(), 5u);
  f.place = "Jabrayil District";
  EXPECT_EQ(dates(f), std::vector<std::string>{"2022-11-02"});
  f = {};
  f.country = "az";
  EXPECT_EQ(dates(f).size(), 6u);
  f.country = "AM";
  EXPECT_TRUE(dates(f).empty());
  f = {};
  f.kind = "MINE";
  EXPECT_EQ(dates(f), std::vector<std::string>{"2022-11-02"});
  f.kind = "strike";
  EXPECT_EQ(dates(f).size(), 5u);
}

TEST_F(Filters, ByDateRangeContestedAndKilled) {
  IncidentFilter f;
  f.from = CivilDate{2020, 10, 5};
  f.to = CivilDate{2020, 10, 11};
  EXPECT_EQ(dates(f), (std::vector<std::string>{"2020-10-05", "2020-10-08", "2020-10-11"}));
  f = {};
  f.contested_only = true;
  EXPECT_EQ(dates(f), (std::vector<std::string>{"2020-10-04", "2020-10-11"}));
  f = {};
  f.min_killed = 10;
  EXPECT_EQ(dates(f), (std::vector<std::string>{"2020-10-11", "2020-10-17"}));
  f.min_killed = 0;
  EXPECT_EQ(dates(f).size(), 4u) << "incidents with no killed figure do not pass --min-killed 0";
  f = {};
  f.from = CivilDate{2021, 1, 1};
  f.kind = "mine";
  f.contested_only = true;
  EXPECT_TRUE(dates(f).empty()) << "filters combine";
}

TEST_F(Filters, Tallies) {
  std::vector<TallyRecord> all;
  ASSERT_TRUE(store_->scan_tallies({}, [&](const TallyRecord& t) { all.push_back(t); }).ok());
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].as_of, (CivilDate{2020, 10, 4}));
  EXPECT_EQ(all[0].killed, (Interval{23, 23}));
  EXPECT_EQ(all[0].quote, "Since 27 September 23 civilians were killed and 76 injured.");
  EXPECT_EQ(all[2].killed_or_injured, (Interval{267, 267}));
  TallyFilter f;
  f.to = CivilDate{2020, 12, 31};
  std::vector<TallyRecord> early;
  ASSERT_TRUE(store_->scan_tallies(f, [&](const TallyRecord& t) { early.push_back(t); }).ok());
  EXPECT_EQ(early.size(), 2u);
}

}  // namespace
}  // namespace reckon
