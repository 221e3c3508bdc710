// DocumentReader: walks the inputs in order (folders recursively, entries in sorted order),
// streaming JSON Lines one line at a time and reading plain articles whole (up to the size cap).
// Every problem becomes a Diagnostic and reading moves on: one bad file or line never costs the
// rest of the batch.
#include "reckon/reader.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <deque>
#include <filesystem>
#include <memory>
#include <set>

#include "read/input_bytes.h"
#include "read/json_lines_source.h"

namespace reckon {
namespace fs = std::filesystem;

namespace {

bool has_extension(const fs::path& p, std::initializer_list<const char*> list) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::any_of(list.begin(), list.end(), [&](const char* e) { return ext == e; });
}

bool is_json_lines_name(const fs::path& p) {
  return has_extension(p, {".jsonl", ".ndjson", ".json"});
}
bool is_report_name(const fs::path& p) {
  return is_json_lines_name(p) || has_extension(p, {".txt", ".text"});
}

struct FileCloser {
  void operator()(std::FILE* f) const {
    if (f != nullptr && f != stdin) std::fclose(f);
  }
};
using FilePtr = std::unique_ptr<std::FILE, FileCloser>;

}  // namespace

class DocumentReader::Impl {
 public:
  Impl(std::vector<std::string> inputs, ReaderOptions options) : options_(options) {
    for (auto& in : inputs) pending_.push_back(std::move(in));
  }

  bool next(Document& doc) {
    while (true) {
      if (lines_) {
        if (lines_->next(doc, diagnostics)) {
          // fills only what the record's own fields left empty
          if (options_.read_metadata) read_article_metadata(doc);
          return true;
        }
        lines_.reset();
      }
      if (pending_.empty()) return false;
      std::string path = std::move(pending_.front());
      pending_.pop_front();
      if (open_input(path, doc)) return true;
    }
  }

  bool had_errors() const {
    return std::any_of(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) {
      return d.severity == Diagnostic::Severity::kError;
    });
  }

  std::vector<Diagnostic> diagnostics;

 private:
  void error(const std::string& where, const std::string& message) {
    diagnostics.push_back({Diagnostic::Severity::kError, where, message});
  }

  // Starts reading one input; returns true when it produced a document already (an article).
  bool open_input(const std::string& path, Document& doc) {
    if (path == "-") return open_stdin(doc);
    const bool from_folder = folder_entries_.erase(path) > 0;
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
      std::error_code link_ec;
      if (fs::is_symlink(fs::symlink_status(path, link_ec)))
        error(path, "symbolic link to a missing file; skipped");
      else
        error(path, ec ? ec.message() : "no such file or folder");
      return false;
    }
    if (fs::is_directory(st)) {
      queue_folder(path);
      return false;
    }
    // A FIFO, socket or device found in a folder could block forever or never end; one named on
    // the command line is a pipe the user means to read (`reckon tag <(zcat a.txt.gz)`).
    if (from_folder && !fs::is_regular_file(st)) {
      error(path, "not a regular file (a FIFO, socket or device); skipped");
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
    FilePtr file(std::fopen(path.c_str(), "rb"));
    if (!file) {
      error(path, std::strerror(errno));
      return false;
    }
    if (is_json_lines_name(path)) {
      lines_ = std::make_unique<read::JsonLinesSource>(file.release(), path,
                                                       options_.max_document_bytes);
      return false;
    }
    return read_article(file.get(), path, fs::path(path).filename().string(), doc);
  }

  // Queues a folder's reports and subfolders, in sorted order, ahead of the inputs after it. A
  // folder reached twice (through a symbolic link) is read once.
  void queue_folder(const std::string& path) {
    std::error_code ec;
    const fs::path canonical = fs::canonical(path, ec);
    if (!ec && !folders_seen_.insert(canonical.string()).second) {
      diagnostics.push_back(
          {Diagnostic::Severity::kWarning, path, "folder already read (a link loop?); skipped"});
      return;
    }
    std::vector<fs::path> entries;
    fs::directory_iterator it(path, ec);
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
    for (auto e = entries.rbegin(); e != entries.rend(); ++e) {
      pending_.push_front(e->string());
      folder_entries_.insert(e->string());
    }
  }

  // Standard input: JSON Lines (or a JSON array) when the first character that is not white space
  // or a byte-order mark opens JSON, else one plain article. The bytes looked at are kept, so an
  // article's offsets count from the true start of the input.
  bool open_stdin(Document& doc) {
    std::string prefix;
    const int c = read::first_character(stdin, prefix);
    if (c == EOF) {
      error("-", prefix.empty() ? "standard input is empty"
                                : "standard input has no text (only white space)");
      return false;
    }
    if (c == '{' || c == '[') {
      lines_ = std::make_unique<read::JsonLinesSource>(stdin, "-", options_.max_document_bytes,
                                                       std::move(prefix));
      return false;
    }
    return read_article(stdin, "-", "stdin", doc, std::move(prefix));
  }

  bool read_article(std::FILE* file, const std::string& path, const std::string& id, Document& doc,
                    std::string prefix = {}) {
    std::string bytes = std::move(prefix);
    char chunk[1 << 16];
    std::size_t got;
    while ((got = std::fread(chunk, 1, sizeof chunk, file)) > 0) {
      if (bytes.size() + got > options_.max_document_bytes) {
        error(path, "over the limit of " + std::to_string(options_.max_document_bytes) +
                        " bytes; skipped");
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
    if (auto warning = read::normalise_encoding(bytes))
      doc.warnings.push_back({Diagnostic::Severity::kWarning, path, *warning});
    doc.id = id;
    doc.source = path;
    doc.text = std::move(bytes);
    read::warn_if_invalid_utf8(doc, path);
    if (options_.read_metadata) read_article_metadata(doc);
    return true;
  }

  ReaderOptions options_;
  std::deque<std::string> pending_;
  std::unique_ptr<read::JsonLinesSource> lines_;
  std::set<std::string> folders_seen_;
  std::set<std::string> folder_entries_;  // queued paths found inside a folder, until opened
};

DocumentReader::DocumentReader(std::vector<std::string> inputs, ReaderOptions options)
    : impl_(std::make_unique<Impl>(std::move(inputs), options)) {}
DocumentReader::~DocumentReader() = default;
bool DocumentReader::next(Document& doc) {
  return impl_->next(doc);
}
const std::vector<Diagnostic>& DocumentReader::diagnostics() const {
  return impl_->diagnostics;
}
bool DocumentReader::had_errors() const {
  return impl_->had_errors();
}

}  // namespace reckon
