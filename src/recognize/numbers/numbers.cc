// The number recognizer's scan: one left-to-right pass over the tokens. At each token that can
// start a number it tries, in order, the fixed shapes (URL, phone, numeric date), then a phrase
// [modifier] [currency] numeral [range] [postfix modifier], then an indefinite person ("a man").
// A phrase is classified once and the scan resumes after it, so the work is linear in the tokens
// and the only allocation is the output vector and one lexicon pointer per token.
#include "reckon/numbers.h"

#include <cmath>
#include <limits>

#include "recognize/numbers/classify.h"
#include "recognize/numbers/context_rules.h"
#include "recognize/numbers/forms.h"
#include "recognize/numbers/indefinite.h"
#include "recognize/numbers/token_view.h"

namespace reckon {
namespace numbers {
namespace {

// The modifier phrase listed under token i's entry `w` whose position is `after`, longest first;
// its end in `end`.
const ModifierPhrase* match_listed_modifier(const TokenView& v, const WordInfo& w, std::uint32_t i,
                                            bool after, std::uint32_t& end) {
  const auto& all = v.lexicon().modifiers();
  for (std::uint32_t m = w.modifiers_first; m < w.modifiers_first + w.modifiers_count; ++m) {
    const ModifierPhrase& phrase = all[m];
    if (phrase.after != after) continue;
    // The first word is token i's own (the phrase is listed under it): the rest must follow.
    std::uint32_t k = i + 1;
    bool ok = true;
    for (std::size_t n = 1; n < phrase.words.size(); ++n, ++k) {
      if (!v.is(k, phrase.words[n])) {
        ok = false;
        break;
      }
    }
    if (ok) {
      end = k;
      return &phrase;
    }
  }
  return nullptr;
}

// The modifier phrase starting at token i (see match_listed_modifier). Most tokens asked about
// open none: inline, they cost a test of their entry rather than a call.
inline const ModifierPhrase* match_modifier(const TokenView& v, std::uint32_t i, bool after,
                                            std::uint32_t& end) {
  const WordInfo* w = v.info(i);
  if (w == nullptr || w->modifiers_count == 0) return nullptr;
  const std::uint32_t next = kModifierAlone | modifier_initial(v.norm(i + 1));
  if ((w->modifier_next[after ? 1 : 0] & next) == 0) return nullptr;
  return match_listed_modifier(v, *w, i, after, end);
}

// Whether an article can open a numeral with the word after it: "a hundred", "a million",
// "a dozen", "a couple", "a few" - the only words read_vague and read_written take after "a"/"an".
bool opens_after_article(const TokenView& v, std::uint32_t k) {
  const WordInfo* w = v.info(k);
  if (w == nullptr) return false;
  const NumeralKind n = w->numeral;
  return n == NumeralKind::kHundred || n == NumeralKind::kScale || n == NumeralKind::kDozen ||
         n == NumeralKind::kCouple || n == NumeralKind::kVague;
}

// A word no amount starts with: no number word, not "a"/"an" before a word an article can open a
// numeral with ("a hundred"; not "a man"), not the "US" of "US$20". read_amount would read it
// three ways (half, vague, written) to find nothing.
bool no_amount_at(const TokenView& v, std::uint32_t k) {
  if (!v.word(k)) return false;
  const WordInfo* w = v.info(k);
  if (w != nullptr && w->numeral != NumeralKind::kNone) return false;
  const std::string_view n = v.norm(k);
  if (n == "a" || n == "an") return !opens_after_article(v, k + 1);
  return n != "us";
}

bool currency_sign(const TokenView& v, std::uint32_t k) {
  return v.symbol(k, "$") || v.symbol(k, "€") || v.symbol(k, "£") || v.symbol(k, "¥");
}

// Reads "[currency] numeral" at k into n; returns the currency flag through `currency`.
bool read_amount(const TokenView& v, std::uint32_t k, Numeral& n, bool& currency) {
  currency = false;
  if (v.is(k, "us") && currency_sign(v, k + 1) && v.glued(k + 1)) ++k;  // "US$"
  if (currency_sign(v, k)) {
    if (!v.number(k + 1)) return false;
    currency = true;
    ++k;
  }
  return read_numeral(v, k, n);
}

bool same_form(const Numeral& a, const Numeral& b) { return a.from_digits == b.from_digits; }

// The range connector at k for a phrase opened by `effect`: "to", "-", "or", or after "between"
// "and" (or the loose "between 180 to 220"). Returns the index after it, or 0.
std::uint32_t range_connector(const TokenView& v, std::uint32_t k, Effect effect) {
  if (effect == Effect::kBetween) return v.is(k, "and") || v.is(k, "to") || v.punct(k, '-') ? k + 1 : 0;
  if (v.is(k, "to") || v.is(k, "or") || v.is(k, "through")) return k + 1;
  if (v.punct(k, '-')) return k + 1;
  return 0;
}

// A range's high end after p.low, when the numbers fit one ("10 to 15", "5 to 10 million",
// "2020-21"). A glued "3-2" that is no range is a score: both numbers become one kOther phrase.
void read_range(const TokenView& v, Phrase& p, bool& score) {
  score = false;
  const std::uint32_t next = range_connector(v, p.end, p.effect);
  if (next == 0) return;
  Numeral high;
  bool currency = false;
  if (!read_amount(v, next, high, currency) || high.ordinal || high.vague || p.low.vague) return;
  if (high.from_digits && high.digits.digits >= 2 && high.digits.body[0] == '0') return;  // "18-001392"
  if (!same_form(p.low, high) && v.punct(p.end, '-')) return;
  const bool hyphen = v.punct(p.end, '-');
  const bool glued = hyphen && v.glued(p.end) && v.glued(next);
  if (glued && p.low.from_digits && p.low.digits.digits == 4 && high.from_digits && high.digits.digits == 2) {
    high.value += std::floor(p.low.value / 100) * 100;  // "2020-21"
  }
  if (p.low.scale == 1 && high.scale > 1 && p.low.value * high.scale <= high.value) {
    p.low.value *= high.scale;  // "5 to 10 million"
  }
  if (high.value <= p.low.value) {
    if (glued) {
      score = true;
      p.end = high.last;
    }
    return;
  }
  if (hyphen && !glued && !p.low.from_digits) return;
  p.high = high;
  p.end = high.last;
}

// "30+", "30-plus", "30-odd", "30 or more", "20 or so".
void read_postfix(const TokenView& v, Phrase& p) {
  const std::uint32_t k = p.end;
  if (v.is(k, "+") && v.glued(k)) {
    p.effect = Effect::kAtLeast;
    p.end = k + 1;
    return;
  }
  if (v.punct(k, '-') && v.glued(k) && v.glued(k + 1) && (v.is(k + 1, "plus") || v.is(k + 1, "odd"))) {
    p.effect = v.is(k + 1, "plus") ? Effect::kAtLeast : Effect::kApprox;
    p.end = k + 2;
    return;
  }
  std::uint32_t end = 0;
  if (const ModifierPhrase* m = match_modifier(v, k, true, end)) {
    p.effect = m->effect;
    p.end = end;
  }
}

std::int64_t to_int(double x) {
  constexpr double kLimit = 9.0e18;
  if (!(x < kLimit)) return static_cast<std::int64_t>(kLimit);
  if (!(x > -kLimit)) return -static_cast<std::int64_t>(kLimit);
  return static_cast<std::int64_t>(x);
}

// The interval the phrase claims, from its numbers and its modifier.
void set_interval(const Phrase& p, NumberMention& m) {
  const double low = p.low.value;
  const double high = p.high ? p.high->value : low;
  m.value = low;
  m.min = to_int(std::floor(low));
  m.max = to_int(std::ceil(high));
  if (p.low.vague) m.max.reset();
  if (p.high) return;
  switch (p.effect) {
    case Effect::kAbove:
      m.min = to_int(std::floor(low)) + 1;
      m.max.reset();
      break;
    case Effect::kAtLeast:
      m.min = to_int(std::ceil(low));
      m.max.reset();
      break;
    case Effect::kUpTo:
      m.min = 0;
      m.max = to_int(std::floor(low));
      break;
    case Effect::kBelow:
      m.min = 0;
      m.max = std::max<std::int64_t>(0, to_int(std::ceil(low)) - 1);
      break;
    default:
      break;
  }
}

NumberMention build_mention(const TokenView& v, const Phrase& p, const Classification& c) {
  NumberMention m;
  m.first_token = p.start;
  m.last_token = c.end;
  m.span = v.span(p.start, c.end);
  m.quantity = c.quantity;
  set_interval(p, m);
  if (c.value) m.value = *c.value;
  if (c.min) m.min = *c.min;
  if (c.max) m.max = *c.max;
  m.approximate = p.low.approximate || p.effect == Effect::kApprox || c.approximate;
  m.written = p.low.written;
  m.head_token = c.end;
  return m;
}

class Scanner {
 public:
  Scanner(const TokenView& v, std::vector<NumberMention>& out) : v_(v), out_(out) {}

