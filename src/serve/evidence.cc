// Figure highlights: the number recognizer re-reads each quote (a sentence or two, so this costs
// microseconds) and every count whose interval equals one of the claim's figures is marked.
// When two figures share a value ("2 killed and 2 injured"), the casualty word right after the
// number decides which one it is.
#include "serve/evidence.h"

#include <array>

#include "reckon/numbers.h"
#include "reckon/text.h"

namespace reckon::serve {
namespace {

struct NamedFigure {
  const char* name;
  const std::optional<Interval>* interval;
};

bool same_interval(const NumberMention& m, const Interval& figure) {
  return m.min == figure.min && m.max == figure.max;
}

bool starts_with_any(std::string_view word, std::initializer_list<std::string_view> stems) {
  for (std::string_view stem : stems)
    if (word.substr(0, stem.size()) == stem) return true;
  return false;
}

// The figure named by the first casualty word within a few tokens after the number, or null.
const char* figure_named_after(const TokenizedText& tt, const NumberMention& m) {
  const std::uint32_t stop = std::min<std::uint32_t>(
      static_cast<std::uint32_t>(tt.tokens.size()), m.last_token + 6);
  for (std::uint32_t i = m.last_token; i < stop; ++i) {
    const std::string_view w = tt.tokens[i].norm;
    if (starts_with_any(w, {"kill", "dead", "die", "death", "fatal", "murder"})) return "killed";
    if (starts_with_any(w, {"injur", "wound", "hurt", "hospital"})) return "injured";
    if (tt.tokens[i].is_punct('.') || tt.tokens[i].is_punct(';')) break;
  }
  return nullptr;
}

const char* pick_figure(const TokenizedText& tt, const NumberMention& m,
                        const std::array<NamedFigure, 3>& figures) {
  const char* first = nullptr;
  int matches = 0;
  for (const NamedFigure& f : figures) {
    if (!f.interval->has_value() || !same_interval(m, **f.interval)) continue;
    if (first == nullptr) first = f.name;
    ++matches;
  }
  if (matches <= 1) return first;
  const char* named = figure_named_after(tt, m);
  return named != nullptr ? named : first;
}

}  // namespace

std::vector<FigureHighlight> find_figure_highlights(const ClaimRecord& claim) {
  std::vector<FigureHighlight> highlights;
  if (claim.quote.empty() || (!claim.killed && !claim.injured && !claim.killed_or_injured))
    return highlights;
  const std::array<NamedFigure, 3> figures = {NamedFigure{"killed", &claim.killed},
                                              NamedFigure{"injured", &claim.injured},
                                              NamedFigure{"killed_or_injured", &claim.killed_or_injured}};
  const TokenizedText tt = tokenize(claim.quote);
  for (const NumberMention& m : recognize_numbers(tt, claim.quote)) {
    if (m.quantity != Quantity::kCount) continue;
    if (const char* figure = pick_figure(tt, m, figures))
      highlights.push_back({m.span.start, m.span.end, figure});
  }
  return highlights;
}

void write_incident_with_highlights(const Incident& incident, std::string& out) {
  const std::size_t start = out.size();
  write_incident_json(incident, out);
  // write_incident_json closes the object with '}' as its last byte: reopen it for one field.
  if (out.size() == start || out.back() != '}') return;
  out.pop_back();
  out.append(",\"highlights\":[");
  for (std::size_t i = 0; i < incident.claims.size(); ++i) {
    if (i > 0) out.push_back(',');
    std::string part;
    JsonWriter w(part);
    w.begin_array();
    for (const FigureHighlight& h : find_figure_highlights(incident.claims[i])) {
      w.begin_object().field("start", h.start).field("end", h.end).field("figure", h.figure);
      w.end_object();
    }
    w.end_array();
    out.append(part);
  }
  out.append("]}");
}

}  // namespace reckon::serve
