// Parts of the serve latency benchmark (bench/serve_latency.cc), split by what they do: the
// database it queries (serve_latency_db.cc) and the clients that load the server
// (serve_latency_load.cc).
#pragma once

#include <cstdint>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include "reckon/status.h"

namespace reckon::bench {

// ---- the database -------------------------------------------------------------------------
struct DatabaseFigures {
  bool reused = false;       // found at the path, not built by this run
  double build_seconds = 0;  // extract + prepare + ingest of every report
  std::int64_t documents = 0;
  std::int64_t claims = 0;
  std::int64_t incidents = 0;
  std::int64_t tallies = 0;
  std::int64_t file_bytes = 0;
};

// Opens the database at `path` when it exists, else builds it (in `path`.part, renamed when
// complete, so an interrupted build is never reused) from synthetic reports until it holds at
// least `claims` claims, extracting on `threads` threads.
Result<DatabaseFigures> ensure_database(const std::string& path, std::int64_t claims,
                                        std::uint32_t seed, unsigned threads);

// ---- the load -------------------------------------------------------------------------------
// One kind of request: a name for the table and the request targets it makes.
struct QueryKind {
  std::string name;
  std::function<std::string(std::mt19937&)> target;  // "/api/incidents?country=UA"
  int max_requests = 0;  // fewer than --requests for a slow kind (0: no cap)
};
std::vector<QueryKind> incident_query_mix();

struct LoadFigures {
  std::vector<double> latencies_ms;  // one per request, sorted
  double wall_seconds = 0;
  std::int64_t bytes = 0;  // response bodies, as sent (gzip when the server compressed)
  std::int64_t errors = 0;
  std::string first_error;
};

// `requests` GETs of `kind` from `clients` keep-alive connections to 127.0.0.1:`port`, each
// client sending its share back to back. Sends Accept-Encoding: gzip as a browser does, and does
// not inflate the answers (the time measured is the server's and the transfer's).
LoadFigures run_load(int port, const QueryKind& kind, int clients, int requests, std::uint32_t seed);

// The q-quantile (0..1) of sorted values, nearest rank.
double quantile(const std::vector<double>& sorted, double q);

}  // namespace reckon::bench
