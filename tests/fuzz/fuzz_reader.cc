// Fuzzes the document reader's parsers: a JSON Lines line and a plain article's metadata lines.
#include <cstdint>
#include <string>

#include "reckon/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto parsed = reckon::parse_json_line(bytes, "fuzz:1");
  if (parsed.ok()) {
    reckon::Document doc = std::move(parsed).value();
    reckon::read_article_metadata(doc);
  }
  reckon::Document article;
  article.id = "fuzz.txt";
  article.text = std::string(bytes);
  reckon::read_article_metadata(article);
  return 0;
}
