// The server's handling of what a client sends on the wire, through httplib's own parser
// (InMemoryHttp, the same handlers as the socket server): malformed request lines and headers get
// a 4xx with a JSON message or a closed connection, never a 5xx; path traversal in every
// spelling gets 404; Range never cuts an answer (fuzz_http found httplib cutting error bodies);
// and on a real socket: a silent client is dropped, a client trickling a request is cut at the
// request deadline, while others are served, and accepted sockets have TCP_NODELAY.
#include <gtest/gtest.h>

#ifdef RECKON_SERVE_HTTPLIB

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstring>
#include <thread>

#include <httplib.h>

#include "serve/http_socket.h"
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

// A socket connected to the server on loopback.
int connect_to(int port) {
  const int sock = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  EXPECT_EQ(::connect(sock, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
  return sock;
}

// Sends `bytes` one at a time, `gap` apart, until they run out or the server ends the
// connection (answers, closes or resets); returns the seconds that took, or -1 if the server
// never ended it.
double trickle(int sock, const std::string& bytes, std::chrono::milliseconds gap) {
  const auto started = std::chrono::steady_clock::now();
  const auto elapsed = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  };
  for (char byte : bytes) {
    if (::send(sock, &byte, 1, MSG_NOSIGNAL) != 1) return elapsed();
    pollfd p{sock, POLLIN, 0};
    if (::poll(&p, 1, static_cast<int>(gap.count())) > 0) return elapsed();
  }
  return -1;
}

class RunningServer {
 public:
  explicit RunningServer(int request_deadline_ms) {
    ServerOptions options;
    options.db = db_.path();
    options.port = 0;
    options.threads = 4;
    options.request_deadline_ms = request_deadline_ms;
    Result<std::unique_ptr<Server>> opened = Server::open(options);
    EXPECT_TRUE(opened.ok()) << opened.status().message();
    server_ = std::move(opened.value());
    running_ = std::thread([this] { EXPECT_TRUE(server_->run().ok()); });
  }
  ~RunningServer() {
    server_->stop();
    running_.join();
  }
  int port() const { return server_->port(); }

 private:
  testing::SampleDatabase db_;
  std::unique_ptr<Server> server_;
  std::thread running_;
};

// httplib's read time-out (10 s) restarts with every byte; the request deadline does not. A
// client sending a header a byte every 100 ms is cut about 1 s after its first byte, while
// another client is served; a request that arrives slowly but within the deadline is answered.
TEST(WireSocket, AClientTricklingARequestIsCutAtTheDeadline) {
  RunningServer server(1000);
  const std::string endless = "GET /api/status HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " +
                              std::string(60, 'a');
  const int slow = connect_to(server.port());
  std::thread other([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    httplib::Client client("127.0.0.1", server.port());
    auto r = client.Get("/api/status");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
  });
  const double cut_after = trickle(slow, endless, std::chrono::milliseconds(100));
  other.join();
  EXPECT_GT(cut_after, 0.0) << "the server should end a request still arriving after 1 s";
  EXPECT_GT(cut_after, 0.8) << "the server ended the request before its deadline";
  EXPECT_LT(cut_after, 3.0);
  ::close(slow);

  // Slow but in time: three pieces 200 ms apart.
  const int patient = connect_to(server.port());
  for (const char* piece : {"GET /api/status HTTP/1.1\r\n", "Host: 127.0.0.1\r\n", "\r\n"}) {
    ASSERT_GT(::send(patient, piece, std::strlen(piece), MSG_NOSIGNAL), 0);
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
  char answer[64] = {};
  ASSERT_GT(::recv(patient, answer, sizeof answer - 1, 0), 12);
  EXPECT_EQ(std::string(answer).substr(0, 12), "HTTP/1.1 200");
  ::close(patient);
}

// Without TCP_NODELAY a keep-alive answer sent as headers then body waits ~40 ms for the
// client's delayed ACK; every accepted socket must have it.
TEST(WireSocket, AcceptedSocketsHaveNoDelay) {
  testing::SampleDatabase db;
  Api api(db.store(), ApiOptions{4096, true});
  serve::HttpSettings settings;
  serve::SocketHttpServer http(settings.request_deadline_ms);
  serve::install_handlers(http, api, settings);
  std::atomic<int> sockets_seen{0};
  std::atomic<int> without_nodelay{0};
  http.set_connection_observer([&](socket_t sock) {
    int on = 0;
    socklen_t length = sizeof on;
    ::getsockopt(sock, IPPROTO_TCP, TCP_NODELAY, &on, &length);
    ++sockets_seen;
    if (on == 0) ++without_nodelay;
  });
  const int port = http.bind_to_any_port("127.0.0.1");
  ASSERT_GT(port, 0);
  std::thread running([&] { http.listen_after_bind(); });
  for (int i = 0; i < 3; ++i) {
    httplib::Client client("127.0.0.1", port);
    for (int j = 0; j < 2; ++j) {
      auto r = client.Get("/api/status");
      ASSERT_TRUE(r);
      EXPECT_EQ(r->status, 200);
    }
  }
  http.stop();
  running.join();
  EXPECT_GE(sockets_seen.load(), 3);  // httplib's client opens one connection per request
  EXPECT_EQ(without_nodelay.load(), 0);
}

}  // namespace
}  // namespace reckon

#endif  // RECKON_SERVE_HTTPLIB
