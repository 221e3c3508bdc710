// Fuzzes the place and address recognizers alone on arbitrary bytes with the built-in gazetteer
// (loaded once): spans and token ranges inside the text, places that exist in the gazetteer.
#include <cstdint>
#include <string_view>

#include "fuzz_check.h"
#include "reckon/places.h"

// The gazetteer and lexicons load once here, before the first input is timed: loading under
// sanitizers on a busy machine can take longer than libFuzzer's per-input timeout.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)reckon::Gazetteer::builtin();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const reckon::Gazetteer& gazetteer = reckon::Gazetteer::builtin();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const reckon::TokenizedText tt = reckon::tokenize(text);
  const auto places = reckon::recognize_places(tt, text, gazetteer);
  for (const auto& p : places) {
    reckon::fuzz::check_span(p.span, size, "place span");
    reckon::fuzz::check_tokens(p.first_token, p.last_token, tt, "place tokens");
    reckon::fuzz::require(p.place.id < gazetteer.size(), "place id outside the gazetteer");
  }
  const auto addresses = reckon::recognize_addresses(tt, text);
  reckon::fuzz::check_mentions(addresses, tt, size, "address mention");
  return 0;
}
