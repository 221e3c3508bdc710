// The API's request handling: guards that apply to every request (host, origin, body size),
// then routing by method and path to the listing, incident, tally, status, ingest and asset
// handlers. Listings reuse the CLI's writers, so `GET /api/incidents?format=csv` is byte for byte
// `reckon incidents --format csv` with the same filters.
#include <algorithm>

#include "reckon/server.h"
#include "serve/assets.h"
#include "serve/compress.h"
#include "serve/evidence.h"
#include "serve/query.h"
#include "serve/responses.h"

namespace reckon {
namespace {

constexpr std::string_view kIncidentsPrefix = "/api/incidents/";

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// "http://127.0.0.1:8080" -> "127.0.0.1:8080".
std::string_view origin_authority(std::string_view origin) {
  const std::size_t scheme = origin.find("://");
  if (scheme != std::string_view::npos) origin.remove_prefix(scheme + 3);
  return origin.substr(0, origin.find('/'));
}

bool is_read(const HttpRequest& r) {
  return r.method == "GET" || r.method == "HEAD";
}

HttpResponse method_not_allowed(std::string_view allowed) {
  HttpResponse r =
      serve::error_response(405, "method not allowed here; use " + std::string(allowed));
  r.headers.emplace_back("Allow", std::string(allowed));
  return r;
}

HttpResponse serve_asset(const HttpRequest& request) {
  std::string_view path = request.path;
  path.remove_prefix(1);
  if (path.empty()) path = "index.html";
  const serve::Asset* asset = serve::find_asset(path);
  const serve::Asset* encoded = nullptr;
  const char* coding = nullptr;
  for (const char* c : {"br", "gzip"}) {
    if (asset == nullptr || encoded != nullptr ||
        !serve::accepts_encoding(request.accept_encoding, c))
      continue;
    encoded = serve::find_encoded_asset(path, c);
    coding = c;
  }
  if (asset == nullptr && path == "index.html" && serve::asset_count() == 0) {
    HttpResponse r;
    r.content_type = "text/html; charset=utf-8";
    r.body = serve::missing_dashboard_page();
    return r;
  }
  if (asset == nullptr) return serve::error_response(404, "no such page: " + request.path);
  HttpResponse r;
  r.content_type = std::string(asset->content_type);
  r.headers.emplace_back("ETag", std::string(asset->etag));
  r.headers.emplace_back("Cache-Control", "no-cache");
  r.headers.emplace_back("Vary", "Accept-Encoding");
  if (request.if_none_match == asset->etag) {
    r.status = 304;
    return r;
  }
  if (encoded != nullptr) {
    r.headers.emplace_back("Content-Encoding", coding);
    r.body.assign(encoded->bytes);
  } else {
    r.body.assign(asset->bytes);
  }
  return r;
}

template <typename Query>
HttpResponse listing_response(std::string body, const Query& q, std::string_view name) {
  HttpResponse r = serve::json_response(std::move(body));
  r.content_type = serve::content_type_of(q.output.format);
  if (q.output.download)
    serve::as_download(r, std::string(name) + "." + serve::extension_of(q.output.format));
  return r;
}

}  // namespace

bool is_loopback_host(std::string_view host) {
  if (!host.empty() && host.front() == '[') {
    host = host.substr(1, host.find(']') - 1);
  } else if (std::count(host.begin(), host.end(), ':') == 1) {
    host = host.substr(0, host.find(':'));
  }
  const std::string h = lower(host);
  if (h == "localhost" || h == "::1" || h == "0:0:0:0:0:0:0:1") return true;
  if (h.rfind("127.", 0) != 0) return false;
  int dots = 0;
  for (char c : h) {
    if (c == '.')
      ++dots;
    else if (c < '0' || c > '9')
      return false;
  }
  return dots == 3;
}

Api::Api(IncidentStore& store, ApiOptions options) : store_(store), options_(options) {}

HttpResponse Api::handle(const HttpRequest& request) {
  if (options_.loopback_only && !request.host.empty() && !is_loopback_host(request.host))
    return serve::error_response(403,
                                 "this server answers only requests addressed to this "
                                 "machine (Host '" +
                                     request.host.substr(0, 80) + "')");
  // A page on another site may send a form to this server; its browser says so in Origin.
  if (!is_read(request) && !request.origin.empty() &&
      lower(origin_authority(request.origin)) != lower(request.host))
    return serve::error_response(403, "cross-site requests may not change the database (Origin '" +
                                          request.origin.substr(0, 80) + "')");
  if (request.body.size() > options_.max_body_bytes)
    return serve::error_response(413, "the request body is larger than the limit of " +
                                          std::to_string(options_.max_body_bytes) + " bytes");
  HttpResponse response = route(request);
  serve::compress_response(request, response);
  response.headers.emplace_back("X-Content-Type-Options", "nosniff");
  return response;
}

HttpResponse Api::route(const HttpRequest& request) {
  const std::string& path = request.path;
  if (path.rfind("/api/", 0) != 0) {
    if (!is_read(request)) return method_not_allowed("GET");
    return serve_asset(request);
  }
  if (path == "/api/documents") {
    if (request.method != "POST") return method_not_allowed("POST");
    return post_document(request);
  }
  const bool known = path == "/api/incidents" || path == "/api/tallies" || path == "/api/status" ||
                     path == "/api/timeline" || path.rfind(kIncidentsPrefix, 0) == 0;
  if (!known) return serve::error_response(404, "no such API route: " + path.substr(0, 200));
  if (!is_read(request)) return method_not_allowed("GET");
  if (path == "/api/incidents") return list_incidents(request);
  if (path == "/api/tallies") return list_tallies(request);
  if (path == "/api/status") return status();
  if (path == "/api/timeline") return list_days(request);
  const std::string id = path.substr(kIncidentsPrefix.size());
  if (id.empty()) return serve::error_response(404, "give an incident id: /api/incidents/ID");
  if (!request.query.empty())
    return serve::error_response(400, "/api/incidents/ID takes no parameters");
  return get_incident(id);
}

HttpResponse Api::list_incidents(const HttpRequest& request) {
  serve::Parsed<serve::IncidentQuery> parsed = serve::parse_incident_query(request);
  if (auto* error = std::get_if<std::string>(&parsed)) return serve::error_response(400, *error);
  const serve::IncidentQuery& q = std::get<serve::IncidentQuery>(parsed);
  std::string out;
  IncidentWriter writer(q.output.format, out);
  Status status;
  {
    std::lock_guard<std::mutex> lock(store_mutex_);
    status = store_.scan_incidents(q.filter, [&](const Incident& i) { writer.add(i); });
  }
  writer.finish();
  if (!status.ok()) return serve::error_response(500, status.message());
  return listing_response(std::move(out), q, "incidents");
}

HttpResponse Api::get_incident(const std::string& id) {
  Result<std::optional<Incident>> found = [&] {
    std::lock_guard<std::mutex> lock(store_mutex_);
    return store_.incident(id);
  }();
  if (!found.ok()) return serve::error_response(500, found.status().message());
  if (!found->has_value())
    return serve::error_response(404, "no incident '" + id.substr(0, 200) + "'");
  std::string out;
  serve::write_incident_with_highlights(**found, out);
  out.push_back('\n');
  return serve::json_response(std::move(out));
}

HttpResponse Api::list_tallies(const HttpRequest& request) {
  serve::Parsed<serve::TallyQuery> parsed = serve::parse_tally_query(request);
  if (auto* error = std::get_if<std::string>(&parsed)) return serve::error_response(400, *error);
  const serve::TallyQuery& q = std::get<serve::TallyQuery>(parsed);
  std::string out;
  TallyWriter writer(q.output.format, out);
  Status status;
  {
    std::lock_guard<std::mutex> lock(store_mutex_);
    status = store_.scan_tallies(q.filter, [&](const TallyRecord& t) { writer.add(t); });
  }
  writer.finish();
  if (!status.ok()) return serve::error_response(500, status.message());
  return listing_response(std::move(out), q, "tallies");
}

// {"days": [{"date": {"value", "precision"}, "incidents", "killed", "injured",
// "killed_or_injured"}, ...]}: the timeline's bars, summed in the database.
HttpResponse Api::list_days(const HttpRequest& request) {
  serve::Parsed<IncidentFilter> parsed = serve::parse_timeline_query(request);
  if (auto* error = std::get_if<std::string>(&parsed)) return serve::error_response(400, *error);
  std::string out;
  JsonWriter w(out);
  w.begin_object().key("days").begin_array();
  Status status;
  {
    std::lock_guard<std::mutex> lock(store_mutex_);
    status = store_.scan_days(std::get<IncidentFilter>(parsed), [&](const DayTotals& d) {
      w.begin_object().key("date").begin_object();
      w.field("value", format_date(d.date.value, d.date.precision));
      w.field("precision", to_string(d.date.precision)).end_object();
      w.field("incidents", d.incidents).field("killed", d.killed).field("injured", d.injured);
      w.field("killed_or_injured", d.killed_or_injured).end_object();
    });
  }
  w.end_array().end_object();
  if (!status.ok()) return serve::error_response(500, status.message());
  out.push_back('\n');
  return serve::json_response(std::move(out));
}

HttpResponse Api::status() {
  Result<StoreCounts> counts = [&] {
    std::lock_guard<std::mutex> lock(store_mutex_);
    return store_.counts();
  }();
  if (!counts.ok()) return serve::error_response(500, counts.status().message());
  std::string out;
  JsonWriter w(out);
  w.begin_object()
      .field("documents", counts->documents)
      .field("claims", counts->claims)
      .field("tallies", counts->tallies)
      .field("incidents", counts->incidents)
      .field("max_body_bytes", static_cast<std::uint64_t>(options_.max_body_bytes))
      .field("dashboard", serve::asset_count() > 0)
      .end_object();
  out.push_back('\n');
  return serve::json_response(std::move(out));
}

}  // namespace reckon
