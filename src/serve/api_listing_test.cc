// The read routes of the API, called directly (no sockets): listings with every filter match
// what the store gives for the same filter, exports have the CLI's formats, and each bad
// parameter is a 400 whose message names it.
#include <gtest/gtest.h>

#include <map>

#include "serve/serve_test_util.h"

namespace reckon {
namespace {

using testing::body_json;
using testing::get;
using testing::header;

class ApiListing : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { db_ = new testing::SampleDatabase(); }
  static void TearDownTestSuite() {
    delete db_;
    db_ = nullptr;
  }
  std::size_t store_count(const IncidentFilter& f) {
    Result<std::vector<Incident>> all = db_->store().incidents(f);
    EXPECT_TRUE(all.ok());
    return all.ok() ? all->size() : 0;
  }
  HttpResponse list(std::vector<std::pair<std::string, std::string>> query) {
    return api_.handle(get("/api/incidents", std::move(query)));
  }

  static testing::SampleDatabase* db_;
  Api api_{db_->store()};
};
testing::SampleDatabase* ApiListing::db_ = nullptr;

TEST_F(ApiListing, ListsEveryIncidentAsTheCliShape) {
  const HttpResponse r = list({});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.content_type, "application/json");
  const auto j = body_json(r);
  ASSERT_TRUE(j.is_array());
  EXPECT_EQ(j.size(), store_count({}));
  EXPECT_GE(j.size(), 5u);
  for (const auto& i : j) {
    for (const char* key :
         {"id", "kind", "date", "place", "killed", "injured", "contested", "sources", "claims"})
      EXPECT_TRUE(i.contains(key)) << key;
  }
}

TEST_F(ApiListing, FiltersMeanWhatTheCliOptionsMean) {
  struct Case {
    std::vector<std::pair<std::string, std::string>> query;
    IncidentFilter filter;
  };
  IncidentFilter ua;
  ua.country = "ua";
  IncidentFilter kharkiv;
  kharkiv.place = "KHARKIV";
  IncidentFilter strike;
  strike.kind = "strike";
  IncidentFilter contested;
  contested.contested_only = true;
  IncidentFilter killed;
  killed.min_killed = 3;
  IncidentFilter dates;
  dates.from = CivilDate{2020, 1, 1};
  dates.to = CivilDate{2022, 12, 31};
  const Case cases[] = {
      {{{"country", "ua"}}, ua},
      {{{"place", "KHARKIV"}}, kharkiv},
      {{{"kind", "strike"}}, strike},
      {{{"contested", "1"}}, contested},
      {{{"contested", "true"}}, contested},
      {{{"min_killed", "3"}}, killed},
      {{{"from", "2020-01-01"}, {"to", "2022-12-31"}}, dates},
      {{{"contested", "0"}}, {}},
      {{{"place", ""}, {"kind", ""}}, {}},
  };
  for (const Case& c : cases) {
    const HttpResponse r = list(c.query);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(body_json(r).size(), store_count(c.filter)) << c.query.front().first;
  }
  // And the filters do filter on the samples.
  EXPECT_LT(body_json(list({{"country", "UA"}})).size(), body_json(list({})).size());
  for (const auto& i : body_json(list({{"contested", "1"}}))) EXPECT_FALSE(i["contested"].empty());
  for (const auto& i : body_json(list({{"min_killed", "3"}}))) EXPECT_GE(i["killed"]["best"], 3);
  EXPECT_EQ(body_json(list({{"place", "nowhere-at-all"}})).size(), 0u);
}

