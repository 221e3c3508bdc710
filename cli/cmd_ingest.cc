// `reckon ingest --db PATH INPUT...`: reads reports, extracts their claims on worker threads and
// stores them on this thread, in input order, reconciling as it goes, in batches (see
// ingest_batches.h). Progress goes to stderr (one line rewritten on a terminal, plain lines
// otherwise) and a summary ends the run. A database-level failure (disk full, I/O error) stops
// the run: every report before it stays stored, and a rerun picks up where it stopped.
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <unordered_set>

#include "args.h"
#include "commands.h"
#include "ingest_batches.h"
#include "reckon/annotate.h"
#include "reckon/ordered_pool.h"
#include "reckon/reader.h"
#include "reckon/store.h"

namespace reckon::cli {
namespace {

int usage(const std::string& error) {
  return print_usage(
      "ingest", error,
      "usage: reckon ingest --db PATH [--threads N|auto] [--quiet] [PATH|-]...\n"
      "  Stores each report's claims and tallies in the SQLite database PATH (created on\n"
      "  first use) and reconciles them into incidents. Re-ingesting a report changes\n"
      "  nothing; a report with a known id and new text replaces the old version.\n");
}

void print_diagnostic(const Diagnostic& d) {
  const char* level = d.severity == Diagnostic::Severity::kError ? "error" : "warning";
  std::fprintf(stderr, "reckon: %s: %s: %s\n", level, d.where.c_str(), d.message.c_str());
}

class Progress {
 public:
  explicit Progress(bool quiet) : quiet_(quiet), terminal_(isatty(STDERR_FILENO) != 0) {}

  void update(const Tally& t) {
    if (quiet_) return;
    const auto now = std::chrono::steady_clock::now();
    if (now - last_ < (terminal_ ? std::chrono::milliseconds(200) : std::chrono::seconds(5)))
      return;
    last_ = now;
    std::fprintf(stderr,
                 "%sreckon ingest: %lld documents, %lld claims, %lld tallies, %lld errors%s",
                 terminal_ ? "\r" : "", static_cast<long long>(t.documents),
                 static_cast<long long>(t.claims), static_cast<long long>(t.tallies),
                 static_cast<long long>(t.errors), terminal_ ? "" : "\n");
    shown_ = true;
  }
  // Ends a progress line left open on a terminal, before other output on stderr.
  void end_line() {
    if (shown_ && terminal_) std::fputc('\n', stderr);
    shown_ = false;
  }

