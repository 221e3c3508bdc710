// Fuzzes the number recognizer alone on arbitrary bytes: spans and token ranges inside the text,
// left to right, intervals that are not inverted and head tokens inside the token list.
#include <cstdint>
#include <string_view>

#include "fuzz_check.h"
#include "reckon/numbers.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const reckon::TokenizedText tt = reckon::tokenize(text);
  reckon::fuzz::check_text(tt, size);
  const auto numbers = reckon::recognize_numbers(tt, text);
  reckon::fuzz::check_mentions(numbers, tt, size, "number mention");
  for (const auto& n : numbers) {
    reckon::fuzz::require(n.head_token <= tt.tokens.size(), "number head token");
    reckon::fuzz::require(!n.max || *n.max >= n.min, "number interval inverted");
  }
  return 0;
}
