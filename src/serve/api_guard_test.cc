// The guards and plumbing around the routes: methods, unknown routes, the asset table (no way
// to reach a file by path), the Host and Origin checks, and response compression.
#include <gtest/gtest.h>

#include "serve/assets.h"
#include "serve/compress.h"
#include "serve/serve_test_util.h"

#ifdef RECKON_SERVE_HTTPLIB
#include <zlib.h>
#endif

namespace reckon {
namespace {

using testing::body_json;
using testing::get;
using testing::header;
using testing::post;

class ApiGuard : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { db_ = new testing::SampleDatabase(); }
  static void TearDownTestSuite() {
    delete db_;
    db_ = nullptr;
  }
  static testing::SampleDatabase* db_;
  Api api_{db_->store()};
};
testing::SampleDatabase* ApiGuard::db_ = nullptr;

TEST_F(ApiGuard, WrongMethodsAre405WithAllow) {
  const std::tuple<const char*, const char*, const char*> cases[] = {
      {"PUT", "/api/incidents", "GET"},   {"DELETE", "/api/incidents/x", "GET"},
      {"POST", "/api/tallies", "GET"},    {"GET", "/api/documents", "POST"},
      {"PATCH", "/api/status", "GET"},    {"DELETE", "/", "GET"},
      {"POST", "/index.html", "GET"},
  };
  for (const auto& [method, path, allow] : cases) {
    HttpRequest r = get(path);
    r.method = method;
    const HttpResponse response = api_.handle(r);
    EXPECT_EQ(response.status, 405) << method << " " << path;
    EXPECT_EQ(header(response, "Allow"), allow);
    EXPECT_TRUE(body_json(response).contains("error"));
  }
  HttpRequest head = get("/api/status");
  head.method = "HEAD";
  EXPECT_EQ(api_.handle(head).status, 200);
}

TEST_F(ApiGuard, UnknownRoutesAndPathsAre404) {
  for (const char* path : {"/api", "/api/", "/api/incident", "/api/incidents.json",
                           "/api/documents/1", "/etc/passwd", "/../../etc/passwd",
                           "/assets/../../../etc/passwd", "/assets/%2e%2e/x", "/index.html/",
                           "//index.html", "/assets/app.js.br", "/assets/app.js.gz",
                           "/CMakeLists.txt", "/web/dist/index.html", "/.git/config"}) {
    const HttpResponse r = api_.handle(get(path));
    EXPECT_EQ(r.status, 404) << path;
    EXPECT_TRUE(body_json(r).contains("error")) << path;
  }
}

TEST_F(ApiGuard, ThePageIsServedFromTheEmbeddedTable) {
  HttpRequest r = get("/");
  HttpResponse page = api_.handle(r);
  ASSERT_EQ(page.status, 200);
  EXPECT_EQ(page.content_type, "text/html; charset=utf-8");
  EXPECT_NE(page.body.find("<html"), std::string::npos);
  if (serve::asset_count() == 0) GTEST_SKIP() << "built without web/dist";
  const serve::Asset* index = serve::find_asset("index.html");
  ASSERT_NE(index, nullptr);
  EXPECT_EQ(page.body, index->bytes);
  EXPECT_EQ(header(page, "ETag"), index->etag);
  // Revalidation answers 304 with no body.
  r.if_none_match = std::string(index->etag);
  EXPECT_EQ(api_.handle(r).status, 304);
  EXPECT_TRUE(api_.handle(r).body.empty());
  // The prebuilt compressed copies go to clients that take them, whole.
  r = get("/assets/app.js");
  r.accept_encoding = "gzip, deflate, br, zstd";
  const HttpResponse br = api_.handle(r);
  ASSERT_EQ(br.status, 200);
  EXPECT_EQ(header(br, "Content-Encoding"), "br");
  EXPECT_EQ(br.body, serve::find_encoded_asset("assets/app.js", "br")->bytes);
  r.accept_encoding = "gzip";
  EXPECT_EQ(header(api_.handle(r), "Content-Encoding"), "gzip");
  r.accept_encoding = "br;q=0, gzip;q=0";
  const HttpResponse plain = api_.handle(r);
  EXPECT_EQ(header(plain, "Content-Encoding"), "");
  EXPECT_EQ(plain.body, serve::find_asset("assets/app.js")->bytes);
  EXPECT_EQ(plain.content_type, "text/javascript; charset=utf-8");
}

TEST_F(ApiGuard, RequestsForAnotherHostAreRefused) {
  for (const char* host : {"evil.example", "evil.example:8080", "127.0.0.1.evil.example",
                           "192.168.1.5:8080", "localhost.evil.example"}) {
    HttpRequest r = get("/api/status");
    r.host = host;
    EXPECT_EQ(api_.handle(r).status, 403) << host;
  }
  for (const char* host : {"127.0.0.1:8080", "localhost:8080", "LOCALHOST", "[::1]:8080",
                           "127.0.0.2", "::1", ""}) {
    HttpRequest r = get("/api/status");
    r.host = host;
    EXPECT_EQ(api_.handle(r).status, 200) << host;
  }
  Api open(db_->store(), ApiOptions{1 << 20, false});  // bound to a LAN address on purpose
  HttpRequest r = get("/api/status");
  r.host = "192.168.1.5:8080";
  EXPECT_EQ(open.handle(r).status, 200);
}

TEST_F(ApiGuard, CrossSiteWritesAreRefusedButReadsAreNot) {
  HttpRequest r = post("/api/documents", "{\"text\": \"One man was killed.\"}");
  r.origin = "http://evil.example";
  HttpResponse response = api_.handle(r);
  EXPECT_EQ(response.status, 403);
  EXPECT_NE(body_json(response)["error"].get<std::string>().find("cross-site"), std::string::npos);
  r.origin = "null";
  EXPECT_EQ(api_.handle(r).status, 403);
  r.origin = "http://127.0.0.1:9999";
  EXPECT_EQ(api_.handle(r).status, 403);
  r.origin = "http://127.0.0.1:8080";
  EXPECT_LT(api_.handle(r).status, 300);
  HttpRequest read = get("/api/incidents");
  read.origin = "http://evil.example";
  EXPECT_EQ(api_.handle(read).status, 200);
}

TEST(LoopbackHost, Names) {
  for (const char* yes : {"localhost", "LocalHost:80", "127.0.0.1", "127.255.0.9:1", "::1",
                          "[::1]", "[::1]:8080", "0:0:0:0:0:0:0:1"})
    EXPECT_TRUE(is_loopback_host(yes)) << yes;
  for (const char* no : {"", "0.0.0.0", "10.0.0.1", "128.0.0.1", "127.0.0", "127.0.0.1.x",
                         "127.a.0.1", "example.com", "[::2]", "localhost.example", "::"})
    EXPECT_FALSE(is_loopback_host(no)) << no;
}

TEST(Compression, AcceptEncodingIsReadAsHttpSaysItIs) {
  using serve::accepts_encoding;
  EXPECT_TRUE(accepts_encoding("gzip", "gzip"));
  EXPECT_TRUE(accepts_encoding("deflate, GZIP;q=0.5", "gzip"));
  EXPECT_TRUE(accepts_encoding("gzip, deflate, br, zstd", "br"));
  EXPECT_TRUE(accepts_encoding(" br ; q=1", "br"));
  EXPECT_FALSE(accepts_encoding("", "gzip"));
  EXPECT_FALSE(accepts_encoding("identity", "gzip"));
  EXPECT_FALSE(accepts_encoding("gzip;q=0", "gzip"));
  EXPECT_FALSE(accepts_encoding("gzip; q=0.000", "gzip"));
  EXPECT_TRUE(accepts_encoding("gzip;q=0.001", "gzip"));
  EXPECT_FALSE(accepts_encoding("x-gzip", "gzip"));
  EXPECT_FALSE(accepts_encoding("brotli", "br"));
}

#ifdef RECKON_SERVE_HTTPLIB
std::string gunzip(const std::string& packed) {
  z_stream z{};
  EXPECT_EQ(inflateInit2(&z, 15 + 16), Z_OK);
  std::string out(1 << 22, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(packed.data()));
  z.avail_in = static_cast<uInt>(packed.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(inflate(&z, Z_FINISH), Z_STREAM_END);
  out.resize(z.total_out);
  inflateEnd(&z);
  return out;
}

TEST_F(ApiGuard, LargeAnswersAreGzippedForClientsThatTakeIt) {
  HttpRequest r = get("/api/incidents");
  const HttpResponse plain = api_.handle(r);
  r.accept_encoding = "gzip, br";
  const HttpResponse packed = api_.handle(r);
  if (plain.body.size() < 8192) {
    EXPECT_EQ(header(packed, "Content-Encoding"), "");  // not worth it
  } else {
    EXPECT_EQ(header(packed, "Content-Encoding"), "gzip");
    EXPECT_LT(packed.body.size(), plain.body.size() / 2);
    EXPECT_EQ(gunzip(packed.body), plain.body);
  }
  const std::string big(100000, 'x');
  HttpResponse response;
  response.body = big;
  serve::compress_response(r, response);
  EXPECT_EQ(header(response, "Content-Encoding"), "gzip");
  EXPECT_EQ(gunzip(response.body), big);
  response.body = big;
  response.headers.clear();
  response.content_type = "image/png";
  serve::compress_response(r, response);
  EXPECT_EQ(response.body, big);
}
#endif

}  // namespace
}  // namespace reckon
