// SqliteStore's insides, shared by its source files: the connection, the statements prepared
// once at open and reused for every document, and the incremental reconciliation.
#pragma once

#include <string>
#include <vector>

#include "reckon/store.h"
#include "store/sqlite_db.h"

namespace reckon {

// A claim as reconciliation sees it: its row, the incident it was in, and its record.
struct StoredClaim {
  std::int64_t row = 0;
  std::string incident_id;  // empty for a claim not yet reconciled
  ClaimRecord record;
  bool removed = false;     // deleted in this transaction (a corrected document's old claim)
};

class SqliteStore::Impl {
 public:
  store::Database db;
  store::Statement find_document;
  store::Statement find_text;
  store::Statement insert_document;
  store::Statement delete_document;
  store::Statement document_claims;
  store::Statement delete_claims;
  store::Statement delete_tallies;
  store::Statement insert_claim;
  store::Statement insert_tally;
  store::Statement linkable_near;
  store::Statement delete_incident;
  store::Statement insert_incident;
  store::Statement set_claim_incident;
  store::Statement incident_by_id;
  store::Statement incident_claims;

  Status prepare_statements();
  Result<IngestOutcome> ingest(const PreparedDocument& doc);
  // Recomputes the incidents of every claim connected to `seeds` (the removed and added claims)
  // by the same-event relation, and rewrites those incidents.
  Status reconcile_around(std::vector<StoredClaim> seeds);
  // Loads an incident's claims (in summary order) into `incident`.
  Status load_claims(Incident& incident);

 private:
  Status write_document(const PreparedDocument& doc, std::vector<StoredClaim>& added);
  Status remove_document(const std::string& id, std::vector<StoredClaim>& removed);
};

// `status` with "`context`: " before its message, keeping its code.
Status with_context(const Status& status, const std::string& context);

}  // namespace reckon
