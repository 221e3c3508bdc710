// Where each claim's figures stand in its quote, so the evidence view can highlight "three" in
// "killing three people and injuring 12". The store keeps a claim's figures as intervals and its
// quote as text, not the figure's offsets, so they are found again here by running the number
// recognizer over the quote: a count whose interval equals the claim's figure is that figure.
#pragma once

#include <string>
#include <vector>

#include "reckon/incident.h"
#include "reckon/json.h"

namespace reckon::serve {

struct FigureHighlight {
  std::uint32_t start = 0;  // byte offsets into the claim's quote
  std::uint32_t end = 0;
  const char* figure = "";  // "killed", "injured" or "killed_or_injured"
};

std::vector<FigureHighlight> find_figure_highlights(const ClaimRecord& claim);

// The incident object of `reckon show --format json`, plus "highlights": one array per claim
// (in the claims' order) of {start, end, figure}.
void write_incident_with_highlights(const Incident& incident, std::string& out);

}  // namespace reckon::serve
