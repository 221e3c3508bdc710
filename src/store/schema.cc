// Schema migrations (see schema.h). Figures are stored as nullable min/max columns: a NULL min
// means the report states no figure; a NULL max with a min means no upper bound was stated.
// Incident rows keep the summary that queries filter on; their claims point to them by id.
#include "store/schema.h"

#include <string>

namespace reckon::store {
namespace {

// Version 1: documents, claims, tallies, incidents.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE documents (
  doc_id TEXT PRIMARY KEY NOT NULL,
  content_hash TEXT NOT NULL,
  source TEXT NOT NULL,
  published TEXT,
  outlet TEXT NOT NULL,
  author TEXT NOT NULL,
  title TEXT NOT NULL,
  url TEXT NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX documents_by_hash ON documents(content_hash);
CREATE TABLE claims (
  claim_id INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL,
  ordinal INTEGER NOT NULL,
  published TEXT,
  outlet TEXT NOT NULL,
  kind TEXT NOT NULL,
  weapon TEXT NOT NULL,
  date_value TEXT,
  date_precision TEXT,
  date_first INTEGER,
  date_last INTEGER,
  minutes INTEGER,
  place_id INTEGER,
  place_name TEXT,
  country TEXT,
  lat REAL,
  lon REAL,
  place_precision TEXT,
  place_mention TEXT NOT NULL,
  address TEXT NOT NULL,
  killed_min INTEGER, killed_max INTEGER,
  injured_min INTEGER, injured_max INTEGER,
  koi_min INTEGER, koi_max INTEGER,
  victims TEXT NOT NULL,
  said_by TEXT NOT NULL,
  damage TEXT NOT NULL,
  quote TEXT NOT NULL,
  salience REAL NOT NULL,
  link_tier INTEGER NOT NULL,
  incident_id TEXT,
  UNIQUE (doc_id, ordinal)
);
CREATE INDEX claims_for_linking ON claims(country, date_first) WHERE link_tier < 2;
CREATE INDEX claims_by_incident ON claims(incident_id);
CREATE TABLE tallies (
  tally_id INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL,
  ordinal INTEGER NOT NULL,
  published TEXT,
  outlet TEXT NOT NULL,
  as_of TEXT,
  since TEXT,
  scope TEXT NOT NULL,
  place_id INTEGER,
  place_name TEXT,
  country TEXT,
  lat REAL,
  lon REAL,
  place_precision TEXT,
  killed_min INTEGER, killed_max INTEGER,
  injured_min INTEGER, injured_max INTEGER,
  koi_min INTEGER, koi_max INTEGER,
  quote TEXT NOT NULL,
  UNIQUE (doc_id, ordinal)
);
CREATE TABLE incidents (
  incident_id TEXT PRIMARY KEY NOT NULL,
  kind TEXT NOT NULL,
  weapon TEXT NOT NULL,
  date_value TEXT,
  date_precision TEXT,
  date_first INTEGER,
  date_last INTEGER,
  place_id INTEGER,
  place_name TEXT,
  country TEXT,
  lat REAL,
  lon REAL,
  place_precision TEXT,
  killed_low INTEGER, killed_best INTEGER, killed_high INTEGER,
  injured_low INTEGER, injured_best INTEGER, injured_high INTEGER,
  koi_low INTEGER, koi_best INTEGER, koi_high INTEGER,
  contested TEXT NOT NULL,
  sources INTEGER NOT NULL,
  claim_count INTEGER NOT NULL
) WITHOUT ROWID;
)sql";

// Version 2: an index of month-precision claims, so that finding the claims that can overlap a
// day reads that day's claims and the few month-long ones, not a month of claims; and one of
// tallies by date. Every index costs each ingest a page write (one transaction per document), so
// the incident filters (place, country, dates, kind) scan instead: a query is rare beside an
// ingest, and a scan of 100,000 incidents takes milliseconds.
constexpr const char* kSchemaV2 = R"sql(
CREATE INDEX claims_month_linking ON claims(country, date_first) WHERE link_tier < 2 AND date_precision = 'month';
CREATE INDEX tallies_by_as_of ON tallies(as_of);
)sql";

// Version 3: what the dashboard's listings need on a large database (bench/serve_latency.cc):
// incidents in (date, id) order with unknown dates last, the order of every listing, so that a
// page of it (LIMIT / OFFSET) reads its rows instead of sorting every incident; and incidents and
// claims by place name, which the place filter looks up instead of scanning every claim. They
// cost an ingest index page writes for each incident it rewrites: building the benchmark's
// 30,000 claims of short reports took 6.6 s of CPU with them against 5.3 s without.
constexpr const char* kSchemaV3 = R"sql(
CREATE INDEX incidents_by_date ON incidents(date_first IS NULL, date_first);
CREATE INDEX incidents_by_place ON incidents(place_name COLLATE NOCASE);
CREATE INDEX claims_by_place ON claims(place_name COLLATE NOCASE);
)sql";