  // Reads whatever starts at token i; returns the index to resume at (i + 1 when nothing).
  std::uint32_t at(std::uint32_t i) {
    if (v_.number(i)) {
      if (const std::uint32_t end = url_run_end(v_, i)) return end;
      if (const std::uint32_t end = fixed_form(i)) return end;
    } else if (v_.punct(i, '(')) {
      const std::uint32_t end = fixed_form(i);
      return end != 0 ? end : i + 1;
    }
    if (const std::uint32_t end = phrase(i)) return end;
    IndefiniteCount one;
    if (read_indefinite(v_, i, one)) out_.push_back(one.mention(v_));
    return i + 1;
  }

 private:
  std::uint32_t fixed_form(std::uint32_t i) {
    FormMatch f = match_phone(v_, i);
    if (f.last == 0) f = match_numeric_date(v_, i);
    if (f.last == 0) return 0;
    NumberMention m;
    m.first_token = i;
    m.last_token = m.head_token = f.last;
    m.span = v_.span(i, f.last);
    m.quantity = f.quantity;
    m.value = f.value;
    m.min = to_int(f.value);
    m.max = m.min;
    out_.push_back(m);
    return f.last;
  }

  std::uint32_t phrase(std::uint32_t i) {
    std::uint32_t k = i;
    const ModifierPhrase* m = match_modifier(v_, i, false, k);
    // Most tries ("at the", "a man") start no amount: they end before a Phrase is built.
    if (no_amount_at(v_, k)) return 0;
    Phrase p;
    p.start = i;
    if (m != nullptr) p.effect = m->effect;
    if (!read_amount(v_, k, p.low, p.currency)) return 0;
    if (p.currency && p.low.from_digits) apply_currency_suffix(p.low);
    p.end = p.low.last;
    bool score = false;
    read_range(v_, p, score);
    if (p.effect == Effect::kBetween && !p.high) {
      p.effect = Effect::kNone;  // "between 10" with no "and": the number alone
      p.start = k;
    }
    if (!p.high && !score) read_postfix(v_, p);
    p.previous = out_.empty() ? nullptr : &out_.back();
    const Classification c = score ? classified(Quantity::kOther, p.end) : classify(v_, p);  // "3-2"
    if (c.drop) return p.end;
    out_.push_back(build_mention(v_, p, c));
    return c.end;
  }

