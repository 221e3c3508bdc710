// Test helper: annotates a document with the real text stage and every recognizer (annotate()),
// for extraction tests. Header-only so that only tests include it.
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

inline Annotations annotate_for_test(const Document& doc) { return annotate(doc, Gazetteer::builtin()); }

}  // namespace reckon::extract::testing
