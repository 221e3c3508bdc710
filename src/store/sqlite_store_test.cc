// Tests of opening and writing the SQLite store: schema creation and migration, refusal of
// files it must not touch, idempotent re-ingest, corrected versions, and a full disk.
#include <gtest/gtest.h>

#include <atomic>
#include <fstream>
#include <map>
#include <thread>

#include "reconcile/seed_fixture.h"
#include "store/rows.h"
#include "store/schema.h"
#include "store/sqlite_db.h"
#include "store/store_test_util.h"

namespace reckon {
namespace {

using testing::open_or_die;
using testing::query;
using testing::ScratchDir;

TEST(SqliteStore, CreatesTheSchemaOnFirstUse) {
  ScratchDir dir;
  const std::string path = dir.file("new.db");
  ASSERT_NE(open_or_die(path), nullptr);
  EXPECT_EQ(query(path, "PRAGMA user_version"), SqliteStore::schema_version());
  EXPECT_EQ(query(path, "PRAGMA application_id"), store::kApplicationId);
  EXPECT_EQ(query(path,
                  "SELECT count(*) FROM sqlite_master WHERE name IN "
                  "('documents','claims','tallies','incidents')"),
            4);
  store::Database db;
  ASSERT_TRUE(db.open(path, false).ok());
  Result<store::Statement> mode = db.prepare("PRAGMA journal_mode");
  ASSERT_TRUE(mode.ok());
  ASSERT_EQ(mode->step(), SQLITE_ROW);
  EXPECT_EQ(mode->text(0), "wal");
}

TEST(Rows, PlaceColumnsAreWhereTheLinkingLookUpReadsThem) {
  std::vector<std::string> names;
  std::string_view list = store::kClaimColumns;
  while (!list.empty()) {
    const std::size_t comma = list.find(',');
    std::string_view name = list.substr(0, comma);
    while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
    names.emplace_back(name);
    list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
  }
  EXPECT_EQ(names.size(), static_cast<std::size_t>(store::kClaimColumnCount));
  const auto at = static_cast<std::size_t>(store::kClaimPlaceIdColumn);
  ASSERT_GT(names.size(), at + 5);
  EXPECT_EQ(names[at], "place_id");
  EXPECT_EQ(names[at + 1], "place_name");
  EXPECT_EQ(names[at + 3], "lat");
  EXPECT_EQ(names[at + 4], "lon");
  EXPECT_EQ(names[at + 5], "place_precision");
}

// Stored documents are matched by this hash when a report comes again (unchanged, replaced), so
// its values must never change between builds or hosts. Figures from the hash as first stored.
TEST(ContentHash, KeepsTheValuesStoredByEarlierBuilds) {
  EXPECT_EQ(content_hash(""), "108586459af73bfa");
  EXPECT_EQ(content_hash("abc"), "8f8ae0170b1ef2c1");
  EXPECT_EQ(content_hash("Three people were shot on Main Street."), "30855f33a94eee32");
  EXPECT_EQ(content_hash("T\u0259rt\u0259r \u2713 0123456789abcdef"), "f0c9f563b8d56f03");
}

TEST(SqliteStore, ReopeningKeepsData) {
  ScratchDir dir;
  const std::string path = dir.file("a.db");
  const auto reports = testing::seed_reports();
  {
    auto store = open_or_die(path);
    ASSERT_TRUE(store->ingest(reports[1].doc, reports[1].extraction).ok());
  }
  auto store = open_or_die(path);
  Result<StoreCounts> counts = store->counts();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->documents, 1);
  EXPECT_EQ(counts->claims, 1);
  EXPECT_EQ(counts->tallies, 1);
  EXPECT_EQ(counts->incidents, 1);
}

TEST(SqliteStore, MigratesAnOlderSchemaKeepingData) {
  ScratchDir dir;
  const std::string path = dir.file("v1.db");
  {
    store::Database db;
    ASSERT_TRUE(db.open(path, true).ok());
    ASSERT_TRUE(store::check_and_migrate(db, 1).ok());
    ASSERT_TRUE(
        db.exec("INSERT INTO documents VALUES ('old.txt','h','old.txt',NULL,'','','','','text')")
            .ok());
  }
  EXPECT_EQ(query(path, "PRAGMA user_version"), 1);
  EXPECT_EQ(query(path, "SELECT count(*) FROM sqlite_master WHERE name = 'claims_month_linking'"),
            0);
  auto store = open_or_die(path);
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(query(path, "PRAGMA user_version"), SqliteStore::schema_version());
  EXPECT_EQ(query(path, "SELECT count(*) FROM sqlite_master WHERE name = 'claims_month_linking'"),
            1);
  EXPECT_EQ(query(path, "SELECT count(*) FROM documents WHERE doc_id = 'old.txt'"), 1);
  const auto reports = testing::seed_reports();
  EXPECT_TRUE(store->ingest(reports[0].doc, reports[0].extraction).ok());
}

TEST(SqliteStore, RefusesANewerSchema) {
  ScratchDir dir;
  const std::string path = dir.file("future.db");
  ASSERT_NE(open_or_die(path), nullptr);
  {
    store::Database db;
    ASSERT_TRUE(db.open(path, false).ok());
    ASSERT_TRUE(db.exec("PRAGMA user_version = 99").ok());
  }
  Result<std::unique_ptr<SqliteStore>> store = SqliteStore::open(path);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), Status::Code::kUnsupported);
  EXPECT_NE(store.status().message().find(path), std::string::npos) << store.status().message();
  EXPECT_NE(store.status().message().find("version 99 is newer"), std::string::npos)
      << store.status().message();
  EXPECT_EQ(query(path, "PRAGMA user_version"), 99) << "the file is left alone";
}

