// Claim context: fills in what a frame's own sentences do not say from the sentences around it.
//
// A report often gives the date and place once ("At about 4 am on October 11, 2020 ... rocket
// attacks on Ganja") and the figures in the next paragraph ("As a result of the brutal attack
// ... 10 people killed"). The nearest earlier sentence that dates or places an incident supplies
// them, then the nearest later one, then the report as a whole; the publication date comes last.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "extract/frames.h"
#include "reckon/claims.h"

namespace reckon::extract {

struct ClaimContext {
  std::optional<ClaimDate> date;
  std::optional<ClaimPlace> place;
  std::optional<Span> address;
  std::string kind;
  std::string weapon;
  std::string said_by;
};

// The context of the incident whose sentences are `sentences` (in text order, not empty).
ClaimContext context_of(const DocView& v, const std::vector<SentenceInfo>& info,
                        const std::vector<std::uint32_t>& sentences, std::int32_t own_date);

}  // namespace reckon::extract
