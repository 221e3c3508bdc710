// Phase two of date recognition: turns what the scanner found into calendar dates.
//
// Resolution walks the raw dates in text order, so each one can use what came before it: the
// year of an earlier date in the same month, the date a "the next day" counts from. See dates.h
// for the rules; this is where they live.
#pragma once

#include <optional>
#include <vector>

#include "reckon/dates.h"
#include "recognize/dates/date_scan.h"

namespace reckon::dates {

std::vector<DateMention> resolve_dates(const TokenizedText& tt, const ScanResult& scan,
                                       std::optional<CivilDate> published);

// `d` moved by whole years; 29 February becomes the 28th in a common year.
CivilDate add_years(const CivilDate& d, int years);

}  // namespace reckon::dates
