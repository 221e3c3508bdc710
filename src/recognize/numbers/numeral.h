// The numeral at the heart of a number phrase, before modifiers, ranges and categories: digits
// with a scale word ("1.5 million", "500 thousand"), spelled-out numbers ("two hundred and
// ninety-two", "forty two", "a dozen", "half a million"), and vague quantities ("dozens",
// "tens of thousands", "a few hundred").
#pragma once

#include <cstdint>

#include "recognize/numbers/digits.h"
#include "recognize/numbers/token_view.h"

namespace reckon::numbers {

struct Numeral {
  std::uint32_t first = 0;
  std::uint32_t last = 0;  // exclusive
  double value = 0;        // scaled: 1.5e6 for "1.5 million"
  double scale = 1;        // the scale applied ("million" = 1e6), so a range can share it
  bool written = false;    // some part is spelled out in words
  bool vague = false;      // value is only a lower bound ("dozens", "several")
  bool approximate = false;  // "a couple", and every vague quantity
  bool ordinal = false;
  bool from_digits = false;  // starts with a number token; `digits` describes it
  DigitForm digits;

  bool single_token() const { return last == first + 1; }
};

// Reads the numeral starting exactly at token i. Returns false when none starts there.
bool read_numeral(const TokenView& v, std::uint32_t i, Numeral& out);

// True when token i could start a numeral, a modifier or a currency-led amount (the scan's cheap
// first test, asked of every token: inline).
inline bool may_start_number(const TokenView& v, std::uint32_t i) {
  const Token& t = v.token(i);
  if (t.kind == TokenKind::kNumber) return true;
  if (t.kind == TokenKind::kSymbol) return true;  // "$", "€", "£" before an amount
  if (t.kind == TokenKind::kPunct) return t.norm == "(";  // "(555) 123-4567"
  // A word the lexicon does not hold (most words) is turned away without reading its letters.
  const WordInfo* w = v.info(i);
  return w != nullptr &&
         (w->numeral != NumeralKind::kNone || w->modifiers_count > 0 || w->has(kAmountLead));
}

}  // namespace reckon::numbers
