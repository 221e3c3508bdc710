#include "document_stream.h"

#include <cstdio>

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

int stream_documents(const StreamOptions& options, const RenderDocument& render) {
  ReaderOptions reading;
  reading.read_metadata = false;  // read by the workers, which can then tokenize the text once
  DocumentReader reader(options.inputs, reading);
  std::size_t shown = 0;
  std::string buffer;
  auto work = [&render](Document& doc) {
    read_article_metadata(doc);
    std::string out;
    render(doc, out);
    out.push_back('\n');
    return out;
  };
  auto sink = [&](Document& doc, std::string& out) {
    if (!options.quiet) {
      for (const Diagnostic& d : doc.warnings) print_diagnostic(d);
    }
    buffer += out;
    if (buffer.size() >= (1u << 16)) {
      std::fwrite(buffer.data(), 1, buffer.size(), stdout);
      buffer.clear();
    }
  };
  {
    OrderedPool<Document, std::string> pool(options.threads, 64 * options.threads, work, sink);
    Document doc;
    while (reader.next(doc)) {
      flush_diagnostics(reader, shown, options.quiet);
      pool.submit(std::move(doc));
      doc = Document();
    }
    pool.finish();
  }
  flush_diagnostics(reader, shown, options.quiet);
  std::fwrite(buffer.data(), 1, buffer.size(), stdout);
  std::fflush(stdout);
  return reader.had_errors() ? 1 : 0;
}

}  // namespace reckon::cli
