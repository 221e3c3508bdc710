// Fuzzes the HTTP server as a client would: the bytes are what one client sends on one connection
// (request lines, headers, bodies, several requests pipelined), fed through httplib's own parser
// and reckon's handlers by serve::InMemoryHttp, the code `reckon serve` runs minus the socket,
// over an SQLite database holding a few reports (made once, in LLVMFuzzerInitialize).
//
// Checks on every answer:
//   - no 5xx: bad input is the client's fault (4xx), and a 4xx carries a JSON {"error": ...};
//   - nothing outside the embedded assets is served: a page answer is byte for byte an embedded
//     asset (or its prebuilt .br/.gz copy), and no answer holds the text of the canary files
//     (one at a fixed path the seeds aim at, one beside the database). The canary is random per
//     run and searched for by a rolling hash: answers echo parts of the request (a Host, a path,
//     a posted text), and a plain search would both let the fuzzer learn the text from the
//     comparison and then flag its own echo;
//   - the database is never changed by a refused request, and stays sound (SQLite's
//     integrity_check plus reckon's own invariants) after any POST /api/documents.
// The body limit is small (4 KiB) so that 413 is reached by inputs of fuzzing size.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "reckon/annotate.h"
#include "reckon/claims.h"
#include "reckon/server.h"
#include "reckon/store.h"
#include "serve/assets.h"
#include "serve/http_wire.h"

namespace {

using reckon::fuzz::require;

constexpr std::size_t kMaxBody = 4096;
constexpr std::int64_t kMaxDocuments = 400;  // then the database starts again from the samples
// A file outside the assets at a fixed place, so that the seed corpus can aim at it.
constexpr const char* kCanaryPath = "/tmp/reckon-fuzz-http-canary.txt";
constexpr std::size_t kCanaryBytes = 32;

// Three short reports (our own wording) so that listings, incidents and tallies have rows.
constexpr std::string_view kReports[] = {
    "KHARKIV, March 3, 2023 (Wire) - Two people were killed and five injured when a missile "
    "struck an apartment building in Kharkiv on Friday, the regional governor said.",
    "Three soldiers were killed and one wounded by shelling near Terter, Azerbaijan on "
    "October 2, 2020, the defence ministry said. Since September 27, 14 civilians have died.",
    "A man was shot dead and a woman injured on Main Street in Dayton, Ohio on Sunday night, "
    "police said on Monday, May 3, 2021.",
};

struct Fixture {
  std::string canary;  // kCanaryBytes random hex digits
  std::uint64_t canary_hash = 0;
  std::filesystem::path dir;
  std::unique_ptr<reckon::SqliteStore> store;
  std::unique_ptr<reckon::Api> api;
  std::unique_ptr<reckon::serve::InMemoryHttp> http;
};

Fixture& fixture() {
  static Fixture f;
  return f;
}

void open_database(Fixture& f) {
  f.http.reset();
  f.api.reset();
  f.store.reset();
  std::filesystem::remove_all(f.dir);
  std::filesystem::create_directories(f.dir);
  std::ofstream(f.dir / "secret.txt") << f.canary << '\n';
  auto opened = reckon::SqliteStore::open((f.dir / "fuzz.db").string());
  require(opened.ok(), "cannot create the fuzz database");
  f.store = std::move(opened.value());
  int n = 0;
  for (std::string_view text : kReports) {
    reckon::Document doc;
    doc.id = "sample-" + std::to_string(n++);
    doc.text = std::string(text);
    doc.published = reckon::CivilDate{2023, 3, 4};
    const reckon::Extraction x = reckon::extract_claims(doc, reckon::annotate(doc, reckon::Gazetteer::builtin()));
    require(f.store->ingest(doc, x).ok(), "cannot ingest a sample report");
  }
  reckon::ApiOptions api_options;
  api_options.max_body_bytes = kMaxBody;
  f.api = std::make_unique<reckon::Api>(*f.store, api_options);
  reckon::serve::HttpSettings settings;
  settings.max_body_bytes = kMaxBody;
  settings.keep_alive_max_count = 8;
  f.http = std::make_unique<reckon::serve::InMemoryHttp>(*f.api, settings);
}

constexpr std::uint64_t kHashBase = 1099511628211ull;

std::uint64_t window_hash(std::string_view bytes) {
  std::uint64_t h = 0;
  for (unsigned char c : bytes) h = h * kHashBase + c;
  return h;
}

// Rabin-Karp: whether any kCanaryBytes-long window of `body` hashes as the canary does.
bool holds_canary(std::string_view body) {
  const Fixture& f = fixture();
  if (body.size() < kCanaryBytes) return false;
  std::uint64_t top = 1;  // kHashBase^(kCanaryBytes-1), to drop the window's first byte
  for (std::size_t i = 1; i < kCanaryBytes; ++i) top *= kHashBase;
  std::uint64_t h = window_hash(body.substr(0, kCanaryBytes));
  for (std::size_t i = kCanaryBytes;; ++i) {
    if (h == f.canary_hash) return true;
    if (i == body.size()) return false;
    h = (h - top * static_cast<unsigned char>(body[i - kCanaryBytes])) * kHashBase +
        static_cast<unsigned char>(body[i]);
  }
}

std::string random_canary() {
  std::random_device random;
  std::string text;
  for (std::size_t i = 0; i < kCanaryBytes; ++i) text.push_back("0123456789abcdef"[random() % 16]);
  return text;
}

// Like require, but first prints the exchange, so a reproducer's log says what came back.
void require_of(const reckon::serve::WireExchange& e, bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "exchange: %s %s -> %d %s [%s] %.300s\n", e.method.c_str(), e.path.c_str(),
               e.status, e.content_type.c_str(), e.content_encoding.c_str(), e.body.c_str());
  require(false, what);
}

