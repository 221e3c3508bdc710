// Annotation: runs the text stage and every recognizer over one document, once.
//
// This is what `reckon tag` prints and what claim extraction reads.
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

#include "reckon/dates.h"
#include "reckon/document.h"
#include "reckon/numbers.h"
#include "reckon/places.h"
#include "reckon/text.h"

namespace reckon {

// Every word a lexicon of annotation or of a later stage looks up, numbered from 1 once, at the
// first annotation: annotate() gives each token the number of its norm (Annotations::word_ids), so
// that a later stage reads what its own lexicon knows of a token from a table indexed by the
// number instead of looking the word up a second time.
using WordId = std::uint32_t;
inline constexpr WordId kNoWordId = 0;  // a symbol, or a word no lexicon holds

// Calls `add` with every word of one lexicon.
using WordSource = void (*)(const std::function<void(std::string_view)>& add);

// Gives the words of `source` numbers too. Called at static initialisation by a later stage (the
// numbering is fixed at the first annotation); returns false, with no effect, once it is fixed.
bool add_annotation_words(WordSource source);

// Calls visit(word, id) for every numbered word; thread-safe.
void for_each_annotation_word(const std::function<void(std::string_view, WordId)>& visit);

// What annotate() sets Annotations::word_ids to for `text`.
std::vector<WordId> annotation_word_ids(const TokenizedText& text);

struct Annotations {
  TokenizedText text;
  // Per token: the WordId of its norm, or kNoWordId. Left empty by callers that run the
  // recognizers one by one.
  std::vector<WordId> word_ids;
  std::vector<NumberMention> numbers;
  std::vector<DateMention> dates;
  std::vector<PlaceMention> places;
  std::vector<AddressMention> addresses;
  // The same addresses (same order) with their kind and incident ranking, which claim extraction
  // weighs; kept here so that it need not run the address recognizer a second time. Left empty by
  // callers that fill `addresses` alone: extraction then ranks them itself.
  std::vector<RankedAddress> ranked_addresses;
};

Annotations annotate(const Document& doc, const Gazetteer& gazetteer);

}  // namespace reckon
