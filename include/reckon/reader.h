// Reading reports: plain-text articles, JSON Lines, folders and standard input, streamed one
// document at a time so that memory stays bounded whatever the input size.
//
// Bad input never stops a batch: each problem becomes a Diagnostic naming the input (and line or
// byte offset) and the reason, and reading goes on with the next document. Errors: a missing or
// unreadable file or folder, an empty or binary (NUL bytes) input, a malformed JSON line or one
// without "text", a file or line over ReaderOptions::max_document_bytes (skipped while streaming,
// never loaded whole). Warnings: UTF-16 with a byte-order mark (converted to UTF-8), invalid UTF-8
// (kept as it is in an article so offsets stay those of the file; replaced by U+FFFD inside a JSON
// line, which must be valid UTF-8 to parse), an empty "text" (the document is still returned, so
// its id comes back), an unknown "published" date. After 50 problems in one input the rest are
// counted in one closing message.
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
  // False: next() leaves the metadata a document's own words carry unread, for the caller to read
  // with read_article_metadata (the command line does it on its worker threads, where the text is
  // tokenized next anyway).
  bool read_metadata = true;
};

class DocumentReader {
 public:
  // `inputs`: paths of files or folders, or "-" for standard input (JSON Lines when the first byte
  // that is not white space is '{' or '[', else one plain article). Folders are read recursively in
  // sorted order, taking *.txt and *.text as articles and *.jsonl, *.ndjson and *.json as JSON
  // Lines (a file that opens with '[' is a JSON array of records). Document ids: the record's "id",
  // else "file.jsonl:LINE" (or "file.json[INDEX]"); for an article, its file name ("stdin" for -).
  explicit DocumentReader(std::vector<std::string> inputs, ReaderOptions options = {});
  ~DocumentReader();

  // Fills `doc` with the next document and returns true; false when every input is read. Metadata a
  // record's fields leave empty is read from its text (read_article_metadata) unless
  // ReaderOptions::read_metadata is false.
  bool next(Document& doc);

  // Problems met so far (whole inputs that could not be read, malformed lines, ...), in order.
  const std::vector<Diagnostic>& diagnostics() const;
  // True when any diagnostic is an error (the command should exit non-zero at the end).
  bool had_errors() const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

// Reads the metadata a plain-text article carries in its own words into `doc`, leaving fields that
// are already set alone: the publication date, outlet, author and headline from the short lines
// above the body (" date 2021-10-12 By Azernews", "4 October 2020", "# 16:29", "By Ann Lee,
// Valley News", a title line), else the outlet from a wire attribution in the body (", APA
// reports.", "Trend reports citing ...", "(Reuters) -", "according to AFP") and the author from
// closing credits ("Reporting by ...").
void read_article_metadata(Document& doc);

// Makes a document from one JSON Lines line; error names `where` ("a.jsonl:17"). Invalid UTF-8 in
// the line is replaced by U+FFFD with a warning; metadata is not read from the text here.
Result<Document> parse_json_line(std::string_view line, const std::string& where);

}  // namespace reckon
