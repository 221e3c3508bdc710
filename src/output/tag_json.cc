// JSON for `reckon tag`: the document's metadata and every mention the recognizers found, each
// with its byte offsets, its text and its normalised value. It is the inspection tool for seeing
// why an extraction went right or wrong, so it hides nothing the recognizers decided.
#include <cstdio>

#include "reckon/output.h"

namespace reckon {
namespace {


void write_span(JsonWriter& w, const Document& doc, Span s) {
  w.field("start", s.start).field("end", s.end).field("text", doc.slice(s));
}

void write_numbers(JsonWriter& w, const Document& doc, const std::vector<NumberMention>& numbers) {
  w.key("numbers").begin_array();
  for (const NumberMention& n : numbers) {
    w.begin_object();
    write_span(w, doc, n.span);
    w.field("quantity", to_string(n.quantity)).key("value").value(n.value, 3);
    w.field("min", n.min).key("max").value(n.max);
    if (n.approximate) w.field("approximate", true);
    if (n.indefinite) w.field("indefinite", true);
    w.end_object();
  }
  w.end_array();
}

void write_dates(JsonWriter& w, const Document& doc, const std::vector<DateMention>& dates) {
  w.key("dates").begin_array();
  for (const DateMention& d : dates) {
    w.begin_object();
    write_span(w, doc, d.span);
    w.key("value");
    if (d.resolved) w.value(format_date(d.value, d.precision));
    else w.null();
    w.field("precision", to_string(d.precision)).field("form", to_string(d.form));
    if (d.minutes) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "%02d:%02d", *d.minutes / 60 % 24, *d.minutes % 60);
      w.field("time", std::string_view(buf));
    }
    if (d.said_on) w.field("said_on", format_date(*d.said_on));
    w.end_object();
  }
  w.end_array();
}

void write_places(JsonWriter& w, const Document& doc, const std::vector<PlaceMention>& places) {
  w.key("places").begin_array();
  for (const PlaceMention& p : places) {
    w.begin_object();
    write_span(w, doc, p.span);
    w.field("name", p.place.name).field("country", std::string_view(p.place.country));
    w.key("lat").value(p.place.lat, 4).key("lon").value(p.place.lon, 4);
    w.field("kind", to_string(p.place.kind)).field("precision", precision_name(p.place.kind));
    w.field("population", p.place.population);
    if (p.demonym) w.field("demonym", true);
    w.end_object();
  }
  w.end_array();
}

void write_addresses(JsonWriter& w, const Document& doc, const std::vector<AddressMention>& list) {
  w.key("addresses").begin_array();
  for (const AddressMention& a : list) {
    w.begin_object();
    write_span(w, doc, a.span);
    w.end_object();
  }
  w.end_array();
}

}  // namespace

void write_tag_json(const Document& doc, const Annotations& a, std::string& out) {
  JsonWriter w(out);
  w.begin_object().field("doc", doc.id).key("published");
  if (doc.published) w.value(format_date(*doc.published));
  else w.null();
  w.key("outlet").string_or_null(doc.outlet).key("author").string_or_null(doc.author);
  w.key("title").string_or_null(doc.title).key("url").string_or_null(doc.url);
  w.field("bytes", static_cast<std::uint64_t>(doc.text.size()));
  w.field("tokens", static_cast<std::uint64_t>(a.text.tokens.size()));
  w.field("sentences", static_cast<std::uint64_t>(a.text.sentences.size()));
  w.field("paragraphs", static_cast<std::uint64_t>(a.text.paragraphs.size()));
  write_numbers(w, doc, a.numbers);
  write_dates(w, doc, a.dates);
  write_places(w, doc, a.places);
  write_addresses(w, doc, a.addresses);
  w.key("warnings").begin_array();
  for (const Diagnostic& d : doc.warnings) w.value(d.where + ": " + d.message);
  w.end_array().end_object();
}

}  // namespace reckon
