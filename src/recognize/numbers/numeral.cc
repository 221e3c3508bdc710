// Numeral reading. Spelled-out numbers use the usual accumulator: units, teens and tens add to
// the running group, "hundred" multiplies it, a larger scale closes it into the total. Each word
// is accepted only after the kinds of word that may precede it, so "one two" stops after "one"
// and "ten and" never swallows a conjunction. Digits take at most two scale words after them.
#include "recognize/numbers/numeral.h"

#include <limits>

namespace reckon::numbers {
namespace {

enum class Prev : std::uint8_t { kStart, kArticle, kUnit, kTeen, kTens, kHundred, kScale, kAnd };

NumeralKind kind_at(const TokenView& v, std::uint32_t i) {
  const WordInfo* w = v.info(i);
  return w == nullptr ? NumeralKind::kNone : w->numeral;
}

bool is_article(const TokenView& v, std::uint32_t i) { return v.is(i, "a") || v.is(i, "an"); }

bool small_cardinal(const TokenView& v, std::uint32_t i) {
  const NumeralKind k = kind_at(v, i);
  return k == NumeralKind::kUnit || k == NumeralKind::kTeen || k == NumeralKind::kTens ||
         (k == NumeralKind::kOrdinal && v.info(i)->value < 100);
}

// Words that may follow "a"/"an" inside a numeral: "a hundred", "a million", "a dozen", "a few".
bool article_numeral(const TokenView& v, std::uint32_t i) {
  const NumeralKind k = kind_at(v, i);
  return k == NumeralKind::kHundred || k == NumeralKind::kScale || k == NumeralKind::kDozen ||
         k == NumeralKind::kCouple || (k == NumeralKind::kVague && v.info(i)->needs_article);
}

// A hyphen inside "forty-two", "twenty-first".
bool joining_hyphen(const TokenView& v, std::uint32_t k) {
  if (!v.punct(k, '-') || !v.glued(k) || !v.glued(k + 1)) return false;
  const NumeralKind next = kind_at(v, k + 1);
  return (next == NumeralKind::kUnit || next == NumeralKind::kOrdinal) && v.info(k + 1)->value < 10;
}

// One step of the accumulator; false when word k cannot continue the numeral.
struct Accumulator {
  double total = 0, group = 0;
  double last_scale = std::numeric_limits<double>::max();
  Prev prev = Prev::kStart;
  bool ordinal = false, done = false;

  bool take(NumeralKind kind, double value) {
    const bool after_group = prev == Prev::kStart || prev == Prev::kHundred || prev == Prev::kScale || prev == Prev::kAnd;
    switch (kind) {
      case NumeralKind::kUnit:
        if (!(after_group || (prev == Prev::kTens && value > 0))) return false;
        if (value == 0 && prev != Prev::kStart) return false;
        group += value;
        prev = Prev::kUnit;
        return true;
      case NumeralKind::kTeen:
      case NumeralKind::kTens:
        if (!after_group) return false;
        group += value;
        prev = kind == NumeralKind::kTeen ? Prev::kTeen : Prev::kTens;
        return true;
      case NumeralKind::kHundred:
        if (prev != Prev::kArticle && prev != Prev::kUnit && prev != Prev::kTeen && prev != Prev::kTens) return false;
        group = (group == 0 ? 1 : group) * 100;
        prev = Prev::kHundred;
        return true;
      case NumeralKind::kScale:
        if (prev == Prev::kStart || prev == Prev::kAnd || value >= last_scale) return false;
        total += (group == 0 ? 1 : group) * value;
        group = 0;
        last_scale = value;
        prev = Prev::kScale;
        return true;
      case NumeralKind::kOrdinal:
        return take_ordinal(value);
      case NumeralKind::kDozen:
        if (prev == Prev::kHundred || prev == Prev::kScale || prev == Prev::kAnd) return false;
        group = (group == 0 ? 1 : group) * 12;
        prev = Prev::kUnit;
        done = true;
        return true;
      default:
        return false;
    }
  }

