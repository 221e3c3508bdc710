// Ordering and paging of incident listings (store/queries.cc): for every sort key and
// direction, pages walked with limit / offset are exactly the whole listing, which is ordered by
// the key with unknown values last and ties by date and id; and the indexes of schema versions 3
// to 5 serve the default order, newest first, worst first and the place filter (the dashboard's
// listings on a large database, bench/serve_latency.cc), so a page does not sort every incident.
#include <gtest/gtest.h>

#include <cctype>
#include <cstdio>
#include <map>

#include "store/schema.h"
#include "store/store_test_util.h"
#include "store/synthetic_reports.h"

namespace reckon {
namespace {

using testing::open_or_die;
using testing::ScratchDir;
using Order = IncidentFilter::Order;

std::vector<std::string> ids(IncidentStore& store, const IncidentFilter& filter) {
  std::vector<std::string> out;
  EXPECT_TRUE(store.scan_incidents(filter, [&](const Incident& i) { out.push_back(i.id); }).ok());
  return out;
}

// The sort key of an incident as a comparable value; nullopt when unknown.
std::optional<std::string> key_of(const Incident& i, Order order) {
  const auto figure = [](const std::optional<Estimate>& f) -> std::optional<std::string> {
    if (!f) return std::nullopt;
    char buf[24];
    std::snprintf(buf, sizeof buf, "%020lld", static_cast<long long>(f->best));
    return buf;
  };
  switch (order) {
    case Order::kDate:
      if (!i.date) return std::nullopt;
      return std::to_string(100000 + days_from_civil(i.date->value));
    case Order::kKilled:
      return figure(i.killed);
    case Order::kInjured:
      return figure(i.injured);
    case Order::kSources:
      return std::to_string(100000 + i.sources);
    case Order::kPlace: {
      if (!i.place) return std::nullopt;
      std::string name = i.place->name;
      for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      return name;
    }
    case Order::kCountry:
      if (!i.place || i.place->country.empty()) return std::nullopt;
      return i.place->country;
    case Order::kKind:
      return i.kind;
  }
  return std::nullopt;
}

class Paging : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = open_or_die(dir_.file("p.db"));
    for (int r = 0; r < 120; ++r) {
      const testing::SeedReport report = testing::synthetic_report(r, 0, 7);
      ASSERT_TRUE(store_->ingest(report.doc, report.extraction).ok());
    }
  }
  ScratchDir dir_;
  std::unique_ptr<SqliteStore> store_;
};

TEST_F(Paging, EveryOrderWalksEveryIncidentOnceInOrder) {
  const std::size_t count = ids(*store_, {}).size();
  ASSERT_GE(count, 30u);
  for (Order order : {Order::kDate, Order::kKilled, Order::kInjured, Order::kSources, Order::kPlace,
                      Order::kCountry, Order::kKind}) {
    for (bool descending : {false, true}) {
      IncidentFilter f;
      f.order = order;
      f.descending = descending;
      const std::vector<Incident> all = store_->incidents(f).value();
      ASSERT_EQ(all.size(), count);
      for (std::size_t n = 1; n < all.size(); ++n) {
        const auto before = key_of(all[n - 1], order);
        const auto here = key_of(all[n], order);
        EXPECT_FALSE(!before && here) << "a known value after an unknown one at " << n;
        if (before && here) {
          if (descending)
            EXPECT_GE(*before, *here) << n;
          else
            EXPECT_LE(*before, *here) << n;
        }
      }
      std::vector<std::string> walked;
      f.limit = 7;
      for (f.offset = 0; f.offset < static_cast<std::int64_t>(count) + 7; f.offset += 7) {
        const std::vector<std::string> page = ids(*store_, f);
        EXPECT_LE(page.size(), 7u);
        walked.insert(walked.end(), page.begin(), page.end());
      }
      std::vector<std::string> expected;
      for (const Incident& i : all) expected.push_back(i.id);
      EXPECT_EQ(walked, expected) << "order " << static_cast<int>(order) << " desc " << descending;
    }
  }
}

TEST_F(Paging, PagesComposeWithFilters) {
  IncidentFilter f;
  f.place = "alpha";
  const std::vector<std::string> all = ids(*store_, f);
  ASSERT_GE(all.size(), 3u);
  f.offset = 1;
  f.limit = 2;
  EXPECT_EQ(ids(*store_, f), std::vector<std::string>(all.begin() + 1, all.begin() + 3));
  f.limit.reset();
  EXPECT_EQ(ids(*store_, f), std::vector<std::string>(all.begin() + 1, all.end()));
}

