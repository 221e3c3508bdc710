// Reading reports: plain-text articles, JSON Lines, folders and standard input, streamed one
// document at a time so that memory stays bounded whatever the input size.
//
// Bad input never stops a batch: each problem becomes a Diagnostic naming the input (and line or
// byte offset) and the reason, and reading goes on with the next document.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "reckon/document.h"
#include "reckon/status.h"

namespace reckon {

struct ReaderOptions {
  // Documents larger than this are rejected with a diagnostic (a single JSON line or file).
  std::size_t max_document_bytes = 64u << 20;
};

class DocumentReader {
 public:
  // `inputs`: paths of files or folders, or "-" for standard input (JSON Lines, or one plain
  // article when the first byte is not '{').
  explicit DocumentReader(std::vector<std::string> inputs, ReaderOptions options = {});
  ~DocumentReader();

  // Fills `doc` with the next document and returns true; false when every input is read.
  bool next(Document& doc);

  // Problems met so far (whole inputs that could not be read, malformed lines, ...), in order.
  const std::vector<Diagnostic>& diagnostics() const;
  // True when any diagnostic is an error (the command should exit non-zero at the end).
  bool had_errors() const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

// Reads the metadata a plain-text article carries in its own words (publication date, outlet,
// author, headline) into `doc`, leaving fields that are already set alone.
void read_article_metadata(Document& doc);

// Makes a document from one JSON Lines line; error names `where` ("a.jsonl:17").
Result<Document> parse_json_line(std::string_view line, const std::string& where);

}  // namespace reckon
