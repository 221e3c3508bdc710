// JSON for `reckon extract`: the shape fixed in contract/OUTPUT.md section 1, plus a few extra
// fields (title, quote, damage, time) that the scorers ignore and people find useful.
#include <algorithm>
#include <charconv>
#include <cstdio>

#include "reckon/output.h"

namespace reckon {

void write_figure(JsonWriter& w, const std::optional<Figure>& f, const Document* doc) {
  if (!f) {
    w.null();
    return;
  }
  w.begin_object().field("min", f->min).key("max").value(f->max);
  if (doc != nullptr && !f->text.empty()) w.field("text", doc->slice(f->text));
  w.end_object();
}

void write_place(JsonWriter& w, const Place& p, std::string_view mention) {
  w.begin_object().field("name", p.name).field("country", std::string_view(p.country));
  w.key("lat").value(p.lat, 4).key("lon").value(p.lon, 4);
  w.field("precision", precision_name(p.kind));
  if (!mention.empty()) w.field("mention", mention);
  w.end_object();
}

namespace {

void write_date(JsonWriter& w, const std::optional<ClaimDate>& d) {
  if (!d) {
    w.null();
    return;
  }
  w.begin_object().field("value", format_date(d->value, d->precision));
  w.field("precision", to_string(d->precision));
  if (d->minutes) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", *d->minutes / 60 % 24, *d->minutes % 60);
    w.field("time", std::string_view(buf));
  }
  w.end_object();
}

// {"start":12,"end":80} into `buf`, in one piece: a claim lists several spans, and writing each
// brace, key and number through the writer took three times the instructions.
std::string_view span_json(const Span& s, char (&buf)[48]) {
  constexpr std::string_view kStart = "{\"start\":", kEnd = ",\"end\":";
  char* p = std::copy(kStart.begin(), kStart.end(), buf);
  p = std::to_chars(p, buf + sizeof buf, s.start).ptr;
  p = std::copy(kEnd.begin(), kEnd.end(), p);
  p = std::to_chars(p, buf + sizeof buf, s.end).ptr;
  *p++ = '}';
  return std::string_view(buf, static_cast<std::size_t>(p - buf));
}

void write_evidence(JsonWriter& w, const std::vector<Span>& evidence) {
  w.key("evidence").begin_array();
  char buf[48];
  for (const Span& s : evidence) w.json_value(span_json(s, buf));
  w.end_array();
}

void write_strings(JsonWriter& w, JsonKey key, const std::vector<std::string>& items) {
  w.key(key).begin_array();
  for (const std::string& s : items) w.value(s);
  w.end_array();
}

}  // namespace

std::string quote_of(const Document& doc, const std::vector<Span>& evidence) {
  std::string quote;
  for (const Span& s : evidence) {
    if (!quote.empty()) quote += " \xE2\x80\xA6 ";
    quote += doc.slice(s);
  }
  return quote;
}

void write_claim(JsonWriter& w, const Document& doc, const Claim& c) {
  w.begin_object().field("kind", c.kind).key("weapon").string_or_null(c.weapon);
  w.key("date");
  write_date(w, c.date);
  w.key("place");
  if (c.place) write_place(w, c.place->place, doc.slice(c.place->mention));
  else w.null();
  w.key("address");
  if (c.address) w.value(doc.slice(*c.address));
  else w.null();
  w.key("killed");
  write_figure(w, c.killed, &doc);
  w.key("injured");
  write_figure(w, c.injured, &doc);
  w.key("killed_or_injured");
  write_figure(w, c.killed_or_injured, &doc);
  write_strings(w, "victims", c.victims);
  w.key("said_by").string_or_null(c.said_by);
  write_strings(w, "damage", c.damage);
  write_evidence(w, c.evidence);
  w.field("quote", quote_of(doc, c.evidence));
  w.end_object();
}

void write_tally(JsonWriter& w, const Document& doc, const Tally& t) {
  w.begin_object().key("as_of");
  if (t.as_of) w.value(format_date(*t.as_of));
  else w.null();
  w.key("since");
  if (t.since) w.value(format_date(*t.since));
  else w.null();
  w.field("scope", t.scope).key("place");
  if (t.place) write_place(w, t.place->place, doc.slice(t.place->mention));
  else w.null();
  w.key("killed");
  write_figure(w, t.killed, &doc);
  w.key("injured");
  write_figure(w, t.injured, &doc);
  w.key("killed_or_injured");
  write_figure(w, t.killed_or_injured, &doc);
  write_evidence(w, t.evidence);
  w.field("quote", quote_of(doc, t.evidence));
  w.end_object();
}

void write_extract_json(const Document& doc, const Extraction& x, std::string& out) {
  JsonWriter w(out);
  w.begin_object().field("doc", doc.id).key("published");
  if (doc.published) w.value(format_date(*doc.published));
  else w.null();
  w.key("outlet").string_or_null(doc.outlet).key("author").string_or_null(doc.author);
  w.key("title").string_or_null(doc.title).key("url").string_or_null(doc.url);
  w.key("claims").begin_array();
  for (const Claim& c : x.claims) write_claim(w, doc, c);
  w.end_array().key("tallies").begin_array();
  for (const Tally& t : x.tallies) write_tally(w, doc, t);
  w.end_array().end_object();
}

}  // namespace reckon
