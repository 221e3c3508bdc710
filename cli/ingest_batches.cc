#include "ingest_batches.h"

namespace reckon::cli {
namespace {

// Errors that say the database, not the report, is at fault.
bool database_failed(const Status& s) {
  return s.code() == Status::Code::kIoError || s.code() == Status::Code::kCorrupt;
}

}  // namespace

void Tally::count(IngestOutcome outcome, const PreparedDocument& doc) {
  ++documents;
  if (outcome == IngestOutcome::kAdded) ++added;
  if (outcome == IngestOutcome::kReplaced) ++replaced;
  if (outcome == IngestOutcome::kUnchanged) ++unchanged;
  if (outcome == IngestOutcome::kDuplicateText) ++duplicates;
  if (outcome == IngestOutcome::kAdded || outcome == IngestOutcome::kReplaced) {
    claims += static_cast<std::int64_t>(doc.claims.size());
    tallies += static_cast<std::int64_t>(doc.tallies.size());
  }
}

void Tally::add(const Tally& other) {
  documents += other.documents;
  added += other.added;
  replaced += other.replaced;
  unchanged += other.unchanged;
  duplicates += other.duplicates;
  claims += other.claims;
  tallies += other.tallies;
  errors += other.errors;
}

Tally BatchedIngest::so_far() const {
  Tally all = stored_;
  all.add(pending_);
  return all;
}

void BatchedIngest::add(PreparedDocument doc) {
  if (failed_) return;
  if (!open_) {
    if (Status s = store_.begin_batch(); !s.ok()) {
      failed_ = database_failed(s);
      on_error_(s);
      return;
    }
    open_ = true;
    opened_ = std::chrono::steady_clock::now();
  }
  Result<IngestOutcome> outcome = store_.ingest(doc);
  if (outcome.ok()) {
    pending_.count(*outcome, doc);
    held_.push_back(std::move(doc));
    if (held_.size() >= kMaxReports || std::chrono::steady_clock::now() - opened_ >= kMaxAge)
      commit();
    return;
  }
  if (!database_failed(outcome.status())) {
    on_error_(outcome.status());  // the report alone was undone; the batch goes on
    return;
  }
  // The reports before it are kept, then it is tried on its own: the batch may have been what
  // did not fit.
  commit();
  if (!failed_) store_alone(doc);
}

void BatchedIngest::finish() {
  commit();
}

void BatchedIngest::commit() {
  if (!open_) return;
  open_ = false;
  if (store_.commit_batch().ok()) {
    stored_.add(pending_);
  } else {
    replay();
  }
  pending_ = Tally();
  held_.clear();
}

void BatchedIngest::replay() {
  for (const PreparedDocument& doc : held_) {
    if (failed_) return;
    store_alone(doc);
  }
}

void BatchedIngest::store_alone(const PreparedDocument& doc) {
  Result<IngestOutcome> outcome = store_.ingest(doc);
  if (outcome.ok()) {
    stored_.count(*outcome, doc);
    return;
  }
  failed_ = database_failed(outcome.status());
  on_error_(outcome.status());
}

}  // namespace reckon::cli
