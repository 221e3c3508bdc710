// DocumentReader: walks the inputs in order (folders in sorted order), streaming JSON Lines one
// line at a time and reading plain articles whole (up to the size cap). Every problem becomes a
// Diagnostic and reading moves on: one bad file or line never costs the rest of the batch.
#include "reckon/reader.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <deque>
#include <filesystem>
#include <memory>

#include "read/input_bytes.h"
#include "read/line_reader.h"

namespace reckon {
namespace fs = std::filesystem;

namespace {

bool has_extension(const fs::path& p, std::initializer_list<const char*> list) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return std::any_of(list.begin(), list.end(), [&](const char* e) { return ext == e; });
}

bool is_json_lines_name(const fs::path& p) { return has_extension(p, {".jsonl", ".ndjson", ".json"}); }
bool is_report_name(const fs::path& p) { return is_json_lines_name(p) || has_extension(p, {".txt", ".text"}); }

struct FileCloser {
  void operator()(std::FILE* f) const {
    if (f != nullptr && f != stdin) std::fclose(f);
  }
};

}  // namespace

class DocumentReader::Impl {
 public:
  Impl(std::vector<std::string> inputs, ReaderOptions options) : options_(options) {
    for (auto& in : inputs) pending_.push_back(std::move(in));
  }

  bool next(Document& doc) {
    while (true) {
      if (lines_ && next_json_line(doc)) return true;
      if (pending_.empty()) return false;
      std::string path = std::move(pending_.front());
      pending_.pop_front();
      if (open_input(path, doc)) return true;
    }
  }

  std::vector<Diagnostic> diagnostics;
  bool had_errors = false;

 private:
  void error(const std::string& where, const std::string& message) {
    diagnostics.push_back({Diagnostic::Severity::kError, where, message});
    had_errors = true;
  }

  // Starts reading one input; returns true when it produced a document already (an article).
  bool open_input(const std::string& path, Document& doc) {
    if (path == "-") return open_stdin(doc);
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
      error(path, ec ? ec.message() : "no such file or folder");
      return false;
    }
    if (fs::is_directory(st)) {
      queue_folder(path);
      return false;
    }
    if (!is_json_lines_name(path) && fs::is_regular_file(st)) {
      const auto size = fs::file_size(path, ec);
      if (!ec && size > options_.max_document_bytes) {
        error(path, "file of " + std::to_string(size) + " bytes is over the limit of " +
                        std::to_string(options_.max_document_bytes) + " bytes; skipped");
        return false;
      }
    }
    std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
    if (!file) {
      error(path, std::strerror(errno));
      return false;
    }
    if (is_json_lines_name(path)) {
      start_lines(std::move(file), path);
      return false;
    }
    return read_article(file.get(), path, fs::path(path).filename().string(), doc);
  }

  void queue_folder(const std::string& path) {
    std::vector<fs::path> entries;
    std::error_code ec;
    fs::directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
      error(path, "cannot read folder: " + ec.message());
      return;
    }
    for (; it != fs::directory_iterator(); it.increment(ec)) {
      if (ec) {
        error(path, "cannot read folder: " + ec.message());
        break;
      }
      std::error_code type_ec;
      if (it->is_directory(type_ec) || is_report_name(it->path())) entries.push_back(it->path());
    }
    std::sort(entries.begin(), entries.end());
    for (auto e = entries.rbegin(); e != entries.rend(); ++e) pending_.push_front(e->string());
  }

  bool open_stdin(Document& doc) {
    int c;
    while ((c = std::fgetc(stdin)) != EOF && (c == ' ' || c == '\n' || c == '\r' || c == '\t')) {
    }
    if (c == EOF) {
      error("-", "standard input is empty");
      return false;
    }
    std::ungetc(c, stdin);
    if (c == '{') {
      start_lines(std::unique_ptr<std::FILE, FileCloser>(stdin), "-");
      return false;
    }
    return read_article(stdin, "-", "stdin", doc);
  }

  void start_lines(std::unique_ptr<std::FILE, FileCloser> file, const std::string& name) {
    file_ = std::move(file);
    lines_ = std::make_unique<read::LineReader>(file_.get(), options_.max_document_bytes);
    lines_name_ = name;
  }

  bool next_json_line(Document& doc) {
    std::string line;
    std::size_t skipped = 0;
    while (true) {
      const auto outcome = lines_->next(line, skipped);
      const std::string where = lines_name_ + ":" + std::to_string(lines_->line_number());
      if (outcome == read::LineReader::Outcome::kEnd || outcome == read::LineReader::Outcome::kError) {
        if (outcome == read::LineReader::Outcome::kError) error(lines_name_, "read error: " + std::string(std::strerror(errno)));
        lines_.reset();
        file_.reset();
        return false;
      }
      if (outcome == read::LineReader::Outcome::kTooLong) {
        error(where, "line of " + std::to_string(skipped) + " bytes is over the limit of " +
                         std::to_string(options_.max_document_bytes) + " bytes; skipped");
        continue;
      }
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      if (std::memchr(line.data(), '\0', line.size()) != nullptr) {
        error(where, "binary content (NUL bytes), not a JSON line");
        continue;
      }
      auto parsed = parse_json_line(line, where);
      if (!parsed.ok()) {
        error(where, parsed.status().message().substr(where.size() + 2));
        continue;
      }
      doc = std::move(parsed).value();
      if (doc.id == where) doc.id = fs::path(lines_name_).filename().string() + ":" + std::to_string(lines_->line_number());
      return true;
    }
  }

  bool read_article(std::FILE* file, const std::string& path, const std::string& id, Document& doc) {
    std::string bytes;
    char chunk[1 << 16];
    std::size_t got;
    while ((got = std::fread(chunk, 1, sizeof chunk, file)) > 0) {
      if (bytes.size() + got > options_.max_document_bytes) {
        error(path, "file is over the limit of " + std::to_string(options_.max_document_bytes) + " bytes; skipped");
        return false;
      }
      bytes.append(chunk, got);
    }
    if (std::ferror(file)) {
      error(path, "read error: " + std::string(std::strerror(errno)));
      return false;
    }
    if (auto why = read::reject_reason(bytes)) {
      error(path, *why);
      return false;
    }
    doc = Document();
    if (auto warning = read::normalise_encoding(bytes)) doc.warnings.push_back({Diagnostic::Severity::kWarning, path, *warning});
    doc.id = id;
    doc.source = path;
    doc.text = std::move(bytes);
    read::warn_if_invalid_utf8(doc, path);
    read_article_metadata(doc);
    return true;
  }

  ReaderOptions options_;
  std::deque<std::string> pending_;
  std::unique_ptr<std::FILE, FileCloser> file_;
  std::unique_ptr<read::LineReader> lines_;
  std::string lines_name_;
};

DocumentReader::DocumentReader(std::vector<std::string> inputs, ReaderOptions options)
    : impl_(std::make_unique<Impl>(std::move(inputs), options)) {}
DocumentReader::~DocumentReader() = default;
bool DocumentReader::next(Document& doc) { return impl_->next(doc); }
const std::vector<Diagnostic>& DocumentReader::diagnostics() const { return impl_->diagnostics; }
bool DocumentReader::had_errors() const { return impl_->had_errors; }

}  // namespace reckon
