// One JSON Lines record -> one Document, with simdjson's DOM parser (it validates the whole line,
// so a malformed field anywhere is reported, not skipped). A line whose only fault is invalid
// UTF-8 is repaired (each bad byte becomes U+FFFD) and kept, with a warning naming the offset:
// one mis-encoded character should not cost a report.
#include "read/header_dates.h"
#include "read/input_bytes.h"
#include "read/json_record.h"
#include "reckon/reader.h"

namespace reckon {
namespace read {
namespace {

// Reads an optional string field; a present field of another type is an error.
Status read_string_field(const simdjson::dom::object& obj, const char* name, std::string& out,
                         const std::string& where) {
  simdjson::dom::element value;
  if (obj[name].get(value) != simdjson::SUCCESS || value.is_null()) return Status::Ok();
  std::string_view s;
  if (value.get_string().get(s) != simdjson::SUCCESS) {
    return Status::InvalidInput(where + ": field \"" + name + "\" is not a string");
  }
  out.assign(s);
  return Status::Ok();
}

Status read_id(const simdjson::dom::object& obj, std::string& out, const std::string& where) {
  simdjson::dom::element value;
  if (obj["id"].get(value) != simdjson::SUCCESS || value.is_null()) return Status::Ok();
  if (value.is_string()) {
    out.assign(std::string_view(value.get_string().value_unsafe()));
  } else if (value.is_int64()) {
    out = std::to_string(value.get_int64().value_unsafe());
  } else if (value.is_uint64()) {
    out = std::to_string(value.get_uint64().value_unsafe());
  } else {
    return Status::InvalidInput(where + ": field \"id\" is neither a string nor an integer");
  }
  return Status::Ok();
}

}  // namespace

Result<Document> document_from_json(const simdjson::dom::element& root, const std::string& where) {
  simdjson::dom::object obj;
  if (root.get_object().get(obj) != simdjson::SUCCESS) {
    return Status::InvalidInput(where + ": not a JSON object");
  }
  Document doc;
  doc.source = where;
  std::string published;
  for (auto [name, field] : {std::pair{"text", &doc.text}, std::pair{"outlet", &doc.outlet},
                             std::pair{"author", &doc.author}, std::pair{"title", &doc.title},
                             std::pair{"url", &doc.url}, std::pair{"published", &published}}) {
    if (Status s = read_string_field(obj, name, *field, where); !s.ok()) return s;
  }
  if (Status s = read_id(obj, doc.id, where); !s.ok()) return s;
  simdjson::dom::element text;
  if (obj["text"].get(text) != simdjson::SUCCESS || text.is_null()) {
    return Status::InvalidInput(where + ": no \"text\" field");
  }
  // An empty text is still a document the batch names (a scorer or a join expects its id back):
  // it yields no claims, and the warning says why.
  if (doc.text.find_first_not_of(" \t\r\n") == std::string::npos) {
    doc.warnings.push_back(
        {Diagnostic::Severity::kWarning, where, "\"text\" is empty: no claims can be read"});
  }
  if (!published.empty()) {
    doc.published = parse_iso_date(published);
    if (!doc.published) {
      doc.warnings.push_back({Diagnostic::Severity::kWarning, where,
                              "unknown \"published\" date '" + published +
                                  "' (want YYYY-MM-DD or an ISO-8601 date-time); " +
                                  std::string(kRelativeDatesUnresolved),
                              Diagnostic::Code::kRelativeDatesUnresolved});
    }
  }
  if (doc.id.empty()) doc.id = where;
  return doc;
}

}  // namespace read

namespace {

// Parses `bytes` (copied into a padded buffer that simdjson may read past the end of) with the
// thread's parser; `root` points into the parser until its next parse.
simdjson::error_code parse_padded(std::string_view bytes, simdjson::dom::element& root) {
  thread_local simdjson::dom::parser parser;
  thread_local std::string padded;
  padded.assign(bytes);
  padded.append(simdjson::SIMDJSON_PADDING, '\0');
  return parser.parse(padded.data(), bytes.size(), false).get(root);
}

}  // namespace

Result<Document> parse_json_line(std::string_view line, const std::string& where) {
  // simdjson validates UTF-8 as it parses, so a line that parses is valid UTF-8 and only a line
  // that fails is searched for bad bytes (and, holding some, repaired and parsed again).
  simdjson::dom::element root;
  simdjson::error_code err = parse_padded(line, root);
  std::optional<Diagnostic> repaired;
  if (err != simdjson::SUCCESS) {
    if (auto bad = read::find_invalid_utf8(line)) {
      err = parse_padded(read::repair_utf8(line), root);
      repaired = Diagnostic{Diagnostic::Severity::kWarning,
                            where + ":byte " + std::to_string(bad->first_invalid),
                            "invalid UTF-8 in the line (" + std::to_string(bad->invalid_bytes) +
                                " bad bytes) replaced by U+FFFD"};
    }
  }
  if (err != simdjson::SUCCESS) {
    return Status::InvalidInput(where + ": invalid JSON: " + simdjson::error_message(err));
  }
  Result<Document> doc = read::document_from_json(root, where);
  if (doc.ok() && repaired) doc->warnings.push_back(std::move(*repaired));
  return doc;
}

}  // namespace reckon