  // "$5m", "$2b": after a currency sign a glued "m" or "b" is a scale, not metres.
  static void apply_currency_suffix(Numeral& n) {
    const double scale = n.digits.suffix == "m" ? 1e6 : n.digits.suffix == "b" ? 1e9 : 1;
    n.value *= scale;
    n.scale *= scale;
  }

  const TokenView& v_;
  std::vector<NumberMention>& out_;
};

}  // namespace
}  // namespace numbers

std::string_view to_string(Quantity q) {
  switch (q) {
    case Quantity::kCount: return "count";
    case Quantity::kYear: return "year";
    case Quantity::kOrdinal: return "ordinal";
    case Quantity::kDuration: return "duration";
    case Quantity::kDistance: return "distance";
    case Quantity::kMoney: return "money";
    case Quantity::kPercent: return "percent";
    case Quantity::kTimeOfDay: return "time";
    case Quantity::kPhone: return "phone";
    case Quantity::kAge: return "age";
    case Quantity::kDate: return "date";
    case Quantity::kOther: return "other";
  }
  return "other";
}

namespace numbers {

namespace {

// The first token from i on that may start a number (v.size() when none). Most tokens cannot: a
// loop of its own passes them, with nothing of the scanner's reloaded per token.
std::uint32_t next_start(const TokenView& v, std::uint32_t i) {
  const std::uint32_t n = v.size();
  while (i < n && !may_start_number(v, i)) ++i;
  return i;
}

}  // namespace

std::vector<NumberMention> recognize_numbers(const TokenView& v) {
  std::vector<NumberMention> out;
  out.reserve(v.size() / 32 + 4);  // about one mention per 30 tokens in news text
  Scanner scan(v, out);
  for (std::uint32_t i = next_start(v, 0); i < v.size();) i = next_start(v, scan.at(i));
  return out;
}

}  // namespace numbers

std::vector<NumberMention> recognize_numbers(const TokenizedText& tt, std::string_view text) {
  (void)text;  // mentions are spans of token offsets; the bytes are not re-read
  return numbers::recognize_numbers(numbers::TokenView(tt, numbers::NumberLexicon::get()));
}

}  // namespace reckon
