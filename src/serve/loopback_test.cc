// The server on a real socket (127.0.0.1, a free port): the Api's answers come through httplib
// unchanged, httplib's own refusals (a body over the limit) get the API's JSON shape, and 200
// concurrent clients get every answer right. Nothing here leaves the loopback interface, and
// every loop is bounded.
#include <gtest/gtest.h>

#ifdef RECKON_SERVE_HTTPLIB

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "serve/serve_test_util.h"

namespace reckon {
namespace {

using testing::body_json;

class Loopback : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = std::make_unique<testing::SampleDatabase>();
    ServerOptions options;
    options.db = db_->path();
    options.port = 0;
    options.max_body_bytes = 64 * 1024;
    Result<std::unique_ptr<Server>> opened = Server::open(options);
    ASSERT_TRUE(opened.ok()) << opened.status().message();
    server_ = std::move(opened.value());
    thread_ = std::thread([this] { EXPECT_TRUE(server_->run().ok()); });
    // The socket is bound already; run() only starts answering, so wait for the first answer.
    for (int i = 0; i < 200; ++i) {
      httplib::Client probe("127.0.0.1", server_->port());
      if (probe.Get("/api/status")) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  }
  void TearDown() override {
    if (server_) server_->stop();
    if (thread_.joinable()) thread_.join();
  }
  httplib::Client client() {
    httplib::Client c("127.0.0.1", server_->port());
    c.set_read_timeout(20, 0);
    c.set_connection_timeout(20, 0);
    return c;
  }

  std::unique_ptr<testing::SampleDatabase> db_;
  std::unique_ptr<Server> server_;
  std::thread thread_;
};

TEST_F(Loopback, AnswersOverTheSocketAsTheApiDoes) {
  httplib::Client c = client();
  auto r = c.Get("/api/incidents?country=UA");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Content-Type"), "application/json");
  EXPECT_NE(r->get_header_value("Content-Security-Policy").find("connect-src 'self'"),
            std::string::npos);
  EXPECT_EQ(nlohmann::json::parse(r->body).size(),
            body_json(server_->api().handle(testing::get("/api/incidents", {{"country", "UA"}})))
                .size());

  r = c.Get("/api/incidents?from=never");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  EXPECT_NE(r->body.find("from: want a date"), std::string::npos);

  r = c.Post("/api/documents", "{\"text\": \"Two people were killed in Kherson on Monday.\"}",
             "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 201) << r->body;
  EXPECT_NE(r->body.find("\"outcome\":\"added\""), std::string::npos);

  r = c.Post("/api/documents", "a plain report with no figure", "text/plain");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 201) << r->body;

  r = c.Put("/api/incidents", "x", "text/plain");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 405);
  EXPECT_EQ(r->get_header_value("Allow"), "GET");

  r = c.Get("/");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Content-Type"), "text/html; charset=utf-8");

  r = c.Get("/../../../etc/passwd");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 404);
}

TEST_F(Loopback, BodiesOverTheLimitAre413WithAMessage) {
  httplib::Client c = client();
  auto r = c.Post("/api/documents", std::string(200 * 1024, 'a'), "text/plain");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 413);
  EXPECT_EQ(r->get_header_value("Content-Type"), "application/json");
  EXPECT_NE(r->body.find("larger than"), std::string::npos) << r->body;
  // Just over the Api's own limit, inside httplib's margin: the same answer from the Api.
  r = c.Post("/api/documents", std::string(64 * 1024 + 10, 'a'), "text/plain");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 413);
  EXPECT_NE(r->body.find("65536 bytes"), std::string::npos) << r->body;
  // httplib would have compressed this itself; the server does not let it.
  httplib::Headers accept = {{"Accept-Encoding", "gzip, br"}};
  r = c.Get("/api/status", accept);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->get_header_value("Content-Encoding"), "");
}

// 200 clients at once, each with its own connection and a bounded number of requests.
TEST_F(Loopback, TwoHundredConcurrentClients) {
  const std::string id = body_json(server_->api().handle(testing::get("/api/incidents")))[0]["id"];
  constexpr int kClients = 200;
  constexpr int kRequestsEach = 5;
  std::atomic<int> ok{0};
  std::atomic<int> failed{0};
  const auto started = std::chrono::steady_clock::now();
  std::vector<std::thread> clients;
  for (int n = 0; n < kClients; ++n) {
    clients.emplace_back([&, n] {
      httplib::Client c = client();
      for (int i = 0; i < kRequestsEach; ++i) {
        auto send = [&]() -> httplib::Result {
          switch ((n + i) % 5) {
            case 0: return c.Get("/api/incidents");
            case 1: return c.Get(("/api/incidents/" + id).c_str());
            case 2: return c.Get("/api/tallies?country=UA");
            case 3: return c.Get("/");
            default:
              if (n % 20 == 0)
                return c.Post("/api/documents",
                              "Report " + std::to_string(n) +
                                  ": one man was killed in Kherson on Monday.",
                              "text/plain");
              return c.Get("/api/status");
          }
        };
        const httplib::Result r = send();
        if (r && r->status >= 200 && r->status < 300) ++ok;
        else ++failed;
      }
    });
  }
  for (auto& t : clients) t.join();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  EXPECT_EQ(failed, 0);
  EXPECT_EQ(ok, kClients * kRequestsEach);
  std::printf("[ figures  ] %d requests from %d concurrent clients in %.2f s (%.0f requests/s)\n",
              kClients * kRequestsEach, kClients, seconds, kClients * kRequestsEach / seconds);
}

}  // namespace
}  // namespace reckon

#endif  // RECKON_SERVE_HTTPLIB
