// Builds the merged word table of shared_words.h and looks a document's words up in it.
#include "recognize/shared_words.h"

#include <bit>

#include "recognize/places/addresses_lexicon.h"

namespace reckon {

const SharedWords& SharedWords::builtin() {
  static const SharedWords words;
  return words;
}

// Each entry takes its values from the lexicons' own lookups of the word, so a word one of them
// would refuse (NumberLexicon::find skips very long words) reads the same here.
SharedWords::SharedWords() {
  const numbers::NumberLexicon& numbers = numbers::NumberLexicon::get();
  const addresses::AddressLexicon& addresses = addresses::AddressLexicon::builtin();
  for (const std::string_view word : numbers.words()) {
    if (const numbers::WordInfo* info = numbers.find(word)) words_[word].number = info;
  }
  addresses.for_each_word([&](std::string_view word, std::uint32_t /*classes*/) {
    if (const std::uint32_t c = addresses.classes(word)) words_[word].address_classes = c;
  });
  std::size_t slots = 64;
  while (slots < 4 * words_.size()) slots *= 2;
  short_slots_.assign(slots, ShortSlot{});
  short_shift_ = 64 - static_cast<std::size_t>(std::countr_zero(slots));
  for (const auto& [word, entry] : words_) {
    if (!word.empty() && word.size() <= kShortBytes) add_short(word, entry);
  }
}

// Every byte of a 1-8 byte word in one value (reckon::pack_short): words of one length pack to
// different values.
[[gnu::always_inline]] inline std::uint64_t SharedWords::pack(std::string_view word) { return pack_short(word); }

[[gnu::always_inline]] inline std::size_t SharedWords::home(std::uint64_t packed,
                                                           std::size_t length) const {
  return static_cast<std::size_t>(((packed ^ length) * 0x9E3779B97F4A7C15ull) >> short_shift_);
}

void SharedWords::add_short(std::string_view word, const Entry& e) {
  const std::uint64_t packed = pack(word);
  const std::size_t mask = short_slots_.size() - 1;
  std::size_t i = home(packed, word.size());
  while (short_slots_[i].length != 0) i = (i + 1) & mask;
  short_slots_[i] = {packed, static_cast<std::uint32_t>(word.size()),
                     static_cast<std::uint32_t>(short_entries_.size())};
  short_entries_.push_back(e);
}

// Inline: it runs once per word token of every document.
[[gnu::always_inline]] inline const SharedWords::Entry* SharedWords::find(
    std::string_view word) const {
  const std::size_t n = word.size();
  if (n == 0 || n > kShortBytes) return find_word(words_, word);
  const std::uint64_t packed = pack(word);
  const std::size_t mask = short_slots_.size() - 1;
  for (std::size_t i = home(packed, n);; i = (i + 1) & mask) {
    const ShortSlot& s = short_slots_[i];
    if (s.length == 0) return nullptr;
    if (s.packed == packed && s.length == n) return &short_entries_[s.entry];
  }
}

WordLookups SharedWords::look_up(const TokenizedText& tt) const {
  WordLookups out;
  const std::size_t n = tt.tokens.size();
  out.number_words.assign(n, nullptr);
  out.address_classes.assign(n, 0);
  for (std::size_t i = 0; i < n; ++i) {
    const Token& t = tt.tokens[i];
    if (!t.is_word()) continue;
    const Entry* e = find(t.norm);
    if (e == nullptr) continue;
    out.number_words[i] = e->number;
    out.address_classes[i] = e->address_classes;
  }
  return out;
}

}  // namespace reckon