// A page (non-API) answer must be one of the embedded files, whole.
void check_page(const reckon::serve::WireExchange& e) {
  if (e.status != 200) return;
  std::string_view path = e.path;
  require_of(e, !path.empty() && path.front() == '/', "page path without a leading slash");
  path.remove_prefix(1);
  if (path.empty()) path = "index.html";
  const reckon::serve::Asset* asset = reckon::serve::find_asset(path);
  if (asset == nullptr) {
    require_of(e, reckon::serve::asset_count() == 0 && path == "index.html" &&
                      e.body == reckon::serve::missing_dashboard_page(),
               "a 200 page that is not an embedded asset");
    return;
  }
  const reckon::serve::Asset* encoded = nullptr;
  if (e.content_encoding == "br" || e.content_encoding == "gzip")
    encoded = reckon::serve::find_encoded_asset(path, e.content_encoding);
  require_of(e, e.body == (encoded != nullptr ? encoded->bytes : asset->bytes),
             "a page body that differs from its embedded asset");
}

void check_exchange(const reckon::serve::WireExchange& e) {
  require_of(e, e.status >= 100 && e.status < 500, "a 5xx (or no status) for a client's request");
  if (e.status >= 400) {
    require_of(e, e.content_type == "application/json", "an error that is not JSON");
    require_of(e, e.body.rfind("{\"error\":", 0) == 0 && e.body.back() == '\n',
               "an error without a whole error message");
  }
  require_of(e, !holds_canary(e.body), "an answer holds a file outside the assets (canary)");
  if (e.path.rfind("/api/", 0) != 0 && (e.method == "GET" || e.method == "HEAD")) check_page(e);
}

bool same_counts(const reckon::StoreCounts& a, const reckon::StoreCounts& b) {
  return a.documents == b.documents && a.claims == b.claims && a.tallies == b.tallies &&
         a.incidents == b.incidents;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)reckon::Gazetteer::builtin();
  Fixture& f = fixture();
  f.canary = random_canary();
  f.canary_hash = window_hash(f.canary);
  std::ofstream(kCanaryPath) << f.canary << '\n';
  // The search itself is checked once, so that a broken search cannot pass every answer.
  require(holds_canary("{\"x\": \"" + f.canary + "\"}") && holds_canary(f.canary) &&
              !holds_canary(f.canary.substr(1) + "/"),
          "the canary search does not find the canary");
  f.dir = std::filesystem::temp_directory_path() / ("reckon-fuzz-http-" + std::to_string(::getpid()));
  open_database(f);
  // The database folder goes when the run ends, however many inputs it took.
  std::atexit([] {
    Fixture& g = fixture();
    g.http.reset();
    g.api.reset();
    g.store.reset();
    std::error_code ec;
    std::filesystem::remove_all(g.dir, ec);
  });
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Fixture& f = fixture();
  auto before = f.store->counts();
  require(before.ok(), "counts failed before the request");
  if (before->documents > kMaxDocuments) {
    open_database(f);
    before = f.store->counts();
  }
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const reckon::serve::WireConversation conversation = f.http->converse(bytes);

  require(conversation.written.empty() || conversation.written.rfind("HTTP/1.1 ", 0) == 0,
          "the answer does not start with a status line");
  require(conversation.written.empty() == conversation.exchanges.empty(),
          "bytes written without an answer logged, or the reverse");
  bool posted = false;
  bool stored = false;
  for (const auto& e : conversation.exchanges) {
    check_exchange(e);
    if (e.path == "/api/documents" && e.method == "POST") posted = true;
    if (e.path == "/api/documents" && e.status == 201) stored = true;
  }
  const auto after = f.store->counts();
  require(after.ok(), "counts failed after the request");
  if (!stored) require(same_counts(*before, *after), "the database changed without a 201");
  require(after->documents >= before->documents, "documents were lost");
  if (posted) require(f.store->check_integrity().ok(), "the database is not sound after a POST");
  return 0;
}
