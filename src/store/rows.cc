// Records <-> rows (see rows.h). Binding and reading walk the same column order with a running
// index, so each helper below covers a group of columns (a place, a figure) in both directions.
#include "store/rows.h"

#include "reckon/reconcile.h"

namespace reckon::store {
namespace {

constexpr char kUnitSeparator = '\x1f';

struct Binder {
  Statement& stmt;
  int i = 1;
  Binder& add(std::int64_t v) { return stmt.bind(i++, v), *this; }
  Binder& add(double v) { return stmt.bind(i++, v), *this; }
  Binder& add(std::string_view v) { return stmt.bind(i++, v), *this; }
  Binder& add(const std::optional<std::int64_t>& v) { return stmt.bind(i++, v), *this; }
  Binder& null() { return stmt.bind_null(i++), *this; }
  Binder& date(const std::optional<CivilDate>& d) { return d ? add(date_text(*d)) : null(); }

  Binder& event_date(const std::optional<EventDate>& d) {
    if (!d) return null().null().null().null();
    return add(date_text(d->value))
        .add(to_string(d->precision))
        .add(d->first_day())
        .add(d->last_day());
  }
  Binder& place(const std::optional<PlaceRef>& p) {
    if (!p) return null().null().null().null().null().null();
    return add(static_cast<std::int64_t>(p->id))
        .add(p->name)
        .add(p->country)
        .add(p->lat)
        .add(p->lon)
        .add(place_precision(p->kind));
  }
  Binder& interval(const std::optional<Interval>& f) {
    if (!f) return null().null();
    return add(f->min).add(f->max);
  }
  Binder& estimate(const std::optional<Estimate>& e) {
    if (!e) return null().null().null();
    return add(e->low).add(e->best).add(e->high);
  }
};

struct Reader {
  const Statement& stmt;
  int i;
  std::int64_t int64() { return stmt.int64(i++); }
  double real() { return stmt.real(i++); }
  std::string text() { return std::string(stmt.text(i++)); }
  std::optional<std::int64_t> optional_int64() { return stmt.optional_int64(i++); }
  std::optional<CivilDate> date() { return parse_date(stmt.text(i++)); }

