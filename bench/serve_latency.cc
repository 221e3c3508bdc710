// reckon_serve_bench: latency of `GET /api/incidents` on a large incident database, for the
// README (issue 6: "p99 latency of /api/incidents on a database of 100,000 claims").
//
//   ./build/reckon_serve_bench [--db PATH] [--claims 100000] [--requests 200] [--clients 1,16]
//                              [--threads 32] [--seed 1] [--only NAME] [--rebuild]
//
// It builds (or reuses) an SQLite database of synthetic reports through the real ingest path
// (serve_latency_db.cc, serve_latency_reports.h says how the reports are made), starts the real
// Server on 127.0.0.1 on a free port in this process, and sends each query kind of the mix
// (serve_latency_load.cc) `--requests` times from each number of concurrent clients, printing
// p50 / p90 / p99 / max latency and requests per second per kind. The machine's load average
// is printed before and after, since the clients and the server share its cores.
// It exits 1 when any request failed, so a smoke run in CTest catches a broken program.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "reckon/server.h"
#include "serve_latency.h"

namespace reckon::bench {
namespace {

struct Options {
  std::string db;
  std::int64_t claims = 100000;
  int requests = 200;
  std::vector<int> clients = {1, 16};
  unsigned server_threads = 0;  // the server's default
  std::uint32_t seed = 1;
  std::string only;     // run only the query kinds whose name contains this
  bool rebuild = false;  // delete the database first
};

int usage(const char* error) {
  if (error != nullptr) std::fprintf(stderr, "reckon_serve_bench: %s\n", error);
  std::fprintf(stderr,
               "usage: reckon_serve_bench [--db PATH] [--claims N] [--requests N]\n"
               "                          [--clients 1,16] [--threads N] [--seed N] [--only NAME]\n"
               "                          [--rebuild]\n"
               "  --db defaults to /tmp/reckon-serve-bench-CLAIMS-SEED.db, built when missing\n"
               "  and reused when present (delete it after changing the ingest path).\n");
  return 2;
}

bool parse_int(const char* text, std::int64_t& out) {
  char* end = nullptr;
  out = std::strtoll(text, &end, 10);
  return end != text && *end == '\0' && out > 0;
}

bool parse_clients(const std::string& text, std::vector<int>& out) {
  out.clear();
  std::stringstream ss(text);
  std::string part;
  while (std::getline(ss, part, ',')) {
    std::int64_t n = 0;
    if (!parse_int(part.c_str(), n) || n > 1000) return false;
    out.push_back(static_cast<int>(n));
  }
  return !out.empty();
}

int parse_options(int argc, char** argv, Options& o) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--help" || arg == "-h") return usage(nullptr);
    if (arg == "--rebuild") {
      o.rebuild = true;
      continue;
    }
    if (i + 1 >= argc) return usage(("missing value after " + arg).c_str());
    const char* value = argv[++i];
    std::int64_t n = 0;
    if (arg == "--db") o.db = value;
    else if (arg == "--only") o.only = value;
    else if (arg == "--clients") {
      if (!parse_clients(value, o.clients)) return usage("--clients: want a list such as 1,16");
    } else if (!parse_int(value, n)) {
      return usage((arg + ": want a positive whole number").c_str());
    } else if (arg == "--claims") o.claims = n;
    else if (arg == "--requests") o.requests = static_cast<int>(n);
    else if (arg == "--threads") o.server_threads = static_cast<unsigned>(n);
    else if (arg == "--seed") o.seed = static_cast<std::uint32_t>(n);
    else return usage(("unknown option " + arg).c_str());
  }
  if (o.db.empty())
    o.db = "/tmp/reckon-serve-bench-" + std::to_string(o.claims) + "-" + std::to_string(o.seed) + ".db";
  return 0;
}

std::string load_average() {
  std::ifstream in("/proc/loadavg");
  std::string one, five, fifteen;
  in >> one >> five >> fifteen;
  return one + " " + five + " " + fifteen;
}

