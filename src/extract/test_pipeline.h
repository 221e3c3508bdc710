// Test helper: annotates a document with the real text stage and recognizers, for extraction
// tests. Header-only so that only tests include it. Places are left out until the place
// recognizer lands (the corpus checks figures, dates, kinds and speakers; the seed scorer checks
// places); define RECKON_EXTRACT_TEST_PLACES to run the whole annotate().
#pragma once

#include <string>
#include <string_view>

#include "reckon/annotate.h"
#include "reckon/calendar.h"
#include "reckon/claims.h"

namespace reckon::extract::testing {

inline Document make_document(std::string text, std::string_view published) {
  Document doc;
  doc.id = "test";
  doc.text = std::move(text);
  doc.published = parse_iso_date(published);
  return doc;
}

inline Annotations annotate_for_test(const Document& doc) {
#ifndef RECKON_EXTRACT_TEST_PLACES
  Annotations a;
  a.text = tokenize(doc.text);
  a.numbers = recognize_numbers(a.text, doc.text);
  a.dates = recognize_dates(a.text, doc.text, doc.published);
  a.addresses = recognize_addresses(a.text, doc.text);
  return a;
#else
  return annotate(doc, Gazetteer::builtin());
#endif
}

}  // namespace reckon::extract::testing
