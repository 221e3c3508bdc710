// Parses the number word lists once into one flat table. A malformed line is a data error caught
// by the corpus test (the word it defines stops being recognized), so it is skipped, not reported.
#include "recognize/numbers/number_lexicon.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <unordered_map>

#include "reckon/lexicon.h"

namespace reckon::numbers {
namespace {

constexpr std::size_t kMaxFields = 4;
using Fields = std::array<std::string_view, kMaxFields>;

// Calls fn(fields, count) for each non-comment line of the embedded file `name` (the shared
// reader in core/lexicon.cc, with the fields in a fixed array as the callers here expect).
template <typename Fn>
void for_each_row(std::string_view name, Fn fn) {
  for_each_lexicon_row(name, [&](const std::vector<std::string_view>& row) {
    Fields f{};
    const std::size_t n = std::min(row.size(), kMaxFields);
    std::copy_n(row.begin(), n, f.begin());
    if (!f[0].empty()) fn(f, n);
  });
}

double to_double(std::string_view s) {
  double v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

bool has_flag(std::string_view flags, std::string_view flag) {
  while (!flags.empty()) {
    const std::size_t comma = flags.find(',');
    if (flags.substr(0, comma) == flag) return true;
    if (comma == std::string_view::npos) break;
    flags.remove_prefix(comma + 1);
  }
  return false;
}

NumeralKind numeral_kind(std::string_view s) {
  static const std::unordered_map<std::string_view, NumeralKind> kinds = {
      {"unit", NumeralKind::kUnit},       {"teen", NumeralKind::kTeen},
      {"tens", NumeralKind::kTens},       {"hundred", NumeralKind::kHundred},
      {"scale", NumeralKind::kScale},     {"dozen", NumeralKind::kDozen},
      {"ordinal", NumeralKind::kOrdinal}, {"vague", NumeralKind::kVague},
      {"couple", NumeralKind::kCouple},   {"half", NumeralKind::kHalf},
      {"fraction", NumeralKind::kFraction}};
  const auto it = kinds.find(s);
  return it == kinds.end() ? NumeralKind::kNone : it->second;
}

Effect effect_of(std::string_view s) {
  static const std::unordered_map<std::string_view, Effect> effects = {
      {"above", Effect::kAbove},   {"at_least", Effect::kAtLeast}, {"up_to", Effect::kUpTo},
      {"below", Effect::kBelow},   {"approx", Effect::kApprox},    {"between", Effect::kBetween},
      {"exact", Effect::kExact}};
  const auto it = effects.find(s);
  return it == effects.end() ? Effect::kNone : it->second;
}

Quantity unit_quantity(std::string_view s) {
  if (s == "duration") return Quantity::kDuration;
  if (s == "distance") return Quantity::kDistance;
  if (s == "money") return Quantity::kMoney;
  if (s == "percent") return Quantity::kPercent;
  if (s == "time") return Quantity::kTimeOfDay;
  return Quantity::kOther;
}

std::uint32_t context_role(std::string_view s) {
  static const std::unordered_map<std::string_view, std::uint32_t> roles = {
      {"year_lead", kYearLead},
      {"year_of", kYearOf},
      {"count_of", kCountOf},
      {"count_next", kCountNext},
      {"designator", kDesignator},
      {"street", kStreet},
      {"age_lead", kAgeLead},
      {"possessive", kPossessive},
      {"decade_part", kDecadePart},
      {"negation", kNegation},
      {"not_one", kNotOne},
      {"stop", kStop},
      {"service_number", kServiceNumber},
      {"height", kHeight},
      {"age_verb", kAgeVerb},
      {"person_pronoun", kPersonPronoun},
      {"daypart_am", kDaypartAm},
      {"daypart_pm", kDaypartPm},
      {"time_lead", kTimeLead},
      {"amount_lead", kAmountLead}};
  const auto it = roles.find(s);
  return it == roles.end() ? 0 : it->second;
}

// 0..25 for a lowercase ASCII letter, else 26.
std::size_t letter(char c) { return c >= 'a' && c <= 'z' ? static_cast<std::size_t>(c - 'a') : 26; }

// Splits a phrase at spaces; the views point into the embedded file, which lives forever.
std::vector<std::string_view> split_words(std::string_view phrase) {
  std::vector<std::string_view> out;
  while (!phrase.empty()) {
    const std::size_t sp = phrase.find(' ');
    if (sp != 0) out.push_back(phrase.substr(0, sp));
    if (sp == std::string_view::npos) break;
    phrase.remove_prefix(sp + 1);
  }
  return out;
}

}  // namespace

const NumberLexicon& NumberLexicon::get() {
  static const NumberLexicon lexicon;
  return lexicon;
}

NumberLexicon::NumberLexicon() {
  load_words();
  load_units();
  load_people();
  load_context();
  load_months();
  load_weekdays();
  load_modifiers();
  build_table();
  index_.clear();
}

WordInfo& NumberLexicon::entry(std::string_view word) {
  const auto [it, added] = index_.try_emplace(word, static_cast<std::uint32_t>(keys_.size()));
  if (added) {
    keys_.push_back(word);
    infos_.emplace_back();
  }
  return infos_[it->second];
}

void NumberLexicon::load_words() {
  for_each_row("lexicon/number_words.tsv", [&](const Fields& f, std::size_t n) {
    if (n < 3) return;
    WordInfo& w = entry(f[0]);
    w.numeral = numeral_kind(f[1]);
    w.value = to_double(f[2]);
    const std::string_view flags = n > 3 ? f[3] : std::string_view();
    w.needs_article = has_flag(flags, "article") || w.numeral == NumeralKind::kCouple;
    w.needs_of = has_flag(flags, "of");
    w.plural_scale = has_flag(flags, "plural");
  });
}

void NumberLexicon::load_units() {
  for_each_row("lexicon/numbers_units.tsv", [&](const Fields& f, std::size_t n) {
    if (n < 2) return;
    WordInfo& w = entry(f[0]);
    const std::string_view flags = n > 2 ? f[2] : std::string_view();
    w.unit = unit_quantity(f[1]);
    w.roles |= kUnitGlued;
    if (!has_flag(flags, "glued_only")) w.roles |= kUnitWord;
    if (has_flag(flags, "age")) w.roles |= kAgeUnit;
  });
}

void NumberLexicon::load_people() {
  for_each_row("lexicon/numbers_people.tsv", [&](const Fields& f, std::size_t n) {
    if (n < 2) return;
    entry(f[0]).roles |= f[1] == "pl" ? kPersonPlural : kPersonSingular;
  });
}

void NumberLexicon::load_context() {
  for_each_row("lexicon/numbers_context.tsv", [&](const Fields& f, std::size_t n) {
    if (n < 2) return;
    entry(f[0]).roles |= context_role(f[1]);
  });
}

// Month names are the date recognizer's list; we only need to know a day number stands beside one.
void NumberLexicon::load_months() {
  for_each_row("lexicon/months.tsv", [&](const Fields& f, std::size_t n) {
    if (n < 2) return;
    WordInfo& w = entry(f[0]);
    w.month = static_cast<std::int8_t>(to_double(f[1]));
    const bool loose = n > 2 && (has_flag(f[2], "abbr") || has_flag(f[2], "ambiguous"));
    w.roles |= loose ? kMonthLoose : kMonth;
  });
}

void NumberLexicon::load_weekdays() {
  for_each_row("lexicon/weekdays.tsv", [&](const Fields& f, std::size_t) { entry(f[0]).roles |= kWeekday; });
}

// Modifier phrases are grouped under their first word, longest first, so the first match is the
// longest ("no more than" before "no").
void NumberLexicon::load_modifiers() {
  for_each_row("lexicon/numbers_modifiers.tsv", [&](const Fields& f, std::size_t n) {
    if (n < 2) return;
    ModifierPhrase p;
    p.words = split_words(f[0]);
    p.effect = effect_of(f[1]);
    p.after = n > 2 && f[2] == "after";
    if (!p.words.empty() && p.effect != Effect::kNone) modifiers_.push_back(std::move(p));
  });
  std::stable_sort(modifiers_.begin(), modifiers_.end(), [](const ModifierPhrase& a, const ModifierPhrase& b) {
    if (a.words.front() != b.words.front()) return a.words.front() < b.words.front();
    return a.words.size() > b.words.size();
  });
  for (std::size_t i = 0; i < modifiers_.size(); ++i) {
    WordInfo& w = entry(modifiers_[i].words.front());
    if (w.modifiers_count == 0) w.modifiers_first = static_cast<std::uint16_t>(i);
    ++w.modifiers_count;
    const ModifierPhrase& m = modifiers_[i];
    w.modifier_next[m.after ? 1 : 0] |=
        m.words.size() == 1 ? kModifierAlone : modifier_initial(m.words[1]);
  }
}

void NumberLexicon::build_table() {
  std::size_t size = 64;
  while (size < 4 * keys_.size()) size *= 2;
  slots_.assign(size, Slot{});
  mask_ = size - 1;
  for (std::size_t i = 0; i < keys_.size(); ++i) {
    const std::string_view key = keys_[i];
    const std::uint64_t hash = hash_word(key);
    std::size_t h = hash & mask_;
    while (!slots_[h].key.empty()) h = (h + 1) & mask_;
    slots_[h] = Slot{key, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(hash >> 32)};
    const std::size_t first = letter(key.front()), last = letter(key.back());
    if (first < 26 && last < 26) filter_[(key.size() & 15) * 26 + first] |= 1u << last;
  }
}

const WordInfo* NumberLexicon::find(std::string_view norm) const {
  if (norm.empty() || norm.size() > 16) return nullptr;
  const std::size_t first = letter(norm.front()), last = letter(norm.back());
  if (first < 26 && last < 26 && (filter_[(norm.size() & 15) * 26 + first] & (1u << last)) == 0) return nullptr;
  const std::uint64_t hash = hash_word(norm);
  const auto tag = static_cast<std::uint32_t>(hash >> 32);
  std::size_t h = hash & mask_;
  while (!slots_[h].key.empty()) {
    if (slots_[h].tag == tag && same_word(slots_[h].key, norm)) return &infos_[slots_[h].info];
    h = (h + 1) & mask_;
  }
  return nullptr;
}

}  // namespace reckon::numbers