TEST(SqliteStore, RefusesAFileThatIsNotSqlite) {
  ScratchDir dir;
  const std::string path = dir.file("notes.txt");
  const std::string text = "These are my notes, not a database. They must survive.\n";
  std::ofstream(path) << std::string(4096 / text.size() + 1, ' ') << text;
  Result<std::unique_ptr<SqliteStore>> store = SqliteStore::open(path);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), Status::Code::kCorrupt);
  EXPECT_NE(store.status().message().find("not an SQLite database"), std::string::npos)
      << store.status().message();
  EXPECT_NE(store.status().message().find(path), std::string::npos);
  std::ifstream in(path);
  const std::string after((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_NE(after.find("They must survive."), std::string::npos);
}

TEST(SqliteStore, RefusesAnotherProgramsDatabase) {
  ScratchDir dir;
  const std::string path = dir.file("other.db");
  {
    store::Database db;
    ASSERT_TRUE(db.open(path, true).ok());
    ASSERT_TRUE(db.exec("CREATE TABLE accounts (id INTEGER PRIMARY KEY, balance REAL)").ok());
  }
  Result<std::unique_ptr<SqliteStore>> store = SqliteStore::open(path);
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("not a reckon database"), std::string::npos)
      << store.status().message();
  {
    store::Database db;
    ASSERT_TRUE(db.open(path, false).ok());
    ASSERT_TRUE(db.exec("PRAGMA application_id = 1234").ok());
  }
  store = SqliteStore::open(path);
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("another program"), std::string::npos)
      << store.status().message();
}

TEST(SqliteStore, MissingDatabaseForQueriesIsNotCreated) {
  ScratchDir dir;
  const std::string path = dir.file("missing.db");
  SqliteOptions options;
  options.create_if_missing = false;
  Result<std::unique_ptr<SqliteStore>> store = SqliteStore::open(path, options);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), Status::Code::kNotFound);
  EXPECT_FALSE(std::filesystem::exists(path));
}

TEST(SqliteStore, UnwritableLocationIsAClearError) {
  Result<std::unique_ptr<SqliteStore>> store = SqliteStore::open("/nonexistent-dir/x/y.db");
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("/nonexistent-dir/x/y.db"), std::string::npos);
}

TEST(SqliteStore, ReingestingTheSameReportChangesNothing) {
  ScratchDir dir;
  auto store = open_or_die(dir.file("a.db"));
  const auto reports = testing::seed_reports();
  for (const auto& r : reports)
    ASSERT_EQ(*store->ingest(r.doc, r.extraction), IngestOutcome::kAdded);
  const auto before = store->incidents();
  const auto counts_before = store->counts();
  for (const auto& r : reports)
    EXPECT_EQ(*store->ingest(r.doc, r.extraction), IngestOutcome::kUnchanged);
  // The same text under another id (the same wire story saved twice) is recognised by its hash.
  testing::SeedReport copy = reports[2];
  copy.doc.id = "copy-of-002.txt";
  EXPECT_EQ(*store->ingest(copy.doc, copy.extraction), IngestOutcome::kDuplicateText);
  EXPECT_EQ(store->incidents().value(), before.value());
  EXPECT_EQ(store->counts()->claims, counts_before->claims);
  EXPECT_EQ(store->counts()->documents, 5);
  EXPECT_TRUE(store->check_integrity().ok());
}

