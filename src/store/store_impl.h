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
  enum class State : std::uint8_t {
    kStored,   // in the database
    kRemoved,  // deleted in this transaction (a corrected document's old claim)
    kNew,      // to be inserted once its incident is known (one index write instead of two)
  };
  std::int64_t row = 0;
  std::string incident_id;  // empty for a new claim
  ClaimRecord record;
  State state = State::kStored;
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
  store::Statement linkable_starting_within;
  store::Statement linkable_months_before;
  store::Statement delete_incident;
  store::Statement insert_incident;
  store::Statement set_claim_incident;
  store::Statement incident_by_id;
  store::Statement incident_claims;
  store::Statement claim_by_row;
  store::Statement list_linkable_countries;
  store::Statement begin;
  store::Statement commit;
  store::Statement rollback;
  store::Statement savepoint;
  store::Statement release;
  store::Statement rollback_to_savepoint;
  bool in_batch = false;
  bool batch_lost = false;  // SQLite rolled the batch's transaction back after an error

  Status prepare_statements();
  Result<IngestOutcome> ingest(const PreparedDocument& doc);
  Status begin_batch();
  Status commit_batch();
  // Recomputes the incidents of every claim connected to `seeds` (the removed and new claims)
  // by the same-event relation, rewrites those incidents, and inserts the new claims.
  Status reconcile_around(std::vector<StoredClaim> seeds);
  // Loads an incident's claims (in summary order) into `incident`.
  Status load_claims(Incident& incident);

 private:
  Status write_document(const PreparedDocument& doc, std::vector<StoredClaim>& added);
  Status remove_document(const std::string& id, std::vector<StoredClaim>& removed);
  Result<IngestOutcome> store_document(const PreparedDocument& doc);
  // Opens the document's unit of work: its own transaction, or a savepoint inside the batch's.
  Status open_unit();
  Status close_unit();
  // Undoes what the document wrote; ends the batch if SQLite has rolled back all of it.
  void undo_unit();
  // Inserts a new claim into `incident_id`, or moves a stored one there.
  Status write_membership(const StoredClaim& claim, const std::string& incident_id);
};

// `status` with "`context`: " before its message, keeping its code.
Status with_context(const Status& status, const std::string& context);

}  // namespace reckon
