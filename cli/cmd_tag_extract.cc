// `reckon tag` (every mention the recognizers find) and `reckon extract` (attributed claims and
// tallies): both read reports, annotate them once, and print one result per report.
#include <cstdio>
#include <thread>

#include "args.h"
#include "commands.h"
#include "document_stream.h"
#include "reckon/annotate.h"
#include "reckon/claims.h"
#include "reckon/output.h"

namespace reckon::cli {
namespace {

enum class Format { kJson, kText };

struct CommonOptions {
  StreamOptions stream;
  Format format = Format::kJson;
};

int usage(const char* command, const std::string& error) {
  if (!error.empty()) std::fprintf(stderr, "reckon %s: %s\n", command, error.c_str());
  std::fprintf(stderr,
               "usage: reckon %s [--format json|text] [--threads N|auto] [--quiet] [PATH|-]...\n"
               "  PATH: a plain-text article, a JSON Lines file (.jsonl) or a folder; - reads "
               "standard input.\n",
               command);
  return 2;
}

// Parses the options `tag` and `extract` share; returns an exit status on error.
std::optional<int> parse_common(int argc, char** argv, CommonOptions& o) {
  Args args(argc, argv, {"format", "threads"}, {"quiet", "help"});
  if (!args.ok()) return usage(argv[0], args.error());
  if (args.has("help")) return usage(argv[0], "");
  const std::string format = args.get_or("format", "json");
  if (format == "json") o.format = Format::kJson;
  else if (format == "text") o.format = Format::kText;
  else return usage(argv[0], "unknown format '" + format + "' (json or text)");
  const std::string threads = args.get_or("threads", "auto");
  auto n = parse_threads(threads);
  if (!n) return usage(argv[0], "--threads takes a number from 1 to 256 or 'auto'");
  o.stream.threads = *n;
  o.stream.quiet = args.has("quiet");
  o.stream.inputs = args.positional();
  if (o.stream.inputs.empty()) o.stream.inputs.push_back("-");
  return std::nullopt;
}

}  // namespace

int run_tag(int argc, char** argv) {
  CommonOptions o;
  if (auto status = parse_common(argc, argv, o)) return *status;
  const Gazetteer& gazetteer = Gazetteer::builtin();
  return stream_documents(o.stream, [&](const Document& doc, std::string& out) {
    const Annotations a = annotate(doc, gazetteer);
    if (o.format == Format::kJson) write_tag_json(doc, a, out);
    else write_tag_text(doc, a, out);
  });
}

int run_extract(int argc, char** argv) {
  CommonOptions o;
  if (auto status = parse_common(argc, argv, o)) return *status;
  const Gazetteer& gazetteer = Gazetteer::builtin();
  return stream_documents(o.stream, [&](const Document& doc, std::string& out) {
    const Annotations a = annotate(doc, gazetteer);
    const Extraction x = extract_claims(doc, a);
    if (o.format == Format::kJson) write_extract_json(doc, x, out);
    else write_extract_text(doc, x, out);
  });
}

}  // namespace reckon::cli
