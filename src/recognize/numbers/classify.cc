// Classification by ordered rules: the first rule that recognizes the phrase decides. Rules that
// read the phrase's own form (a currency sign, a glued suffix, a clock colon, a unit word) come
// before rules that read its neighbours (a month, a street name, a name and comma before an age),
// and the year rule comes last because a bare four-digit number is the most ambiguous form.
#include "recognize/numbers/classify.h"

#include "recognize/numbers/context_rules.h"
#include "recognize/numbers/forms.h"

namespace reckon::numbers {
namespace {

constexpr auto make = classified;

const WordInfo* unit_word(const TokenView& v, std::uint32_t k) {
  const WordInfo* w = v.info(k);
  return w != nullptr && w->has(kUnitWord) ? w : nullptr;
}

// A length whose unit is token `unit`: a height when "tall" follows or inches complete it ("6 feet
// tall", "5 feet 10 inches", "6-feet-tall"), else a distance.
Classification length(const TokenView& v, std::uint32_t unit, std::uint32_t end) {
  std::uint32_t k = end;
  if (v.punct(k, '-') && v.glued(k)) ++k;
  if (v.has(k, kHeight)) return make(Quantity::kOther, end);
  if ((v.is(unit, "feet") || v.is(unit, "foot")) && v.number(end) && (v.is(end + 1, "inches") || v.is(end + 1, "inch"))) {
    return make(Quantity::kOther, end + 2);
  }
  return make(Quantity::kDistance, end);
}

// "one-third", "two thirds", "three-quarters": a fraction, not a count.
std::optional<Classification> fraction(const TokenView& v, const Phrase& p) {
  if (!p.low.written || p.low.ordinal || p.high || p.low.value > 10) return std::nullopt;
  std::uint32_t k = p.end;
  if (v.punct(k, '-') && v.glued(k)) ++k;
  const WordInfo* w = v.info(k);
  if (w == nullptr) return std::nullopt;
  // A singular ordinal is a denominator only before "of" or the end of a clause: "one-third of",
  // not "three fourth-graders".
  const bool closes = v.is(k + 1, "of") || k + 1 >= v.size() || (!v.word(k + 1) && !v.punct(k + 1, '-'));
  const bool denominator = w->numeral == NumeralKind::kFraction ||
                           (w->numeral == NumeralKind::kOrdinal && w->value >= 3 && closes);
  if (!denominator) return std::nullopt;
  return make(Quantity::kOther, k + 1);
}

// "one" that is a pronoun rather than a count: "no one", "any one", "one another", "one's".
bool pronoun_one(const TokenView& v, const Phrase& p) {
  const Numeral& n = p.low;
  if (!n.written || !n.single_token() || !v.is(n.first, "one") || p.high) return false;
  if (n.first > 0 && v.has(n.first - 1, kNotOne) && p.start == n.first) return true;
  return v.is(n.last, "another") || v.is(n.last, "'s");
}

// "$850,000", "$5 million", "$5m", "€10 billion euros".
std::optional<Classification> money(const TokenView& v, const Phrase& p) {
  std::uint32_t end = p.end;
  const WordInfo* w = unit_word(v, end);
  if (p.currency) {
    if (w != nullptr && w->unit == Quantity::kMoney) ++end;
    return make(Quantity::kMoney, end);
  }
  if (w != nullptr && w->unit == Quantity::kMoney) return make(Quantity::kMoney, end + 1);
  return std::nullopt;
}

// A glued suffix: "1990s", "20s", "4am", "5km", "9mm", "4x4".
std::optional<Classification> suffix(const TokenView& v, const Phrase& p) {
  const Numeral& n = p.low;
  if (!n.from_digits || n.digits.suffix.empty() || n.ordinal) return std::nullopt;
  const std::string_view s = n.digits.suffix;
  if (s == "k" || s == "mn" || s == "mln" || s == "bn") return std::nullopt;  // scales
  if (s == "s") return decade(v, p);
  if (s == "am" || s == "pm") return clock_time(p, s == "pm" ? Meridiem::kPm : Meridiem::kAm, p.end);
  if ((s == "a" || s == "p") && v.punct(p.end, '.') && v.glued(p.end) && v.is(p.end + 1, "m") &&
      v.glued(p.end + 1)) {  // "4a.m."
    const std::uint32_t end = v.punct(p.end + 2, '.') && v.glued(p.end + 2) ? p.end + 3 : p.end + 2;
    return clock_time(p, s == "p" ? Meridiem::kPm : Meridiem::kAm, end);
  }
  const WordInfo* w = v.lexicon().find(s);
  if (w != nullptr && w->has(kUnitGlued)) return make(w->unit, p.end);
  return make(Quantity::kOther, p.end);
}

// "7:45", "7:45 p.m.", "10:30".
std::optional<Classification> clock(const TokenView& v, const Phrase& p) {
  const Numeral& n = p.low;
  if (!n.from_digits || n.digits.separator != ':') return std::nullopt;
  if (!n.digits.clock) return make(Quantity::kOther, p.end);
  bool pm = false;
  const std::uint32_t len = match_meridiem(v, p.end, pm);
  Meridiem m = len == 0 ? Meridiem::kNone : pm ? Meridiem::kPm : Meridiem::kAm;
  if (len == 0 && n.digits.hours >= 1 && n.digits.hours <= 12) m = daypart_after(v, p.end);  // "2:30 Friday afternoon"
  return clock_time(p, m, p.end + len);
}

// "4 am", "9 a.m.", "10.30 pm", "12 noon", "12 midnight".
std::optional<Classification> meridiem(const TokenView& v, const Phrase& p) {
  const Numeral& n = p.low;
  if (p.high || n.value > 12 || n.value < 0) return std::nullopt;
  if (n.value == 12 && (v.is(p.end, "noon") || v.is(p.end, "midnight"))) {
    return clock_time(p, v.is(p.end, "noon") ? Meridiem::kPm : Meridiem::kAm, p.end + 1);
  }
  bool pm = false;
  const std::uint32_t len = match_meridiem(v, p.end, pm);
  if (len == 0) return std::nullopt;
  return clock_time(p, pm ? Meridiem::kPm : Meridiem::kAm, p.end + len);
}

// "22-year-old", "22 years old", "five-month-old", "17-year-olds".
std::optional<Classification> age_compound(const TokenView& v, const Phrase& p) {
  std::uint32_t k = p.end;
  if (v.punct(k, '-') && v.glued(k)) ++k;
  if (!v.has(k, kAgeUnit)) return std::nullopt;
  ++k;
  if (v.punct(k, '-') && v.glued(k)) ++k;
  if (!v.is(k, "old") && !v.is(k, "olds")) return std::nullopt;
  return make(Quantity::kAge, k + 1);
}

// "44-day war", "5-mile", "40-caliber", "three-hour"; "6-foot-2" is a height.
std::optional<Classification> hyphen_unit(const TokenView& v, const Phrase& p) {
  const std::uint32_t k = p.end;
  if (!v.punct(k, '-') || !v.glued(k) || !v.glued(k + 1)) return std::nullopt;
  const WordInfo* w = unit_word(v, k + 1);
  if (w == nullptr) return std::nullopt;
  if (w->unit == Quantity::kDistance && v.punct(k + 2, '-') && v.glued(k + 2) && v.number(k + 3)) {
    return make(Quantity::kOther, k + 4);
  }
  if (w->unit == Quantity::kDistance) return length(v, k + 1, k + 2);
  return make(w->unit, k + 2);
}

// "20%", "20 percent", "20 per cent", "2 percentage points".
std::optional<Classification> percent(const TokenView& v, const Phrase& p) {
  const std::uint32_t k = p.end;
  if (v.symbol(k, "%")) return make(Quantity::kPercent, k + 1);
  if (v.is(k, "per") && v.is(k + 1, "cent")) return make(Quantity::kPercent, k + 2);
  const WordInfo* w = unit_word(v, k);
  if (w == nullptr || w->unit != Quantity::kPercent) return std::nullopt;
  return make(Quantity::kPercent, v.is(k + 1, "points") ? k + 2 : k + 1);
}

// "30 years", "80 kilometers", "191 pounds", "five times", "the 3200 block"; a vague quantity
// reaches through "of" ("hundreds of dollars") without taking the unit into its span.
std::optional<Classification> unit(const TokenView& v, const Phrase& p) {
  std::uint32_t k = p.end;
  if (v.is(k, "-") && v.glued(k)) return std::nullopt;
  const WordInfo* w = unit_word(v, k);
  if (w != nullptr) {
    if (auto c = military_time(v, p, k)) return c;
    if (v.norm(k) == "block") return make(Quantity::kOther, k);
    if (w->unit == Quantity::kDistance) return length(v, k, k + 1);
    return make(w->unit, k + 1);
  }
  if (p.low.vague && v.is(k, "of") && (w = unit_word(v, k + 1)) != nullptr && w->unit != Quantity::kOther) {
    return make(w->unit, k);
  }
  return std::nullopt;
}

// The forms of a phrase that some rules need, read once per phrase: a rule listed for forms is
// called only for a phrase of one of them (a call that returned at its first test cost about 30
// instructions, and most phrases are plain counts that every rule turns away).
enum PhraseForm : std::uint16_t {
  kCurrencyForm = 1 << 0,  // "$5"
  kUnitAfter = 1 << 1,     // a unit word follows: "5 million dollars"
  kSmallWritten = 1 << 2,  // a written cardinal up to ten, alone: "one", "three"
  kGluedSuffix = 1 << 3,   // "1990s", "4am"
  kOrdinalForm = 1 << 4,   // "2nd", "fourth"
  kColonForm = 1 << 5,     // "7:45"
  kHourForm = 1 << 6,      // a single number from 0 to 12
  kHyphenAfter = 1 << 7,   // "44-day"
  kPlainDigits = 1 << 8,   // "1949", "22": digits alone
};

std::uint16_t forms_of(const TokenView& v, const Phrase& p) {
  const Numeral& n = p.low;
  std::uint16_t f = 0;
  if (p.currency) f |= kCurrencyForm;
  if (unit_word(v, p.end) != nullptr) f |= kUnitAfter;
  if (n.written && !n.ordinal && !p.high && !(n.value > 10)) f |= kSmallWritten;
  if (n.from_digits && !n.digits.suffix.empty() && !n.ordinal) f |= kGluedSuffix;
  if (n.ordinal) f |= kOrdinalForm;
  if (n.from_digits && n.digits.separator == ':') f |= kColonForm;
  if (!p.high && !(n.value > 12) && !(n.value < 0)) f |= kHourForm;
  if (v.punct(p.end, '-') && v.glued(p.end)) f |= kHyphenAfter;
  if (n.from_digits && n.digits.plain()) f |= kPlainDigits;
  return f;
}

using Rule = std::optional<Classification> (*)(const TokenView&, const Phrase&);

struct ClassifyRule {
  Rule rule;
  std::uint16_t forms;  // the phrase forms it can apply to; 0 for any phrase
};

// In order: the first rule that recognizes the phrase decides.
constexpr ClassifyRule kRules[] = {
    {money, kCurrencyForm | kUnitAfter},
    {fraction, kSmallWritten},
    {suffix, kGluedSuffix},
    {ordinal, kOrdinalForm},
    {clock, kColonForm},
    {meridiem, kHourForm},
    {daypart_time, kHourForm},
    {age_compound, 0},
    {hyphen_unit, kHyphenAfter},
    {percent, 0},
    {unit, 0},
    {date_part, kPlainDigits},  // a day or a year
    {designated, 0},
    {street_number, kPlainDigits},
    {age_context, 0},
    {year, kPlainDigits},
    {identifier, kPlainDigits},
};

}  // namespace

Classification classify(const TokenView& v, const Phrase& p) {
  if (pronoun_one(v, p)) {
    Classification c;
    c.drop = true;
    return c;
  }
  const std::uint16_t forms = forms_of(v, p);
  // Unrolled, each rule's forms are a constant and its call a direct one: the loop's own tests
  // and indirect calls cost more than most rules.
#pragma GCC unroll 32
  for (const ClassifyRule& r : kRules) {
    if (r.forms != 0 && (r.forms & forms) == 0) continue;
    if (auto c = r.rule(v, p)) return *c;
  }
  return make(Quantity::kCount, p.end);
}

}  // namespace reckon::numbers
