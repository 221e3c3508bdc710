// The benchmark's clients and its mix of /api/incidents requests. Each client is one thread
// with one keep-alive connection (as a browser tab holds one), sending its requests back to
// back; a request's latency is from sending it to having read the whole answer. The targets are
// drawn from a seeded generator before the clock starts, so runs are comparable. Kinds that list
// a large part of the database (seconds per answer at 100,000 claims) are capped at 32 requests.
#include <httplib.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <thread>

#include "reckon/calendar.h"
#include "serve_latency.h"
#include "serve_latency_reports.h"

namespace reckon::bench {
namespace {

std::string url_encode(std::string_view s) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    }
  }
  return out;
}

template <typename T>
const T& any_of(const std::vector<T>& items, std::mt19937& rng) {
  return items[rng() % items.size()];
}

std::string day_text(std::int64_t day) {
  const CivilDate c = civil_from_days(day);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.year, c.month, c.day);
  return buf;
}

// A window of `days` days inside the reports' three years.
std::string date_range(std::mt19937& rng, int days) {
  const SyntheticVocabulary& v = synthetic_vocabulary();
  const std::int64_t first =
      v.first_day + static_cast<std::int64_t>(rng() % static_cast<unsigned>(v.days - days));
  return "from=" + day_text(first) + "&to=" + day_text(first + days - 1);
}

std::string place(std::mt19937& rng) {
  return "place=" + url_encode(any_of(synthetic_vocabulary().places, rng));
}
std::string country(std::mt19937& rng) {
  return "country=" + std::string(any_of(synthetic_vocabulary().countries, rng));
}
std::string kind(std::mt19937& rng) {
  return "kind=" + url_encode(any_of(synthetic_vocabulary().kinds, rng));
}

}  // namespace

std::vector<QueryKind> incident_query_mix() {
  const std::string base = "/api/incidents";
  return {
      {"all (no limit)", [base](std::mt19937&) { return base; }, 32},
      {"page: limit=100", [base](std::mt19937&) { return base + "?limit=100"; }},
      {"map: sort=-killed&limit=2000",
       [base](std::mt19937&) { return base + "?sort=-killed&limit=2000"; }},
      {"timeline (per-day totals)", [](std::mt19937&) { return std::string("/api/timeline"); }},
      {"timeline, country", [](std::mt19937& r) { return "/api/timeline?" + country(r); }},
      {"page: sort=-killed, offset",
       [base](std::mt19937& r) {
         return base + "?sort=-killed&limit=100&offset=" + std::to_string(100 * (r() % 50));
       }},
      {"page: sort=-date (newest)",
       [base](std::mt19937&) { return base + "?sort=-date&limit=100"; }},
      {"page: country, sort=place",
       [base](std::mt19937& r) { return base + "?" + country(r) + "&sort=place&limit=100"; }},
      {"place", [base](std::mt19937& r) { return base + "?" + place(r); }},
      {"country", [base](std::mt19937& r) { return base + "?" + country(r); }, 32},
      {"dates (30 days)", [base](std::mt19937& r) { return base + "?" + date_range(r, 30); }},
      {"kind", [base](std::mt19937& r) { return base + "?" + kind(r); }, 32},
      {"contested", [base](std::mt19937&) { return base + "?contested=1"; }, 32},
      {"country+dates+kind",
       [base](std::mt19937& r) {
         return base + "?" + country(r) + "&" + date_range(r, 90) + "&" + kind(r);
       }},
      {"min_killed=10", [base](std::mt19937&) { return base + "?min_killed=10"; }, 32},
      {"csv, country+year",
       [base](std::mt19937& r) {
         return base + "?" + country(r) + "&" + date_range(r, 365) + "&format=csv&download=1";
       }},
      {"geojson, dates (90 days)",
       [base](std::mt19937& r) { return base + "?" + date_range(r, 90) + "&format=geojson"; }},
  };
}

double quantile(const std::vector<double>& sorted, double q) {
  if (sorted.empty()) return 0;
  const auto rank = static_cast<std::size_t>(std::ceil(q * static_cast<double>(sorted.size())));
  return sorted[std::min(sorted.size() - 1, rank == 0 ? 0 : rank - 1)];
}

LoadFigures run_load(int port, const QueryKind& kind, int clients, int requests,
                     std::uint32_t seed) {
  std::vector<std::vector<std::string>> targets(static_cast<std::size_t>(clients));
  std::mt19937 rng(seed);
  for (int i = 0; i < requests; ++i)
    targets[static_cast<std::size_t>(i % clients)].push_back(kind.target(rng));
  std::vector<LoadFigures> per_client(targets.size());
  const auto start = std::chrono::steady_clock::now();
  std::vector<std::thread> threads;
  for (std::size_t c = 0; c < targets.size(); ++c) {
    threads.emplace_back([&, c] {
      httplib::Client client("127.0.0.1", port);
      client.set_keep_alive(true);
      client.set_tcp_nodelay(true);  // as browsers do
      client.set_decompress(false);
      client.set_read_timeout(120, 0);
      const httplib::Headers headers = {{"Accept-Encoding", "gzip"}};
      LoadFigures& mine = per_client[c];
      for (const std::string& target : targets[c]) {
        const auto t0 = std::chrono::steady_clock::now();
        httplib::Result res = client.Get(target, headers);
        const auto t1 = std::chrono::steady_clock::now();
        mine.latencies_ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
        if (!res || res->status != 200) {
          if (mine.errors++ == 0)
            mine.first_error =
                target + ": " +
                (res ? "status " + std::to_string(res->status) + " " + res->body.substr(0, 200)
                     : httplib::to_string(res.error()));
          continue;
        }
        mine.bytes += static_cast<std::int64_t>(res->body.size());
      }
    });
  }
  for (std::thread& t : threads) t.join();
  LoadFigures all;
  all.wall_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  for (LoadFigures& f : per_client) {
    all.latencies_ms.insert(all.latencies_ms.end(), f.latencies_ms.begin(), f.latencies_ms.end());
    all.bytes += f.bytes;
    if (all.errors == 0 && f.errors > 0) all.first_error = f.first_error;
    all.errors += f.errors;
  }
  std::sort(all.latencies_ms.begin(), all.latencies_ms.end());
  return all;
}

}  // namespace reckon::bench