 private:
  bool quiet_;
  bool terminal_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

void print_summary(const Tally& t, IncidentStore& store, double seconds) {
  std::fprintf(stderr,
               "reckon ingest: %lld documents (%lld added, %lld replaced, %lld unchanged, %lld "
               "duplicate texts), "
               "%lld claims, %lld tallies, %lld errors in %.2f s",
               static_cast<long long>(t.documents), static_cast<long long>(t.added),
               static_cast<long long>(t.replaced), static_cast<long long>(t.unchanged),
               static_cast<long long>(t.duplicates), static_cast<long long>(t.claims),
               static_cast<long long>(t.tallies), static_cast<long long>(t.errors), seconds);
  if (Result<StoreCounts> counts = store.counts(); counts.ok()) {
    std::fprintf(stderr, "; the database holds %lld documents, %lld incidents",
                 static_cast<long long>(counts->documents),
                 static_cast<long long>(counts->incidents));
  }
  std::fputc('\n', stderr);
}

// Prints the reader's diagnostics gathered since the last call (warnings only when not quiet);
// returns how many of them were errors.
std::int64_t flush_diagnostics(const DocumentReader& reader, std::size_t& shown, bool quiet,
                               Progress& progress) {
  std::int64_t errors = 0;
  const auto& all = reader.diagnostics();
  for (; shown < all.size(); ++shown) {
    const bool error = all[shown].severity == Diagnostic::Severity::kError;
    errors += error ? 1 : 0;
    if (quiet && !error) continue;
    progress.end_line();
    print_diagnostic(all[shown]);
  }
  return errors;
}

}  // namespace

int run_ingest(int argc, char** argv) {
  Args args(argc, argv, {"db", "threads"}, {"quiet", "help"});
  if (!args.ok()) return usage(args.error());
  if (args.has("help")) return usage("");
  const std::optional<std::string> db = args.get("db");
  if (!db || db->empty()) return usage("--db PATH is required");
  const std::optional<unsigned> threads = parse_threads(args.get_or("threads", "auto"));
  if (!threads) return usage("--threads takes a number from 1 to 256 or 'auto'");
  const bool quiet = args.has("quiet");
  std::vector<std::string> inputs = args.positional();
  if (inputs.empty()) inputs.push_back("-");

  Result<std::unique_ptr<IncidentStore>> opened = open_store(*db, true);
  if (!opened.ok()) {
    std::fprintf(stderr, "reckon ingest: %s\n", opened.status().message().c_str());
    return 1;
  }
  IncidentStore& store = *opened.value();
  const auto started = std::chrono::steady_clock::now();
  const Gazetteer& gazetteer = Gazetteer::builtin();
  ReaderOptions reading;
  reading.read_metadata = false;  // read by the workers, which can then tokenize the text once
  DocumentReader reader(inputs, reading);
  Tally tally;
  Progress progress(quiet);
  std::atomic<bool> stop{false};
  std::size_t shown = 0;

  auto work = [&gazetteer](Document& doc) {
    read_article_metadata(doc);
    const Annotations annotations = annotate(doc, gazetteer);
    return prepare_document(doc, extract_claims(doc, annotations));
  };
  // Ids submitted and not yet stored: a report whose id is among them may be changed by an
  // earlier report of the batch, so it is not skipped on what the database holds now.
  std::unordered_multiset<std::string> in_flight;
  const auto print_warnings = [&](const Document& doc) {
    if (quiet || doc.warnings.empty()) return;
    progress.end_line();
    for (const Diagnostic& d : doc.warnings) print_diagnostic(d);
  };
  // `tally` counts errors and the reports skipped as stored already; `batches` what it stored.
  const auto report_error = [&](const Status& status) {
    ++tally.errors;
    progress.end_line();
    std::fprintf(stderr, "reckon: error: %s\n", status.message().c_str());
  };
  BatchedIngest batches(store, report_error);
  const auto show_progress = [&] {
    Tally so_far = tally;
    so_far.add(batches.so_far());
    progress.update(so_far);
  };
  auto sink = [&](Document& doc, PreparedDocument& prepared) {
    in_flight.erase(in_flight.find(doc.id));
    print_warnings(doc);
    batches.add(std::move(prepared));
    // A database that cannot be written will fail every report after this one too.
    if (batches.failed()) stop = true;
    show_progress();
  };
  {
    OrderedPool<Document, PreparedDocument> pool(*threads, 64 * *threads, work, sink);
    Document doc;
    while (!stop && reader.next(doc)) {
      tally.errors += flush_diagnostics(reader, shown, quiet, progress);
      if (!in_flight.count(doc.id)) {
        // A report stored already is not extracted again (a rerun after a crash is quick).
        const Result<bool> stored = store.has_version(doc.id, content_hash(doc.text));
        if (stored.ok() && *stored) {
          print_warnings(doc);
          tally.count(IngestOutcome::kUnchanged, PreparedDocument());
          show_progress();
          continue;
        }
      }
      in_flight.insert(doc.id);
      pool.submit(std::move(doc));
      doc = Document();
    }
    pool.finish();
  }
  batches.finish();
  tally.add(batches.stored());
  tally.errors += flush_diagnostics(reader, shown, quiet, progress);
  progress.end_line();
  if (stop)
    std::fprintf(stderr,
                 "reckon ingest: stopped: the database could not be written; rerun to continue\n");
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (!quiet || tally.errors > 0) print_summary(tally, store, seconds);
  return tally.errors > 0 ? 1 : 0;
}

}  // namespace reckon::cli