TEST_F(ApiListing, BadParametersAre400sNamingThem) {
  const std::pair<std::vector<std::pair<std::string, std::string>>, std::string> cases[] = {
      {{{"contest", "1"}}, "unknown parameter 'contest'"},
      {{{"country", "UA"}, {"country", "AZ"}}, "more than once"},
      {{{"from", "2023-13-01"}}, "from: want a date"},
      {{{"from", "yesterday"}}, "from: want a date"},
      {{{"to", "2023-02-30"}}, "to: want a date"},
      {{{"from", "2023-01-01T00:00"}}, "from: want a date"},
      {{{"from", "2023-05-01"}, {"to", "2023-01-01"}}, "from is after to"},
      {{{"min_killed", "-1"}}, "min_killed"},
      {{{"min_killed", "ten"}}, "min_killed"},
      {{{"min_killed", "99999999999999999999999"}}, "min_killed"},
      {{{"country", "UKR"}}, "country"},
      {{{"country", "1A"}}, "country"},
      {{{"contested", "maybe"}}, "contested"},
      {{{"format", "xml"}}, "format"},
      {{{"format", "table"}}, "format"},
      {{{"download", "perhaps"}}, "download"},
      {{{"place", std::string(300, 'x')}}, "longer than"},
  };
  for (const auto& [query, message] : cases) {
    const HttpResponse r = list(query);
    EXPECT_EQ(r.status, 400) << message;
    EXPECT_EQ(r.content_type, "application/json");
    const auto j = body_json(r);
    ASSERT_TRUE(j.is_object()) << r.body;
    EXPECT_NE(j["error"].get<std::string>().find(message), std::string::npos) << j["error"];
    EXPECT_EQ(j["status"], 400);
  }
}

TEST_F(ApiListing, ExportsInTheCliFormatsAndAsDownloads) {
  const std::size_t n = store_count({});
  const HttpResponse csv = list({{"format", "csv"}, {"download", "1"}});
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(csv.content_type, "text/csv; charset=utf-8");
  EXPECT_EQ(header(csv, "Content-Disposition"), "attachment; filename=\"incidents.csv\"");
  EXPECT_EQ(csv.body.rfind("event_id,", 0), 0u);
  EXPECT_GE(static_cast<std::size_t>(std::count(csv.body.begin(), csv.body.end(), '\n')), n + 1);

  const HttpResponse geo = list({{"format", "geojson"}});
  ASSERT_EQ(geo.status, 200);
  EXPECT_EQ(geo.content_type, "application/geo+json");
  EXPECT_EQ(header(geo, "Content-Disposition"), "");
  const auto g = body_json(geo);
  EXPECT_EQ(g["type"], "FeatureCollection");
  EXPECT_EQ(g["features"].size(), n);

  const HttpResponse json = list({{"format", "json"}, {"download", "yes"}, {"country", "UA"}});
  EXPECT_EQ(header(json, "Content-Disposition"), "attachment; filename=\"incidents.json\"");
  EXPECT_EQ(body_json(json).size(), body_json(list({{"country", "UA"}})).size());
}

TEST_F(ApiListing, OneIncidentWithHighlightsPerClaim) {
  const auto all = body_json(list({{"contested", "1"}}));
  ASSERT_FALSE(all.empty());
  const std::string id = all[0]["id"];
  const HttpResponse r = api_.handle(get("/api/incidents/" + id));
  ASSERT_EQ(r.status, 200) << r.body;
  const auto j = body_json(r);
  EXPECT_EQ(j["id"], id);
  ASSERT_EQ(j["highlights"].size(), j["claims"].size());
  for (std::size_t c = 0; c < j["claims"].size(); ++c) {
    const std::string quote = j["claims"][c]["quote"];
    EXPECT_FALSE(j["highlights"][c].empty()) << quote;
    for (const auto& h : j["highlights"][c]) {
      EXPECT_LT(h["start"].get<std::size_t>(), h["end"].get<std::size_t>());
      EXPECT_LE(h["end"].get<std::size_t>(), quote.size());
    }
  }
  // The object is the CLI's plus one field: every other key is as the listing gives it.
  auto without = j;
  without.erase("highlights");
  EXPECT_EQ(without, all[0]);
}