  bool take_ordinal(double value) {
    if (value >= 100) {
      if (prev == Prev::kStart || prev == Prev::kAnd) return false;
      group = (group == 0 ? 1 : group) * value;
    } else if (value < 10 && prev == Prev::kTens) {
      group += value;
    } else if (prev == Prev::kStart || prev == Prev::kHundred || prev == Prev::kScale || prev == Prev::kAnd) {
      group += value;
    } else {
      return false;
    }
    ordinal = done = true;
    return true;
  }
};

bool read_written(const TokenView& v, std::uint32_t i, Numeral& out) {
  Accumulator acc;
  out.scale = 1;
  std::uint32_t k = i, end = i;
  if (is_article(v, i)) {
    if (!article_numeral(v, i + 1) || kind_at(v, i + 1) == NumeralKind::kVague ||
        kind_at(v, i + 1) == NumeralKind::kCouple) {
      return false;  // "a few", "a couple" are vague quantities, read elsewhere
    }
    acc.prev = Prev::kArticle;
    k = i + 1;
  }
  while (k < v.size() && !acc.done) {
    if (joining_hyphen(v, k) && acc.prev == Prev::kTens) {
      ++k;
      continue;
    }
    if (v.is(k, "and") && (acc.prev == Prev::kHundred || acc.prev == Prev::kScale) && small_cardinal(v, k + 1)) {
      acc.prev = Prev::kAnd;
      ++k;
      continue;
    }
    const WordInfo* w = v.info(k);
    if (w == nullptr || !acc.take(w->numeral, w->value)) break;
    const bool scale = w->numeral == NumeralKind::kHundred || w->numeral == NumeralKind::kScale;
    out.scale = scale ? w->value : 1;  // "two to three million": the last word's scale is shared
    end = ++k;
  }
  if (end == i || acc.prev == Prev::kArticle) return false;
  out.first = i;
  out.last = end;
  out.value = acc.total + acc.group;
  out.written = true;
  out.ordinal = acc.ordinal;
  return true;
}

// "dozens", "several hundred", "tens of thousands", "a few", "a couple (hundred)".
bool read_vague(const TokenView& v, std::uint32_t i, Numeral& out) {
  std::uint32_t k = i;
  const bool article = is_article(v, k);
  if (article) ++k;
  const WordInfo* w = v.info(k);
  if (w == nullptr || (w->numeral != NumeralKind::kVague && w->numeral != NumeralKind::kCouple)) return false;
  if (w->needs_article != article) return false;
  if (w->needs_of && !v.is(k + 1, "of")) return false;
  out.first = i;
  out.value = w->value;
  out.vague = w->numeral == NumeralKind::kVague;
  out.approximate = out.written = true;
  ++k;
  const NumeralKind next = kind_at(v, k);
  if (next == NumeralKind::kHundred || next == NumeralKind::kScale || next == NumeralKind::kDozen) {
    out.value *= v.info(k)->value;  // "several hundred", "a few dozen", "a couple thousand"
    out.vague = true;
    ++k;
  } else if (v.is(k, "of") && v.info(k + 1) != nullptr && v.info(k + 1)->plural_scale) {
    out.value *= v.info(k + 1)->value / 2;  // "tens of thousands": a plural scale is two of it
    out.vague = true;
    k += 2;
  }
  out.last = k;
  return true;
}

// "half a million", "half a dozen".
bool read_half(const TokenView& v, std::uint32_t i, Numeral& out) {
  if (kind_at(v, i) != NumeralKind::kHalf || !is_article(v, i + 1)) return false;
  const NumeralKind k = kind_at(v, i + 2);
  if (k != NumeralKind::kHundred && k != NumeralKind::kScale && k != NumeralKind::kDozen) return false;
  out.first = i;
  out.last = i + 3;
  out.value = v.info(i + 2)->value / 2;
  out.written = true;
  return true;
}

// Scale words after digits: "1.5 million", "500 thousand", "2 dozen", "3 hundred thousand".
void read_scale_words(const TokenView& v, Numeral& out) {
  double last = 0;
  for (int taken = 0; taken < 2; ++taken) {
    const NumeralKind k = kind_at(v, out.last);
    if (k != NumeralKind::kHundred && k != NumeralKind::kScale && k != NumeralKind::kDozen) return;
    const double scale = v.info(out.last)->value;
    if (scale <= last) return;
    out.value *= scale;
    out.scale *= scale;
    last = scale;
    ++out.last;
  }
}

bool read_digits(const TokenView& v, std::uint32_t i, Numeral& out) {
  out.first = i;
  out.last = i + 1;
  out.from_digits = true;
  out.digits = parse_digits(v.norm(i));
  out.value = out.digits.value;
  const std::string_view suffix = out.digits.suffix;
  if (out.digits.ordinal_suffix()) {
    out.ordinal = true;
    return true;
  }
  // Glued scales: "500k", "2bn", "3mln"; a bare "m" waits for the currency test ("$5m" vs "100m").
  double scale = 1;
  if (suffix == "k") scale = 1e3;
  if (suffix == "mn" || suffix == "mln") scale = 1e6;
  if (suffix == "bn") scale = 1e9;
  out.value *= scale;
  out.scale = scale;
  if (suffix.empty() && !out.digits.clock) read_scale_words(v, out);
  return true;
}

}  // namespace

bool read_numeral(const TokenView& v, std::uint32_t i, Numeral& out) {
  out = Numeral{};
  if (v.number(i)) return read_digits(v, i, out);
  if (!v.word(i)) return false;
  return read_half(v, i, out) || read_vague(v, i, out) || read_written(v, i, out);
}


}  // namespace reckon::numbers
