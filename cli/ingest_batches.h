// Storing reports for `reckon ingest`: counts of what was stored, and batches of reports
// committed together.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <vector>

#include "reckon/store.h"

namespace reckon::cli {

struct Tally {
  std::int64_t documents = 0;
  std::int64_t added = 0;
  std::int64_t replaced = 0;
  std::int64_t unchanged = 0;
  std::int64_t duplicates = 0;  // the same text under another id
  std::int64_t claims = 0;
  std::int64_t tallies = 0;
  std::int64_t errors = 0;

  void count(IngestOutcome outcome, const PreparedDocument& doc);
  void add(const Tally& other);
};

// Stores reports a batch at a time: a commit every 1,024 reports or every second instead of one
// per report, which rewrote the same index pages for each report (GVA train: 82 MB written for
// 2.6 MB of reports; on 20 MB of distinct reports, batches of 256 wrote 330 MB and of 1,024
// 150 MB). A batch's reports are held until its commit. When a commit fails (the
// disk filled up, say; SQLite then rolls the whole batch back) they are stored again one by
// one, so every report that fits is stored, as without batches, and the one that did not fit
// is the one named.
class BatchedIngest {
 public:
  // `on_error` hears of each report that could not be stored, its id in the message.
  BatchedIngest(IncidentStore& store, std::function<void(const Status&)> on_error)
      : store_(store), on_error_(std::move(on_error)) {}

  void add(PreparedDocument doc);
  // Commits the open batch.
  void finish();

  // True once the database could not be written: later reports would fail too.
  bool failed() const { return failed_; }
  // Committed reports, and with them those of the open batch.
  const Tally& stored() const { return stored_; }
  Tally so_far() const;

 private:
  static constexpr std::size_t kMaxReports = 1024;
  static constexpr std::chrono::seconds kMaxAge{1};

  void commit();
  // Stores the held reports one commit each, until one fails.
  void replay();
  // Stores `doc` in its own commit.
  void store_alone(const PreparedDocument& doc);

  IncidentStore& store_;
  std::function<void(const Status&)> on_error_;
  bool open_ = false;
  bool failed_ = false;
  std::chrono::steady_clock::time_point opened_;
  std::vector<PreparedDocument> held_;
  Tally pending_;
  Tally stored_;
};

}  // namespace reckon::cli