TEST(SqliteStore, ACorrectedVersionReplacesItsClaims) {
  ScratchDir dir;
  auto store = open_or_die(dir.file("a.db"));
  auto reports = testing::seed_reports();
  for (const auto& r : reports) ASSERT_TRUE(store->ingest(r.doc, r.extraction).ok());
  // 002 is corrected: its 4 October claim now says 4 injured, and the 17 October claim is gone.
  testing::SeedReport fixed = reports[2];
  fixed.doc.text += " Correction: an earlier version misstated the number of injured.";
  fixed.extraction.claims[0].injured = testing::exact(4);
  fixed.extraction.claims.pop_back();
  EXPECT_EQ(*store->ingest(fixed.doc, fixed.extraction), IngestOutcome::kReplaced);
  const std::vector<Incident> incidents = store->incidents().value();
  ASSERT_EQ(incidents.size(), 5u) << "17 October had only 002's claim";
  const Incident& oct4 = incidents.front();
  EXPECT_EQ(oct4.date->value, (CivilDate{2020, 10, 4}));
  EXPECT_EQ(oct4.injured, (Estimate{4, 4, 4}));
  EXPECT_TRUE(oct4.contested.empty());
  EXPECT_EQ(store->counts()->claims, 8);
  EXPECT_EQ(store->counts()->documents, 5);
  EXPECT_TRUE(store->check_integrity().ok());
}

TEST(SqliteStore, ADocumentWithoutClaimsIsStored) {
  ScratchDir dir;
  auto store = open_or_die(dir.file("a.db"));
  Document doc;
  doc.id = "empty.txt";
  doc.text = "Nothing happened.";
  EXPECT_EQ(*store->ingest(doc, Extraction{}), IngestOutcome::kAdded);
  EXPECT_EQ(store->counts()->documents, 1);
  EXPECT_EQ(store->counts()->incidents, 0);
}

TEST(SqliteStore, ADiskFullErrorNamesTheDocumentAndWritesNothing) {
  ScratchDir dir;
  const std::string path = dir.file("full.db");
  SqliteOptions options;
  options.max_page_count = 24;  // about 100 KB with 4 KB pages
  auto store = open_or_die(path, options);
  ASSERT_NE(store, nullptr);
  const auto reports = testing::seed_reports();
  int failed = 0;
  for (int i = 0; i < 200 && failed == 0; ++i) {
    testing::SeedReport r = reports[static_cast<std::size_t>(i) % reports.size()];
    r.doc.id = "doc-" + std::to_string(i);
    r.doc.text += std::string(2000, static_cast<char>('a' + i % 26)) + std::to_string(i);
    Result<IngestOutcome> outcome = store->ingest(r.doc, r.extraction);
    if (outcome.ok()) continue;
    ++failed;
    EXPECT_EQ(outcome.status().code(), Status::Code::kIoError);
    EXPECT_EQ(outcome.status().message().rfind("doc-" + std::to_string(i) + ":", 0), 0u)
        << outcome.status().message();
    EXPECT_NE(outcome.status().message().find("full"), std::string::npos)
        << outcome.status().message();
    EXPECT_EQ(query(path, "SELECT count(*) FROM documents WHERE doc_id = 'doc-" +
                              std::to_string(i) + "'"),
              0);
    EXPECT_EQ(
        query(path, "SELECT count(*) FROM claims WHERE doc_id = 'doc-" + std::to_string(i) + "'"),
        0);
  }
  ASSERT_EQ(failed, 1) << "the quota was never reached";
  EXPECT_TRUE(store->check_integrity().ok()) << store->check_integrity().message();
}

}  // namespace
}  // namespace reckon

namespace reckon {
namespace {

// A reader on its own connection, listing incidents while another connection ingests, always
// sees whole documents: every incident's claims are all there (WAL snapshots).
TEST(SqliteStore, ReadersSeeConsistentSnapshotsWhileAWriterIngests) {
  ScratchDir dir;
  const std::string path = dir.file("shared.db");
  ASSERT_NE(open_or_die(path), nullptr);
  std::atomic<bool> done{false};
  std::thread writer([&] {
    auto store = open_or_die(path);
    const auto reports = testing::seed_reports();
    for (int i = 0; i < 150; ++i) {
      testing::SeedReport r = reports[static_cast<std::size_t>(i) % reports.size()];
      r.doc.id = "w" + std::to_string(i);
      r.doc.text += std::to_string(i);
      EXPECT_TRUE(store->ingest(r.doc, r.extraction).ok());
    }
    done = true;
  });
  auto reader = open_or_die(path);
  const auto reports = testing::seed_reports();
  int scans = 0;
  while (!done || scans == 0) {
    std::map<std::string, std::size_t> claims_of;  // per document, over all incidents
    Status s = reader->scan_incidents({}, [&](const Incident& i) {
      EXPECT_FALSE(i.claims.empty());
      for (const ClaimRecord& c : i.claims) ++claims_of[c.doc];
    });
    ASSERT_TRUE(s.ok()) << s.message();
    for (const auto& [doc, n] : claims_of) {
      const std::size_t i = static_cast<std::size_t>(std::stoi(doc.substr(1)));
      ASSERT_EQ(n, reports[i % reports.size()].extraction.claims.size())
          << doc << " seen half-written";
    }
    ++scans;
  }
  writer.join();
  EXPECT_GT(scans, 0);
  EXPECT_TRUE(reader->check_integrity().ok());
  EXPECT_EQ(reader->counts()->documents, 150);
}

}  // namespace
}  // namespace reckon
