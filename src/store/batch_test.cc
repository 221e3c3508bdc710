// Tests of ingest batches: documents become visible together at the commit, each stays whole,
// a failing document is undone alone, and a batch ends where per-document ingest ends.
#include <gtest/gtest.h>

#include "reconcile/seed_fixture.h"
#include "store/sqlite_db.h"
#include "store/store_test_util.h"

namespace reckon {
namespace {

using testing::open_or_die;
using testing::query;
using testing::ScratchDir;
using testing::SeedReport;

// Seed report i with an id and text of its own, so every copy is a new document.
SeedReport numbered_report(int i, std::size_t padding = 0) {
  const auto reports = testing::seed_reports();
  SeedReport r = reports[static_cast<std::size_t>(i) % reports.size()];
  r.doc.id = "doc-" + std::to_string(i);
  r.doc.text += std::string(padding, static_cast<char>('a' + i % 26)) + std::to_string(i);
  return r;
}

TEST(IngestBatch, DocumentsAreVisibleToOtherReadersOnlyAfterTheCommit) {
  ScratchDir dir;
  const std::string path = dir.file("batch.db");
  auto store = open_or_die(path);
  ASSERT_TRUE(store->begin_batch().ok());
  for (int i = 0; i < 5; ++i) {
    const SeedReport r = numbered_report(i);
    ASSERT_EQ(*store->ingest(r.doc, r.extraction), IngestOutcome::kAdded);
  }
  // The writer sees its own batch; another connection does not, yet.
  EXPECT_EQ(store->counts()->documents, 5);
  EXPECT_EQ(query(path, "SELECT count(*) FROM documents"), 0);
  ASSERT_TRUE(store->commit_batch().ok());
  EXPECT_EQ(query(path, "SELECT count(*) FROM documents"), 5);
}

TEST(IngestBatch, EndsWhereIngestingOneByOneEnds) {
  ScratchDir dir;
  auto one_by_one = open_or_die(dir.file("single.db"));
  auto batched = open_or_die(dir.file("batched.db"));
  ASSERT_TRUE(batched->begin_batch().ok());
  for (int i = 0; i < 40; ++i) {
    const SeedReport r = numbered_report(i % 12);  // repeats: unchanged re-ingests
    ASSERT_EQ(*one_by_one->ingest(r.doc, r.extraction), *batched->ingest(r.doc, r.extraction));
    if (i % 10 == 9) {
      ASSERT_TRUE(batched->commit_batch().ok());
      ASSERT_TRUE(batched->begin_batch().ok());
    }
  }
  ASSERT_TRUE(batched->commit_batch().ok());
  EXPECT_EQ(batched->incidents().value(), one_by_one->incidents().value());
  EXPECT_TRUE(batched->check_integrity().ok()) << batched->check_integrity().message();
}

TEST(IngestBatch, AStoreClosedBeforeTheCommitKeepsOnlyEarlierBatches) {
  ScratchDir dir;
  const std::string path = dir.file("closed.db");
  {
    auto store = open_or_die(path);
    ASSERT_TRUE(store->begin_batch().ok());
    const SeedReport first = numbered_report(0);
    ASSERT_TRUE(store->ingest(first.doc, first.extraction).ok());
    ASSERT_TRUE(store->commit_batch().ok());
    ASSERT_TRUE(store->begin_batch().ok());
    const SeedReport second = numbered_report(1);
    ASSERT_TRUE(store->ingest(second.doc, second.extraction).ok());
  }
  auto reopened = open_or_die(path);
  EXPECT_EQ(reopened->counts()->documents, 1);
  EXPECT_TRUE(reopened->check_integrity().ok()) << reopened->check_integrity().message();
}

// SQLite answers a full disk by rolling back the whole transaction: the document that did not
// fit is named, the commit says the batch is lost, and the database is as before the batch.
TEST(IngestBatch, AFullDiskLosesTheBatchAndSaysSo) {
  ScratchDir dir;
  const std::string path = dir.file("full.db");
  SqliteOptions options;
  options.max_page_count = 96;  // about 100 KB with 1 KB pages
  auto store = open_or_die(path, options);
  ASSERT_NE(store, nullptr);
  const SeedReport before = numbered_report(1000);
  ASSERT_TRUE(store->ingest(before.doc, before.extraction).ok());
  ASSERT_TRUE(store->begin_batch().ok());
  int failed_at = -1;
  for (int i = 0; i < 200 && failed_at < 0; ++i) {
    const SeedReport r = numbered_report(i, 2000);
    Result<IngestOutcome> outcome = store->ingest(r.doc, r.extraction);
    if (outcome.ok()) continue;
    failed_at = i;
    EXPECT_EQ(outcome.status().code(), Status::Code::kIoError);
    EXPECT_EQ(outcome.status().message().rfind(r.doc.id + ":", 0), 0u)
        << outcome.status().message();
  }
  ASSERT_GT(failed_at, 0) << "the quota was never reached, or reached by the first document";
  // Documents after the failure are refused too: the batch they would join is gone.
  const SeedReport after = numbered_report(failed_at + 1, 2000);
  EXPECT_FALSE(store->ingest(after.doc, after.extraction).ok());
  const Status committed = store->commit_batch();
  EXPECT_EQ(committed.code(), Status::Code::kIoError);
  EXPECT_NE(committed.message().find("rolled back"), std::string::npos) << committed.message();
  EXPECT_EQ(query(path, "SELECT count(*) FROM documents"), 1);
  EXPECT_TRUE(store->check_integrity().ok()) << store->check_integrity().message();
  // Without the batch, the documents that fit are stored one by one again.
  const SeedReport first = numbered_report(0, 2000);
  EXPECT_TRUE(store->ingest(first.doc, first.extraction).ok());
}

TEST(IngestBatch, ListingsInsideABatchSeeItsDocuments) {
  ScratchDir dir;
  auto store = open_or_die(dir.file("listing.db"));
  ASSERT_TRUE(store->begin_batch().ok());
  const SeedReport r = numbered_report(0);
  ASSERT_TRUE(store->ingest(r.doc, r.extraction).ok());
  Result<std::vector<Incident>> listed = store->incidents();
  ASSERT_TRUE(listed.ok()) << listed.status().message();
  EXPECT_FALSE(listed->empty());
  ASSERT_TRUE(store->commit_batch().ok());
  EXPECT_EQ(store->incidents().value(), *listed);
}

TEST(IngestBatch, RefusesANestedBatchAndACommitWithoutOne) {
  ScratchDir dir;
  auto store = open_or_die(dir.file("misuse.db"));
  EXPECT_FALSE(store->commit_batch().ok());
  ASSERT_TRUE(store->begin_batch().ok());
  EXPECT_FALSE(store->begin_batch().ok());
  EXPECT_TRUE(store->commit_batch().ok());
}

}  // namespace
}  // namespace reckon
