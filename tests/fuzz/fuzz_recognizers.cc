// Fuzzes the text stage and every recognizer together on arbitrary bytes, checking that every
// span they return lies inside the text and runs forward.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "reckon/annotate.h"

namespace {
void check(const reckon::Span& s, std::size_t size) {
  if (s.start > s.end || s.end > size) std::abort();
}
}  // namespace

// The gazetteer and lexicons load once here, before the first input is timed: loading under
// sanitizers on a busy machine can take longer than libFuzzer's per-input timeout.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)reckon::Gazetteer::builtin();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  reckon::Document doc;
  doc.id = "fuzz";
  doc.text.assign(reinterpret_cast<const char*>(data), size);
  doc.published = reckon::CivilDate{2020, 10, 4};
  const reckon::Annotations a = reckon::annotate(doc, reckon::Gazetteer::builtin());
  for (const auto& t : a.text.tokens) check(t.span, size);
  for (const auto& n : a.numbers) check(n.span, size);
  for (const auto& d : a.dates) check(d.span, size);
  for (const auto& p : a.places) check(p.span, size);
  for (const auto& ad : a.addresses) check(ad.span, size);
  return 0;
}
