// Annotation runs the text stage once and every recognizer over its tokens, in the order their
// outputs depend on: numbers, then dates (which may read number words), then places and
// addresses. The words the number, date and address recognizers look up are looked up once, in
// one merged table (shared_words.h), and handed to each; the table's numbers for the tokens go into
// the annotations for extraction.
#include "reckon/annotate.h"

#include <utility>

#include "recognize/dates/date_scan.h"
#include "recognize/numbers/token_view.h"
#include "recognize/places/addresses.h"
#include "recognize/shared_words.h"

namespace reckon {

Annotations annotate(const Document& doc, const Gazetteer& gazetteer) {
  Annotations a;
  a.text = tokenize(doc.text);
  WordLookups words = SharedWords::builtin().look_up(a.text);
  a.word_ids = std::move(words.word_ids);
  a.numbers = numbers::recognize_numbers(numbers::TokenView(
      a.text, numbers::NumberLexicon::get(), std::move(words.number_words)));
  a.dates = dates::recognize_dates(
      dates::TokenCursor(a.text, doc.text, std::move(words.date_words)), doc.published);
  a.places = recognize_places(a.text, doc.text, gazetteer);
  a.ranked_addresses = find_addresses(a.text, doc.text, std::move(words.address_classes));
  a.addresses.reserve(a.ranked_addresses.size());
  for (const RankedAddress& r : a.ranked_addresses) a.addresses.push_back(r.mention);
  return a;
}

}  // namespace reckon
