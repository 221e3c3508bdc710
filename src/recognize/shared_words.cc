// Builds the merged word table of shared_words.h and looks a document's words up in it.
#include "recognize/shared_words.h"

#include <mutex>

#include "recognize/places/addresses_lexicon.h"

namespace reckon {
namespace {

// The word sources of later stages, and whether the table that numbers their words is built.
struct LaterWords {
  std::mutex mutex;
  std::vector<WordSource> sources;
  bool numbered = false;
};

LaterWords& later_words() {
  static LaterWords later;
  return later;
}

}  // namespace

bool add_annotation_words(WordSource source) {
  LaterWords& later = later_words();
  const std::lock_guard lock(later.mutex);
  if (later.numbered) return false;
  later.sources.push_back(source);
  return true;
}

void for_each_annotation_word(const std::function<void(std::string_view, WordId)>& visit) {
  SharedWords::builtin().for_each_word(visit);
}

std::vector<WordId> annotation_word_ids(const TokenizedText& text) {
  return SharedWords::builtin().look_up(text).word_ids;
}

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
  LaterWords& later = later_words();
  {
    const std::lock_guard lock(later.mutex);
    later.numbered = true;
  }
  for (const WordSource source : later.sources)
    source([&](std::string_view word) { words_.try_emplace(word); });
  WordId id = kNoWordId;
  for (auto& [word, entry] : words_) entry.id = ++id;
  lookup_.build(words_);
}

void SharedWords::for_each_word(const std::function<void(std::string_view, WordId)>& visit) const {
  for (const auto& [word, entry] : words_) visit(word, entry.id);
}

// Every token but a symbol has its WordId (a later stage may know "-" or "2nd"); only words have
// the recognizers' entries, as their own look-ups skip numbers and punctuation.
WordLookups SharedWords::look_up(const TokenizedText& tt) const {
  WordLookups out;
  const std::size_t n = tt.tokens.size();
  out.word_ids.assign(n, kNoWordId);
  out.number_words.assign(n, nullptr);
  out.date_words.assign(n, nullptr);
  out.address_classes.assign(n, 0);
  for (std::size_t i = 0; i < n; ++i) {
    const Token& t = tt.tokens[i];
    if (t.kind == TokenKind::kSymbol) continue;
    const Entry* e = lookup_.find(t.norm);
    if (e == nullptr) continue;
    out.word_ids[i] = e->id;
    if (!t.is_word()) continue;
    out.number_words[i] = e->number;
    out.date_words[i] = e->date;
    out.address_classes[i] = e->address_classes;
  }
  return out;
}

}  // namespace reckon
