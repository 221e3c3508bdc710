// What the listing commands (`reckon incidents`, `reckon tallies`) share: their common options
// (--db, --format, --from/--to, no stray arguments) and streaming a store scan through an export
// writer to standard output in 64 KiB pieces, so a listing of any size runs in bounded memory.
// Kept in one place so that the two commands cannot drift apart in what they accept or print.
#pragma once

#include <cstdio>
#include <functional>
#include <optional>
#include <string>

#include "args.h"
#include "reckon/incident.h"
#include "reckon/store.h"

namespace reckon::cli {

struct ListingOptions {
  std::string db;
  ExportFormat format = ExportFormat::kJson;
};

// Reads --db and --format (the table by default on a terminal, JSON otherwise) and refuses
// positional arguments. The error message when something is wrong.
std::optional<std::string> read_listing_options(const Args& args, ListingOptions& options);

// Reads --from and --to as YYYY-MM-DD; the error message when one is not such a date.
std::optional<std::string> read_date_range(const Args& args, std::optional<CivilDate>& from,
                                           std::optional<CivilDate>& to);

// Prints "reckon COMMAND: message" to standard error; returns 1, the exit status of a failure.
int report_failure(const char* command, const Status& status);

// Streams out the bytes `out` holds, once there are enough of them (or all, when `all`).
void flush_listing(std::string& out, bool all);

// Opens the store at options.db and writes every item `scan` yields with a Writer
// (IncidentWriter, TallyWriter); the exit status (0, or 1 with the error on standard error).
template <typename Writer, typename Filter, typename Item>
int stream_listing(const char* command, const ListingOptions& options, const Filter& filter,
                   Status (IncidentStore::*scan)(const Filter&,
                                                 const std::function<void(const Item&)>&)) {
  Result<std::unique_ptr<IncidentStore>> store = open_store(options.db, false);
  if (!store.ok()) return report_failure(command, store.status());
  std::string out;
  Writer writer(options.format, out);
  const Status status = (*store.value().*scan)(filter, [&](const Item& item) {
    writer.add(item);
    flush_listing(out, false);
  });
  writer.finish();
  flush_listing(out, true);
  if (!status.ok()) return report_failure(command, status);
  return 0;
}

}  // namespace reckon::cli
