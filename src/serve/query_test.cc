// Paging and sorting of GET /api/incidents (sort, limit, offset; serve/query.cc, applied in SQL
// by store/queries.cc): pages are slices of the whole listing in its order, walking them gives
// every incident once, each sort key orders the listing with unknown values last in both
// directions, paging composes with the filters and formats, and each bad value is a 400 naming
// the parameter.
#include <gtest/gtest.h>

#include <set>

#include "serve/serve_test_util.h"

namespace reckon {
namespace {

using testing::body_json;
using testing::get;
using Query = std::vector<std::pair<std::string, std::string>>;

class ApiPaging : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { db_ = new testing::SampleDatabase(); }
  static void TearDownTestSuite() {
    delete db_;
    db_ = nullptr;
  }
  nlohmann::json list(Query query) {
    const HttpResponse r = api_.handle(get("/api/incidents", std::move(query)));
    EXPECT_EQ(r.status, 200) << r.body;
    return body_json(r);
  }
  static std::vector<std::string> ids(const nlohmann::json& incidents) {
    std::vector<std::string> out;
    for (const auto& i : incidents) out.push_back(i["id"].get<std::string>());
    return out;
  }

  static testing::SampleDatabase* db_;
  Api api_{db_->store()};
};
testing::SampleDatabase* ApiPaging::db_ = nullptr;

TEST_F(ApiPaging, PagesAreSlicesOfTheWholeListing) {
  const std::vector<std::string> all = ids(list({}));
  ASSERT_GE(all.size(), 5u);
  for (std::size_t limit : {1u, 2u, 3u, 100u}) {
    std::vector<std::string> walked;
    for (std::size_t offset = 0; offset < all.size() + limit; offset += limit) {
      const auto page = ids(list({{"limit", std::to_string(limit)}, {"offset", std::to_string(offset)}}));
      EXPECT_LE(page.size(), limit);
      walked.insert(walked.end(), page.begin(), page.end());
    }
    EXPECT_EQ(walked, all) << "limit " << limit;
  }
  EXPECT_EQ(ids(list({{"limit", "2"}})), std::vector<std::string>(all.begin(), all.begin() + 2));
  EXPECT_EQ(ids(list({{"offset", "3"}})), std::vector<std::string>(all.begin() + 3, all.end()));
  EXPECT_TRUE(list({{"offset", "100000"}}).empty());
  EXPECT_EQ(ids(list({{"sort", "date"}})), all);  // the default order, named
}

// The value a sort key reads from an incident of the JSON listing; null when unknown.
nlohmann::json sort_value(const nlohmann::json& incident, const std::string& key) {
  if (key == "date") return incident["date"].is_null() ? nlohmann::json() : incident["date"]["value"];
  if (key == "killed" || key == "injured")
    return incident[key].is_null() ? nlohmann::json() : incident[key]["best"];
  if (key == "place") {
    if (incident["place"].is_null() || incident["place"]["name"].is_null()) return {};
    std::string name = incident["place"]["name"].get<std::string>();
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return name;
  }
  if (key == "country")
    return incident["place"].is_null() ? nlohmann::json() : incident["place"]["country"];
  return incident[key];
}

TEST_F(ApiPaging, EverySortKeyOrdersWithUnknownValuesLast) {
  const std::size_t count = list({}).size();
  for (std::string key : {"date", "killed", "injured", "sources", "place", "country", "kind"}) {
    for (bool descending : {false, true}) {
      const auto sorted = list({{"sort", (descending ? "-" : "") + key}});
      ASSERT_EQ(sorted.size(), count) << key;
      bool seen_unknown = false;
      for (std::size_t i = 0; i < sorted.size(); ++i) {
        const nlohmann::json v = sort_value(sorted[i], key);
        if (v.is_null()) {
          seen_unknown = true;
          continue;
        }
        EXPECT_FALSE(seen_unknown) << key << ": a known value after an unknown one";
        if (i == 0) continue;
        const nlohmann::json before = sort_value(sorted[i - 1], key);
        if (before.is_null()) continue;
        if (descending) EXPECT_GE(before, v) << key << " at " << i;
        else EXPECT_LE(before, v) << key << " at " << i;
      }
    }
  }
}

TEST_F(ApiPaging, SortedPagesWalkEveryIncidentOnce) {
  const std::size_t count = list({}).size();
  std::set<std::string> seen;
  for (std::size_t offset = 0; offset < count; offset += 2) {
    for (const std::string& id :
         ids(list({{"sort", "-killed"}, {"limit", "2"}, {"offset", std::to_string(offset)}})))
      EXPECT_TRUE(seen.insert(id).second) << id << " on two pages";
  }
  EXPECT_EQ(seen.size(), count);
  const std::vector<std::string> sorted = ids(list({{"sort", "-killed"}}));
  EXPECT_EQ(ids(list({{"sort", "-killed"}, {"limit", "2"}})),
            std::vector<std::string>(sorted.begin(), sorted.begin() + 2));
}

TEST_F(ApiPaging, PagingComposesWithFiltersAndFormats) {
  // A filter that keeps some incidents and drops others: the samples' dated ones since 2021.
  const Query since{{"from", "2021-01-01"}};
  const auto kept = ids(list(since));
  ASSERT_GE(kept.size(), 2u);
  ASSERT_LT(kept.size(), list({}).size());
  EXPECT_EQ(ids(list({since[0], {"limit", "1"}, {"offset", "1"}})),
            std::vector<std::string>{kept[1]});
  const HttpResponse csv =
      api_.handle(get("/api/incidents", {{"format", "csv"}, {"limit", "2"}}));
  ASSERT_EQ(csv.status, 200) << csv.body;
  std::size_t lines = 0;
  for (char c : csv.body) lines += c == '\n';
  EXPECT_EQ(lines, 3u) << csv.body;  // the header and two rows
  const HttpResponse geo =
      api_.handle(get("/api/incidents", {{"format", "geojson"}, {"limit", "1"}}));
  ASSERT_EQ(geo.status, 200);
  EXPECT_LE(body_json(geo)["features"].size(), 1u);
}

TEST_F(ApiPaging, BadValuesAreRefusedByName) {
  const std::pair<Query, std::string> cases[] = {
      {{{"limit", "0"}}, "limit"},       {{{"limit", "-1"}}, "limit"},
      {{{"limit", "ten"}}, "limit"},     {{{"limit", "5x"}}, "limit"},
      {{{"limit", "99999999999999999999"}}, "limit"},
      {{{"offset", "-1"}}, "offset"},    {{{"offset", "1.5"}}, "offset"},
      {{{"sort", "deaths"}}, "sort"},    {{{"sort", "-"}}, "sort"},
      {{{"sort", "--killed"}}, "sort"},  {{{"sort", "Killed"}}, "sort"},
      {{{"sort", "date"}, {"sort", "killed"}}, "sort"},
  };
  for (const auto& [query, name] : cases) {
    const HttpResponse r = api_.handle(get("/api/incidents", query));
    EXPECT_EQ(r.status, 400) << query.front().second;
    EXPECT_NE(body_json(r)["error"].get<std::string>().find(name), std::string::npos) << r.body;
  }
  // Empty values mean "not given", as for the filters.
  EXPECT_EQ(list({{"limit", ""}, {"offset", ""}, {"sort", ""}}).size(), list({}).size());
}

}  // namespace
}  // namespace reckon
