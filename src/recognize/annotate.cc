// Annotation runs the text stage once and every recognizer over its tokens, in the order their
// outputs depend on: numbers, then dates (which may read number words), then places and
// addresses.
#include "reckon/annotate.h"

#include "recognize/places/addresses.h"

namespace reckon {

Annotations annotate(const Document& doc, const Gazetteer& gazetteer) {
  Annotations a;
  a.text = tokenize(doc.text);
  a.numbers = recognize_numbers(a.text, doc.text);
  a.dates = recognize_dates(a.text, doc.text, doc.published);
  a.places = recognize_places(a.text, doc.text, gazetteer);
  a.ranked_addresses = find_addresses(a.text, doc.text);
  a.addresses.reserve(a.ranked_addresses.size());
  for (const RankedAddress& r : a.ranked_addresses) a.addresses.push_back(r.mention);
  return a;
}

}  // namespace reckon
