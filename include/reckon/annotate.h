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
};

Annotations annotate(const Document& doc, const Gazetteer& gazetteer);

}  // namespace reckon
