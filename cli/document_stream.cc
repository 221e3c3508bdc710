// The shared loop of `tag` and `extract`: see document_stream.h.
#include "document_stream.h"

#include <cstdio>
#include <vector>

#include "reckon/ordered_pool.h"
#include "reckon/reader.h"

namespace reckon::cli {
namespace {

void print_diagnostic(const Diagnostic& d) {
  const char* level = d.severity == Diagnostic::Severity::kError ? "error" : "warning";
  std::fprintf(stderr, "reckon: %s: %s: %s\n", level, d.where.c_str(), d.message.c_str());
}

// Prints diagnostics the reader gathered since the last call.
void flush_diagnostics(const DocumentReader& reader, std::size_t& shown, bool quiet) {
  const auto& all = reader.diagnostics();
  for (; shown < all.size(); ++shown) {
    if (!quiet || all[shown].severity == Diagnostic::Severity::kError) print_diagnostic(all[shown]);
  }
}

}  // namespace

// Documents handed to a worker at once: with several threads, one hand-over (a lock, a wake-up,
// an ordered result) per few documents rather than per document, whose cost was a tenth of the
// time a short report takes. A batch closes at kBatchDocuments reports or kBatchBytes of text.
// With one thread there are no hand-overs and batches are single documents, so warnings keep
// their place among the reader's messages.
constexpr std::size_t kBatchDocuments = 16;
constexpr std::size_t kBatchBytes = 1u << 16;
constexpr std::size_t kBatchesInFlightPerThread = 4;
constexpr std::size_t kFlushBytes = 1u << 16;

using Batch = std::vector<Document>;

int stream_documents(const StreamOptions& options, const RenderDocument& render) {
  ReaderOptions reading;
  reading.read_metadata = false;  // read by the workers, which can then tokenize the text once
  DocumentReader reader(options.inputs, reading);
  std::size_t shown = 0;
  std::string buffer;
  auto work = [&render](Batch& batch) {
    // Rendered into a buffer each thread keeps, then copied out at its final size: a report's
    // JSON grows a fresh string through a dozen reallocations.
    thread_local std::string rendered;
    rendered.clear();
    for (Document& doc : batch) {
      read_article_metadata(doc);
      render(doc, rendered);
      rendered.push_back('\n');
    }
    return std::string(rendered);
  };
  auto sink = [&](Batch& batch, std::string& out) {
    if (!options.quiet) {
      for (const Document& doc : batch) {
        for (const Diagnostic& d : doc.warnings) print_diagnostic(d);
      }
    }
    buffer += out;
    if (buffer.size() >= kFlushBytes) {
      std::fwrite(buffer.data(), 1, buffer.size(), stdout);
      buffer.clear();
    }
  };
  const std::size_t batch_documents = options.threads > 1 ? kBatchDocuments : 1;
  {
    OrderedPool<Batch, std::string> pool(options.threads, kBatchesInFlightPerThread * options.threads, work, sink);
    Batch batch;
    std::size_t batch_bytes = 0;
    Document doc;
    while (reader.next(doc)) {
      flush_diagnostics(reader, shown, options.quiet);
      batch_bytes += doc.text.size();
      batch.push_back(std::move(doc));
      doc = Document();
      if (batch.size() >= batch_documents || batch_bytes >= kBatchBytes) {
        pool.submit(std::move(batch));
        batch = Batch();
        batch_bytes = 0;
      }
    }
    if (!batch.empty()) pool.submit(std::move(batch));
    pool.finish();
  }
  flush_diagnostics(reader, shown, options.quiet);
  std::fwrite(buffer.data(), 1, buffer.size(), stdout);
  std::fflush(stdout);
  return reader.had_errors() ? 1 : 0;
}

}  // namespace reckon::cli
