// Reading the store: incidents (with their claims) and tallies under the filters of the
// commands, counts, and the integrity check. Each listing runs in one read transaction, so it
// sees one consistent snapshot even while another process ingests (WAL readers do not block the
// writer, nor it them).
#include <variant>

#include "store/rows.h"
#include "store/store_impl.h"

namespace reckon {

using store::Statement;

namespace {

// A WHERE clause built from the filter's set fields, with its parameters in order.
struct Query {
  std::string sql;
  std::vector<std::variant<std::int64_t, std::string>> params;

  bool has_where = false;

  void where(const std::string& condition) {
    sql += (has_where ? " AND " : " WHERE ") + condition;
    has_where = true;
  }
  void add(const std::string& condition, std::variant<std::int64_t, std::string> value) {
    std::string c = condition;
    const std::string n = "?" + std::to_string(params.size() + 1);
    for (std::size_t at = c.find('?'); at != std::string::npos; at = c.find('?', at + n.size()))
      c.replace(at, 1, n);
    where(c);
    params.push_back(std::move(value));
  }
  void bind(Statement& stmt) const {
    for (std::size_t i = 0; i < params.size(); ++i) {
      const int index = static_cast<int>(i + 1);
      if (const auto* v = std::get_if<std::int64_t>(&params[i]))
        stmt.bind(index, *v);
      else
        stmt.bind(index, std::get<std::string>(params[i]));
    }
  }
};

// Ends a read transaction on every path out of a listing. Inside an ingest batch the listing
// reads within the batch's transaction instead, and sees the batch's documents.
class ReadTransaction {
 public:
  explicit ReadTransaction(store::Database& db)
      : db_(db), own_(sqlite3_get_autocommit(db.handle()) != 0) {
    if (own_) status_ = db_.exec("BEGIN");
  }
  ~ReadTransaction() {
    if (own_ && status_.ok()) db_.exec("COMMIT");
  }
  const Status& status() const { return status_; }

