// POST /api/documents: a report pasted or uploaded on the page is read, extracted, stored and
// reconciled at once, and the answer carries what was read (the `reckon extract` object) and the
// incidents it now belongs to, so the page can show them without another request.
//
// The body is either a JSON object with the fields of a JSON Lines input line (text, id,
// published, outlet, author, title, url) or the plain text of an article, whose metadata is read
// from its own lines as `reckon ingest file.txt` would. Extraction runs outside the store lock so
// that a long report does not hold up the readers.
#include <algorithm>

#include "reckon/annotate.h"
#include "reckon/output.h"
#include "reckon/reader.h"
#include "reckon/server.h"
#include "serve/responses.h"

namespace reckon {
namespace {

constexpr std::string_view kWhere = "request body";
constexpr std::size_t kMaxIdBytes = 200;

std::string media_type(std::string_view content_type) {
  std::string type(content_type.substr(0, content_type.find(';')));
  while (!type.empty() && type.back() == ' ') type.pop_back();
  std::transform(type.begin(), type.end(), type.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return type;
}

// The document the body describes, or the message of a 4xx (with its status).
struct ReadBody {
  std::optional<Document> doc;
  int status = 400;
  std::string error;
};

ReadBody read_body(const HttpRequest& request) {
  ReadBody r;
  const std::string type = media_type(request.content_type);
  Document doc;
  if (type == "application/json") {
    Result<Document> parsed = parse_json_line(request.body, std::string(kWhere));
    if (!parsed.ok()) {
      r.error = parsed.status().message();
      return r;
    }
    doc = std::move(parsed.value());
    if (doc.id == kWhere) doc.id.clear();  // the reader names an id-less line by its source
  } else if (type == "text/plain" || type.empty()) {
    doc.text = request.body;
    doc.source = std::string(kWhere);
  } else {
    r.status = 415;
    r.error = "Content-Type must be application/json or text/plain, got '" + type + "'";
    return r;
  }
  if (doc.text.find_first_not_of(" \t\r\n") == std::string::npos) {
    r.error = "the report's text is empty";
    return r;
  }
  if (doc.id.size() > kMaxIdBytes) {
    r.error = "id is longer than " + std::to_string(kMaxIdBytes) + " bytes";
    return r;
  }
  // Without an id, the text names the report: posting it twice is recognised as the same one.
  if (doc.id.empty()) doc.id = "web-" + content_hash(doc.text);
  read_article_metadata(doc);
  r.doc = std::move(doc);
  return r;
}

// The filter that finds every incident holding one of the document's claims: the claims' date
// range when they all have dates (an incident's range contains each of its claims' dates), else
// everything.
IncidentFilter filter_for(const PreparedDocument& prepared) {
  IncidentFilter filter;
  std::optional<std::int64_t> first;
  std::optional<std::int64_t> last;
  for (const ClaimRecord& c : prepared.claims) {
    if (!c.date) return {};
    first = std::min(first.value_or(c.date->first_day()), c.date->first_day());
    last = std::max(last.value_or(c.date->last_day()), c.date->last_day());
  }
  if (first && last) {
    filter.from = civil_from_days(*first);
    filter.to = civil_from_days(*last);
  }
  return filter;
}

// For a text stored under another id: whether `c` is one of its claims, known by its quote.
bool holds_claim(const PreparedDocument& prepared, const ClaimRecord& c) {
  return std::any_of(prepared.claims.begin(), prepared.claims.end(), [&](const ClaimRecord& mine) {
    return mine.ordinal == c.ordinal && mine.quote == c.quote;
  });
}

void write_warnings(JsonWriter& w, const Document& doc) {
  w.key("warnings").begin_array();
  for (const Diagnostic& d : doc.warnings) w.value(d.message);
  w.end_array();
}

}  // namespace

HttpResponse Api::post_document(const HttpRequest& request) {
  ReadBody body = read_body(request);
  if (!body.doc) return serve::error_response(body.status, body.error);
  const Document& doc = *body.doc;
  const Extraction extraction = extract_claims(doc, annotate(doc, Gazetteer::builtin()));
  const PreparedDocument prepared = prepare_document(doc, extraction);

  std::string incidents;
  IngestOutcome outcome{};
  {
    std::lock_guard<std::mutex> lock(store_mutex_);
    Result<IngestOutcome> stored = store_.ingest(prepared);
    if (!stored.ok()) {
      const bool bad_input = stored.status().code() == Status::Code::kInvalidInput;
      return serve::error_response(bad_input ? 400 : 500, stored.status().message());
    }
    outcome = *stored;
    IncidentWriter writer(ExportFormat::kJson, incidents);
    const bool duplicate = outcome == IngestOutcome::kDuplicateText;
    const Status scanned = store_.scan_incidents(filter_for(prepared), [&](const Incident& i) {
      if (std::any_of(i.claims.begin(), i.claims.end(), [&](const ClaimRecord& c) {
            return c.doc == doc.id || (duplicate && holds_claim(prepared, c));
          }))
        writer.add(i);
    });
    writer.finish();
    if (!scanned.ok()) return serve::error_response(500, scanned.message());
  }

  std::string out;
  JsonWriter w(out);
  w.begin_object().field("outcome", to_string(outcome)).field("id", doc.id);
  write_warnings(w, doc);
  // The extract object and the incident array are written by their own writers and spliced in.
  out.append(",\"document\":");
  write_extract_json(doc, extraction, out);
  out.append(",\"incidents\":");
  while (!incidents.empty() && incidents.back() == '\n') incidents.pop_back();
  out.append(incidents);
  out.append("}\n");
  const bool changed = outcome == IngestOutcome::kAdded || outcome == IngestOutcome::kReplaced;
  return serve::json_response(std::move(out), changed ? 201 : 200);
}

}  // namespace reckon
