// Classification rules that read a number's neighbours: months beside a day, street names after
// a house number, designators before an identifier ("Route 66"), names and age leads before an
// age, decades, clock times, and the year rule. Each returns nullopt when it does not apply, so
// classify() can try them in order.
#pragma once

#include <cstdint>
#include <optional>

#include "recognize/numbers/classify.h"

namespace reckon::numbers {

enum class Meridiem : std::uint8_t { kNone, kAm, kPm };

Classification classified(Quantity q, std::uint32_t end);

// The half of the day a part-of-day phrase at k names: "this morning", "Friday afternoon",
// "last night", "in the evening".
Meridiem daypart_after(const TokenView& v, std::uint32_t k);

// A time of day from the phrase's numeral ("7:45", "4", "10.30") and an optional am/pm; the
// interval is minutes after midnight. kOther when the numbers are no valid time.
std::optional<Classification> clock_time(const Phrase& p, Meridiem m, std::uint32_t end);
// "0400 hours", "at 1530 hours": the unit word at k is "hours".
std::optional<Classification> military_time(const TokenView& v, const Phrase& p, std::uint32_t k);

std::optional<Classification> daypart_time(const TokenView& v, const Phrase& p);
std::optional<Classification> decade(const TokenView& v, const Phrase& p);
std::optional<Classification> ordinal(const TokenView& v, const Phrase& p);
std::optional<Classification> date_part(const TokenView& v, const Phrase& p);
std::optional<Classification> designated(const TokenView& v, const Phrase& p);
std::optional<Classification> street_number(const TokenView& v, const Phrase& p);
std::optional<Classification> age_context(const TokenView& v, const Phrase& p);
std::optional<Classification> year(const TokenView& v, const Phrase& p);
std::optional<Classification> identifier(const TokenView& v, const Phrase& p);

}  // namespace reckon::numbers
