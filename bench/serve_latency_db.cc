// The benchmark's database, built through the same path `reckon ingest` takes: each synthetic
// report (serve_latency_reports.h) is annotated, its claims extracted and prepared on worker
// threads, then stored and reconciled one transaction per report on this thread. Building
// 100,000 claims takes a while, so the finished file is kept and reused by later runs.
#include <chrono>
#include <filesystem>

#include "reckon/annotate.h"
#include "reckon/claims.h"
#include "reckon/ordered_pool.h"
#include "reckon/store.h"
#include "serve_latency.h"
#include "serve_latency_reports.h"

namespace reckon::bench {
namespace {

namespace fs = std::filesystem;

Status remove_database_files(const std::string& path) {
  std::error_code ec;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
    fs::remove(path + suffix, ec);
    if (ec) return Status::IoError(path + suffix + ": cannot remove: " + ec.message());
  }
  return Status::Ok();
}

Status fill_counts(const std::string& path, DatabaseFigures& figures) {
  Result<std::unique_ptr<IncidentStore>> store = open_store(path, false);
  if (!store.ok()) return store.status();
  Result<StoreCounts> counts = (*store)->counts();
  if (!counts.ok()) return counts.status();
  figures.documents = counts->documents;
  figures.claims = counts->claims;
  figures.incidents = counts->incidents;
  figures.tallies = counts->tallies;
  std::error_code ec;
  figures.file_bytes = static_cast<std::int64_t>(fs::file_size(path, ec));
  return Status::Ok();
}

// Ingests reports of incident 0, 1, ... into `part` until it holds `claims` claims.
Status build(const std::string& part, std::int64_t claims, std::uint32_t seed, unsigned threads) {
  Result<std::unique_ptr<SqliteStore>> store = SqliteStore::open(part);
  if (!store.ok()) return store.status();
  const Gazetteer& gazetteer = Gazetteer::builtin();
  std::int64_t stored = 0;
  Status failure;
  {
    OrderedPool<Document, PreparedDocument> pool(
        threads, 512,
        [&](Document& doc) {
          return prepare_document(doc, extract_claims(doc, annotate(doc, gazetteer)));
        },
        [&](Document&, PreparedDocument& prepared) {
          if (!failure.ok()) return;
          Result<IngestOutcome> outcome = (*store)->ingest(prepared);
          if (!outcome.ok()) failure = outcome.status();
          else stored += static_cast<std::int64_t>(prepared.claims.size());
        });
    for (std::int64_t incident = 0; stored < claims && failure.ok(); ++incident)
      for (Document& doc : synthetic_incident_reports(incident, seed)) pool.submit(std::move(doc));
  }
  return failure;
}

}  // namespace

Result<DatabaseFigures> ensure_database(const std::string& path, std::int64_t claims,
                                        std::uint32_t seed, unsigned threads) {
  DatabaseFigures figures;
  if (fs::exists(path)) {
    figures.reused = true;
    if (Status s = fill_counts(path, figures); !s.ok()) return s;
    return figures;
  }
  const std::string part = path + ".part";
  if (Status s = remove_database_files(part); !s.ok()) return s;
  const auto start = std::chrono::steady_clock::now();
  if (Status s = build(part, claims, seed, threads); !s.ok()) return s;
  figures.build_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  // The store is closed: SQLite has folded the write-ahead log into the file and removed it.
  if (fs::exists(part + "-wal"))
    return Status::IoError(part + "-wal: left behind after closing the database");
  std::error_code ec;
  fs::rename(part, path, ec);
  if (ec) return Status::IoError(part + ": cannot rename to " + path + ": " + ec.message());
  if (Status s = fill_counts(path, figures); !s.ok()) return s;
  return figures;
}

}  // namespace reckon::bench