// Version 4: newest first, in the exact form of its ORDER BY (store/queries.cc). Sorting 45k
// incidents by date descending takes SQLite 150 ms a page (they arrive in ascending id order,
// which starts with the date); read in order, a page takes 2.5 ms. Other orders sort (about
// 25-40 ms a page): an index each would cost ingest about 10% more CPU each.
constexpr const char* kSchemaV4 = R"sql(
CREATE INDEX IF NOT EXISTS incidents_newest ON incidents(date_first IS NULL, date_first DESC, incident_id DESC);
)sql";

// Version 5: worst first, in the exact form of its ORDER BY, because the dashboard asks for it on
// every load (the map and the timeline draw the 2,000 incidents with the most killed) and the
// list sorts by it: sorting every incident took 50-80 ms a page on 45k incidents and queued up
// to 1.4 s under 16 clients. Only this order gets a second index (ingest pays a page write per
// rewritten incident for each); the other orders still sort.
constexpr const char* kSchemaV5 = R"sql(
CREATE INDEX IF NOT EXISTS incidents_worst ON incidents(killed_best IS NULL, killed_best DESC, date_first IS NULL, date_first DESC, incident_id DESC);
)sql";

// Version 6: the linking index also holds what the place test of related claims reads
// (place_band_condition in sqlite_store.cc), so that SQLite tests a day's claims on the index and
// reads from the table only those near enough. Before, every claim of a country and day was read
// for each new report, which made a busy day's ingest grow with the square of its reports.
constexpr const char* kSchemaV6 = R"sql(
DROP INDEX IF EXISTS claims_for_linking;
CREATE INDEX claims_near_linking ON claims(country, date_first, lat, place_precision, place_id) WHERE link_tier < 2;
)sql";

constexpr const char* kMigrations[] = {kSchemaV1, kSchemaV2, kSchemaV3,
                                       kSchemaV4, kSchemaV5, kSchemaV6};
constexpr int kLatest = static_cast<int>(sizeof kMigrations / sizeof kMigrations[0]);

Status refuse(const Database& db, const std::string& why) {
  return Status::Unsupported(db.path() + ": " + why);
}

// Refuses files that are not reckon databases this build can use.
Status check_identity(Database& db, std::int64_t version) {
  Result<std::int64_t> app = db.query_int("PRAGMA application_id");
  if (!app.ok()) return app.status();
  if (*app != 0 && *app != kApplicationId) {
    return refuse(db, "an SQLite database of another program (application_id " +
                          std::to_string(*app) + "), not a reckon database");
  }
  if (version > kLatest) {
    return refuse(db, "database schema version " + std::to_string(version) +
                          " is newer than this reckon knows (" + std::to_string(kLatest) +
                          "); use a newer reckon to open it");
  }
  if (version == 0) {
    Result<std::int64_t> objects = db.query_int("SELECT count(*) FROM sqlite_master");
    if (!objects.ok()) return objects.status();
    if (*objects > 0)
      return refuse(db,
                    "an SQLite database with tables but no reckon schema; not a reckon database");
  }
  return Status::Ok();
}

}  // namespace

int latest_schema_version() {
  return kLatest;
}

Status check_and_migrate(Database& db, int target) {
  // Reading the header is what reveals a file that is not SQLite at all.
  Result<std::int64_t> version = db.query_int("PRAGMA user_version");
  if (!version.ok()) {
    if (version.status().code() == Status::Code::kCorrupt) {
      return Status::Corrupt(db.path() +
                             ": not an SQLite database (or a damaged one); refusing to touch it");
    }
    return version.status();
  }
  if (Status s = check_identity(db, *version); !s.ok()) return s;
  if (*version >= target) return Status::Ok();
  // BEGIN IMMEDIATE takes the write lock, then the version is read again: another process may
  // have migrated the file meanwhile.
  if (Status s = db.exec("BEGIN IMMEDIATE"); !s.ok()) return s;
  Result<std::int64_t> current = db.query_int("PRAGMA user_version");
  Status status = current.ok() ? check_identity(db, *current) : current.status();
  for (std::int64_t v = current.ok() ? *current + 1 : target + 1; status.ok() && v <= target; ++v) {
    status = db.exec(kMigrations[v - 1]);
    if (status.ok()) status = db.exec("PRAGMA user_version = " + std::to_string(v));
  }
  if (status.ok()) status = db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
  if (status.ok()) return db.exec("COMMIT");
  db.exec("ROLLBACK");
  return status;
}

}  // namespace reckon::store
