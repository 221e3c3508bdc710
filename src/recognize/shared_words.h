// One lexicon lookup per word token for the recognizers that annotate() runs.
//
// The number scanner and the address rules each want every word token's entry in their own
// lexicon, and each used to hash and probe every word for it. SharedWords merges their words
// into one table, built once, whose entry holds both answers, so a document's words are hashed
// and probed once for both. An entry is exactly what NumberLexicon::find and
// AddressLexicon::classes answer for the word, so the recognizers see the same values.
//
// Most words of running text are at most eight bytes long. Those are packed into one 64-bit
// value (every byte of the word, as hash_word reads them) and found in a table of packed keys: a
// probe compares two integers, with no string hash or compare, and at a quarter full most misses
// end on the first, empty, slot. Longer words go through a WordMap.
#pragma once

#include <cstdint>
#include <vector>

#include "reckon/lexicon.h"
#include "reckon/text.h"
#include "recognize/numbers/number_lexicon.h"

namespace reckon {

// Per token of one document: its NumberLexicon entry and its AddressLexicon classes (nullptr and
// 0 for tokens that are not words or are in neither lexicon).
struct WordLookups {
  std::vector<const numbers::WordInfo*> number_words;
  std::vector<std::uint32_t> address_classes;
};

class SharedWords {
 public:
  // Built on first call from the built-in lexicons; thread-safe.
  static const SharedWords& builtin();

  WordLookups look_up(const TokenizedText& tt) const;

 private:
  SharedWords();

  struct Entry {
    const numbers::WordInfo* number = nullptr;
    std::uint32_t address_classes = 0;
  };
  // A word of 1-8 bytes: its bytes packed (see pack()) and its length, which tells apart words
  // that pack alike ("abcd" and "abcdabcd"). Length 0 marks an empty slot.
  struct ShortSlot {
    std::uint64_t packed = 0;
    std::uint32_t length = 0;
    std::uint32_t entry = 0;  // index in short_entries_
  };
  static constexpr std::size_t kShortBytes = 8;

  static std::uint64_t pack(std::string_view word);
  std::size_t home(std::uint64_t packed, std::size_t length) const;
  const Entry* find(std::string_view word) const;
  void add_short(std::string_view word, const Entry& e);

  WordMap<Entry> words_;  // every word; longer ones are looked up here
  std::vector<ShortSlot> short_slots_;  // power-of-two size, at most a quarter full
  std::vector<Entry> short_entries_;
  std::size_t short_shift_ = 64;
};

}  // namespace reckon