  std::optional<EventDate> event_date() {
    const std::optional<CivilDate> value = date();
    const std::optional<DatePrecision> precision = date_precision_from_string(stmt.text(i++));
    i += 2;  // first and last day are derived from the value and precision
    if (!value || !precision) return std::nullopt;
    return EventDate{*value, *precision};
  }
  std::optional<PlaceRef> place() {
    const bool absent = stmt.is_null(i);
    PlaceRef p;
    p.id = static_cast<std::uint32_t>(int64());
    p.name = text();
    p.country = text();
    p.lat = real();
    p.lon = real();
    p.kind = place_kind_from_precision(stmt.text(i++)).value_or(PlaceKind::kCity);
    if (absent) return std::nullopt;
    return p;
  }
  std::optional<Interval> interval() {
    const std::optional<std::int64_t> min = optional_int64();
    const std::optional<std::int64_t> max = optional_int64();
    if (!min) return std::nullopt;
    return Interval{*min, max};
  }
  std::optional<Estimate> estimate() {
    const std::optional<std::int64_t> low = optional_int64();
    const std::optional<std::int64_t> best = optional_int64();
    const std::optional<std::int64_t> high = optional_int64();
    if (!low || !best) return std::nullopt;
    return Estimate{*low, *best, high};
  }
};

}  // namespace

const char* const kClaimColumns =
    "doc_id, ordinal, published, outlet, kind, weapon, date_value, date_precision, date_first, "
    "date_last, "
    "minutes, place_id, place_name, country, lat, lon, place_precision, place_mention, address, "
    "killed_min, "
    "killed_max, injured_min, injured_max, koi_min, koi_max, victims, said_by, damage, quote, "
    "salience, "
    "link_tier";

void bind_claim(Statement& stmt, const ClaimRecord& c) {
  Binder b{stmt};
  b.add(c.doc)
      .add(static_cast<std::int64_t>(c.ordinal))
      .date(c.published)
      .add(c.outlet)
      .add(c.kind)
      .add(c.weapon);
  b.event_date(c.date);
  b.add(c.minutes ? std::optional<std::int64_t>(*c.minutes) : std::nullopt);
  b.place(c.place).add(c.place_mention).add(c.address);
  b.interval(c.killed).interval(c.injured).interval(c.killed_or_injured);
  b.add(join_list(c.victims)).add(c.said_by).add(join_list(c.damage)).add(c.quote).add(c.salience);
  b.add(static_cast<std::int64_t>(link_tier(c)));
}

ClaimRecord read_claim(const Statement& stmt, int first_column) {
  Reader r{stmt, first_column};
  ClaimRecord c;
  c.doc = r.text();
  c.ordinal = static_cast<std::uint32_t>(r.int64());
  c.published = r.date();
  c.outlet = r.text();
  c.kind = r.text();
  c.weapon = r.text();
  c.date = r.event_date();
  if (auto m = r.optional_int64()) c.minutes = static_cast<int>(*m);
  c.place = r.place();
  c.place_mention = r.text();
  c.address = r.text();
  c.killed = r.interval();
  c.injured = r.interval();
  c.killed_or_injured = r.interval();
  c.victims = split_list(stmt.text(r.i++));
  c.said_by = r.text();
  c.damage = split_list(stmt.text(r.i++));
  c.quote = r.text();
  c.salience = r.real();
  return c;
}

const char* const kTallyColumns =
    "doc_id, ordinal, published, outlet, as_of, since, scope, place_id, place_name, country, lat, "
    "lon, "
    "place_precision, killed_min, killed_max, injured_min, injured_max, koi_min, koi_max, quote";

void bind_tally(Statement& stmt, const TallyRecord& t) {
  Binder b{stmt};
  b.add(t.doc)
      .add(static_cast<std::int64_t>(t.ordinal))
      .date(t.published)
      .add(t.outlet)
      .date(t.as_of);
  b.date(t.since).add(t.scope).place(t.place);
  b.interval(t.killed).interval(t.injured).interval(t.killed_or_injured).add(t.quote);
}

TallyRecord read_tally(const Statement& stmt, int first_column) {
  Reader r{stmt, first_column};
  TallyRecord t;
  t.doc = r.text();
  t.ordinal = static_cast<std::uint32_t>(r.int64());
  t.published = r.date();
  t.outlet = r.text();
  t.as_of = r.date();
  t.since = r.date();
  t.scope = r.text();
  t.place = r.place();
  t.killed = r.interval();
  t.injured = r.interval();
  t.killed_or_injured = r.interval();
  t.quote = r.text();
  return t;
}

const char* const kIncidentColumns =
    "incident_id, kind, weapon, date_value, date_precision, date_first, date_last, place_id, "
    "place_name, "
    "country, lat, lon, place_precision, killed_low, killed_best, killed_high, injured_low, "
    "injured_best, "
    "injured_high, koi_low, koi_best, koi_high, contested, sources, claim_count";

void bind_incident(Statement& stmt, const Incident& incident) {
  Binder b{stmt};
  b.add(incident.id)
      .add(incident.kind)
      .add(incident.weapon)
      .event_date(incident.date)
      .place(incident.place);
  b.estimate(incident.killed).estimate(incident.injured).estimate(incident.killed_or_injured);
  std::string contested;
  for (const std::string& c : incident.contested) contested += (contested.empty() ? "" : ",") + c;
  b.add(contested).add(static_cast<std::int64_t>(incident.sources));
  b.add(static_cast<std::int64_t>(incident.claims.size()));
}

Incident read_incident(const Statement& stmt, int first_column) {
  Reader r{stmt, first_column};
  Incident incident;
  incident.id = r.text();
  incident.kind = r.text();
  incident.weapon = r.text();
  incident.date = r.event_date();
  incident.place = r.place();
  incident.killed = r.estimate();
  incident.injured = r.estimate();
  incident.killed_or_injured = r.estimate();
  std::string_view contested = stmt.text(r.i++);
  while (!contested.empty()) {
    const std::size_t comma = contested.find(',');
    incident.contested.emplace_back(contested.substr(0, comma));
    contested = comma == std::string_view::npos ? std::string_view() : contested.substr(comma + 1);
  }
  incident.sources = static_cast<std::uint32_t>(r.int64());
  return incident;
}

std::string join_list(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out.push_back(kUnitSeparator);
    out += items[i];
  }
  return out;
}

std::vector<std::string> split_list(std::string_view joined) {
  std::vector<std::string> items;
  if (joined.empty()) return items;
  while (true) {
    const std::size_t sep = joined.find(kUnitSeparator);
    items.emplace_back(joined.substr(0, sep));
    if (sep == std::string_view::npos) break;
    joined.remove_prefix(sep + 1);
  }
  return items;
}

std::string date_text(const CivilDate& d) {
  return format_date(d);
}

std::optional<CivilDate> parse_date(std::string_view text) {
  if (text.empty()) return std::nullopt;
  return parse_iso_date(text);
}

}  // namespace reckon::store
