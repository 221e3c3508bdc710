// Fuzzes the JSON Lines reader as a stream: the bytes are a whole input file (BOMs, UTF-16, JSON
// arrays, overlong lines, garbage) read through JsonLinesSource to the end. The first byte picks
// the document size cap so that the too-long paths are reached with small inputs. Checks that
// every document has text and that the reader ends.
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "fuzz_check.h"
#include "read/json_lines_source.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return 0;
  const std::size_t cap = std::size_t{8} << (data[0] % 14);  // 8 B .. 64 KiB
  std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::FILE* file = fmemopen(bytes.data(), bytes.size(), "rb");
  if (file == nullptr) return 0;
  reckon::read::JsonLinesSource source(file, "fuzz.jsonl", cap);
  std::vector<reckon::Diagnostic> diagnostics;
  reckon::Document doc;
  std::size_t documents = 0;
  while (source.next(doc, diagnostics)) {
    ++documents;
    reckon::fuzz::require(documents <= bytes.size(), "more documents than bytes");
    reckon::fuzz::require(doc.text.size() <= bytes.size() * 3 + 16, "document larger than its input");
    doc = reckon::Document{};
  }
  reckon::fuzz::require(diagnostics.size() <= reckon::read::JsonLinesSource::kMaxLineDiagnostics + 8,
                        "diagnostics not capped");
  return 0;
}
