// JSON and GeoJSON exports of incidents and tallies. The incident object is the shape of
// contract/OUTPUT.md section 2 (id, kind, date, place, killed, injured, contested, sources,
// claims); fields beyond it (weapon, killed_or_injured, each claim's kind/date/place/address/
// victims) are extras the contract allows.
#include "export_util.h"
#include "reckon/json.h"

namespace reckon {
namespace {

// `key` and then `value` written by `write`, or null when absent.
template <typename T, typename Write>
void optional_field(JsonWriter& w, std::string_view key, const std::optional<T>& value,
                    Write write) {
  w.key(key);
  if (value)
    write(w, *value);
  else
    w.null();
}

void write_date(JsonWriter& w, const EventDate& d) {
  w.begin_object()
      .field("value", format_date(d.value, d.precision))
      .field("precision", to_string(d.precision))
      .end_object();
}

void write_day(JsonWriter& w, const CivilDate& d) {
  w.value(format_date(d));
}

void write_place(JsonWriter& w, const PlaceRef& p) {
  w.begin_object().field("name", p.name).key("country").string_or_null(p.country);
  w.key("lat").value(p.lat, 5).key("lon").value(p.lon, 5);
  w.field("precision", place_precision(p.kind)).end_object();
}

void write_estimate(JsonWriter& w, const Estimate& e) {
  w.begin_object().field("low", e.low).field("best", e.best).key("high").value(e.high);
  w.end_object();
}

void write_interval(JsonWriter& w, const Interval& f) {
  w.begin_object().field("min", f.min).key("max").value(f.max).end_object();
}

void strings_field(JsonWriter& w, std::string_view key, const std::vector<std::string>& values) {
  w.key(key).begin_array();
  for (const std::string& v : values) w.value(v);
  w.end_array();
}

// killed, injured and killed_or_injured: a claim's or tally's intervals, an incident's estimates.
template <typename Record, typename Write>
void figure_fields(JsonWriter& w, const Record& r, Write write) {
  optional_field(w, "killed", r.killed, write);
  optional_field(w, "injured", r.injured, write);
  optional_field(w, "killed_or_injured", r.killed_or_injured, write);
}

// A GeoJSON Point at the place, or null.
void geometry_field(JsonWriter& w, const std::optional<PlaceRef>& place) {
  optional_field(w, "geometry", place, [](JsonWriter& g, const PlaceRef& p) {
    g.begin_object().field("type", "Point").key("coordinates").begin_array();
    g.value(p.lon, 5).value(p.lat, 5).end_array().end_object();
  });
}

void write_claim(JsonWriter& w, const ClaimRecord& c) {
  w.begin_object().field("doc", c.doc).field("ordinal", c.ordinal);
  optional_field(w, "published", c.published, write_day);
  w.key("outlet").string_or_null(c.outlet).key("said_by").string_or_null(c.said_by);
  w.key("kind").string_or_null(c.kind).key("weapon").string_or_null(c.weapon);
  optional_field(w, "date", c.date, write_date);
  optional_field(w, "place", c.place, write_place);
  w.key("address").string_or_null(c.address);
  figure_fields(w, c, write_interval);
  strings_field(w, "victims", c.victims);
  w.field("quote", c.quote).end_object();
}

// The flat properties of an incident's GeoJSON feature: one figure as three numbers.
void flat_estimate_fields(JsonWriter& w, std::string_view name, const std::optional<Estimate>& e) {
  const std::string prefix(name);
  w.key(prefix + "_low").value(e ? std::optional<std::int64_t>(e->low) : std::nullopt);
  w.key(prefix + "_best").value(e ? std::optional<std::int64_t>(e->best) : std::nullopt);
  w.key(prefix + "_high").value(e ? e->high : std::nullopt);
}

}  // namespace

void write_incident_json(const Incident& incident, std::string& out) {
  JsonWriter w(out);
  w.begin_object().field("id", incident.id).key("kind").string_or_null(incident.kind);
  w.key("weapon").string_or_null(incident.weapon);
  optional_field(w, "date", incident.date, write_date);
  optional_field(w, "place", incident.place, write_place);
  figure_fields(w, incident, write_estimate);
  strings_field(w, "contested", incident.contested);
  w.field("sources", incident.sources).key("claims").begin_array();
  for (const ClaimRecord& c : incident.claims) write_claim(w, c);
  w.end_array().end_object();
}

void write_incident_geojson_feature(const Incident& incident, std::string& out) {
  JsonWriter w(out);
  w.begin_object().field("type", "Feature").field("id", incident.id);
  geometry_field(w, incident.place);
  w.key("properties").begin_object().field("id", incident.id);
  w.key("kind").string_or_null(incident.kind);
  const std::optional<EventDate>& date = incident.date;
  w.key("date").string_or_null(date ? format_date(date->value, date->precision) : "");
  w.key("date_precision").string_or_null(date ? to_string(date->precision) : "");
  const std::optional<PlaceRef>& place = incident.place;
  w.key("place").string_or_null(place ? place->name : "");
  w.key("country").string_or_null(place ? place->country : "");
  w.key("place_precision").string_or_null(place ? place_precision(place->kind) : "");
  flat_estimate_fields(w, "killed", incident.killed);
  flat_estimate_fields(w, "injured", incident.injured);
  flat_estimate_fields(w, "killed_or_injured", incident.killed_or_injured);
  strings_field(w, "contested", incident.contested);
  w.field("sources", incident.sources)
      .field("claims", static_cast<std::uint64_t>(incident.claims.size()));
  w.end_object().end_object();
}

void write_tally_json(const TallyRecord& t, std::string& out) {
  JsonWriter w(out);
  w.begin_object().field("doc", t.doc).field("ordinal", t.ordinal);
  optional_field(w, "published", t.published, write_day);
  w.key("outlet").string_or_null(t.outlet);
  optional_field(w, "as_of", t.as_of, write_day);
  optional_field(w, "since", t.since, write_day);
  w.key("scope").string_or_null(t.scope);
  optional_field(w, "place", t.place, write_place);
  figure_fields(w, t, write_interval);
  w.field("quote", t.quote).end_object();
}

void write_tally_geojson_feature(const TallyRecord& t, std::string& out) {
  JsonWriter w(out);
  w.begin_object().field("type", "Feature");
  geometry_field(w, t.place);
  w.key("properties");
  write_tally_json(t, out);  // appends the value of "properties"; `w` only closes the feature
  w.end_object();
}

}  // namespace reckon