// The date filter's index bound (an incident starts at most a year before it ends) keeps every
// incident whose day, month or year meets the range, year-long ones included.
TEST_F(Paging, DateRangesKeepLongDatesThatMeetThem) {
  const std::vector<Incident> all = store_->incidents({}).value();
  const CivilDate windows[][2] = {{{2020, 12, 31}, {2021, 1, 5}},
                                  {{2020, 10, 3}, {2020, 10, 3}},
                                  {{2020, 6, 1}, {2020, 6, 30}},
                                  {{2019, 1, 1}, {2020, 1, 1}},
                                  {{2020, 10, 31}, {2020, 11, 1}}};
  bool saw_year = false;
  for (const auto& [from, to] : windows) {
    std::vector<std::string> expected;
    for (const Incident& i : all) {
      if (!i.date) continue;
      saw_year |= i.date->precision == DatePrecision::kYear;
      if (i.date->last_day() >= days_from_civil(from) && i.date->first_day() <= days_from_civil(to))
        expected.push_back(i.id);
    }
    IncidentFilter f;
    f.from = from;
    f.to = to;
    EXPECT_EQ(ids(*store_, f), expected) << format_date(from);
  }
  EXPECT_TRUE(saw_year) << "the reports should hold a year-long date";
}

// The timeline's totals are those of the listing under the same filter, summed by date: every
// match counted, none without a date, dates in order, paging ignored.
TEST_F(Paging, DayTotalsSumTheMatchingIncidentsByDate) {
  IncidentFilter by_country;
  by_country.country = store_->incidents({}).value().front().place->country;
  IncidentFilter paged;
  paged.limit = 3;
  paged.order = Order::kKilled;
  for (const IncidentFilter& filter : {IncidentFilter{}, by_country, paged}) {
    IncidentFilter unpaged = filter;
    unpaged.limit.reset();
    std::map<std::pair<std::int64_t, std::int64_t>, DayTotals> expected;
    const std::vector<Incident> matching = store_->incidents(unpaged).value();
    for (const Incident& i : matching) {
      if (!i.date) continue;
      DayTotals& day = expected[{i.date->first_day(), i.date->last_day()}];
      day.date = *i.date;
      ++day.incidents;
      day.killed += i.killed ? i.killed->best : 0;
      day.injured += i.injured ? i.injured->best : 0;
      day.killed_or_injured += i.killed_or_injured ? i.killed_or_injured->best : 0;
    }
    std::vector<DayTotals> got;
    ASSERT_TRUE(store_->scan_days(filter, [&](const DayTotals& d) { got.push_back(d); }).ok());
    ASSERT_EQ(got.size(), expected.size());
    ASSERT_GE(got.size(), 2u);
    std::size_t n = 0;
    for (const auto& [span, want] : expected) {
      const DayTotals& day = got[n++];
      EXPECT_EQ(day.date, want.date);
      EXPECT_EQ(day.incidents, want.incidents) << format_date(day.date.value);
      EXPECT_EQ(day.killed, want.killed) << format_date(day.date.value);
      EXPECT_EQ(day.injured, want.injured) << format_date(day.date.value);
      EXPECT_EQ(day.killed_or_injured, want.killed_or_injured) << format_date(day.date.value);
    }
  }
}

// EXPLAIN QUERY PLAN of `sql` on the database at `path`, one line per step.
std::string plan(const std::string& path, const std::string& sql) {
  store::Database db;
  EXPECT_TRUE(db.open(path, false).ok());
  Result<store::Statement> stmt = db.prepare("EXPLAIN QUERY PLAN " + sql);
  EXPECT_TRUE(stmt.ok());
  std::string out;
  while (stmt.ok() && stmt->step() == SQLITE_ROW) out += std::string(stmt->text(3)) + "\n";
  return out;
}

TEST_F(Paging, IndexesServeTheDefaultNewestAndWorstOrdersAndThePlaceFilter) {
  const std::string path = dir_.file("p.db");
  const std::string page =
      plan(path,
           "SELECT * FROM incidents ORDER BY date_first IS NULL, date_first, incident_id LIMIT 10");
  EXPECT_NE(page.find("incidents_by_date"), std::string::npos) << page;
  EXPECT_EQ(page.find("TEMP B-TREE"), std::string::npos) << page;
  const std::string newest =
      plan(path,
           "SELECT * FROM incidents ORDER BY date_first IS NULL, date_first DESC, incident_id DESC "
           "LIMIT 10 OFFSET 20");
  EXPECT_NE(newest.find("incidents_newest"), std::string::npos) << newest;
  EXPECT_EQ(newest.find("TEMP B-TREE"), std::string::npos) << newest;
  // The dashboard's map and timeline query (sort=-killed), as order_and_page writes it.
  const std::string worst =
      plan(path,
           "SELECT * FROM incidents ORDER BY killed_best IS NULL, killed_best DESC, date_first IS "
           "NULL, date_first DESC, incident_id DESC LIMIT 2000");
  EXPECT_NE(worst.find("incidents_worst"), std::string::npos) << worst;
  EXPECT_EQ(worst.find("TEMP B-TREE"), std::string::npos) << worst;
  const std::string place = plan(
      path,
      "SELECT * FROM incidents WHERE place_name = 'x' COLLATE NOCASE OR incident_id IN (SELECT "
      "incident_id FROM claims WHERE place_name = 'x' COLLATE NOCASE)");
  EXPECT_NE(place.find("claims_by_place"), std::string::npos) << place;
  EXPECT_NE(place.find("incidents_by_place"), std::string::npos) << place;
}

}  // namespace
}  // namespace reckon
