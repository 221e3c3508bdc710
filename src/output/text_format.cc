// Readable output for people (`--format text`): one line per mention or claim, with the words it
// came from, so a reader can check the machine against the report at a glance.
#include <cstdio>
#include <string>

#include "reckon/output.h"

namespace reckon {
namespace {

void appendf(std::string& out, const char* fmt, auto... args) {
  char buf[512];
  const int n = std::snprintf(buf, sizeof buf, fmt, args...);
  if (n > 0) out.append(buf, std::min(static_cast<std::size_t>(n), sizeof buf - 1));
}

std::string one_line(std::string_view s, std::size_t limit = 240) {
  std::string r;
  r.reserve(std::min(s.size(), limit + 4));
  bool space = false;
  for (char c : s) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = !r.empty();
      continue;
    }
    if (space) r.push_back(' ');
    space = false;
    r.push_back(c);
    if (r.size() >= limit) {
      r += "\xE2\x80\xA6";
      break;
    }
  }
  return r;
}

std::string figure_text(const std::optional<Figure>& f) {
  if (!f) return "-";
  if (f->max && *f->max == f->min) return std::to_string(f->min);
  if (!f->max) return std::to_string(f->min) + "+";
  return std::to_string(f->min) + ".." + std::to_string(*f->max);
}

void header(const Document& doc, std::string& out) {
  out += "# " + doc.id;
  out += "  published " + (doc.published ? format_date(*doc.published) : std::string("unknown"));
  if (!doc.outlet.empty()) out += "  outlet " + doc.outlet;
  if (!doc.author.empty()) out += "  author " + doc.author;
  out += "\n";
  if (!doc.title.empty()) out += "  title: " + one_line(doc.title) + "\n";
  for (const Diagnostic& d : doc.warnings) out += "  warning: " + d.where + ": " + d.message + "\n";
}

}  // namespace

void write_tag_text(const Document& doc, const Annotations& a, std::string& out) {
  header(doc, out);
  appendf(out, "  %zu tokens, %zu sentences, %zu paragraphs\n", a.text.tokens.size(),
          a.text.sentences.size(), a.text.paragraphs.size());
  for (const NumberMention& n : a.numbers) {
    appendf(out, "  number  %6u-%-6u %-10s min %lld max %s  ", n.span.start, n.span.end,
            std::string(to_string(n.quantity)).c_str(), static_cast<long long>(n.min),
            n.max ? std::to_string(*n.max).c_str() : "-");
    out += one_line(doc.slice(n.span)) + "\n";
  }
  for (const DateMention& d : a.dates) {
    appendf(out, "  date    %6u-%-6u %-10s ", d.span.start, d.span.end,
            d.resolved ? format_date(d.value, d.precision).c_str() : "unresolved");
    out += one_line(doc.slice(d.span)) + "\n";
  }
  for (const PlaceMention& p : a.places) {
    appendf(out, "  place   %6u-%-6u %s, %s (%.2f, %.2f) %s  ", p.span.start, p.span.end,
            std::string(p.place.name).c_str(), p.place.country, p.place.lat, p.place.lon,
            std::string(to_string(p.place.kind)).c_str());
    out += one_line(doc.slice(p.span)) + "\n";
  }
  for (const AddressMention& ad : a.addresses) {
    appendf(out, "  address %6u-%-6u ", ad.span.start, ad.span.end);
    out += one_line(doc.slice(ad.span)) + "\n";
  }
}

void write_extract_text(const Document& doc, const Extraction& x, std::string& out) {
  header(doc, out);
  int i = 0;
  for (const Claim& c : x.claims) {
    appendf(out, "  claim %d: %s", ++i, c.kind.c_str());
    if (!c.weapon.empty()) out += " (" + c.weapon + ")";
    out += c.date ? "  on " + format_date(c.date->value, c.date->precision) : "  date unknown";
    if (c.place) out += "  in " + std::string(c.place->place.name) + ", " + c.place->place.country;
    if (c.address) out += "  at " + std::string(doc.slice(*c.address));
    out += "  killed " + figure_text(c.killed) + "  injured " + figure_text(c.injured);
    if (c.killed_or_injured) out += "  killed or injured " + figure_text(c.killed_or_injured);
    if (!c.said_by.empty()) out += "  according to " + c.said_by;
    out += "\n    \xE2\x80\x9C" + one_line(quote_of(doc, c.evidence)) + "\xE2\x80\x9D\n";
  }
  for (const Tally& t : x.tallies) {
    out += "  tally as of " + (t.as_of ? format_date(*t.as_of) : std::string("unknown"));
    out += ": " + t.scope + "  killed " + figure_text(t.killed) + "  injured " + figure_text(t.injured);
    if (t.killed_or_injured) out += "  killed or injured " + figure_text(t.killed_or_injured);
    out += "\n    \xE2\x80\x9C" + one_line(quote_of(doc, t.evidence)) + "\xE2\x80\x9D\n";
  }
  if (x.claims.empty() && x.tallies.empty()) out += "  no claims\n";
}

}  // namespace reckon
