// Annotation: runs the text stage and every recognizer over one document, once.
//
// This is what `reckon tag` prints and what claim extraction reads.
#pragma once

#include <vector>

#include "reckon/dates.h"
#include "reckon/document.h"
#include "reckon/numbers.h"
#include "reckon/places.h"
#include "reckon/text.h"

namespace reckon {

struct Annotations {
  TokenizedText text;
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
