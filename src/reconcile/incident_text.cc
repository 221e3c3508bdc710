// Exports for a person: the aligned table of `reckon incidents` / `reckon tallies` on a terminal,
// and the full account of one incident that `reckon show` prints (every claim with who said it,
// where it was published and the quote it was read from).
#include <algorithm>

#include "export_util.h"

namespace reckon {
namespace {

constexpr std::size_t kIdWidth = 42;

bool is_continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Appends `text` cut or padded to `width` characters (UTF-8 code points), then a gap.
void append_cell(std::string& out, std::string_view text, std::size_t width) {
  std::size_t chars = 0;
  std::size_t i = 0;
  while (i < text.size() && chars < width) {
    std::size_t next = i + 1;
    while (next < text.size() && is_continuation(text[next])) ++next;
    const bool last_fitting = chars + 1 == width && next < text.size();
    if (last_fitting) {
      out.append("\xE2\x80\xA6");  // … marks a cut
    } else {
      out.append(text.substr(i, next - i));
    }
    ++chars;
    i = next;
  }
  out.append(width - chars + 2, ' ');
}

void end_line(std::string& out) {
  while (!out.empty() && out.back() == ' ') out.pop_back();
  out.push_back('\n');
}

std::string date_text(const std::optional<EventDate>& d) {
  return d ? format_date(d->value, d->precision) : "-";
}

std::string place_text(const std::optional<PlaceRef>& p) {
  if (!p) return "-";
  return p->country.empty() ? p->name : p->name + ", " + p->country;
}

}  // namespace

std::string format_estimate(const std::optional<Estimate>& e) {
  if (!e) return "-";
  if (e->high && e->low == e->best && e->best == *e->high) return std::to_string(e->best);
  std::string s = std::to_string(e->best) + " (" + std::to_string(e->low);
  s += e->high ? "-" + std::to_string(*e->high) + ")" : "+)";
  return s;
}

std::string format_interval(const std::optional<Interval>& f) {
  if (!f) return "-";
  if (!f->max) return std::to_string(f->min) + "+";
  if (*f->max == f->min) return std::to_string(f->min);
  return std::to_string(f->min) + "-" + std::to_string(*f->max);
}

void write_incident_table_header(std::string& out) {
  append_cell(out, "ID", kIdWidth);
  append_cell(out, "DATE", 10);
  append_cell(out, "KIND", 18);
  append_cell(out, "PLACE", 22);
  append_cell(out, "KILLED", 12);
  append_cell(out, "INJURED", 12);
  append_cell(out, "SRC", 3);
  append_cell(out, "CONTESTED", 9);
  end_line(out);
}

void write_incident_table_row(const Incident& incident, std::string& out) {
  // An id is never cut: it is what `reckon show` takes.
  append_cell(out, incident.id, std::max(kIdWidth, incident.id.size()));
  append_cell(out, date_text(incident.date), 10);
  append_cell(out, incident.kind.empty() ? "-" : incident.kind, 18);
  append_cell(out, place_text(incident.place), 22);
  append_cell(out, format_estimate(incident.killed), 12);
  append_cell(out, format_estimate(incident.injured), 12);
  append_cell(out, std::to_string(incident.sources), 3);
  std::string contested;
  for (const std::string& c : incident.contested) contested += (contested.empty() ? "" : ",") + c;
  append_cell(out, contested, 24);
  end_line(out);
}

void write_tally_table_header(std::string& out) {
  append_cell(out, "AS OF", 10);
  append_cell(out, "PLACE", 18);
  append_cell(out, "KILLED", 8);
  append_cell(out, "INJURED", 8);
  append_cell(out, "K OR I", 8);
  append_cell(out, "DOC", 24);
  append_cell(out, "SCOPE", 50);
  end_line(out);
}

void write_tally_table_row(const TallyRecord& t, std::string& out) {
  append_cell(out, t.as_of ? format_date(*t.as_of) : "-", 10);
  append_cell(out, place_text(t.place), 18);
  append_cell(out, format_interval(t.killed), 8);
  append_cell(out, format_interval(t.injured), 8);
  append_cell(out, format_interval(t.killed_or_injured), 8);
  append_cell(out, t.doc, 24);
  append_cell(out, t.scope.empty() ? "-" : t.scope, 50);
  end_line(out);
}

void write_incident_text(const Incident& incident, std::string& out) {
  out += "incident  " + incident.id + "\n";
  out += "kind      " + (incident.kind.empty() ? std::string("-") : incident.kind);
  if (!incident.weapon.empty()) out += " (" + incident.weapon + ")";
  out += "\ndate      " + date_text(incident.date);
  if (incident.date) out += " (" + std::string(to_string(incident.date->precision)) + ")";
  out += "\nplace     " + place_text(incident.place);
  if (incident.place) out += " (" + std::string(place_precision(incident.place->kind)) + ")";
  out += "\nkilled    " + format_estimate(incident.killed);
  out += "\ninjured   " + format_estimate(incident.injured);
  if (incident.killed_or_injured)
    out += "\nk. or i.  " + format_estimate(incident.killed_or_injured);
  if (!incident.contested.empty()) {
    out += "\ncontested";
    for (const std::string& c : incident.contested) out += " " + c;
  }
  out += "\nsources   " + std::to_string(incident.sources) + " documents, " +
         std::to_string(incident.claims.size()) + " claims\n";
  for (std::size_t i = 0; i < incident.claims.size(); ++i) {
    const ClaimRecord& c = incident.claims[i];
    out += "\nclaim " + std::to_string(i + 1) + ": " + c.doc + " #" + std::to_string(c.ordinal);
    if (!c.outlet.empty()) out += ", " + c.outlet;
    out += c.published ? ", published " + format_date(*c.published) : ", publication date unknown";
    out += "\n  said by   " + (c.said_by.empty() ? std::string("(the report itself)") : c.said_by);
    out += "\n  kind      " + (c.kind.empty() ? std::string("-") : c.kind);
    if (!c.weapon.empty()) out += " (" + c.weapon + ")";
    out += "\n  date      " + date_text(c.date);
    out += "\n  place     " + place_text(c.place);
    if (!c.place_mention.empty()) out += " (\"" + c.place_mention + "\")";
    if (!c.address.empty()) out += "\n  address   " + c.address;
    out += "\n  killed    " + format_interval(c.killed) + ", injured " + format_interval(c.injured);
    if (c.killed_or_injured) out += ", killed or injured " + format_interval(c.killed_or_injured);
    out += "\n  quote     \"" + c.quote + "\"\n";
  }
}

}  // namespace reckon
