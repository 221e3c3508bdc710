// Fixed shapes of digits that are never counts and are told by their punctuation alone: phone
// numbers ("546-6249", "(555) 123-4567", "999.999.9999", "800-222-TIPS"), numeric dates
// ("2020-10-11", "10/11/2020", "04.10.2020"; other "a/b" ratios like "24/7" are kOther) and
// numbers inside URLs, paths and e-mail addresses
// ("elpasotimes.com/story/2018/03/29/..."). The scanner tries them before reading a numeral.
#pragma once

#include <cstdint>

#include "reckon/numbers.h"
#include "recognize/numbers/token_view.h"

namespace reckon::numbers {

struct FormMatch {
  Quantity quantity = Quantity::kOther;
  std::uint32_t last = 0;  // exclusive; 0 = no match
  double value = 0;        // the phone's digits; a date's day of month
};

// A phone number or numeric date starting at token i.
FormMatch match_phone(const TokenView& v, std::uint32_t i);
FormMatch match_numeric_date(const TokenView& v, std::uint32_t i);

// When number token i lies in a run of glued tokens that reads as a URL, path or e-mail address,
// returns the index just past that run; otherwise 0.
std::uint32_t url_run_end(const TokenView& v, std::uint32_t i);

// "am", "pm", "a.m.", "p.m." starting at token i: the number of tokens it spans (0 if none), and
// whether it is "pm".
std::uint32_t match_meridiem(const TokenView& v, std::uint32_t i, bool& pm);

}  // namespace reckon::numbers
