// Fuzzes claim extraction end to end, through the JSON writer, on arbitrary text.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "reckon/claims.h"
#include "reckon/output.h"

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
  doc.published = reckon::CivilDate{2021, 3, 1};
  const reckon::Annotations a = reckon::annotate(doc, reckon::Gazetteer::builtin());
  const reckon::Extraction x = reckon::extract_claims(doc, a);
  for (const auto& c : x.claims) {
    for (const auto& s : c.evidence) {
      if (s.start > s.end || s.end > size) std::abort();
    }
  }
  std::string out;
  reckon::write_extract_json(doc, x, out);
  return 0;
}
