// Query strings -> filters. Parameters are checked against the route's own list so that a typo
// ("?contest=1") is a 400 naming the known parameters rather than an unfiltered listing.
#include "serve/query.h"

#include <algorithm>
#include <charconv>
#include <set>

namespace reckon::serve {
namespace {

constexpr std::size_t kMaxValueBytes = 200;

// Checks names (known, not repeated) and sizes; returns the message of a 400, or empty.
std::string check_names(const HttpRequest& request, const std::set<std::string_view>& known) {
  std::set<std::string_view> seen;
  for (const auto& [name, value] : request.query) {
    if (!known.count(name)) {
      std::string list;
      for (std::string_view k : known) list.append(list.empty() ? "" : ", ").append(k);
      return "unknown parameter '" + name.substr(0, 40) + "' (known: " + list + ")";
    }
    if (!seen.insert(name).second) return "parameter '" + name + "' given more than once";
    if (value.size() > kMaxValueBytes)
      return "parameter '" + name + "' is longer than " + std::to_string(kMaxValueBytes) +
             " bytes";
  }
  return {};
}

const std::string* find(const HttpRequest& request, std::string_view name) {
  for (const auto& [k, v] : request.query)
    if (k == name) return &v;
  return nullptr;
}

// "", "1", "true", "yes", "on" -> true for a present flag; "0", "false", "no", "off" -> false.
std::optional<bool> parse_flag(std::string_view value) {
  std::string v(value);
  std::transform(v.begin(), v.end(), v.begin(), [](unsigned char c) { return std::tolower(c); });
  if (v.empty() || v == "1" || v == "true" || v == "yes" || v == "on") return true;
  if (v == "0" || v == "false" || v == "no" || v == "off") return false;
  return std::nullopt;
}

std::string read_dates(const HttpRequest& request, std::optional<CivilDate>& from,
                       std::optional<CivilDate>& to) {
  for (const auto& [name, target] : {std::pair{"from", &from}, std::pair{"to", &to}}) {
    const std::string* value = find(request, name);
    if (value == nullptr || value->empty()) continue;
    *target = parse_iso_date(*value);
    if (!*target || value->size() != 10)
      return std::string(name) + ": want a date as YYYY-MM-DD, got '" + *value + "'";
  }
  if (from && to && days_from_civil(*from) > days_from_civil(*to))
    return "from is after to";
  return {};
}

std::string read_place(const HttpRequest& request, std::string& place, std::string& country) {
  if (const std::string* v = find(request, "place")) place = *v;
  if (const std::string* v = find(request, "country")) {
    const bool ok = v->empty() || (v->size() == 2 && std::all_of(v->begin(), v->end(), [](char c) {
                                     return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
                                   }));
    if (!ok) return "country: want an ISO 3166-1 alpha-2 code such as UA, got '" + *v + "'";
    country = *v;
  }
  return {};
}

std::string read_output(const HttpRequest& request, ListingFormat& output) {
  if (const std::string* v = find(request, "format"); v != nullptr && !v->empty()) {
    const std::optional<ExportFormat> format = parse_export_format(*v);
    if (!format || *format == ExportFormat::kTable)
      return "format: want json, csv or geojson, got '" + *v + "'";
    output.format = *format;
  }
  if (const std::string* v = find(request, "download")) {
    const std::optional<bool> flag = parse_flag(*v);
    if (!flag) return "download: want 1 or 0, got '" + *v + "'";
    output.download = *flag;
  }
  return {};
}

}  // namespace

Parsed<IncidentQuery> parse_incident_query(const HttpRequest& request) {
  static const std::set<std::string_view> kKnown = {
      "place", "country", "from", "to", "kind", "contested", "min_killed", "format", "download"};
  IncidentQuery q;
  std::string error = check_names(request, kKnown);
  if (error.empty()) error = read_place(request, q.filter.place, q.filter.country);
  if (error.empty()) error = read_dates(request, q.filter.from, q.filter.to);
  if (error.empty()) error = read_output(request, q.output);
  if (!error.empty()) return error;
  if (const std::string* v = find(request, "kind")) q.filter.kind = *v;
  if (const std::string* v = find(request, "contested")) {
    const std::optional<bool> flag = parse_flag(*v);
    if (!flag) return "contested: want 1 or 0, got '" + *v + "'";
    q.filter.contested_only = *flag;
  }
  if (const std::string* v = find(request, "min_killed"); v != nullptr && !v->empty()) {
    std::int64_t n = 0;
    const auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
    if (ec != std::errc() || end != v->data() + v->size() || n < 0)
      return "min_killed: want a whole number of 0 or more, got '" + *v + "'";
    q.filter.min_killed = n;
  }
  return q;
}

Parsed<TallyQuery> parse_tally_query(const HttpRequest& request) {
  static const std::set<std::string_view> kKnown = {"place", "country", "from",
                                                    "to",    "format",  "download"};
  TallyQuery q;
  std::string error = check_names(request, kKnown);
  if (error.empty()) error = read_place(request, q.filter.place, q.filter.country);
  if (error.empty()) error = read_dates(request, q.filter.from, q.filter.to);
  if (error.empty()) error = read_output(request, q.output);
  if (!error.empty()) return error;
  return q;
}

const char* content_type_of(ExportFormat format) {
  switch (format) {
    case ExportFormat::kCsv:
      return "text/csv; charset=utf-8";
    case ExportFormat::kGeoJson:
      return "application/geo+json";
    case ExportFormat::kTable:
      return "text/plain; charset=utf-8";
    case ExportFormat::kJson:
      break;
  }
  return "application/json";
}

const char* extension_of(ExportFormat format) {
  switch (format) {
    case ExportFormat::kCsv:
      return "csv";
    case ExportFormat::kGeoJson:
      return "geojson";
    case ExportFormat::kTable:
      return "txt";
    case ExportFormat::kJson:
      break;
  }
  return "json";
}

}  // namespace reckon::serve
