// Records <-> rows (see rows.h). Each record's columns are listed once, in claim_columns(),
// tally_columns() and incident_columns(), and walked in that order by a Binder (binding a record's
// fields to a statement's parameters) or a Reader (filling a record from a result row), so that
// writing and reading cannot disagree on the order. Each walker method covers one field, which
// may span several columns (a place, a figure).
#include "store/rows.h"

#include "reckon/reconcile.h"

namespace reckon::store {
namespace {

constexpr char kUnitSeparator = '\x1f';

std::string join(const std::vector<std::string>& items, char separator) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out.push_back(separator);
    out += items[i];
  }
  return out;
}

// The inverse of join(); the empty string is the empty list.
std::vector<std::string> split(std::string_view joined, char separator) {
  std::vector<std::string> items;
  if (joined.empty()) return items;
  while (true) {
    const std::size_t sep = joined.find(separator);
    items.emplace_back(joined.substr(0, sep));
    if (sep == std::string_view::npos) break;
    joined.remove_prefix(sep + 1);
  }
  return items;
}

// Binds fields to parameters 1, 2, ... in walking order.
struct Binder {
  Statement& stmt;
  int i = 1;

  void null(int columns) {
    while (columns-- > 0) stmt.bind_null(i++);
  }
  void text(std::string_view v) { stmt.bind(i++, v); }
  void real(double v) { stmt.bind(i++, v); }
  void count(std::uint32_t v) { stmt.bind(i++, static_cast<std::int64_t>(v)); }
  void minutes(const std::optional<int>& v) {
    stmt.bind(i++, v ? std::optional<std::int64_t>(*v) : std::nullopt);
  }
  void list(const std::vector<std::string>& items, char separator) { text(join(items, separator)); }
  void date(const std::optional<CivilDate>& d) {
    if (d)
      text(date_text(*d));
    else
      null(1);
  }
  void event_date(const std::optional<EventDate>& d) {
    if (!d) return null(4);
    text(date_text(d->value));
    text(to_string(d->precision));
    stmt.bind(i++, d->first_day());
    stmt.bind(i++, d->last_day());
  }
  void place(const std::optional<PlaceRef>& p) {
    if (!p) return null(6);
    stmt.bind(i++, static_cast<std::int64_t>(p->id));
    text(p->name);
    text(p->country);
    real(p->lat);
    real(p->lon);
    text(place_precision(p->kind));
  }
  void figure(const std::optional<Interval>& f) {
    if (!f) return null(2);
    stmt.bind(i++, f->min);
    stmt.bind(i++, f->max);
  }
  void figure(const std::optional<Estimate>& e) {
    if (!e) return null(3);
    stmt.bind(i++, e->low);
    stmt.bind(i++, e->best);
    stmt.bind(i++, e->high);
  }
};

// Fills fields from columns first_column, first_column + 1, ... in walking order.
struct Reader {
  const Statement& stmt;
  int i;

  void text(std::string& v) { v = stmt.text(i++); }
  void real(double& v) { v = stmt.real(i++); }
  void count(std::uint32_t& v) { v = static_cast<std::uint32_t>(stmt.int64(i++)); }
  void minutes(std::optional<int>& v) {
    const std::optional<std::int64_t> m = stmt.optional_int64(i++);
    v = m ? std::optional<int>(static_cast<int>(*m)) : std::nullopt;
  }
  void list(std::vector<std::string>& items, char separator) {
    items = split(stmt.text(i++), separator);
  }
  void date(std::optional<CivilDate>& d) { d = parse_date(stmt.text(i++)); }
  void event_date(std::optional<EventDate>& d) {
    std::optional<CivilDate> value;
    date(value);
    const std::optional<DatePrecision> precision = date_precision_from_string(stmt.text(i++));
    i += 2;  // first and last day are derived from the value and precision
    d = value && precision ? std::optional<EventDate>(EventDate{*value, *precision}) : std::nullopt;
  }
  void place(std::optional<PlaceRef>& place) {
    const bool absent = stmt.is_null(i);
    PlaceRef p;
    p.id = static_cast<std::uint32_t>(stmt.int64(i++));
    text(p.name);
    text(p.country);
    real(p.lat);
    real(p.lon);
    p.kind = place_kind_from_precision(stmt.text(i++)).value_or(PlaceKind::kCity);
    place = absent ? std::nullopt : std::optional<PlaceRef>(std::move(p));
  }
  void figure(std::optional<Interval>& f) {
    const std::optional<std::int64_t> min = stmt.optional_int64(i++);
    const std::optional<std::int64_t> max = stmt.optional_int64(i++);
    f = min ? std::optional<Interval>(Interval{*min, max}) : std::nullopt;
  }
  void figure(std::optional<Estimate>& e) {
    const std::optional<std::int64_t> low = stmt.optional_int64(i++);
    const std::optional<std::int64_t> best = stmt.optional_int64(i++);
    const std::optional<std::int64_t> high = stmt.optional_int64(i++);
    e = low && best ? std::optional<Estimate>(Estimate{*low, *best, high}) : std::nullopt;
  }
};

