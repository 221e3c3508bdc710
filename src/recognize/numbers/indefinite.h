// Indefinite counts of people: "a man", "an elderly woman", "another civilian", "a police
// officer", "a 22-year-old man", "a 22-year-old" - each an implicit count of one. Only nouns for
// people count (data/lexicon/numbers_people.tsv): "a car" or "a year ago" are not counts.
#pragma once

#include <cstdint>

#include "reckon/numbers.h"
#include "recognize/numbers/token_view.h"

namespace reckon::numbers {

struct IndefiniteCount {
  std::uint32_t article = 0;  // "a", "an" or "another"
  std::uint32_t head = 0;     // the people noun, or the token after "a 22-year-old"

  // The mention: the article's span, value 1, indefinite and written.
  NumberMention mention(const TokenView& v) const;
};

// Reads an indefinite person count whose article is token i (checked to be one).
bool read_indefinite_after_article(const TokenView& v, std::uint32_t i, IndefiniteCount& out);

// Reads an indefinite person count whose article is token i. Most tokens asked about (51k on
// GVA train) are no article: tested inline, they cost no call.
inline bool read_indefinite(const TokenView& v, std::uint32_t i, IndefiniteCount& out) {
  if (!(v.is(i, "a") || v.is(i, "an") || v.is(i, "another"))) return false;
  return read_indefinite_after_article(v, i, out);
}

}  // namespace reckon::numbers
