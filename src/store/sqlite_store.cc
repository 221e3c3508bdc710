// SqliteStore: opening (checks, migrations, WAL) and ingesting one document per transaction.
//
// Durability: WAL with synchronous=NORMAL. A commit is appended to the write-ahead log before
// ingest() returns; a killed process loses nothing committed and leaves no partial transaction
// (the log's uncommitted frames are ignored on recovery). Only a power cut can lose the last
// commits, never corrupt the file. Each document is its own transaction, or, inside a batch, a
// savepoint of the batch's transaction: either way no reader ever sees half a document.
#include <cmath>
#include <cstdio>
#include <filesystem>

#include "reckon/reconcile.h"
#include "store/rows.h"
#include "store/schema.h"
#include "store/store_impl.h"

namespace reckon {

using store::Statement;

Status with_context(const Status& status, const std::string& context) {
  std::string m = context + ": " + status.message();
  switch (status.code()) {
    case Status::Code::kOk:
      return status;
    case Status::Code::kInvalidInput:
      return Status::InvalidInput(std::move(m));
    case Status::Code::kIoError:
      return Status::IoError(std::move(m));
    case Status::Code::kNotFound:
      return Status::NotFound(std::move(m));
    case Status::Code::kCorrupt:
      return Status::Corrupt(std::move(m));
    case Status::Code::kUnsupported:
      return Status::Unsupported(std::move(m));
    case Status::Code::kInternal:
      return Status::Internal(std::move(m));
  }
  return Status::Internal(std::move(m));
}

namespace {

std::string placeholders(int n) {
  std::string s;
  for (int i = 1; i <= n; ++i) s += (i > 1 ? ",?" : "?") + std::to_string(i);
  return s;
}

int column_count(const char* columns) {
  int n = 1;
  for (const char* p = columns; *p != 0; ++p) n += *p == ',' ? 1 : 0;
  return n;
}

// A degree figure as SQL, rounded so that it reads back as the same double.
std::string sql_degrees(double degrees) {
  char text[32];
  std::snprintf(text, sizeof text, "%.17g",
                std::isinf(degrees) ? store::kWholeGlobeDegrees : degrees);
  return text;
}

// The place test of related claims, on the columns of the linking index so that rows failing it
// are never read from the table: a candidate passes when it has no coordinates, has the place ?5,
// or lies within the latitude reach of ?6 given by the larger of ?7 (the searching claim's, in
// degrees) and its own kind's. Rows that pass still get places_compatible(); on a busy day most
// of a country's claims are far away, and listing them was most of an ingest.
std::string place_band_condition() {
  std::string reach_of_kind = "CASE place_precision";
  for (PlaceKind kind : {PlaceKind::kCountry, PlaceKind::kAdmin1, PlaceKind::kAdmin2,
                         PlaceKind::kCity, PlaceKind::kVillage, PlaceKind::kOther}) {
    reach_of_kind += " WHEN '" + std::string(place_precision(kind)) + "' THEN " +
                     sql_degrees(latitude_reach_degrees(kind));
  }
  // A precision this build does not know is read as a city (place_kind_from_precision's caller).
  reach_of_kind += " ELSE " + sql_degrees(latitude_reach_degrees(PlaceKind::kCity)) + " END";
  return " AND (lat IS NULL OR place_id IS ?5 OR abs(lat - ?6) <= max(?7, " + reach_of_kind + "))";
}

}  // namespace

Status SqliteStore::Impl::prepare_statements() {
  using std::string;
  const string claim_cols = store::kClaimColumns;
  const struct {
    Statement* stmt;
    string sql;
  } statements[] = {
      {&find_document, "SELECT content_hash FROM documents WHERE doc_id = ?1"},
      {&find_text, "SELECT doc_id FROM documents WHERE content_hash = ?1 LIMIT 1"},
      {&insert_document,
       "INSERT INTO documents (doc_id, content_hash, source, published, outlet, author, title, "
       "url, text) "
       "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9)"},
      {&delete_document, "DELETE FROM documents WHERE doc_id = ?1"},
      {&document_claims,
       "SELECT claim_id, incident_id, " + claim_cols + " FROM claims WHERE doc_id = ?1"},
      {&delete_claims, "DELETE FROM claims WHERE doc_id = ?1"},
      {&delete_tallies, "DELETE FROM tallies WHERE doc_id = ?1"},
      {&insert_claim, "INSERT INTO claims (" + claim_cols + ", incident_id) VALUES (" +
                          placeholders(column_count(store::kClaimColumns) + 1) + ")"},
      {&insert_tally, string("INSERT INTO tallies (") + store::kTallyColumns + ") VALUES (" +
                          placeholders(column_count(store::kTallyColumns)) + ")"},
      // The linkable claims of country ?1 (NULL: those with no place) whose dates can overlap
      // [?3, ?4]: those starting within it, and the month-long ones starting up to a month
      // before it (no linkable date is longer). `IS` matches NULL and still uses the index.
      // They list only what the cheap place test needs: most rows fail it, and decoding every
      // column (the quote among them) of every row was most of their cost.
      {&linkable_starting_within,
       string("SELECT claim_id, incident_id, ") + store::kCandidateColumns +
           " FROM claims WHERE link_tier < 2 AND country IS ?1 AND date_first BETWEEN ?3"
           " AND ?4" +
           place_band_condition()},
      // The month-long claims are few: their own index, not a month of the day index.
      {&linkable_months_before,
       string("SELECT claim_id, incident_id, ") + store::kCandidateColumns +
           " FROM claims INDEXED BY claims_month_linking"
           " WHERE link_tier < 2 AND date_precision = 'month' AND country IS ?1"
           " AND date_first BETWEEN ?2 AND ?3 - 1 AND date_last >= ?3" +
           place_band_condition()},
      {&delete_incident, "DELETE FROM incidents WHERE incident_id = ?1"},
      {&insert_incident, string("INSERT INTO incidents (") + store::kIncidentColumns +
                             ") VALUES (" + placeholders(column_count(store::kIncidentColumns)) +
                             ")"},
      {&set_claim_incident, "UPDATE claims SET incident_id = ?1 WHERE claim_id = ?2"},
      {&incident_by_id,
       string("SELECT ") + store::kIncidentColumns + " FROM incidents WHERE incident_id = ?1"},
      {&incident_claims,
       "SELECT claim_id, incident_id, " + claim_cols +
           " FROM claims WHERE incident_id = ?1 ORDER BY published, doc_id, ordinal"},
      // Every country of a stored linkable claim, one index seek each (a loose index scan).
      {&list_linkable_countries,
       "WITH RECURSIVE c(cc) AS ("
       " SELECT (SELECT min(country) FROM claims WHERE link_tier < 2)"
       " UNION ALL SELECT (SELECT min(country) FROM claims WHERE link_tier < 2 AND country > c.cc)"
       " FROM c WHERE c.cc IS NOT NULL)"
       " SELECT cc FROM c WHERE cc IS NOT NULL"},
      {&claim_by_row,
       "SELECT claim_id, incident_id, " + claim_cols + " FROM claims WHERE claim_id = ?1"},
      // Prepared once: sqlite3_exec would parse them again for every document.
      {&begin, "BEGIN IMMEDIATE"},
      {&commit, "COMMIT"},
      {&rollback, "ROLLBACK"},
      {&savepoint, "SAVEPOINT document"},
      {&release, "RELEASE document"},
      {&rollback_to_savepoint, "ROLLBACK TO document"},
  };
  for (const auto& s : statements) {
    Result<Statement> prepared = db.prepare(s.sql);
    if (!prepared.ok()) return prepared.status();
    *s.stmt = std::move(prepared.value());
  }
  return Status::Ok();
}

Status SqliteStore::Impl::remove_document(const std::string& id,
                                          std::vector<StoredClaim>& removed) {
  document_claims.reset().bind(1, id);
  int rc;
  while ((rc = document_claims.step()) == SQLITE_ROW) {
    removed.push_back({document_claims.int64(0), std::string(document_claims.text(1)),
                       store::read_claim(document_claims, 2), StoredClaim::State::kRemoved});
  }
  if (rc != SQLITE_DONE) return store::sqlite_status(rc, db.handle(), "reading the stored version");
  for (Statement* s : {&delete_claims, &delete_tallies, &delete_document}) {
    if (Status st = s->reset().bind(1, id).run("removing the stored version"); !st.ok()) return st;
  }
  return Status::Ok();
}

Status SqliteStore::Impl::write_document(const PreparedDocument& doc,
                                         std::vector<StoredClaim>& added) {
  insert_document.reset().bind(1, doc.id).bind(2, doc.content_hash).bind(3, doc.source);
  if (doc.published) insert_document.bind(4, store::date_text(*doc.published));
  insert_document.bind(5, doc.outlet)
      .bind(6, doc.author)
      .bind(7, doc.title)
      .bind(8, doc.url)
      .bind(9, doc.text);
  if (Status s = insert_document.run("storing the document"); !s.ok()) return s;
  for (const ClaimRecord& claim : doc.claims)
    added.push_back({0, "", claim, StoredClaim::State::kNew});
  for (const TallyRecord& tally : doc.tallies) {
    insert_tally.reset();
    store::bind_tally(insert_tally, tally);
    if (Status s = insert_tally.run("storing a tally"); !s.ok()) return s;
  }
  return Status::Ok();
}

Status SqliteStore::Impl::open_unit() {
  if (batch_lost) {
    return Status::IoError("an earlier failure rolled back the batch this document was in");
  }
  return (in_batch ? savepoint : begin).reset().run("starting a transaction");
}

Status SqliteStore::Impl::close_unit() {
  return (in_batch ? release : commit).reset().run("committing");
}

void SqliteStore::Impl::undo_unit() {
  // Some errors (a full disk, an I/O error) make SQLite roll back the whole transaction.
  if (sqlite3_get_autocommit(db.handle()) != 0) {
    if (in_batch) batch_lost = true;
    return;
  }
  if (!in_batch) {
    (void)rollback.reset().run("rolling back");
    return;
  }
  // ROLLBACK TO keeps the savepoint open; RELEASE closes it, leaving the batch as it was.
  if (!rollback_to_savepoint.reset().run("rolling back the document").ok() ||
      !release.reset().run("rolling back the document").ok()) {
    batch_lost = sqlite3_get_autocommit(db.handle()) != 0;
  }
}

Result<IngestOutcome> SqliteStore::Impl::ingest(const PreparedDocument& doc) {
  const auto fail = [&](const Status& s) {
    return with_context(s, doc.id.empty() ? "(document without id)" : doc.id);
  };
  if (Status s = open_unit(); !s.ok()) return fail(s);
  Result<IngestOutcome> outcome = store_document(doc);
  if (outcome.ok()) {
    if (Status s = close_unit(); !s.ok()) outcome = s;
  }
  if (!outcome.ok()) {
    undo_unit();
    return fail(outcome.status());
  }
  return outcome;
}

Result<IngestOutcome> SqliteStore::Impl::store_document(const PreparedDocument& doc) {
  find_document.reset().bind(1, doc.id);
  int rc = find_document.step();
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return store::sqlite_status(rc, db.handle(), "looking up");
  const bool exists = rc == SQLITE_ROW;
  const bool same_text = exists && find_document.text(0) == doc.content_hash;
  find_document.reset();
  if (same_text) return IngestOutcome::kUnchanged;
  if (!exists) {
    find_text.reset().bind(1, doc.content_hash);
    rc = find_text.step();
    find_text.reset();
    if (rc == SQLITE_ROW) return IngestOutcome::kDuplicateText;
    if (rc != SQLITE_DONE) return store::sqlite_status(rc, db.handle(), "looking up its text");
  }
  std::vector<StoredClaim> changed;
  if (exists) {
    if (Status s = remove_document(doc.id, changed); !s.ok()) return s;
  }
  if (Status s = write_document(doc, changed); !s.ok()) return s;
  if (Status s = reconcile_around(std::move(changed)); !s.ok()) return s;
  return exists ? IngestOutcome::kReplaced : IngestOutcome::kAdded;
}

Status SqliteStore::Impl::begin_batch() {
  if (in_batch) return Status::InvalidInput("a batch is already open");
  if (Status s = begin.reset().run("starting a batch"); !s.ok()) return s;
  in_batch = true;
  return Status::Ok();
}

Status SqliteStore::Impl::commit_batch() {
  if (!in_batch) return Status::InvalidInput("no batch is open");
  in_batch = false;
  if (batch_lost) {
    batch_lost = false;
    return Status::IoError(
        "an earlier failure rolled back the batch: none of its documents is stored");
  }
  if (Status s = commit.reset().run("committing the batch"); !s.ok()) {
    if (sqlite3_get_autocommit(db.handle()) == 0) (void)rollback.reset().run("rolling back");
    return s;
  }
  return Status::Ok();
}

int SqliteStore::schema_version() {
  return store::latest_schema_version();
}

SqliteStore::SqliteStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SqliteStore::~SqliteStore() = default;

Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const std::string& path,
                                                       SqliteOptions options) {
  std::error_code ec;
  if (!options.create_if_missing && !std::filesystem::exists(path, ec)) {
    return Status::NotFound(path + ": no such database (create one with `reckon ingest --db " +
                            path + "`)");
  }
  auto impl = std::make_unique<Impl>();
  if (Status s = impl->db.open(path, options.create_if_missing); !s.ok()) return s;
  // Each commit appends every page it dirtied to the log: with one transaction per document,
  // small pages write a third less than the default 4 KB (measured on 3,000 reports). Only
  // takes effect on a new file.
  if (Status s = impl->db.exec("PRAGMA page_size = 1024"); !s.ok()) return s;
  if (Status s = store::check_and_migrate(impl->db, store::latest_schema_version()); !s.ok())
    return s;
  // journal_mode cannot change inside a transaction, so it is set after migrating. An 8 MB page
  // cache (SQLite's default is 2 MB) holds a batch's pages: ingesting 20 MB of reports, it
  // halved the system time spent re-reading pages (2.1 s -> 1.0 s).
  if (Status s = impl->db.exec(
          "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -8192");
      !s.ok())
    return s;
  if (options.max_page_count > 0) {
    if (Status s =
            impl->db.exec("PRAGMA max_page_count = " + std::to_string(options.max_page_count));
        !s.ok()) {
      return s;
    }
  }
  if (Status s = impl->prepare_statements(); !s.ok()) return s;
  return std::unique_ptr<SqliteStore>(new SqliteStore(std::move(impl)));
}

Result<IngestOutcome> SqliteStore::ingest(const PreparedDocument& doc) {
  return impl_->ingest(doc);
}

Status SqliteStore::begin_batch() {
  return impl_->begin_batch();
}

Status SqliteStore::commit_batch() {
  return impl_->commit_batch();
}

Result<bool> SqliteStore::has_version(const std::string& id, const std::string& content_hash) {
  store::Statement& find = impl_->find_document;
  find.reset().bind(1, id);
  const int rc = find.step();
  const bool same = rc == SQLITE_ROW && find.text(0) == content_hash;
  find.reset();
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
    return with_context(store::sqlite_status(rc, impl_->db.handle(), "looking up"), id);
  }
  return same;
}

Result<std::unique_ptr<IncidentStore>> open_store(const std::string& location,
                                                  bool create_if_missing) {
  SqliteOptions options;
  options.create_if_missing = create_if_missing;
  Result<std::unique_ptr<SqliteStore>> store = SqliteStore::open(location, options);
  if (!store.ok()) return store.status();
  return std::unique_ptr<IncidentStore>(std::move(store.value()));
}

}  // namespace reckon
