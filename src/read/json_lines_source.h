// One JSON Lines input (a file or standard input) read a line at a time, so memory stays bounded
// whatever its size. A file whose first non-blank byte is '[' is a JSON array of records instead,
// read whole up to the document size cap. Problems become diagnostics and reading goes on; after
// kMaxLineDiagnostics problems in one input the rest are only counted, so a garbage input cannot
// flood the caller. Internal to the read stage.
#pragma once

#include <cstdio>
#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "read/line_reader.h"
#include "reckon/document.h"

namespace reckon::read {

class JsonLinesSource {
 public:
  static constexpr std::size_t kMaxLineDiagnostics = 50;

  // `file` is owned (closed at the end) unless it is stdin; `name` names the input in messages.
  // `prefix`: bytes already read from the file, which come before the rest.
  JsonLinesSource(std::FILE* file, std::string name, std::size_t max_document_bytes,
                  std::string prefix = {});
  ~JsonLinesSource();
  JsonLinesSource(const JsonLinesSource&) = delete;
  JsonLinesSource& operator=(const JsonLinesSource&) = delete;

  // The next document, or false at the end of the input. Diagnostics are appended to `out`.
  bool next(Document& doc, std::vector<Diagnostic>& out);

 private:
  void problem(std::vector<Diagnostic>& out, Diagnostic::Severity severity, std::string where,
               std::string message);
  void finish(std::vector<Diagnostic>& out);
  void read_array(std::string first_line, std::vector<Diagnostic>& out);

  std::FILE* file_;
  std::string name_;
  std::string short_name_;  // the file name without folders, for default ids ("a.jsonl:4")
  std::size_t max_bytes_;
  LineReader lines_;
  std::deque<Document> ready_;  // records of a JSON array, handed out one at a time
  std::size_t records_ = 0;
  std::size_t problems_ = 0;
  bool first_line_ = true;
  bool encoding_reported_ = false;
  bool done_ = false;
};

}  // namespace reckon::read
