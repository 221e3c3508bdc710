// Age rules: an age lead ("aged 17"), a name or person and a comma before a bare number
// ("Daniel Segura, 55,", "the man, 23,", "Edwards, then 7,"), a person and a copula ("he was
// 24."), and lists of ages ("victims, 20 and 22"). The number must close its clause (a comma,
// full stop, "and", "of" or a line break after it): "In Ganja, 10 civilians" is a count.
#include "recognize/numbers/context_rules.h"
#include "recognize/numbers/rule_helpers.h"

namespace reckon::numbers {
namespace {

bool closes_clause(const TokenView& v, std::uint32_t e) {
  return e >= v.size() || v.punct(e, ',') || v.punct(e, '.') || v.punct(e, ';') || v.punct(e, ')') ||
         v.is(e, "and") || v.is(e, "of") || v.is(e, "when") || v.token(e).has(kNewlineBefore);
}

// A word that can name the person whose age follows: a capitalized name or a people noun.
bool names_person(const TokenView& v, std::uint32_t k) {
  if (!v.word(k) || is_month(v, k) || v.has(k, kYearLead)) return false;
  return v.capitalized(k) || people_noun(v, k);
}

// "Daniel Segura, 55", "Holt, Jr., 27", "Edwards, then 7".
bool name_and_comma(const TokenView& v, std::uint32_t i) {
  std::uint32_t k = i - 1;
  if (v.is(k, "then") && k > 0) --k;
  if (k < 1 || !v.punct(k, ',')) return false;
  std::uint32_t name = k - 1;
  if (v.punct(name, '.') && name > 0 && v.capitalized(name - 1)) --name;  // "Jr."
  return names_person(v, name);
}

// "he was 24", "who is 20", "Edwards was 5", "the victim was 19".
bool person_copula(const TokenView& v, std::uint32_t i) {
  if (i < 2 || !v.has(i - 1, kAgeVerb)) return false;
  return v.has(i - 2, kPersonPronoun) || names_person(v, i - 2);
}

bool continues_age_list(const TokenView& v, const Phrase& p) {
  const NumberMention* prev = p.previous;
  const std::uint32_t i = p.start;
  return prev != nullptr && prev->quantity == Quantity::kAge && prev->last_token == prev->first_token + 1 &&
         prev->last_token + 2 >= i && (v.is(i - 1, "and") || v.punct(i - 1, ','));
}

}  // namespace

std::optional<Classification> age_context(const TokenView& v, const Phrase& p) {
  const Numeral& n = p.low;
  const std::uint32_t i = p.start;
  if (i > 0 && v.has(i - 1, kAgeLead)) return classified(Quantity::kAge, p.end);
  if (!n.from_digits || !n.digits.plain() || n.value > 120 || i != n.first || i < 2) return std::nullopt;
  if (continues_age_list(v, p)) return classified(Quantity::kAge, p.end);
  if (p.high || !closes_clause(v, p.end)) return std::nullopt;
  if (name_and_comma(v, i) || person_copula(v, i)) return classified(Quantity::kAge, p.end);
  return std::nullopt;
}

}  // namespace reckon::numbers
