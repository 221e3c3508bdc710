// POST /api/documents, called directly: a report is extracted, stored and reconciled at once,
// a repeat changes nothing, and every malformed body is a 4xx with a message, never a 5xx.
#include <gtest/gtest.h>

#include <random>
#include <thread>

#include "serve/serve_test_util.h"

namespace reckon {
namespace {

using testing::body_json;
using testing::get;
using testing::post;

const char* kReport =
    "Invented example for reckon's tests. Two people were killed and seven were injured when "
    "shells hit the centre of Kherson on Monday, the regional administration said.";

std::string report_json(const std::string& id) {
  nlohmann::json j = {{"text", kReport}, {"published", "2024-05-14"}, {"outlet", "Test Wire"}};
  if (!id.empty()) j["id"] = id;
  return j.dump();
}

TEST(ApiIngest, StoresAReportAndAnswersWithItsIncidents) {
  testing::SampleDatabase db;
  Api api(db.store());
  const std::size_t before = body_json(api.handle(get("/api/incidents"))).size();
  HttpResponse r = api.handle(post("/api/documents", report_json("kherson-1")));
  ASSERT_EQ(r.status, 201) << r.body;
  auto j = body_json(r);
  EXPECT_EQ(j["outcome"], "added");
  EXPECT_EQ(j["id"], "kherson-1");
  EXPECT_EQ(j["document"]["doc"], "kherson-1");
  EXPECT_EQ(j["document"]["outlet"], "Test Wire");
  ASSERT_EQ(j["document"]["claims"].size(), 1u);
  EXPECT_EQ(j["document"]["claims"][0]["killed"]["min"], 2);
  ASSERT_EQ(j["incidents"].size(), 1u);
  EXPECT_EQ(j["incidents"][0]["claims"][0]["doc"], "kherson-1");
  EXPECT_EQ(body_json(api.handle(get("/api/incidents"))).size(), before + 1);
  // The incident it names is the one the listing and the incident route give.
  const std::string id = j["incidents"][0]["id"];
  EXPECT_EQ(api.handle(get("/api/incidents/" + id)).status, 200);

  r = api.handle(post("/api/documents", report_json("kherson-1")));
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(body_json(r)["outcome"], "unchanged");
  r = api.handle(post("/api/documents", report_json("kherson-copy")));
  EXPECT_EQ(r.status, 200);
  j = body_json(r);
  EXPECT_EQ(j["outcome"], "duplicate text");
  ASSERT_EQ(j["incidents"].size(), 1u);  // the incidents of the text stored under its first id
  EXPECT_EQ(j["incidents"][0]["id"], id);
  EXPECT_EQ(body_json(api.handle(get("/api/incidents"))).size(), before + 1);
}

TEST(ApiIngest, PlainTextAndIdlessReportsAreNamedByTheirText) {
  testing::SampleDatabase db;
  Api api(db.store());
  const std::string article = std::string("12 May 2024\nBy Test Reporter\n\n") + kReport;
  HttpResponse r = api.handle(post("/api/documents", article, "text/plain; charset=utf-8"));
  ASSERT_EQ(r.status, 201) << r.body;
  auto j = body_json(r);
  const std::string id = j["id"];
  EXPECT_EQ(id.rfind("web-", 0), 0u);
  EXPECT_EQ(j["document"]["published"], "2024-05-12");  // read from the article's own lines
  EXPECT_EQ(j["document"]["author"], "Test Reporter");
  r = api.handle(post("/api/documents", article, "text/plain"));
  EXPECT_EQ(body_json(r)["outcome"], "unchanged");
  EXPECT_EQ(body_json(r)["id"], id);
  r = api.handle(post("/api/documents",
                      nlohmann::json{{"text", "A council meeting was held on Tuesday."}}.dump()));
  EXPECT_EQ(r.status, 201);
  EXPECT_EQ(body_json(r)["document"]["claims"].size(), body_json(r)["incidents"].size());
}

TEST(ApiIngest, MalformedBodiesAre4xxWithAMessage) {
  testing::SampleDatabase db;
  Api api(db.store(), ApiOptions{4096, true});
  const std::tuple<std::string, std::string, int, std::string> cases[] = {
      {"", "application/json", 400, "invalid JSON"},
      {"{\"text\": ", "application/json", 400, "invalid JSON"},
      {"[1, 2]", "application/json", 400, "not a JSON object"},
      {"{\"title\": \"x\"}", "application/json", 400, "no \"text\" field"},
      {"{\"text\": 5}", "application/json", 400, "not a string"},
      {"{\"text\": \"   \"}", "application/json", 400, "empty"},
      {"{\"text\": \"a\", \"id\": [1]}", "application/json", 400, "id"},
      {"{\"text\": \"a\", \"outlet\": {}}", "application/json", 400, "outlet"},
      {"{\"text\": \"a\", \"id\": \"" + std::string(300, 'i') + "\"}", "application/json", 400,
       "id is longer"},
      {"", "text/plain", 400, "empty"},
      {" \n\t ", "", 400, "empty"},
      {"a report", "application/x-www-form-urlencoded", 415, "Content-Type"},
      {"a report", "multipart/form-data; boundary=x", 415, "Content-Type"},
      {std::string(5000, 'a'), "text/plain", 413, "larger than the limit of 4096"},
  };
  for (const auto& [body, type, status, message] : cases) {
    const HttpResponse r = api.handle(post("/api/documents", body, type));
    EXPECT_EQ(r.status, status) << body.substr(0, 40);
    const auto j = body_json(r);
    ASSERT_TRUE(j.is_object()) << r.body;
    EXPECT_NE(j["error"].get<std::string>().find(message), std::string::npos) << j["error"];
  }
  // Not bad input: a published date reckon cannot read is a warning, and bad UTF-8 is repaired.
  HttpResponse r = api.handle(post(
      "/api/documents", nlohmann::json{{"text", kReport}, {"published", "last week"}}.dump()));
  EXPECT_EQ(r.status, 201) << r.body;
  EXPECT_FALSE(body_json(r)["warnings"].empty());
  r = api.handle(post("/api/documents", std::string(kReport) + " \xff\xfe broken", "text/plain"));
  EXPECT_EQ(r.status, 201) << r.body;
  EXPECT_TRUE(body_json(r).is_object());
}

// Random bodies, paths and parameters: whatever comes in, the answer is a JSON 2xx/4xx.
TEST(ApiIngest, NoInputGetsA5xx) {
  testing::SampleDatabase db;
  Api api(db.store(), ApiOptions{2048, true});
  std::mt19937 rng(20240514);
  auto random_text = [&](std::size_t max) {
    std::string s(rng() % max, '\0');
    for (char& c : s) c = static_cast<char>(rng() % 256);
    return s;
  };
  const char* types[] = {"application/json", "text/plain", "", "application/json; charset=x"};
  const char* paths[] = {"/api/incidents", "/api/tallies", "/api/documents", "/api/incidents/",
                         "/api/status", "/", "/assets/app.js"};
  const char* methods[] = {"GET", "POST", "PUT", "DELETE", "HEAD", "PATCH"};
  for (int i = 0; i < 400; ++i) {
    HttpRequest r = post(paths[rng() % 7], random_text(3000), types[rng() % 4]);
    r.method = methods[rng() % 6];
    if (rng() % 3 == 0) r.path += random_text(20);
    for (int q = rng() % 4; q > 0; --q) {
      const char* names[] = {"place", "from", "to", "min_killed", "kind", "contested", "x"};
      r.query.emplace_back(names[rng() % 7], random_text(12));
    }
    if (rng() % 2 == 0 && r.method == "POST") {
      r.body = nlohmann::json{{"text", random_text(200)}, {"published", random_text(12)}}.dump(
          -1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
    const HttpResponse response = api.handle(r);
    EXPECT_LT(response.status, 500) << r.method << " " << r.path << ": " << response.body;
  }
}

// Readers and writers at once: the store is serialised inside Api, extraction runs beside it.
TEST(ApiIngest, ConcurrentReadersAndWriters) {
  testing::SampleDatabase db;
  Api api(db.store());
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 25; ++i) {
        HttpResponse r =
            (i % 5 == 0) ? api.handle(post("/api/documents",
                                           nlohmann::json{{"text", std::string(kReport) + " Report " +
                                                                       std::to_string(t * 100 + i)}}
                                               .dump()))
                         : api.handle(get(i % 2 ? "/api/incidents" : "/api/status"));
        if (r.status >= 300) ++failures;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(failures, 0);
  EXPECT_EQ(body_json(api.handle(get("/api/status")))["documents"].get<int>(), 8 + 8 * 5);
}

}  // namespace
}  // namespace reckon
