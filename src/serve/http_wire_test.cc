// The server's handling of what a client sends on the wire, through httplib's own parser
// (InMemoryHttp, the same handlers as the socket server): malformed request lines and headers get
// a 4xx with a JSON message or a closed connection, never a 5xx; path traversal in every
// spelling gets 404; Range never cuts an answer (fuzz_http found httplib cutting error bodies);
// and a silent client on a real socket is dropped while others are served.
#include <gtest/gtest.h>

#ifdef RECKON_SERVE_HTTPLIB

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include <httplib.h>

#include "serve/http_wire.h"
#include "serve/serve_test_util.h"

namespace reckon {
namespace {

std::string request(std::string line, std::string headers = "") {
  return line + "\r\nHost: 127.0.0.1:8080\r\n" + headers + "\r\n";
}

class Wire : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { db_ = new testing::SampleDatabase(); }
  static void TearDownTestSuite() {
    delete db_;
    db_ = nullptr;
  }
  serve::WireConversation converse(const std::string& bytes) {
    serve::HttpSettings settings;
    settings.max_body_bytes = 4096;
    serve::InMemoryHttp http(api_, settings);
    return http.converse(bytes);
  }
  static testing::SampleDatabase* db_;
  Api api_{db_->store(), ApiOptions{4096, true}};
};
testing::SampleDatabase* Wire::db_ = nullptr;

void expect_json_error(const serve::WireExchange& e, int status, const std::string& what) {
  EXPECT_EQ(e.status, status) << what;
  EXPECT_EQ(e.content_type, "application/json") << what;
  EXPECT_TRUE(testing::body_json(HttpResponse{e.status, e.content_type, e.body, {}}).contains("error"))
      << what << ": " << e.body;
}

TEST_F(Wire, MalformedRequestsGet4xxOrAClosedConnection) {
  const std::string cases[] = {
      "GET /api/status\r\n\r\n",
      "GET\r\n\r\n",
      request("GET /api/status HTTP/9.9"),
      request("GET /" + std::string(9000, 'a') + " HTTP/1.1"),
      request("GET /api/status HTTP/1.1", "X-Long: " + std::string(9000, 'b') + "\r\n"),
      request("POST /api/documents HTTP/1.1", "Content-Type: text/plain\r\nContent-Length: -5\r\n") + "hello",
      request("POST /api/documents HTTP/1.1", "Transfer-Encoding: chunked\r\n") + "zz\r\nabc\r\n",
      request("POST /api/documents HTTP/1.1", "Content-Length: 9999\r\n") + "short",
      std::string("\x00\xff\x01\r\n\r\n", 7),
      "GET /api/status HTTP/1.1\r\nHost: 127.0.0.1",
  };
  for (const std::string& bytes : cases) {
    const serve::WireConversation c = converse(bytes);
    const std::string what = bytes.substr(0, 60);
    for (const auto& e : c.exchanges) {
      EXPECT_GE(e.status, 400) << what;
      EXPECT_LT(e.status, 500) << what;
      expect_json_error(e, e.status, what);
    }
    if (c.exchanges.empty()) {
      EXPECT_TRUE(c.written.empty()) << what;
    }
  }
  // httplib reads these leniently, as many servers do: answered as if well formed, never a 5xx.
  for (const std::string& bytes : {request("GET  /api/status  HTTP/1.1"),
                                   request("GET /api/status HTTP/1.1", "no colon here\r\n")}) {
    const serve::WireConversation c = converse(bytes);
    ASSERT_EQ(c.exchanges.size(), 1u) << bytes;
    EXPECT_EQ(c.exchanges[0].status, 200) << bytes;
  }
  const serve::WireConversation too_long = converse(request("GET /" + std::string(9000, 'a') + " HTTP/1.1"));
  ASSERT_EQ(too_long.exchanges.size(), 1u);
  EXPECT_EQ(too_long.exchanges[0].status, 414);
}

TEST_F(Wire, BodiesOverTheLimitAre413) {
  const std::string body(5000, 'x');
  serve::WireConversation c = converse(request("POST /api/documents HTTP/1.1",
                                               "Content-Type: text/plain\r\nContent-Length: 5000\r\n") +
                                       body);
  ASSERT_EQ(c.exchanges.size(), 1u);
  expect_json_error(c.exchanges[0], 413, "5000 bytes");
  c = converse(request("POST /api/documents HTTP/1.1",
                       "Content-Type: text/plain\r\nContent-Length: 99999999999999999999\r\n") + "x");
  for (const auto& e : c.exchanges) EXPECT_LT(e.status, 500);
}

TEST_F(Wire, PathTraversalInEverySpellingIs404) {
  for (const char* target :
       {"/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/assets/..%2f..%2fetc%2fpasswd",
        "/assets/%252e%252e/%252e%252e/etc/passwd", "/assets\\..\\..\\etc\\passwd",
        "/assets/..%5c..%5cetc%5cpasswd", "/index.html%00/../../etc/passwd", "/etc/passwd",
        "//etc/passwd", "/%c0%ae%c0%ae/etc/passwd", "/api/../../etc/passwd",
        "http://127.0.0.1:8080/../../etc/passwd", "/....//....//etc/passwd"}) {
    const serve::WireConversation c = converse(request(std::string("GET ") + target + " HTTP/1.1"));
    ASSERT_LE(c.exchanges.size(), 1u) << target;
    for (const auto& e : c.exchanges) {
      EXPECT_GE(e.status, 400) << target;
      EXPECT_LT(e.status, 500) << target;
      EXPECT_EQ(e.body.find("root:"), std::string::npos) << target;
    }
  }
  // A raw NUL in the request line.
  const serve::WireConversation nul = converse(std::string("GET /index.html\0../../etc/passwd HTTP/1.1\r\n\r\n", 45));
  for (const auto& e : nul.exchanges) EXPECT_EQ(e.body.find("root:"), std::string::npos);
}

// Found by fuzz_http: httplib applied Range to every answer, cutting {"error": ...} to
// `{"error":"t` or an empty 416. Range is ignored now; answers come whole, and a Range header
// httplib cannot read is a 416 with the whole JSON message.
TEST_F(Wire, RangeNeverCutsAnAnswer) {
  serve::WireConversation c =
      converse(request("GET /assets/no-such.css HTTP/1.1", "Range: bytes=0-10,5-1,-3\r\n"));
  ASSERT_EQ(c.exchanges.size(), 1u);
  expect_json_error(c.exchanges[0], 416, "a backwards range");
  c = converse(request("GET /assets/no-such.css HTTP/1.1", "Range: bytes=0-10\r\n"));
  ASSERT_EQ(c.exchanges.size(), 1u);
  expect_json_error(c.exchanges[0], 404, "a range on a 404");
  c = converse(request("GET /api/status HTTP/1.1", "Range: bytes=99999-\r\n"));
  ASSERT_EQ(c.exchanges.size(), 1u);
  EXPECT_EQ(c.exchanges[0].status, 200);
  EXPECT_TRUE(testing::body_json(HttpResponse{200, "", c.exchanges[0].body, {}}).contains("documents"));
  c = converse(request("GET /api/status HTTP/1.1", "Range: bytes=0-3\r\n"));
  ASSERT_EQ(c.exchanges.size(), 1u);
  EXPECT_EQ(c.exchanges[0].status, 200);
}

// Found by fuzz_http: a request target without a leading '/' reached the asset lookup, which
// dropped its first letter and served index.html for `HEAD \x18`.
TEST_F(Wire, RequestTargetsNotStartingWithASlashAre400) {
  for (const char* target : {"\x18", "x", "aindex.html", "aassets/app.js", "*",
                             "http://127.0.0.1:8080/api/status"}) {
    for (const char* method : {"GET", "HEAD", "POST"}) {
      const serve::WireConversation c =
          converse(request(std::string(method) + " " + target + " HTTP/1.1", "Content-Length: 0\r\n"));
      for (const auto& e : c.exchanges) {
        if (e.path.empty() || e.path.front() != '/') expect_json_error(e, 400, target);
      }
    }
  }
}

TEST_F(Wire, PipelinedRequestsAreAnsweredInOrderAndTheConnectionStaysUsable) {
  const serve::WireConversation c =
      converse(request("GET /api/status HTTP/1.1") + request("GET /../etc/passwd HTTP/1.1") +
               request("GET /api/incidents?from=never HTTP/1.1") + request("HEAD / HTTP/1.1"));
  ASSERT_EQ(c.exchanges.size(), 4u);
  EXPECT_EQ(c.exchanges[0].status, 200);
  EXPECT_EQ(c.exchanges[1].status, 404);
  EXPECT_EQ(c.exchanges[2].status, 400);
  EXPECT_EQ(c.exchanges[3].status, 200);
}

// On a real socket: a client that connects and sends nothing holds one thread only until the
// keep-alive time-out (5 s), and other clients are served meanwhile.
TEST(WireSocket, ASilentClientIsDroppedAndOthersAreServed) {
  testing::SampleDatabase db;
  ServerOptions options;
  options.db = db.path();
  options.port = 0;
  options.threads = 2;
  Result<std::unique_ptr<Server>> opened = Server::open(options);
  ASSERT_TRUE(opened.ok()) << opened.status().message();
  std::unique_ptr<Server> server = std::move(opened.value());
  std::thread running([&] { EXPECT_TRUE(server->run().ok()); });

  const int silent = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(server->port()));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(::connect(silent, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
  const auto started = std::chrono::steady_clock::now();

  httplib::Client client("127.0.0.1", server->port());
  client.set_read_timeout(20, 0);
  for (int i = 0; i < 5; ++i) {
    auto r = client.Get("/api/status");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
  }
  timeval wait{30, 0};
  setsockopt(silent, SOL_SOCKET, SO_RCVTIMEO, &wait, sizeof wait);
  char byte = 0;
  const ssize_t got = ::recv(silent, &byte, 1, 0);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  EXPECT_EQ(got, 0) << "the server should close the silent connection";
  EXPECT_LT(seconds, 20.0);
  ::close(silent);
  auto after = client.Get("/api/status");
  ASSERT_TRUE(after);
  EXPECT_EQ(after->status, 200);
  server->stop();
  running.join();
}

}  // namespace
}  // namespace reckon

#endif  // RECKON_SERVE_HTTPLIB