void print_database(const Options& o, const DatabaseFigures& d) {
  std::printf("database: %s (%s)\n", o.db.c_str(),
              d.reused ? "reused; delete it to rebuild and time the build" : "built by this run");
  std::printf("  %lld documents, %lld claims, %lld incidents, %lld tallies, %.1f MB on disk\n",
              static_cast<long long>(d.documents), static_cast<long long>(d.claims),
              static_cast<long long>(d.incidents), static_cast<long long>(d.tallies),
              static_cast<double>(d.file_bytes) / 1e6);
  if (!d.reused)
    std::printf("  build: %.1f s (extract + ingest, %.0f claims/s)\n", d.build_seconds,
                static_cast<double>(d.claims) / d.build_seconds);
}

void print_row(const QueryKind& kind, int clients, const LoadFigures& f) {
  const double n = static_cast<double>(f.latencies_ms.size());
  std::printf("%-26s %7d %8zu %9.1f %9.1f %9.1f %9.1f %9.1f %10.1f\n", kind.name.c_str(), clients,
              f.latencies_ms.size(), quantile(f.latencies_ms, 0.50), quantile(f.latencies_ms, 0.90),
              quantile(f.latencies_ms, 0.99), f.latencies_ms.empty() ? 0 : f.latencies_ms.back(),
              n / f.wall_seconds, n > 0 ? static_cast<double>(f.bytes) / n / 1024 : 0);
  if (f.errors > 0)
    std::printf("  %lld errors; first: %s\n", static_cast<long long>(f.errors), f.first_error.c_str());
  std::fflush(stdout);
}

// Runs the mix against a server on `port`; the number of failed requests.
std::int64_t run_mix(const Options& o, int port) {
  std::printf("\n%-26s %7s %8s %9s %9s %9s %9s %9s %10s\n", "GET /api/incidents", "clients",
              "requests", "p50 ms", "p90 ms", "p99 ms", "max ms", "req/s", "KiB/answer");
  std::int64_t errors = 0;
  for (const QueryKind& kind : incident_query_mix()) {
    if (!o.only.empty() && kind.name.find(o.only) == std::string::npos) continue;
    run_load(port, kind, 1, 2, o.seed + 99);  // warm the page cache and the connection path
    for (int clients : o.clients) {
      const int requests = kind.max_requests > 0 ? std::min(kind.max_requests, o.requests)
                                                 : o.requests;
      const LoadFigures f = run_load(port, kind, clients, requests, o.seed);
      errors += f.errors;
      print_row(kind, clients, f);
    }
  }
  return errors;
}

int run(int argc, char** argv) {
  Options o;
  if (int rc = parse_options(argc, argv, o); rc != 0) return rc;
  std::printf("reckon_serve_bench: %u hardware threads, load average %s\n",
              std::thread::hardware_concurrency(), load_average().c_str());
  std::error_code ignored;
  if (o.rebuild) std::filesystem::remove(o.db, ignored);
  Result<DatabaseFigures> db =
      ensure_database(o.db, o.claims, o.seed, std::max(1u, std::thread::hardware_concurrency()));
  if (!db.ok()) {
    std::fprintf(stderr, "reckon_serve_bench: %s\n", db.status().message().c_str());
    return 1;
  }
  print_database(o, *db);
  ServerOptions server_options;
  server_options.db = o.db;
  server_options.port = 0;
  server_options.threads = o.server_threads;
  Result<std::unique_ptr<Server>> server = Server::open(server_options);
  if (!server.ok()) {
    std::fprintf(stderr, "reckon_serve_bench: %s\n", server.status().message().c_str());
    return 1;
  }
  std::thread serving([&] { (*server)->run(); });
  const std::int64_t errors = run_mix(o, (*server)->port());
  (*server)->stop();
  serving.join();
  std::printf("\nload average after: %s\n", load_average().c_str());
  if (errors > 0) std::fprintf(stderr, "reckon_serve_bench: %lld requests failed\n",
                               static_cast<long long>(errors));
  return errors > 0 ? 1 : 0;
}

}  // namespace
}  // namespace reckon::bench

int main(int argc, char** argv) { return reckon::bench::run(argc, argv); }
