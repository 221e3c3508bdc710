// Small token tests shared by the classification rules (inline: each is a couple of lookups).
#pragma once

#include <cstdint>
#include <string_view>

#include "recognize/numbers/number_lexicon.h"
#include "recognize/numbers/token_view.h"

namespace reckon::numbers {

inline bool is_month(const TokenView& v, std::uint32_t k) {
  const WordInfo* w = v.info(k);
  if (w == nullptr) return false;
  return w->has(kMonth) || (w->has(kMonthLoose) && v.capitalized(k));
}

// A month right before token i: "October 11", "Oct. 11".
inline bool month_before(const TokenView& v, std::uint32_t i) {
  if (i == 0) return false;
  std::uint32_t k = i - 1;
  if (v.punct(k, '.') && k > 0) --k;
  return is_month(v, k);
}

// A month at token k, or "of" and a month: "11 October", "the 4th of July".
inline bool month_at(const TokenView& v, std::uint32_t k) { return is_month(v, k) || (v.is(k, "of") && is_month(v, k + 1)); }

inline bool people_noun(const TokenView& v, std::uint32_t k) { return v.has(k, kPersonSingular) || v.has(k, kPersonPlural); }

inline bool ordinal_token(const TokenView& v, std::uint32_t k) {
  const std::string_view n = v.norm(k);
  if (n.size() < 3) return false;
  const std::string_view s = n.substr(n.size() - 2);
  return s == "st" || s == "nd" || s == "rd" || s == "th";
}

// Station call letters and code abbreviations before a number: "WCBS 880", "PC 273", "HS 11377".
inline bool code_letters(const TokenView& v, std::uint32_t k) {
  if (!v.word(k) || !v.token(k).has(kAllCaps)) return false;
  const std::size_t n = v.norm(k).size();
  return n >= 2 && n <= 5;
}

// Token k begins a sentence or a line (so a capital letter there says nothing about a name).
inline bool line_or_sentence_start(const TokenView& v, std::uint32_t k) {
  if (k == 0 || v.token(k).has(kNewlineBefore)) return true;
  const std::string_view prev = v.norm(k - 1);
  return prev == "." || prev == "!" || prev == "?" || prev == "\"" || prev == ":";
}

}  // namespace reckon::numbers