// doc, ordinal, published, outlet: where a claim or tally comes from.
template <typename Walker, typename Record>
void provenance_columns(Walker& w, Record& r) {
  w.text(r.doc);
  w.count(r.ordinal);
  w.date(r.published);
  w.text(r.outlet);
}

// killed, injured, killed_or_injured: a claim's or tally's intervals, an incident's estimates.
template <typename Walker, typename Record>
void figure_columns(Walker& w, Record& r) {
  w.figure(r.killed);
  w.figure(r.injured);
  w.figure(r.killed_or_injured);
}

// The columns of kClaimColumns but the last (link_tier, derived, only written).
template <typename Walker, typename ClaimT>
void claim_columns(Walker& w, ClaimT& c) {
  provenance_columns(w, c);
  w.text(c.kind);
  w.text(c.weapon);
  w.event_date(c.date);
  w.minutes(c.minutes);
  w.place(c.place);
  w.text(c.place_mention);
  w.text(c.address);
  figure_columns(w, c);
  w.list(c.victims, kUnitSeparator);
  w.text(c.said_by);
  w.list(c.damage, kUnitSeparator);
  w.text(c.quote);
  w.real(c.salience);
}

template <typename Walker, typename TallyT>
void tally_columns(Walker& w, TallyT& t) {
  provenance_columns(w, t);
  w.date(t.as_of);
  w.date(t.since);
  w.text(t.scope);
  w.place(t.place);
  figure_columns(w, t);
  w.text(t.quote);
}

// The columns of kIncidentColumns but the last (claim_count, only written).
template <typename Walker, typename IncidentT>
void incident_columns(Walker& w, IncidentT& incident) {
  w.text(incident.id);
  w.text(incident.kind);
  w.text(incident.weapon);
  w.event_date(incident.date);
  w.place(incident.place);
  figure_columns(w, incident);
  w.list(incident.contested, ',');
  w.count(incident.sources);
}

}  // namespace

const char* const kClaimColumns =
    "doc_id, ordinal, published, outlet, kind, weapon, date_value, date_precision, date_first, "
    "date_last, minutes, place_id, place_name, country, lat, lon, place_precision, place_mention, "
    "address, killed_min, killed_max, injured_min, injured_max, koi_min, koi_max, victims, "
    "said_by, damage, quote, salience, link_tier";

void bind_claim(Statement& stmt, const ClaimRecord& claim) {
  Binder b{stmt};
  claim_columns(b, claim);
  b.stmt.bind(b.i++, static_cast<std::int64_t>(link_tier(claim)));
}

ClaimRecord read_claim(const Statement& stmt, int first_column) {
  Reader r{stmt, first_column};
  ClaimRecord claim;
  claim_columns(r, claim);
  return claim;
}

const char* const kTallyColumns =
    "doc_id, ordinal, published, outlet, as_of, since, scope, place_id, place_name, country, lat, "
    "lon, place_precision, killed_min, killed_max, injured_min, injured_max, koi_min, koi_max, "
    "quote";

void bind_tally(Statement& stmt, const TallyRecord& tally) {
  Binder b{stmt};
  tally_columns(b, tally);
}

TallyRecord read_tally(const Statement& stmt, int first_column) {
  Reader r{stmt, first_column};
  TallyRecord tally;
  tally_columns(r, tally);
  return tally;
}

const char* const kIncidentColumns =
    "incident_id, kind, weapon, date_value, date_precision, date_first, date_last, place_id, "
    "place_name, country, lat, lon, place_precision, killed_low, killed_best, killed_high, "
    "injured_low, injured_best, injured_high, koi_low, koi_best, koi_high, contested, sources, "
    "claim_count";

void bind_incident(Statement& stmt, const Incident& incident) {
  Binder b{stmt};
  incident_columns(b, incident);
  b.stmt.bind(b.i++, static_cast<std::int64_t>(incident.claims.size()));
}

Incident read_incident(const Statement& stmt, int first_column) {
  Reader r{stmt, first_column};
  Incident incident;
  incident_columns(r, incident);
  return incident;
}

std::string join_list(const std::vector<std::string>& items) {
  return join(items, kUnitSeparator);
}

std::vector<std::string> split_list(std::string_view joined) {
  return split(joined, kUnitSeparator);
}

std::string date_text(const CivilDate& d) {
  return format_date(d);
}

std::optional<CivilDate> parse_date(std::string_view text) {
  if (text.empty()) return std::nullopt;
  return parse_iso_date(text);
}

}  // namespace reckon::store
