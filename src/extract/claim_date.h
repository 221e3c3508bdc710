// Claim dates: the day (or month, or year) of the incident a claim reports, found from its own
// sentences, the sentences around it and what the report as a whole states, with the publication
// day last. What each date mention is said of (the incident, an arrest, a hearing) is decided
// in date_said_of.h; this file chooses among the mentions.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "extract/claim_context.h"

namespace reckon::extract {

// The claim's own date (`own_date`, a date mention or -1), else a day stated near it (the
// sentences of `order`, nearest first), else a day stated anywhere in the report, else a month or
// a year near it, made a day when the report gives one within it; with none of these, the
// publication day. `own` are the claim's own sentences.
std::optional<ClaimDate> find_date(const DocView& v, const std::vector<SentenceInfo>& info,
                                   const ReportFacts& report,
                                   const std::vector<std::uint32_t>& order,
                                   const std::vector<std::uint32_t>& own, std::int32_t own_date);

// Whether a sentence is about an incident: it names an incident's kind or a casualty.
bool about_incident(const SentenceInfo& s);
// Whether `d` is a day of the week before publication, not publication day itself.
bool in_week_before_publication(const DocView& v, const DateMention& d);
// The first time of day stated in sentence `s` (or a clause read as one), in minutes.
std::optional<int> time_in_sentence(const DocView& v, const Sentence& s);

}  // namespace reckon::extract
