// CSV exports. Incident columns follow ACLED's names where they have one, so that tools built
// for ACLED read them: event_id, event_date, event_type, location, country, latitude, longitude,
// geo_precision, time_precision, fatalities_low/best/high, injured_low/best/high, sources, notes.
// Precision codes are ACLED's: geo 1 = town, village or site, 2 = district, 3 = region or
// country; time 1 = day, 3 = month or year (ACLED's 2, "a week", never arises here).
// An empty *_high with a filled *_low means no upper bound was stated.
#include <cstdio>

#include "export_util.h"

namespace reckon {
namespace {

std::string number_or_empty(const std::optional<std::int64_t>& v) {
  return v ? std::to_string(*v) : "";
}

std::string coordinate(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.5f", v);
  return buf;
}

int geo_precision(PlaceKind k) {
  switch (k) {
    case PlaceKind::kCity:
    case PlaceKind::kVillage:
    case PlaceKind::kOther:
      return 1;
    case PlaceKind::kAdmin2:
      return 2;
    default:
      return 3;
  }
}

// A line per claim, so a spreadsheet reader sees who said what without the JSON.
std::string notes_of(const Incident& incident) {
  std::string notes;
  if (!incident.contested.empty()) {
    notes = "contested:";
    for (const std::string& c : incident.contested) notes += " " + c;
    notes += "; ";
  }
  for (std::size_t i = 0; i < incident.claims.size(); ++i) {
    const ClaimRecord& c = incident.claims[i];
    if (i > 0) notes += " | ";
    notes += c.doc;
    if (!c.outlet.empty()) notes += ", " + c.outlet;
    if (c.published) notes += ", " + format_date(*c.published);
    if (!c.said_by.empty()) notes += ", said by " + c.said_by;
    notes += ": killed " + format_interval(c.killed) + ", injured " + format_interval(c.injured);
  }
  return notes;
}

void append_row(std::string& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out.push_back(',');
    append_csv_field(out, fields[i]);
  }
  out.append("\r\n");
}

}  // namespace

void append_csv_field(std::string& out, std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
    out.append(field);
    return;
  }
  out.push_back('"');
  for (char c : field) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

void write_incident_csv_header(std::string& out) {
  append_row(
      out, {"event_id", "event_date", "event_type", "location", "country", "latitude", "longitude",
            "geo_precision", "time_precision", "fatalities_low", "fatalities_best",
            "fatalities_high", "injured_low", "injured_best", "injured_high", "sources", "notes"});
}

void write_incident_csv_row(const Incident& incident, std::string& out) {
  const auto& p = incident.place;
  const auto& d = incident.date;
  const auto low = [](const std::optional<Estimate>& e) {
    return e ? std::optional(e->low) : std::nullopt;
  };
  const auto best = [](const std::optional<Estimate>& e) {
    return e ? std::optional(e->best) : std::nullopt;
  };
  const auto high = [](const std::optional<Estimate>& e) { return e ? e->high : std::nullopt; };
  append_row(out, {incident.id, d ? format_date(d->value, d->precision) : "", incident.kind,
                   p ? p->name : "", p ? p->country : "", p ? coordinate(p->lat) : "",
                   p ? coordinate(p->lon) : "", p ? std::to_string(geo_precision(p->kind)) : "",
                   d ? (d->precision == DatePrecision::kDay ? "1" : "3") : "",
                   number_or_empty(low(incident.killed)), number_or_empty(best(incident.killed)),
                   number_or_empty(high(incident.killed)), number_or_empty(low(incident.injured)),
                   number_or_empty(best(incident.injured)), number_or_empty(high(incident.injured)),
                   std::to_string(incident.sources), notes_of(incident)});
}

void write_tally_csv_header(std::string& out) {
  append_row(
      out, {"as_of", "since", "scope", "location", "country", "latitude", "longitude", "killed_min",
            "killed_max", "injured_min", "injured_max", "killed_or_injured_min",
            "killed_or_injured_max", "doc", "published", "outlet", "quote"});
}

void write_tally_csv_row(const TallyRecord& t, std::string& out) {
  const auto& p = t.place;
  const auto min = [](const std::optional<Interval>& f) {
    return f ? std::optional(f->min) : std::nullopt;
  };
  const auto max = [](const std::optional<Interval>& f) { return f ? f->max : std::nullopt; };
  append_row(out, {t.as_of ? format_date(*t.as_of) : "", t.since ? format_date(*t.since) : "",
                   t.scope, p ? p->name : "", p ? p->country : "", p ? coordinate(p->lat) : "",
                   p ? coordinate(p->lon) : "", number_or_empty(min(t.killed)),
                   number_or_empty(max(t.killed)), number_or_empty(min(t.injured)),
                   number_or_empty(max(t.injured)), number_or_empty(min(t.killed_or_injured)),
                   number_or_empty(max(t.killed_or_injured)), t.doc,
                   t.published ? format_date(*t.published) : "", t.outlet, t.quote});
}

}  // namespace reckon