 private:
  store::Database& db_;
  bool own_;
  Status status_;
};

// The most days an incident's date spans, less one (a leap year, Jan 1 to Dec 31).
constexpr std::int64_t kLongestDateDays = 365;

// ORDER BY and LIMIT of an incident listing. Unknown values sort last in both directions (as
// the page's list does) and the id breaks ties, so consecutive pages neither overlap nor skip.
std::string order_and_page(const IncidentFilter& filter) {
  using Order = IncidentFilter::Order;
  static const std::pair<Order, const char*> kKeys[] = {
      {Order::kDate, "date_first"},
      {Order::kKilled, "killed_best"},
      {Order::kInjured, "injured_best"},
      {Order::kSources, "sources"},
      {Order::kPlace, "place_name COLLATE NOCASE"},
      {Order::kCountry, "country"},
      {Order::kKind, "kind"}};
  const char* key = "date_first";
  for (const auto& [order, column] : kKeys) {
    if (order == filter.order) key = column;
  }
  const std::string dir = filter.descending ? " DESC" : "";
  std::string sql = std::string(" ORDER BY ") + key + " IS NULL, " + key + dir;
  if (filter.order != Order::kDate) sql += ", date_first IS NULL, date_first" + dir;
  sql += ", incident_id" + dir;
  if (filter.limit || filter.offset > 0)
    sql += " LIMIT " + std::to_string(filter.limit.value_or(-1)) + " OFFSET " +
           std::to_string(filter.offset);
  return sql;
}

Status finish_scan(int rc, Statement& stmt, const char* what) {
  stmt.reset();
  return store::sqlite_status(rc, stmt.db(), what);
}

// `select` ("SELECT ... FROM incidents") with the WHERE clause of the filter's set fields.
Query matching(const char* select, const IncidentFilter& filter) {
  Query q;
  q.sql = select;
  if (!filter.place.empty()) {
    q.add(
        "(place_name = ? COLLATE NOCASE OR incident_id IN (SELECT incident_id FROM claims WHERE "
        "place_name = ? "
        "COLLATE NOCASE))",
        filter.place);
  }
  if (!filter.country.empty()) q.add("country = ? COLLATE NOCASE", filter.country);
  if (filter.from) {
    q.add("date_last >= ?", days_from_civil(*filter.from));
    // An incident's date is a day, a month or a year, so it starts at most a year before it
    // ends: this bound, implied by the condition above, lets incidents_by_date read only the
    // incidents near the range instead of every one before its end.
    q.add("(date_first IS NULL) = 0 AND date_first >= ?",
          days_from_civil(*filter.from) - kLongestDateDays);
  }
  if (filter.to) q.add("date_first <= ?", days_from_civil(*filter.to));
  if (!filter.kind.empty()) q.add("instr(lower(kind), lower(?)) > 0", filter.kind);
  if (filter.contested_only) q.where("contested <> ''");
  if (filter.min_killed) q.add("killed_best >= ?", *filter.min_killed);
  return q;
}

// Runs `q` in one read transaction and hands each row to `row`, which may stop the scan by
// returning an error.
Status each_row(store::Database& db, const Query& q, const char* what,
                const std::function<Status(const Statement&)>& row) {
  ReadTransaction txn(db);
  if (!txn.status().ok()) return txn.status();
  Result<Statement> stmt = db.prepare(q.sql);
  if (!stmt.ok()) return stmt.status();
  q.bind(*stmt);
  int rc;
  while ((rc = stmt->step()) == SQLITE_ROW) {
    if (Status s = row(*stmt); !s.ok()) return s;
  }
  return finish_scan(rc, *stmt, what);
}

}  // namespace

Status SqliteStore::Impl::load_claims(Incident& incident) {
  incident_claims.reset().bind(1, incident.id);
  int rc;
  while ((rc = incident_claims.step()) == SQLITE_ROW)
    incident.claims.push_back(store::read_claim(incident_claims, 2));
  return finish_scan(rc, incident_claims, "reading an incident's claims");
}

Status SqliteStore::scan_incidents(const IncidentFilter& filter,
                                   const std::function<void(const Incident&)>& visit) {
  const std::string select = std::string("SELECT ") + store::kIncidentColumns + " FROM incidents";
  Query q = matching(select.c_str(), filter);
  q.sql += order_and_page(filter);
  return each_row(impl_->db, q, "listing incidents", [&](const Statement& row) {
    Incident incident = store::read_incident(row, 0);
    if (Status s = impl_->load_claims(incident); !s.ok()) return s;
    visit(incident);
    return Status::Ok();
  });
}

Status SqliteStore::scan_days(const IncidentFilter& filter,
                              const std::function<void(const DayTotals&)>& visit) {
  Query q = matching(
      "SELECT date_value, date_precision, count(*), sum(coalesce(killed_best, 0)), "
      "sum(coalesce(injured_best, 0)), sum(coalesce(koi_best, 0)) FROM incidents",
      filter);
  q.where("date_first IS NOT NULL");
  q.sql +=
      " GROUP BY date_first, date_last, date_value, date_precision ORDER BY date_first, date_last";
  return each_row(impl_->db, q, "summing incidents by date", [&](const Statement& row) {
    const std::optional<CivilDate> value = store::parse_date(row.text(0));
    const std::optional<DatePrecision> precision = date_precision_from_string(row.text(1));
    if (!value || !precision) return Status::Ok();  // rows this store wrote always parse
    DayTotals day;
    day.date = EventDate{*value, *precision};
    day.incidents = row.int64(2);
    day.killed = row.int64(3);
    day.injured = row.int64(4);
    day.killed_or_injured = row.int64(5);
    visit(day);
    return Status::Ok();
  });
}

Result<std::optional<Incident>> SqliteStore::incident(const std::string& id) {
  ReadTransaction txn(impl_->db);
  if (!txn.status().ok()) return txn.status();
  Statement& stmt = impl_->incident_by_id;
  stmt.reset().bind(1, id);
  const int rc = stmt.step();
  if (rc == SQLITE_DONE) {
    stmt.reset();
    return std::optional<Incident>();
  }
  if (rc != SQLITE_ROW) return finish_scan(rc, stmt, "reading an incident");
  Incident incident = store::read_incident(stmt, 0);
  stmt.reset();
  if (Status s = impl_->load_claims(incident); !s.ok()) return s;
  return std::optional<Incident>(std::move(incident));
}

Status SqliteStore::scan_tallies(const TallyFilter& filter,
                                 const std::function<void(const TallyRecord&)>& visit) {
  Query q;
  q.sql = std::string("SELECT ") + store::kTallyColumns + " FROM tallies";
  if (!filter.place.empty()) q.add("place_name = ? COLLATE NOCASE", filter.place);
  if (!filter.country.empty()) q.add("country = ? COLLATE NOCASE", filter.country);
  if (filter.from) q.add("as_of >= ?", store::date_text(*filter.from));
  if (filter.to) q.add("as_of <= ?", store::date_text(*filter.to));
  q.sql += " ORDER BY as_of IS NULL, as_of, doc_id, ordinal";
  return each_row(impl_->db, q, "listing tallies", [&](const Statement& row) {
    visit(store::read_tally(row, 0));
    return Status::Ok();
  });
}

Result<StoreCounts> SqliteStore::counts() {
  ReadTransaction txn(impl_->db);
  if (!txn.status().ok()) return txn.status();
  StoreCounts counts;
  const std::pair<const char*, std::int64_t*> tables[] = {
      {"SELECT count(*) FROM documents", &counts.documents},
      {"SELECT count(*) FROM claims", &counts.claims},
      {"SELECT count(*) FROM tallies", &counts.tallies},
      {"SELECT count(*) FROM incidents", &counts.incidents}};
  for (const auto& [sql, target] : tables) {
    Result<std::int64_t> n = impl_->db.query_int(sql);
    if (!n.ok()) return n.status();
    *target = *n;
  }
  return counts;
}

Status SqliteStore::check_integrity() {
  Result<Statement> check = impl_->db.prepare("PRAGMA integrity_check");
  if (!check.ok()) return check.status();
  if (check->step() != SQLITE_ROW || check->text(0) != "ok") {
    return Status::Corrupt(impl_->db.path() + ": integrity check: " + std::string(check->text(0)));
  }
  const std::pair<const char*, const char*> invariants[] = {
      {"SELECT count(*) FROM claims WHERE incident_id IS NULL OR incident_id NOT IN (SELECT "
       "incident_id FROM incidents)",
       "claims outside any incident"},
      {"SELECT count(*) FROM incidents i WHERE claim_count <> (SELECT count(*) FROM claims c WHERE "
       "c.incident_id = "
       "i.incident_id)",
       "incidents whose claims are missing or extra"},
      {"SELECT count(*) FROM claims WHERE doc_id NOT IN (SELECT doc_id FROM documents)",
       "claims without a document"},
      {"SELECT count(*) FROM tallies WHERE doc_id NOT IN (SELECT doc_id FROM documents)",
       "tallies without a document"},
  };
  for (const auto& [sql, what] : invariants) {
    Result<std::int64_t> n = impl_->db.query_int(sql);
    if (!n.ok()) return n.status();
    if (*n != 0) return Status::Corrupt(impl_->db.path() + ": " + std::to_string(*n) + " " + what);
  }
  return Status::Ok();
}

}  // namespace reckon
