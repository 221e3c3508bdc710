// Query strings -> filters. Parameters are checked against the route's own list so that a typo
// ("?contest=1") is a 400 naming the known parameters rather than an unfiltered listing. The
// incident listing also takes sort / limit / offset, which the store applies in SQL, so a page
// of a large database costs what the page holds, not what the database holds.
#include "serve/query.h"

#include <algorithm>
#include <charconv>
#include <iterator>
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
      return "parameter '" + name + "' is longer than " + std::to_string(kMaxValueBytes) + " bytes";
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
  if (from && to && days_from_civil(*from) > days_from_civil(*to)) return "from is after to";
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

// A whole number of at least `least`, or the message of a 400.
std::string read_count(const HttpRequest& request, const char* name, std::int64_t least,
                       std::optional<std::int64_t>& out) {
  const std::string* v = find(request, name);
  if (v == nullptr || v->empty()) return {};
  std::int64_t n = 0;
  const auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
  if (ec != std::errc() || end != v->data() + v->size() || n < least)
    return std::string(name) + ": want a whole number of " + std::to_string(least) +
           " or more, got '" + *v + "'";
  out = n;
  return {};
}

// sort=KEY or sort=-KEY (descending); limit=N, offset=N: a page of the listing.
std::string read_page(const HttpRequest& request, IncidentFilter& filter) {
  using Order = IncidentFilter::Order;
  static const std::pair<std::string_view, Order> kKeys[] = {
      {"date", Order::kDate},       {"killed", Order::kKilled}, {"injured", Order::kInjured},
      {"sources", Order::kSources}, {"place", Order::kPlace},   {"country", Order::kCountry},
      {"kind", Order::kKind}};
  if (const std::string* v = find(request, "sort"); v != nullptr && !v->empty()) {
    std::string_view key = *v;
    filter.descending = key.front() == '-';
    if (filter.descending) key.remove_prefix(1);
    const auto* found = std::find_if(std::begin(kKeys), std::end(kKeys),
                                     [&](const auto& k) { return k.first == key; });
    if (found == std::end(kKeys))
      return "sort: want date, killed, injured, sources, place, country or kind, optionally "
             "after '-' for descending, got '" +
             *v + "'";
    filter.order = found->second;
  }
  std::optional<std::int64_t> offset;
  std::string error = read_count(request, "limit", 1, filter.limit);
  if (error.empty()) error = read_count(request, "offset", 0, offset);
  filter.offset = offset.value_or(0);
  return error;
}

// The filters the incident listing and the timeline share (the CLI's `reckon incidents` options).
std::string read_incident_filters(const HttpRequest& request, IncidentFilter& filter) {
  std::string error = read_place(request, filter.place, filter.country);
  if (error.empty()) error = read_dates(request, filter.from, filter.to);
  if (!error.empty()) return error;
  if (const std::string* v = find(request, "kind")) filter.kind = *v;
  if (const std::string* v = find(request, "contested")) {
    const std::optional<bool> flag = parse_flag(*v);
    if (!flag) return "contested: want 1 or 0, got '" + *v + "'";
    filter.contested_only = *flag;
  }
  return read_count(request, "min_killed", 0, filter.min_killed);
}

}  // namespace

Parsed<IncidentQuery> parse_incident_query(const HttpRequest& request) {
  static const std::set<std::string_view> kKnown = {
      "place",      "country", "from",     "to",   "kind",  "contested",
      "min_killed", "format",  "download", "sort", "limit", "offset"};
  IncidentQuery q;
  std::string error = check_names(request, kKnown);
  if (error.empty()) error = read_incident_filters(request, q.filter);
  if (error.empty()) error = read_output(request, q.output);
  if (error.empty()) error = read_page(request, q.filter);
  if (!error.empty()) return error;
  return q;
}

Parsed<IncidentFilter> parse_timeline_query(const HttpRequest& request) {
  static const std::set<std::string_view> kKnown = {"place", "country",   "from",      "to",
                                                    "kind",  "contested", "min_killed"};
  IncidentFilter filter;
  std::string error = check_names(request, kKnown);
  if (error.empty()) error = read_incident_filters(request, filter);
  if (!error.empty()) return error;
  return filter;
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
