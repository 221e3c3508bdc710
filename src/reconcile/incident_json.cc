// JSON and GeoJSON exports of incidents and tallies. The incident object is the shape of
// contract/OUTPUT.md section 2 (id, kind, date, place, killed, injured, contested, sources,
// claims); fields beyond it (weapon, killed_or_injured, each claim's kind/date/place/address/
// victims) are extras the contract allows.
#include "export_util.h"
#include "reckon/json.h"

namespace reckon {
namespace {

void write_date(JsonWriter& w, const std::optional<EventDate>& d) {
  if (!d) {
    w.null();
    return;
  }
  w.begin_object()
      .field("value", format_date(d->value, d->precision))
      .field("precision", to_string(d->precision))
      .end_object();
}

void write_date_value(JsonWriter& w, const std::optional<CivilDate>& d) {
  if (d)
    w.value(format_date(*d));
  else
    w.null();
}

void write_place(JsonWriter& w, const std::optional<PlaceRef>& p) {
  if (!p) {
    w.null();
    return;
  }
  w.begin_object().field("name", p->name).key("country").string_or_null(p->country);
  w.key("lat").value(p->lat, 5).key("lon").value(p->lon, 5);
  w.field("precision", place_precision(p->kind)).end_object();
}

void write_estimate(JsonWriter& w, const std::optional<Estimate>& e) {
  if (!e) {
    w.null();
    return;
  }
  w.begin_object()
      .field("low", e->low)
      .field("best", e->best)
      .key("high")
      .value(e->high)
      .end_object();
}

void write_interval(JsonWriter& w, const std::optional<Interval>& f) {
  if (!f) {
    w.null();
    return;
  }
  w.begin_object().field("min", f->min).key("max").value(f->max).end_object();
}

void write_strings(JsonWriter& w, const std::vector<std::string>& values) {
  w.begin_array();
  for (const std::string& v : values) w.value(v);
  w.end_array();
}

void write_claim(JsonWriter& w, const ClaimRecord& c) {
  w.begin_object().field("doc", c.doc).field("ordinal", c.ordinal);
  w.key("published");
  write_date_value(w, c.published);
  w.key("outlet").string_or_null(c.outlet).key("said_by").string_or_null(c.said_by);
  w.key("kind").string_or_null(c.kind).key("weapon").string_or_null(c.weapon);
  w.key("date");
  write_date(w, c.date);
  w.key("place");
  write_place(w, c.place);
  w.key("address").string_or_null(c.address);
  w.key("killed");
  write_interval(w, c.killed);
  w.key("injured");
  write_interval(w, c.injured);
  w.key("killed_or_injured");
  write_interval(w, c.killed_or_injured);
  w.key("victims");
  write_strings(w, c.victims);
  w.field("quote", c.quote).end_object();
}

}  // namespace

void write_incident_json(const Incident& incident, std::string& out) {
  JsonWriter w(out);
  w.begin_object().field("id", incident.id).key("kind").string_or_null(incident.kind);
  w.key("weapon").string_or_null(incident.weapon).key("date");
  write_date(w, incident.date);
  w.key("place");
  write_place(w, incident.place);
  w.key("killed");
  write_estimate(w, incident.killed);
  w.key("injured");
  write_estimate(w, incident.injured);
  w.key("killed_or_injured");
  write_estimate(w, incident.killed_or_injured);
  w.key("contested");
  write_strings(w, incident.contested);
  w.field("sources", incident.sources).key("claims").begin_array();
  for (const ClaimRecord& c : incident.claims) write_claim(w, c);
  w.end_array().end_object();
}

void write_incident_geojson_feature(const Incident& incident, std::string& out) {
  JsonWriter w(out);
  w.begin_object().field("type", "Feature").field("id", incident.id).key("geometry");
  if (incident.place) {
    w.begin_object().field("type", "Point").key("coordinates").begin_array();
    w.value(incident.place->lon, 5).value(incident.place->lat, 5).end_array().end_object();
  } else {
    w.null();
  }
  w.key("properties")
      .begin_object()
      .field("id", incident.id)
      .key("kind")
      .string_or_null(incident.kind);
  w.key("date").string_or_null(
      incident.date ? format_date(incident.date->value, incident.date->precision) : "");
  w.key("date_precision").string_or_null(incident.date ? to_string(incident.date->precision) : "");
  w.key("place").string_or_null(incident.place ? incident.place->name : "");
  w.key("country").string_or_null(incident.place ? incident.place->country : "");
  w.key("place_precision")
      .string_or_null(incident.place ? place_precision(incident.place->kind) : "");
  const std::pair<const char*, const std::optional<Estimate>*> figures[] = {
      {"killed", &incident.killed},
      {"injured", &incident.injured},
      {"killed_or_injured", &incident.killed_or_injured}};
  for (const auto& [name, e] : figures) {
    const std::string prefix(name);
    w.key(prefix + "_low").value(*e ? std::optional<std::int64_t>((*e)->low) : std::nullopt);
    w.key(prefix + "_best").value(*e ? std::optional<std::int64_t>((*e)->best) : std::nullopt);
    w.key(prefix + "_high").value(*e ? (*e)->high : std::nullopt);
  }
  w.key("contested");
  write_strings(w, incident.contested);
  w.field("sources", incident.sources)
      .field("claims", static_cast<std::uint64_t>(incident.claims.size()));
  w.end_object().end_object();
}

void write_tally_json(const TallyRecord& t, std::string& out) {
  JsonWriter w(out);
  w.begin_object().field("doc", t.doc).field("ordinal", t.ordinal).key("published");
  write_date_value(w, t.published);
  w.key("outlet").string_or_null(t.outlet).key("as_of");
  write_date_value(w, t.as_of);
  w.key("since");
  write_date_value(w, t.since);
  w.key("scope").string_or_null(t.scope).key("place");
  write_place(w, t.place);
  w.key("killed");
  write_interval(w, t.killed);
  w.key("injured");
  write_interval(w, t.injured);
  w.key("killed_or_injured");
  write_interval(w, t.killed_or_injured);
  w.field("quote", t.quote).end_object();
}

void write_tally_geojson_feature(const TallyRecord& t, std::string& out) {
  JsonWriter w(out);
  w.begin_object().field("type", "Feature").key("geometry");
  if (t.place) {
    w.begin_object().field("type", "Point").key("coordinates").begin_array();
    w.value(t.place->lon, 5).value(t.place->lat, 5).end_array().end_object();
  } else {
    w.null();
  }
  w.key("properties");
  write_tally_json(t, out);  // appends the value of "properties"; `w` only closes the feature
  w.end_object();
}

}  // namespace reckon
