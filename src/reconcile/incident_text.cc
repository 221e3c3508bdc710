// Exports for a person: the aligned table of `reckon incidents` / `reckon tallies` on a terminal,
// and the full account of one incident that `reckon show` prints (every claim with who said it,
// where it was published and the quote it was read from).
#include <algorithm>
#include <array>

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

struct Column {
  std::string_view title;
  std::size_t width;
  bool never_cut = false;  // widened to fit instead (an id is what `reckon show` takes)
};

constexpr Column kIncidentColumns[] = {
    {"ID", kIdWidth, true}, {"DATE", 10},    {"KIND", 18}, {"PLACE", 22},
    {"KILLED", 12},         {"INJURED", 12}, {"SRC", 3},   {"CONTESTED", 24}};
constexpr Column kTallyColumns[] = {{"AS OF", 10}, {"PLACE", 18}, {"KILLED", 8}, {"INJURED", 8},
                                    {"K OR I", 8}, {"DOC", 24},   {"SCOPE", 50}};

template <std::size_t N>
void write_header(const Column (&columns)[N], std::string& out) {
  for (const Column& c : columns) append_cell(out, c.title, c.width);
  end_line(out);
}

template <std::size_t N>
void write_row(const Column (&columns)[N], const std::array<std::string, N>& cells,
               std::string& out) {
  for (std::size_t i = 0; i < N; ++i) {
    const Column& c = columns[i];
    append_cell(out, cells[i], c.never_cut ? std::max(c.width, cells[i].size()) : c.width);
  }
  end_line(out);
}

std::string or_dash(const std::string& s) {
  return s.empty() ? "-" : s;
}

std::string join_words(const std::vector<std::string>& words, std::string_view separator) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : std::string(separator)) + w;
  return out;
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
  write_header(kIncidentColumns, out);
}

void write_incident_table_row(const Incident& incident, std::string& out) {
  write_row(
      kIncidentColumns,
      {incident.id, date_text(incident.date), or_dash(incident.kind), place_text(incident.place),
       format_estimate(incident.killed), format_estimate(incident.injured),
       std::to_string(incident.sources), join_words(incident.contested, ",")},
      out);
}

void write_tally_table_header(std::string& out) {
  write_header(kTallyColumns, out);
}

void write_tally_table_row(const TallyRecord& t, std::string& out) {
  write_row(
      kTallyColumns,
      {t.as_of ? format_date(*t.as_of) : "-", place_text(t.place), format_interval(t.killed),
       format_interval(t.injured), format_interval(t.killed_or_injured), t.doc, or_dash(t.scope)},
      out);
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
