// Crash test: a child process ingests a few thousand reports, one by one or in batches, and is
// killed with SIGKILL at a random moment. The database must pass SQLite's integrity check and
// reckon's invariants, hold every document it has either whole (all its claims and tallies) or not
// at all, and a rerun of the whole batch must complete it without duplicates, ending where an
// uninterrupted run does.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <random>
#include <thread>

#include "reckon/reconcile.h"
#include "reconcile/seed_fixture.h"
#include "store/rows.h"
#include "store/sqlite_db.h"
#include "store/store_test_util.h"

namespace reckon {
namespace {

using testing::open_or_die;
using testing::ReportBuilder;
using testing::ScratchDir;
using testing::SeedReport;

constexpr int kReports = 3000;

// Report i: groups of three reports about one event, events spread over places and days so that
// incidents stay small (the test is about durability, not about clustering).
SeedReport crash_report(int i) {
  const int event = i / 3;
  ReportBuilder r("crash-" + std::to_string(i), {2021, 1, 1 + i % 28}, "Wire");
  Place p = testing::ganja();
  p.id = static_cast<std::uint32_t>(5000 + event % 50);
  // Place::name is a view (into the gazetteer, normally): these strings live for the program.
  static std::vector<std::string> names = [] {
    std::vector<std::string> n;
    for (int k = 0; k < 50; ++k) n.push_back("Town " + std::to_string(k));
    return n;
  }();
  p.name = names[static_cast<std::size_t>(event % 50)];
  p.lat = 30.0 + (event % 50) * 0.5;
  const CivilDate day = add_days({2019, 1, 1}, event / 50);
  r.claim("Report " + std::to_string(i) + " says two people were hurt.", "shooting", day, p,
          testing::exact(i % 3), testing::exact(2 + i % 2));
  if (i % 4 == 0)
    r.claim("A second claim in report " + std::to_string(i) + ".", "shooting", day, p, std::nullopt,
            testing::at_least(1));
  if (i % 5 == 0)
    r.tally("A tally in report " + std::to_string(i) + ".", day, p, testing::exact(10),
            std::nullopt);
  return {r.doc, r.extraction};
}

// Ingests every report, committing each on its own (`batch` 0) or `batch` reports at a time.
void ingest_all(const std::string& path, int batch = 0) {
  auto store = open_or_die(path);
  ASSERT_NE(store, nullptr);
  for (int i = 0; i < kReports; ++i) {
    if (batch > 0 && i % batch == 0) {
      ASSERT_TRUE(store->begin_batch().ok());
    }
    const SeedReport r = crash_report(i);
    Result<IngestOutcome> outcome = store->ingest(r.doc, r.extraction);
    ASSERT_TRUE(outcome.ok()) << outcome.status().message();
    if (batch > 0 && (i % batch == batch - 1 || i == kReports - 1)) {
      ASSERT_TRUE(store->commit_batch().ok());
    }
  }
}

// Every stored document has exactly the claims and tallies its report has.
void expect_documents_whole(const std::string& path, int& stored_documents) {
  store::Database db;
  ASSERT_TRUE(db.open(path, false).ok());
  Result<store::Statement> docs = db.prepare(
      "SELECT d.doc_id, (SELECT count(*) FROM claims c WHERE c.doc_id = d.doc_id), "
      "(SELECT count(*) FROM tallies t WHERE t.doc_id = d.doc_id) FROM documents d");
  ASSERT_TRUE(docs.ok());
  stored_documents = 0;
  while (docs->step() == SQLITE_ROW) {
    const std::string id(docs->text(0));
    const SeedReport r = crash_report(std::stoi(id.substr(6)));
    EXPECT_EQ(docs->int64(1), static_cast<std::int64_t>(r.extraction.claims.size())) << id;
    EXPECT_EQ(docs->int64(2), static_cast<std::int64_t>(r.extraction.tallies.size())) << id;
    ++stored_documents;
  }
}

TEST(Crash, KillDuringIngestLeavesWholeDocumentsAndRerunCompletes) {
  ScratchDir dir;
  // The uninterrupted result, to compare with.
  const std::string clean = dir.file("clean.db");
  const auto started = std::chrono::steady_clock::now();
  ingest_all(clean);
  const auto batch_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                            std::chrono::steady_clock::now() - started)
                            .count();
  auto clean_store = open_or_die(clean);
  const std::vector<Incident> expected = clean_store->incidents().value();
  const StoreCounts expected_counts = clean_store->counts().value();

  std::mt19937 rng(
      static_cast<std::uint32_t>(std::chrono::steady_clock::now().time_since_epoch().count()));
  int killed_mid_batch = 0;
  for (int round = 0; round < 4; ++round) {
    // Odd rounds commit 100 reports at a time, as `reckon ingest` does.
    const int batch = round % 2 == 1 ? 100 : 0;
    const std::string path = dir.file("crash" + std::to_string(round) + ".db");
    const auto delay = std::chrono::milliseconds(
        5 + static_cast<long>(rng() %
                              static_cast<std::uint32_t>(std::max<long>(batch_ms * 8 / 10, 10))));
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      ingest_all(path, batch);
      _exit(::testing::Test::HasFailure() ? 1 : 0);
    }
    std::this_thread::sleep_for(delay);
    kill(child, SIGKILL);
    int wstatus = 0;
    ASSERT_EQ(waitpid(child, &wstatus, 0), child);
    if (WIFSIGNALED(wstatus))
      ++killed_mid_batch;
    else
      ASSERT_EQ(WEXITSTATUS(wstatus), 0);

    int stored_documents = 0;
    {
      auto store = open_or_die(path);
      ASSERT_NE(store, nullptr) << "round " << round << ", killed after " << delay.count() << " ms";
      EXPECT_TRUE(store->check_integrity().ok()) << store->check_integrity().message();
    }
    expect_documents_whole(path, stored_documents);
    RecordProperty("round" + std::to_string(round) + "_documents_at_kill", stored_documents);

    ingest_all(path, batch);  // the rerun
    auto store = open_or_die(path);
    EXPECT_TRUE(store->check_integrity().ok()) << store->check_integrity().message();
    const StoreCounts counts = store->counts().value();
    EXPECT_EQ(counts.documents, kReports);
    EXPECT_EQ(counts.claims, expected_counts.claims);
    EXPECT_EQ(counts.tallies, expected_counts.tallies);
    EXPECT_EQ(store->incidents().value(), expected) << "round " << round;
  }
  EXPECT_GT(killed_mid_batch, 0) << "every child finished before the kill: the batch is too small";
}

}  // namespace
}  // namespace reckon
