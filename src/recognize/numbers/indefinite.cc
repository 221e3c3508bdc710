// Indefinite person counts. Between the article and the noun we allow a few describing words
// ("a young man", "an off-duty police officer") but never a function word, so in "a car hit the
// man" the search stops at "the" and reads no count. The people noun must not open a
// hyphenated modifier ("an officer-involved shooting").
#include "recognize/numbers/indefinite.h"

#include "recognize/numbers/numeral.h"

namespace reckon::numbers {
namespace {

constexpr int kMaxDescribingWords = 3;

// "22-year-old", "four-year-old" starting at k: returns the index after it, or 0.
std::uint32_t age_compound_end(const TokenView& v, std::uint32_t k) {
  // A word that is no number word and no article opens no numeral: skip read_numeral's three
  // readings of every describing word ("a young man").
  const WordInfo* w = v.info(k);
  if (v.word(k) && (w == nullptr || w->numeral == NumeralKind::kNone) && !v.is(k, "a") && !v.is(k, "an")) return 0;
  Numeral n;
  if (!read_numeral(v, k, n) || n.vague || n.ordinal) return 0;
  std::uint32_t j = n.last;
  if (v.punct(j, '-') && v.glued(j)) ++j;
  if (!v.has(j, kAgeUnit)) return 0;
  ++j;
  if (v.punct(j, '-') && v.glued(j)) ++j;
  return v.is(j, "old") ? j + 1 : 0;
}

bool person_noun_at(const TokenView& v, std::uint32_t k) {
  if (!v.has(k, kPersonSingular)) return false;
  return !(v.punct(k + 1, '-') && v.glued(k + 1));
}

// A describing word: a word that is no function word and no number word (ordinals allowed:
// "a second man"), with any hyphenated continuation ("off-duty"). Returns the index after it.
std::uint32_t describing_word_end(const TokenView& v, std::uint32_t k) {
  if (!v.word(k) || v.has(k, kStop) || v.has(k, kPersonPlural)) return 0;
  const WordInfo* w = v.info(k);
  const bool ordinal = w != nullptr && w->numeral == NumeralKind::kOrdinal;
  if (w != nullptr && w->numeral != NumeralKind::kNone && !ordinal) return 0;
  if (v.has(k, kUnitWord) && !ordinal) return 0;  // "an hour later another civilian"
  std::uint32_t j = k + 1;
  while (v.punct(j, '-') && v.glued(j) && v.glued(j + 1) && v.word(j + 1)) j += 2;
  return j;
}

}  // namespace

bool read_indefinite_after_article(const TokenView& v, std::uint32_t i, IndefiniteCount& out) {
  if (i > 0 && v.has(i - 1, kNegation)) return false;  // "not a single person"
  std::uint32_t k = i + 1;
  for (int words = 0; words <= kMaxDescribingWords && k < v.size(); ++words) {
    if (person_noun_at(v, k)) {
      out = IndefiniteCount{i, k};
      return true;
    }
    if (const std::uint32_t age_end = age_compound_end(v, k)) {
      out = IndefiniteCount{i, age_end};  // the noun after it, or the verb: "a 22-year-old was shot"
      return true;
    }
    const std::uint32_t next = describing_word_end(v, k);
    if (next == 0) return false;
    k = next;
  }
  return false;
}

NumberMention IndefiniteCount::mention(const TokenView& v) const {
  NumberMention m;
  m.first_token = article;
  m.last_token = article + 1;
  m.span = v.span(article, article + 1);
  m.quantity = Quantity::kCount;
  m.value = 1;
  m.min = 1;
  m.max = 1;
  m.indefinite = true;
  m.written = true;
  m.head_token = head;
  return m;
}

}  // namespace reckon::numbers
