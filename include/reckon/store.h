// The incident store: documents, their claims and tallies, and the incidents reconciled from
// them, kept in a database behind an abstract interface (SqliteStore now; PostgreSQL can come
// later without touching the commands).
//
// Contract of ingest():
//   - each document is one transaction: after a crash (even kill -9) every document whose ingest
//     returned is intact and no document is half-written; re-running the batch completes it;
//   - re-ingesting a document with the same id and text, or the same text under another id
//     (content hash), changes nothing; the same id with different text is a corrected version
//     and replaces that document's claims and tallies;
//   - reconciliation is incremental (only the incidents the document's claims touch, before and
//     after, are recomputed) and the result equals a batch run, whatever the order of ingest;
//   - a failure (disk full, I/O error) returns a Status naming the document and leaves the store
//     as it was before that document.
// A store is used from one thread at a time; several processes may read while one writes.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "reckon/claims.h"
#include "reckon/document.h"
#include "reckon/incident.h"
#include "reckon/status.h"

namespace reckon {

// A document ready to be stored: its metadata, a hash of its text and its claim and tally
// records. Preparing is pure (no database), so it can run on worker threads beside extraction.
struct PreparedDocument {
  std::string id;
  std::string source;
  std::string content_hash;  // 16 hex digits of a 64-bit hash of the text
  std::string text;
  std::optional<CivilDate> published;
  std::string outlet;
  std::string author;
  std::string title;
  std::string url;
  std::vector<ClaimRecord> claims;
  std::vector<TallyRecord> tallies;
};

PreparedDocument prepare_document(const Document& doc, const Extraction& extraction);
std::string content_hash(std::string_view text);

enum class IngestOutcome : std::uint8_t {
  kAdded,          // a new document
  kReplaced,       // a corrected version of a stored document (same id, different text)
  kUnchanged,      // the same id and text are stored already
  kDuplicateText,  // the same text is stored under another id
};
std::string_view to_string(IngestOutcome outcome);

struct IncidentFilter {
  std::string place;              // the incident's or any claim's place name, any case
  std::string country;            // ISO alpha-2, any case
  std::optional<CivilDate> from;  // incidents whose date range meets [from, to]
  std::optional<CivilDate> to;
  std::string kind;  // a substring of the incident's kind, any case ("strike")
  bool contested_only = false;
  std::optional<std::int64_t> min_killed;  // best killed >= this

  // Order and paging, applied in the database so that a page costs what it holds. Incidents
  // with no value for the key come last either way; ties go by id, so pages never overlap.
  enum class Order : std::uint8_t { kDate, kKilled, kInjured, kSources, kPlace, kCountry, kKind };
  Order order = Order::kDate;
  bool descending = false;
  std::int64_t offset = 0;            // matches skipped before the first visited
  std::optional<std::int64_t> limit;  // at most this many visited; none: every match
};

struct TallyFilter {
  std::string place;
  std::string country;
  std::optional<CivilDate> from;  // as_of within [from, to]
  std::optional<CivilDate> to;
};

// The matching incidents of one date (a day, month or year, as the incidents state it): how
// many, and the sums of their best figures (an unknown figure counts 0). The dashboard's timeline
// draws these, so it counts every match however large the database.
struct DayTotals {
  EventDate date;
  std::int64_t incidents = 0;
  std::int64_t killed = 0;
  std::int64_t injured = 0;
  std::int64_t killed_or_injured = 0;
};

struct StoreCounts {
  std::int64_t documents = 0;
  std::int64_t claims = 0;
  std::int64_t tallies = 0;
  std::int64_t incidents = 0;
};

class IncidentStore {
 public:
  virtual ~IncidentStore() = default;

  // Stores one document and reconciles its claims. A document is stored whole or not at all;
  // outside a batch it is durable and visible to other readers when ingest() returns.
  virtual Result<IngestOutcome> ingest(const PreparedDocument& doc) = 0;
  Result<IngestOutcome> ingest(const Document& doc, const Extraction& extraction) {
    return ingest(prepare_document(doc, extraction));
  }

  // Between begin_batch() and commit_batch(), ingested documents become durable and visible
  // together at the commit, each still whole or absent; a document that fails is undone alone.
  // A crash, or a store closed before the commit, loses the uncommitted documents and nothing
  // before them. Batches let a bulk load write each changed page once per batch instead of
  // once per document.
  virtual Status begin_batch() = 0;
  virtual Status commit_batch() = 0;

  // True when this exact version (id and text hash) is stored: ingesting it would change
  // nothing, so a batch can skip extracting it (a rerun after a crash then costs little).
  virtual Result<bool> has_version(const std::string& id, const std::string& content_hash) = 0;

  // Calls `visit` for each matching incident, with all its claims, in (date, id) order.
  virtual Status scan_incidents(const IncidentFilter& filter,
                                const std::function<void(const Incident&)>& visit) = 0;
  virtual Result<std::optional<Incident>> incident(const std::string& id) = 0;
  // One DayTotals per date of the incidents `filter` matches, in date order; incidents with no
  // date are left out. The filter's order and paging do not apply.
  virtual Status scan_days(const IncidentFilter& filter,
                           const std::function<void(const DayTotals&)>& visit) = 0;
  // Tallies in (as_of, doc, ordinal) order.
  virtual Status scan_tallies(const TallyFilter& filter,
                              const std::function<void(const TallyRecord&)>& visit) = 0;
  virtual Result<StoreCounts> counts() = 0;

  Result<std::vector<Incident>> incidents(const IncidentFilter& filter = {});
};

struct SqliteOptions {
  bool create_if_missing = true;  // false: a missing file is an error (for queries)
  // Upper bound on the database size in pages (0 = none): a quota, and how tests provoke a
  // full disk.
  std::int64_t max_page_count = 0;
};

class SqliteStore : public IncidentStore {
 public:
  // The schema version this build writes; older databases are migrated on open, newer ones
  // refused.
  static int schema_version();

  // Opens or creates the database at `path`. Refuses, with a message naming the file, a file
  // that is not SQLite, an SQLite database that is not reckon's, and a newer schema.
  static Result<std::unique_ptr<SqliteStore>> open(const std::string& path,
                                                   SqliteOptions options = {});
  ~SqliteStore() override;

  Result<IngestOutcome> ingest(const PreparedDocument& doc) override;
  using IncidentStore::ingest;
  Status begin_batch() override;
  Status commit_batch() override;
  Result<bool> has_version(const std::string& id, const std::string& content_hash) override;
  Status scan_incidents(const IncidentFilter& filter,
                        const std::function<void(const Incident&)>& visit) override;
  Result<std::optional<Incident>> incident(const std::string& id) override;
  Status scan_days(const IncidentFilter& filter,
                   const std::function<void(const DayTotals&)>& visit) override;
  Status scan_tallies(const TallyFilter& filter,
                      const std::function<void(const TallyRecord&)>& visit) override;
  Result<StoreCounts> counts() override;

  // PRAGMA integrity_check, plus reckon's own invariants (every claim in an existing incident,
  // every incident with a claim): ok, or the first problems found.
  Status check_integrity();

  class Impl;

 private:
  explicit SqliteStore(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Opens the store at `location` with the backend it names (today every location is an SQLite
// file path; a "postgresql://" URL can select another backend later). `create_if_missing` is
// true for ingest, false for queries, which must not leave an empty database behind a typo.
Result<std::unique_ptr<IncidentStore>> open_store(const std::string& location,
                                                  bool create_if_missing);

}  // namespace reckon
