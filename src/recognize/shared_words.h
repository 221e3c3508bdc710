// One lexicon lookup per word token for the recognizers that annotate() runs.
//
// The number scanner, the date scanner and the address rules each want every word token's entry
// in their own lexicon, and each used to hash and probe every word for it. SharedWords merges
// their words into one table, built once, whose entry holds all three answers, so a document's
// words are hashed and probed once for all. An entry is exactly what NumberLexicon::find,
// DateLexicon::find and AddressLexicon::classes answer for the word, so the recognizers see the
// same values.
//
// The table also numbers every word it holds, and holds the words later stages add
// (add_annotation_words, reckon/annotate.h): each token's number, its WordId, goes into the
// annotations, and extraction reads its lexicon's entry for a token by that number, so a token is
// looked up once for all stages.
//
// The merged table is looked up through a PackedWordIndex (reckon/lexicon.h): most words of
// running text are at most eight bytes long and are found by comparing two integers.
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

#include "reckon/annotate.h"
#include "reckon/lexicon.h"
#include "reckon/text.h"
#include "recognize/dates/date_lexicon.h"
#include "recognize/numbers/number_lexicon.h"

namespace reckon {

// Per token of one document: its NumberLexicon and DateLexicon entries and its AddressLexicon
// classes (nullptr and 0 for tokens that are not words or are in no lexicon), and the WordId of
// its norm (kNoWordId for a symbol or a norm no stage knows).
struct WordLookups {
  std::vector<WordId> word_ids;
  std::vector<const numbers::WordInfo*> number_words;
  std::vector<const dates::WordInfo*> date_words;
  std::vector<std::uint32_t> address_classes;
};

class SharedWords {
 public:
  // Built on first call from the built-in lexicons; thread-safe.
  static const SharedWords& builtin();

  WordLookups look_up(const TokenizedText& tt) const;
  // Calls visit(word, id) for every word of the table.
  void for_each_word(const std::function<void(std::string_view, WordId)>& visit) const;

 private:
  SharedWords();

  struct Entry {
    const numbers::WordInfo* number = nullptr;
    const dates::WordInfo* date = nullptr;
    std::uint32_t address_classes = 0;
    WordId id = kNoWordId;  // 1 + the entry's index
  };
  WordMap<Entry> words_;           // every word of the three lexicons
  PackedWordIndex<Entry> lookup_;  // over words_, once it is complete
};

}  // namespace reckon
