// Rules that keep identifiers out of the counts: designators ("Route 66", "No. 5", "PC 273"),
// model and place names ("Glock 21", "Bar 23"), house numbers, digit fragments, identifiers.
#include "recognize/numbers/context_rules.h"
#include "recognize/numbers/rule_helpers.h"

namespace reckon::numbers {

namespace {

// "Route 66", "No. 5", "Image 1", "#3", "Report #: 18", "call 911".
bool after_designator(const TokenView& v, std::uint32_t i) {
  if (v.symbol(i - 1, "#")) return true;
  std::uint32_t k = i - 1;
  const bool stop = v.punct(k, '.') || v.punct(k, ':');
  if (stop && k > 0) --k;
  if (v.symbol(k, "#")) return true;
  if (!v.has(k, kDesignator)) return false;
  const bool is_no = v.is(k, "no") || v.is(k, "nos");
  return !is_no || (stop && v.punct(i - 1, '.'));
}

// A model or place name right before the number ("Glock 21", "Bar 23", "Game 7", "WCBS 880",
// "PC 273"), unless a counted noun follows ("In Chicago 3 people") or the line is in title case
// ("Police Arrest 2 in Shooting"), where the capital says nothing.
bool after_name(const TokenView& v, const Phrase& p) {
  const std::uint32_t i = p.start, k = i - 1, e = p.end;
  if (p.high || !p.low.from_digits || !v.word(k) || !v.capitalized(k) || v.token(i).has(kNewlineBefore)) return false;
  if (p.low.digits.digits == 4 && p.low.value >= 1000 && p.low.value <= 2100) return false;  // "Sun-Times 2014"
  if (is_month(v, k) || v.has(k, kWeekday) || v.has(k, kYearLead) || people_noun(v, k)) return false;
  if (people_noun(v, e) || v.has(e, kCountNext)) return false;
  if (code_letters(v, k)) return true;
  if (line_or_sentence_start(v, k) || (v.word(e) && v.capitalized(e))) return false;
  const bool title_case = k > 0 && v.capitalized(k - 1) && v.capitalized(e + 1);
  return !title_case;
}

// Digits joined to other digits or words in a way no earlier rule read: "2018-00123",
// "717-255- 3025", "AK-47", "COVID-19", ".40", "5'9", "1 / 13", "7-Eleven", "a 10-round magazine".
bool digit_fragment(const TokenView& v, const Phrase& p) {
  const std::uint32_t i = p.start, e = p.end;
  const bool glued = v.glued(i);
  if (i >= 2 && v.glued(i - 1)) {
    const bool sep = v.punct(i - 1, '-') || ((v.punct(i - 1, '/') || v.punct(i - 1, '.')) && glued);
    if (sep && v.number(i - 2)) return true;
    if (glued && v.punct(i - 1, '-') && v.word(i - 2) && !v.is(i - 2, "mid")) return true;
  }
  if (glued && v.punct(i - 1, '.') && !v.glued(i - 1)) return true;  // ".40"
  if (v.punct(i - 1, '/')) return true;                               // "1 / 13", "Image 1 of / 7"
  if (v.punct(e, '/') && v.number(e + 1)) return true;
  if ((v.punct(e, '-') || v.punct(e, '\'')) && v.glued(e) && v.glued(e + 1) && (v.number(e + 1) || v.word(e + 1))) {
    return true;  // "1-866-...", "5'9", "7-Eleven", "10-round"
  }
  return false;
}

}  // namespace

// Identifiers and names that happen to be numbers: designators ("Route 66", "No. 5"), service
// numbers ("a 911 call"), model names ("Glock 21"), HTML attributes (height="420"), phone
// extensions ("888-TIPS (8477)"), heights ("5 feet 7"), and digit fragments.
std::optional<Classification> designated(const TokenView& v, const Phrase& p) {
  const std::uint32_t i = p.start;
  const WordInfo* self = p.low.from_digits ? v.lexicon().find(v.norm(p.low.first)) : nullptr;
  if (self != nullptr && self->has(kServiceNumber) && !p.high) return classified(Quantity::kOther, p.end);
  if (i == 0 || p.currency) return std::nullopt;
  if (const NumberMention* prev = p.previous; prev != nullptr && prev->quantity == Quantity::kPhone &&
                                               v.punct(i - 1, '(') && prev->last_token + 1 == i) {
    return classified(Quantity::kPhone, p.end);  // "888-TIPS (8477)"
  }
  const bool attribute = v.is(i - 1, "=") || (v.punct(i - 1, '"') && v.is(i - 2, "="));
  const bool height = v.is(i - 1, "feet") || v.is(i - 1, "foot") || v.is(i - 1, "ft");
  const bool designator = p.low.from_digits && after_designator(v, i);
  if (attribute || height || designator || after_name(v, p) || digit_fragment(v, p)) {
    return classified(Quantity::kOther, p.end);
  }
  return std::nullopt;
}

// A house number before a street name: "5550 North Federal Highway", "419 Banana Cay Drive",
// "2501 29th Street", "the 405 Freeway", "513-515 Union Street"; or after "at" before a
// capitalized name ("at 2916 Rosalie").
std::optional<Classification> street_number(const TokenView& v, const Phrase& p) {
  const Numeral& n = p.low;
  if (!n.from_digits || !n.digits.plain() || p.start != n.first) return std::nullopt;
  constexpr std::uint32_t kMaxNameTokens = 5;
  for (std::uint32_t k = p.end; k < p.end + kMaxNameTokens && k < v.size(); ++k) {
    if (v.punct(k, '.') && v.glued(k)) continue;  // "N. Federal", "St."
    const bool name = (v.word(k) && v.capitalized(k)) || (v.number(k) && ordinal_token(v, k));
    if (!name) break;
    if (v.has(k, kStreet)) return classified(Quantity::kOther, p.end);
  }
  const std::uint32_t e = p.end;
  if (p.start > 0 && v.is(p.start - 1, "at") && !p.high && n.value >= 100 && n.digits.digits <= 5 && v.word(e) &&
      v.capitalized(e) && !v.token(e).has(kNewlineBefore) && !is_month(v, e) && !v.has(e, kWeekday) &&
      !people_noun(v, e)) {
    return classified(Quantity::kOther, p.end);
  }
  return std::nullopt;
}

// Identifiers: seven or more plain digits, five or six with no modifier or counted people after
// them (English news writes counts that large with commas), or a leading zero ("00123").
std::optional<Classification> identifier(const TokenView& v, const Phrase& p) {
  const Numeral& n = p.low;
  if (!n.from_digits || !n.digits.plain()) return std::nullopt;
  const int digits = n.digits.digits;
  const bool counted = p.effect != Effect::kNone || people_noun(v, p.end);
  if (digits >= 7 || (digits >= 5 && !counted) || (digits >= 2 && n.digits.body[0] == '0')) {
    return classified(Quantity::kOther, p.end);
  }
  return std::nullopt;
}

}  // namespace reckon::numbers
