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

// The day a sentence dates, as the report's days are looked up by value: the first sentence (in
// text order) that dates each day, and its date mention.
struct DatedDay {
  CivilDate value;
  std::uint32_t sentence = 0;
  std::int32_t mention = -1;
};

// What the report as a whole gives, found once per report: the first day stated in a sentence
// about an incident (and that sentence), the first day stated at all, the first day said of an
// arrest or statement (the first of the week before publication instead, when that one is the
// publication day), the first specific place, the incident kind and weapon of the lead (its
// first three sentences, up to the first with figures; -1 where none), and the
// days its sentences date, sorted by value, so that the first of them within a period is found
// without reading the report again for each claim.
struct ReportFacts {
  std::int32_t incident_day = -1;
  std::uint32_t incident_day_sentence = 0;
  std::int32_t any_day = -1;
  std::int32_t report_day = -1;
  std::int32_t place = -1;
  std::int32_t kind = -1;
  std::int32_t weapon = -1;
  std::vector<DatedDay> days;
  // For a claim whose neighbourhood states no time of day: the first time stated in a sentence
  // about an incident (minutes), and whether such a sentence speaks of the night ("overnight").
  std::optional<int> incident_time;
  bool overnight = false;

  // The date mention of the first sentence in the report that dates a day from `first` to
  // `last`, or -1. Looks at each distinct day of the range once.
  std::int32_t first_day_within(const CivilDate& first, const CivilDate& last) const;
};
ReportFacts report_facts(const DocView& v, const std::vector<SentenceInfo>& info);

// The sentences that may say how the people of a frame whose sentences are `own` were harmed,
// nearest first: its own and those between them, then those before and after it up to the nearest
// with figures, which
// belong to another incident ("A shell hit Barda, wounding two. Last month a drone strike on
// Aghdam killed a soldier": the drone is not the shell's).
std::vector<std::uint32_t> account_of(const std::vector<SentenceInfo>& info,
                                      const std::vector<std::uint32_t>& own);

// The context of the incident whose sentences are `sentences` (in text order, not empty).
ClaimContext context_of(const DocView& v, const std::vector<SentenceInfo>& info, const ReportFacts& report,
                        const std::vector<std::uint32_t>& sentences, std::int32_t own_date);

}  // namespace reckon::extract
