// Reading the query string of the listing routes into the store's filters, with the same
// meaning as the CLI's options (`reckon incidents --place ... --min-killed N`). Every mistake is
// reported by name ("from: want a date as YYYY-MM-DD"), never ignored: a filter silently dropped
// would show a person the wrong incidents.
#pragma once

#include <string>
#include <variant>

#include "reckon/incident.h"
#include "reckon/server.h"
#include "reckon/store.h"

namespace reckon::serve {

struct ListingFormat {
  ExportFormat format = ExportFormat::kJson;  // json, csv or geojson
  bool download = false;                      // answer as a file to save
};

struct IncidentQuery {
  IncidentFilter filter;
  ListingFormat output;
};

struct TallyQuery {
  TallyFilter filter;
  ListingFormat output;
};

// The parsed query, or the message of a 400.
template <typename T>
using Parsed = std::variant<T, std::string>;

Parsed<IncidentQuery> parse_incident_query(const HttpRequest& request);
Parsed<TallyQuery> parse_tally_query(const HttpRequest& request);
// The timeline's filters: those of the incident listing, without format or paging.
Parsed<IncidentFilter> parse_timeline_query(const HttpRequest& request);

// The media type and file extension of a listing format.
const char* content_type_of(ExportFormat format);
const char* extension_of(ExportFormat format);

}  // namespace reckon::serve
