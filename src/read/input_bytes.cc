// Byte-level checks. Invalid UTF-8 is kept as it is (offsets must stay those of the original
// bytes) and reported once per document; output replaces it with U+FFFD (core/json.cc).
#include "read/input_bytes.h"

#include <cstring>

namespace reckon::read {
namespace {

bool has_utf16_bom(std::string_view b) {
  return b.size() >= 2 && ((b[0] == '\xFF' && b[1] == '\xFE') || (b[0] == '\xFE' && b[1] == '\xFF'));
}

void append_utf8(std::uint32_t cp, std::string& out) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string utf16_to_utf8(std::string_view b, bool little_endian) {
  std::string out;
  out.reserve(b.size());
  auto unit = [&](std::size_t i) -> std::uint32_t {
    const auto lo = static_cast<unsigned char>(b[little_endian ? i : i + 1]);
    const auto hi = static_cast<unsigned char>(b[little_endian ? i + 1 : i]);
    return static_cast<std::uint32_t>(hi << 8 | lo);
  };
  for (std::size_t i = 2; i + 1 < b.size(); i += 2) {
    std::uint32_t cp = unit(i);
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 3 < b.size()) {
      const std::uint32_t low = unit(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        i += 2;
      } else {
        cp = 0xFFFD;
      }
    } else if (cp >= 0xD800 && cp <= 0xDFFF) {
      cp = 0xFFFD;
    }
    append_utf8(cp, out);
  }
  return out;
}

}  // namespace

std::optional<std::string> reject_reason(std::string_view bytes) {
  std::size_t start = 0;
  while (start < bytes.size() && (bytes[start] == ' ' || bytes[start] == '\n' || bytes[start] == '\r' || bytes[start] == '\t')) ++start;
  if (start == bytes.size()) return bytes.empty() ? "empty file" : "no text (only white space)";
  if (has_utf16_bom(bytes)) return std::nullopt;
  if (std::memchr(bytes.data(), '\0', bytes.size()) != nullptr) return "binary content (NUL bytes), not a text report";
  return std::nullopt;
}

std::optional<std::string> normalise_encoding(std::string& bytes) {
  if (has_utf16_bom(bytes)) {
    const bool little = bytes[0] == '\xFF';
    bytes = utf16_to_utf8(bytes, little);
    return std::string("UTF-16 (") + (little ? "little" : "big") + "-endian, with a byte-order mark) converted to UTF-8; offsets count the converted text";
  }
  if (bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    bytes.erase(0, 3);
    return std::nullopt;  // a UTF-8 BOM is harmless; dropping it needs no warning
  }
  return std::nullopt;
}

std::optional<Utf8Check> find_invalid_utf8(std::string_view s) {
  Utf8Check check;
  bool found = false;
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {
      ++i;
      continue;
    }
    std::size_t n = (b0 & 0xE0) == 0xC0 ? 2 : (b0 & 0xF0) == 0xE0 ? 3 : (b0 & 0xF8) == 0xF0 ? 4 : 0;
    bool ok = n != 0 && i + n <= s.size();
    std::uint32_t cp = ok ? (b0 & (0x7Fu >> n)) : 0;
    for (std::size_t k = 1; ok && k < n; ++k) {
      const auto b = static_cast<unsigned char>(s[i + k]);
      ok = (b & 0xC0) == 0x80;
      cp = (cp << 6) | (b & 0x3Fu);
    }
    if (ok) {
      const std::uint32_t min = n == 2 ? 0x80 : n == 3 ? 0x800 : 0x10000;
      ok = cp >= min && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
    }
    if (ok) {
      i += n;
      continue;
    }
    if (!found) check.first_invalid = i;
    found = true;
    ++check.invalid_bytes;
    ++i;
  }
  if (!found) return std::nullopt;
  return check;
}

void warn_if_invalid_utf8(Document& doc, const std::string& where) {
  if (auto bad = find_invalid_utf8(doc.text)) {
    doc.warnings.push_back({Diagnostic::Severity::kWarning, where + ":byte " + std::to_string(bad->first_invalid),
                            "invalid UTF-8 (" + std::to_string(bad->invalid_bytes) +
                                " bad bytes; shown as U+FFFD, offsets unchanged)"});
  }
}

}  // namespace reckon::read
