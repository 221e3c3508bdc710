// JsonLinesSource: see json_lines_source.h. Each line is parsed on its own (parse_json_line), so a
// bad line costs that line only; a NUL byte means the input is not text at all, and the rest of it
// is skipped with one message rather than one per line.
#include "read/json_lines_source.h"

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "read/input_bytes.h"
#include "read/json_record.h"
#include "reckon/reader.h"

namespace reckon::read {

JsonLinesSource::JsonLinesSource(std::FILE* file, std::string name, std::size_t max_document_bytes,
                                 std::string prefix)
    : file_(file),
      name_(std::move(name)),
      short_name_(name_ == "-" ? "stdin" : std::filesystem::path(name_).filename().string()),
      max_bytes_(max_document_bytes),
      lines_(file, max_document_bytes) {
  lines_.seed(std::move(prefix));
}

JsonLinesSource::~JsonLinesSource() {
  if (file_ != nullptr && file_ != stdin) std::fclose(file_);
}

void JsonLinesSource::problem(std::vector<Diagnostic>& out, Diagnostic::Severity severity,
                              std::string where, std::string message) {
  if (++problems_ <= kMaxLineDiagnostics)
    out.push_back({severity, std::move(where), std::move(message)});
}

void JsonLinesSource::finish(std::vector<Diagnostic>& out) {
  if (done_) return;
  done_ = true;
  if (problems_ > kMaxLineDiagnostics) {
    out.push_back({Diagnostic::Severity::kError, name_,
                   std::to_string(problems_ - kMaxLineDiagnostics) + " more problems not shown (" +
                       std::to_string(problems_) + " in all)"});
  }
  if (records_ == 0 && problems_ == 0) {
    out.push_back({Diagnostic::Severity::kError, name_, "empty file: no JSON records"});
  }
  if (file_ != nullptr && file_ != stdin) std::fclose(file_);
  file_ = nullptr;
}

bool JsonLinesSource::next(Document& doc, std::vector<Diagnostic>& out) {
  std::string line;
  std::size_t skipped = 0;
  while (true) {
    if (!ready_.empty()) {
      doc = std::move(ready_.front());
      ready_.pop_front();
      return true;
    }
    if (done_) return false;
    const auto outcome = lines_.next(line, skipped);
    if (!encoding_reported_ && lines_.encoding_note()) {
      out.push_back({Diagnostic::Severity::kWarning, name_, *lines_.encoding_note()});
      encoding_reported_ = true;
    }
    const std::string where = name_ + ":" + std::to_string(lines_.line_number());
    if (outcome == LineReader::Outcome::kEnd || outcome == LineReader::Outcome::kError) {
      if (outcome == LineReader::Outcome::kError)
        problem(out, Diagnostic::Severity::kError, name_,
                "read error: " + std::string(std::strerror(errno)));
      finish(out);
      return false;
    }
    if (outcome == LineReader::Outcome::kTooLong) {
      first_line_ = false;
      problem(out, Diagnostic::Severity::kError, where,
              "line of " + std::to_string(skipped) + " bytes is over the limit of " +
                  std::to_string(max_bytes_) + " bytes; skipped");
      continue;
    }
    const std::size_t start = line.find_first_not_of(" \t\r");
    if (start == std::string::npos) continue;
    if (line.find('\0') != std::string::npos) {
      problem(out, Diagnostic::Severity::kError, where,
              looks_like_utf16(line)
                  ? "UTF-16 without a byte-order mark, not UTF-8 JSON Lines; input skipped"
                  : "binary content (NUL bytes), not JSON Lines; rest of the input skipped");
      finish(out);
      return false;
    }
    if (first_line_ && line[start] == '[') {
      first_line_ = false;
      read_array(std::move(line), out);
      continue;
    }
    first_line_ = false;
    auto parsed = parse_json_line(line, where);
    if (!parsed.ok()) {
      problem(out, Diagnostic::Severity::kError, where,
              parsed.status().message().substr(where.size() + 2));
      continue;
    }
    doc = std::move(parsed).value();
    if (doc.id == where) doc.id = short_name_ + ":" + std::to_string(lines_.line_number());
    ++records_;
    return true;
  }
}

// A JSON array of records: gathered whole (it cannot be parsed a piece at a time), so it is held to
// the document size cap like any single document.
void JsonLinesSource::read_array(std::string first_line, std::vector<Diagnostic>& out) {
  std::string all = std::move(first_line);
  std::string line;
  std::size_t skipped = 0;
  while (true) {
    const auto outcome = lines_.next(line, skipped);
    if (outcome == LineReader::Outcome::kEnd) break;
    if (outcome == LineReader::Outcome::kError || outcome == LineReader::Outcome::kTooLong ||
        all.size() + line.size() + 1 > max_bytes_) {
      problem(
          out, Diagnostic::Severity::kError, name_,
          outcome == LineReader::Outcome::kError
              ? "read error: " + std::string(std::strerror(errno))
              : "JSON array over the limit of " + std::to_string(max_bytes_) + " bytes; skipped");
      finish(out);
      return;
    }
    all.push_back('\n');
    all += line;
  }
  if (auto bad = find_invalid_utf8(all)) {
    out.push_back({Diagnostic::Severity::kWarning,
                   name_ + ":byte " + std::to_string(bad->first_invalid),
                   "invalid UTF-8 (" + std::to_string(bad->invalid_bytes) +
                       " bad bytes) replaced by U+FFFD"});
    all = repair_utf8(all);
  }
  simdjson::dom::parser parser;
  simdjson::dom::array records;
  if (auto err = parser.parse(all).get_array().get(records); err != simdjson::SUCCESS) {
    problem(out, Diagnostic::Severity::kError, name_,
            std::string("invalid JSON array: ") + simdjson::error_message(err));
    finish(out);
    return;
  }
  std::size_t index = 0;
  for (simdjson::dom::element record : records) {
    const std::string where = name_ + "[" + std::to_string(index++) + "]";
    auto parsed = document_from_json(record, where);
    if (!parsed.ok()) {
      problem(out, Diagnostic::Severity::kError, where,
              parsed.status().message().substr(where.size() + 2));
      continue;
    }
    if (parsed->id == where) parsed->id = short_name_ + "[" + std::to_string(index - 1) + "]";
    ++records_;
    ready_.push_back(std::move(parsed).value());
  }
  finish(out);
}

}  // namespace reckon::read
