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

// What the report as a whole gives, found once per report: the first day stated in a sentence
// about an incident, the first day stated at all, the first day said of an arrest or statement,
// the first specific place and the first incident kind (-1 where none).
struct ReportFacts {
  std::int32_t incident_day = -1;
  std::int32_t any_day = -1;
  std::int32_t report_day = -1;
  std::int32_t place = -1;
  std::int32_t kind = -1;
};
ReportFacts report_facts(const DocView& v, const std::vector<SentenceInfo>& info);

// The context of the incident whose sentences are `sentences` (in text order, not empty).
ClaimContext context_of(const DocView& v, const std::vector<SentenceInfo>& info, const ReportFacts& report,
                        const std::vector<std::uint32_t>& sentences, std::int32_t own_date);

}  // namespace reckon::extract
