// Records: copies a report's claims and tallies out of the Document (whose spans they point
// into) into owned values a store can keep after the report is gone, with the quote text taken
// once, whitespace-collapsed so that line-wrapped articles read as one sentence.
#include <string>

#include "reckon/places.h"
#include "reckon/reconcile.h"

namespace reckon {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v';
}

// Appends `text` to `out` with every run of whitespace turned into one space, trimmed.
void append_collapsed(std::string& out, std::string_view text) {
  bool pending_space = !out.empty();
  bool wrote = false;
  for (char c : text) {
    if (is_space(c)) {
      pending_space = wrote || pending_space;
      continue;
    }
    if (pending_space && !out.empty()) out.push_back(' ');
    pending_space = false;
    wrote = true;
    out.push_back(c);
  }
}

std::string quote_of(const Document& doc, const std::vector<Span>& evidence) {
  std::string quote;
  for (const Span& s : evidence) {
    if (s.end > doc.text.size() || s.empty()) continue;
    append_collapsed(quote, doc.slice(s));
  }
  return quote;
}

std::optional<Interval> interval_of(const std::optional<Figure>& f) {
  if (!f) return std::nullopt;
  return Interval{f->min, f->max};
}

PlaceRef place_ref(const Place& p) {
  PlaceRef r;
  r.id = p.id;
  r.name = std::string(p.name);
  r.country = std::string(p.country, p.country[0] == 0 ? 0 : (p.country[1] == 0 ? 1 : 2));
  r.lat = p.lat;
  r.lon = p.lon;
  r.kind = p.kind;
  return r;
}

std::string slice_or_empty(const Document& doc, const std::optional<Span>& s) {
  if (!s || s->end > doc.text.size()) return {};
  std::string out;
  append_collapsed(out, doc.slice(*s));
  return out;
}

// What claim and tally records share: the report they come from, their figures and their quote.
template <typename Record, typename Source>
Record record_from(const Document& doc, const Source& source, std::uint32_t ordinal) {
  Record r;
  r.doc = doc.id;
  r.ordinal = ordinal;
  r.published = doc.published;
  r.outlet = doc.outlet;
  r.killed = interval_of(source.killed);
  r.injured = interval_of(source.injured);
  r.killed_or_injured = interval_of(source.killed_or_injured);
  r.quote = quote_of(doc, source.evidence);
  return r;
}

}  // namespace

std::int64_t EventDate::first_day() const {
  return days_from_civil(value);
}

std::int64_t EventDate::last_day() const {
  switch (precision) {
    case DatePrecision::kDay:
      return days_from_civil(value);
    case DatePrecision::kMonth:
      return days_from_civil({value.year, value.month, days_in_month(value.year, value.month)});
    case DatePrecision::kYear:
      return days_from_civil({value.year, 12, 31});
  }
  return days_from_civil(value);
}

std::string_view place_precision(PlaceKind kind) {
  // The contract's words (reckon/places.h), but a site is "address", not "city", so that a
  // stored record reads back as the kind it was.
  return kind == PlaceKind::kOther ? "address" : precision_name(kind);
}

std::optional<PlaceKind> place_kind_from_precision(std::string_view word) {
  for (PlaceKind k : {PlaceKind::kCountry, PlaceKind::kAdmin1, PlaceKind::kAdmin2, PlaceKind::kCity,
                      PlaceKind::kVillage, PlaceKind::kOther}) {
    if (place_precision(k) == word) return k;
  }
  return std::nullopt;
}

std::optional<DatePrecision> date_precision_from_string(std::string_view word) {
  for (DatePrecision p : {DatePrecision::kDay, DatePrecision::kMonth, DatePrecision::kYear}) {
    if (to_string(p) == word) return p;
  }
  return std::nullopt;
}

ClaimRecord make_claim_record(const Document& doc, const Claim& claim, std::uint32_t ordinal) {
  ClaimRecord r = record_from<ClaimRecord>(doc, claim, ordinal);
  r.kind = claim.kind;
  r.weapon = claim.weapon;
  if (claim.date) {
    r.date = EventDate{claim.date->value, claim.date->precision};
    r.minutes = claim.date->minutes;
  }
  if (claim.place) {
    r.place = place_ref(claim.place->place);
    r.place_mention = slice_or_empty(doc, claim.place->mention);
  }
  r.address = slice_or_empty(doc, claim.address);
  r.victims = claim.victims;
  r.said_by = claim.said_by;
  r.damage = claim.damage;
  r.salience = claim.salience;
  return r;
}

TallyRecord make_tally_record(const Document& doc, const Tally& tally, std::uint32_t ordinal) {
  TallyRecord r = record_from<TallyRecord>(doc, tally, ordinal);
  r.as_of = tally.as_of;
  r.since = tally.since;
  r.scope = tally.scope;
  if (tally.place) r.place = place_ref(tally.place->place);
  return r;
}

}  // namespace reckon
