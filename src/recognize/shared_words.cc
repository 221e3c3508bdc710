// Builds the merged word table of shared_words.h and looks a document's words up in it.
#include "recognize/shared_words.h"

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
  const dates::DateLexicon& dates = dates::DateLexicon::get();
  const addresses::AddressLexicon& addresses = addresses::AddressLexicon::builtin();
  for (const std::string_view word : numbers.words()) {
    if (const numbers::WordInfo* info = numbers.find(word)) words_[word].number = info;
  }
  dates.for_each_word([&](std::string_view word) {
    if (const dates::WordInfo* info = dates.find(word)) words_[word].date = info;
  });
  addresses.for_each_word([&](std::string_view word, std::uint32_t /*classes*/) {
    if (const std::uint32_t c = addresses.classes(word)) words_[word].address_classes = c;
  });
  lookup_.build(words_);
}

WordLookups SharedWords::look_up(const TokenizedText& tt) const {
  WordLookups out;
  const std::size_t n = tt.tokens.size();
  out.number_words.assign(n, nullptr);
  out.date_words.assign(n, nullptr);
  out.address_classes.assign(n, 0);
  for (std::size_t i = 0; i < n; ++i) {
    const Token& t = tt.tokens[i];
    if (!t.is_word()) continue;
    const Entry* e = lookup_.find(t.norm);
    if (e == nullptr) continue;
    out.number_words[i] = e->number;
    out.date_words[i] = e->date;
    out.address_classes[i] = e->address_classes;
  }
  return out;
}

}  // namespace reckon