TEST_F(ApiListing, UnknownIncidentsAndStrayParametersAreClear) {
  HttpResponse r = api_.handle(get("/api/incidents/no-such-incident"));
  EXPECT_EQ(r.status, 404);
  EXPECT_NE(body_json(r)["error"].get<std::string>().find("no-such-incident"), std::string::npos);
  r = api_.handle(get("/api/incidents/"));
  EXPECT_EQ(r.status, 404);
  const std::string id = body_json(list({}))[0]["id"];
  r = api_.handle(get("/api/incidents/" + id, {{"format", "csv"}}));
  EXPECT_EQ(r.status, 400);
  r = api_.handle(get("/api/incidents/" + std::string(5000, 'x')));
  EXPECT_EQ(r.status, 404);
  EXPECT_LT(r.body.size(), 400u);  // the echo of the id is cut
}

TEST_F(ApiListing, TalliesAndStatus) {
  HttpResponse r = api_.handle(get("/api/tallies"));
  ASSERT_EQ(r.status, 200);
  const auto tallies = body_json(r);
  ASSERT_TRUE(tallies.is_array());
  EXPECT_GE(tallies.size(), 1u);
  for (const auto& t : tallies) {
    EXPECT_TRUE(t.contains("as_of"));
    EXPECT_TRUE(t.contains("quote"));
  }
  EXPECT_EQ(api_.handle(get("/api/tallies", {{"country", "ZZ"}})).body, "[]\n");
  EXPECT_EQ(api_.handle(get("/api/tallies", {{"kind", "strike"}})).status, 400);
  EXPECT_EQ(api_.handle(get("/api/tallies", {{"from", "2020"}})).status, 400);
  r = api_.handle(get("/api/tallies", {{"format", "csv"}, {"download", "1"}}));
  EXPECT_EQ(header(r, "Content-Disposition"), "attachment; filename=\"tallies.csv\"");

  r = api_.handle(get("/api/status"));
  ASSERT_EQ(r.status, 200);
  const auto s = body_json(r);
  EXPECT_EQ(s["incidents"].get<std::size_t>(), store_count({}));
  EXPECT_GE(s["documents"], 8);
  EXPECT_EQ(s["max_body_bytes"], 1 << 20);
}

// The timeline's bars count every incident the listing would show under the same filters, per
// date, and refuse what only a listing takes (sort, paging, format).
TEST_F(ApiListing, TimelineCountsEveryDatedMatchPerDate) {
  for (const auto& query : std::vector<std::vector<std::pair<std::string, std::string>>>{
           {}, {{"country", "az"}}, {{"kind", "strike"}}, {{"min_killed", "1"}}}) {
    const HttpResponse r = api_.handle(get("/api/timeline", query));
    ASSERT_EQ(r.status, 200) << r.body;
    const auto days = body_json(r)["days"];
    ASSERT_TRUE(days.is_array()) << r.body;
    const auto listed = body_json(list(query));
    std::map<std::string, std::pair<std::int64_t, std::int64_t>> expected;  // incidents, killed
    for (const auto& i : listed) {
      if (i["date"].is_null()) continue;
      auto& [count, killed] = expected[i["date"]["value"].get<std::string>()];
      ++count;
      if (!i["killed"].is_null()) killed += i["killed"]["best"].get<std::int64_t>();
    }
    ASSERT_EQ(days.size(), expected.size()) << r.body;
    std::string previous;
    for (const auto& d : days) {
      const std::string value = d["date"]["value"].get<std::string>();
      EXPECT_LT(previous, value) << "dates in order";
      previous = value;
      EXPECT_EQ(d["incidents"].get<std::int64_t>(), expected[value].first) << value;
      EXPECT_EQ(d["killed"].get<std::int64_t>(), expected[value].second) << value;
    }
  }
  EXPECT_GE(body_json(api_.handle(get("/api/timeline")))["days"].size(), 2u);
  for (const char* name : {"sort", "limit", "format"}) {
    const HttpResponse r = api_.handle(get("/api/timeline", {{name, "1"}}));
    EXPECT_EQ(r.status, 400) << name;
    EXPECT_NE(r.body.find("unknown parameter"), std::string::npos) << r.body;
  }
  EXPECT_EQ(api_.handle(get("/api/timeline", {{"from", "soon"}})).status, 400);
}

}  // namespace
}  // namespace reckon
