// Deciding what a number phrase measures (Quantity) from its own form and its neighbours, and how
// far its unit reaches ("30 years", "44-day", "4 a.m.", "20 percent" take their unit into the
// span; a count leaves its noun outside, as the head).
#pragma once

#include <cstdint>
#include <optional>

#include "reckon/numbers.h"
#include "recognize/numbers/number_lexicon.h"
#include "recognize/numbers/numeral.h"
#include "recognize/numbers/token_view.h"

namespace reckon::numbers {

// A phrase as the scanner read it, before classification.
struct Phrase {
  std::uint32_t start = 0;  // first token, modifier or currency sign included
  Numeral low;              // the numeral, or a range's low end
  std::optional<Numeral> high;
  std::uint32_t end = 0;    // exclusive: after numerals and postfix modifiers
  Effect effect = Effect::kNone;
  bool currency = false;    // "$", "€", "£" before the amount
  // The mention just before this phrase, if any: "ages 18 and 19" carries the age on.
  const NumberMention* previous = nullptr;
};

struct Classification {
  Quantity quantity = Quantity::kCount;
  std::uint32_t end = 0;  // exclusive: after any unit taken into the span
  // Interval overrides for forms whose interval is not the number itself: clock times (minutes
  // after midnight), decades ("the 1990s" 1990..1999, "in their 20s" 20..29).
  std::optional<std::int64_t> min, max;
  std::optional<double> value;
  bool approximate = false;
  bool drop = false;  // not a number mention at all ("no one", "one another")
};

Classification classify(const TokenView& v, const Phrase& p);

}  // namespace reckon::numbers
