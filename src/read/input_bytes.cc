// Byte-level checks. Invalid UTF-8 is kept as it is (offsets must stay those of the original
// bytes) and reported once per document; output replaces it with U+FFFD (core/json.cc).
#include "read/input_bytes.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace reckon::read {
namespace {

bool has_utf16_bom(std::string_view b) {
  return b.size() >= 2 &&
         ((b[0] == '\xFF' && b[1] == '\xFE') || (b[0] == '\xFE' && b[1] == '\xFF'));
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

// Length of the valid UTF-8 sequence at s[i], or 0 when the byte there starts none (overlong
// forms, surrogates and code points past U+10FFFF are invalid).
std::size_t valid_sequence_length(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return 1;
  const std::size_t n = (b0 & 0xE0) == 0xC0   ? 2
                        : (b0 & 0xF0) == 0xE0 ? 3
                        : (b0 & 0xF8) == 0xF0 ? 4
                                              : 0;
  if (n == 0 || i + n > s.size()) return 0;
  std::uint32_t cp = b0 & (0x7Fu >> n);
  for (std::size_t k = 1; k < n; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3Fu);
  }
  const std::uint32_t min = n == 2 ? 0x80 : n == 3 ? 0x800 : 0x10000;
  return cp >= min && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF) ? n : 0;
}

// The offset of the first byte at or after i that is not ASCII (or the size): most of a news
// report is ASCII, so it is skipped 8 bytes at a time before any sequence is decoded.
std::size_t skip_ascii(std::string_view s, std::size_t i) {
  while (i + 8 <= s.size()) {
    std::uint64_t block;
    std::memcpy(&block, s.data() + i, 8);
    if ((block & 0x8080808080808080ull) != 0) break;
    i += 8;
  }
  while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
  return i;
}

}  // namespace

void utf16_to_utf8(std::string_view b, bool little_endian, std::string& out) {
  out.reserve(out.size() + b.size());
  auto unit = [&](std::size_t i) -> std::uint32_t {
    const auto lo = static_cast<unsigned char>(b[little_endian ? i : i + 1]);
    const auto hi = static_cast<unsigned char>(b[little_endian ? i + 1 : i]);
    return static_cast<std::uint32_t>(hi << 8 | lo);
  };
  std::size_t i = 0;
  for (; i + 1 < b.size(); i += 2) {
    std::uint32_t cp = unit(i);
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 3 < b.size() && unit(i + 2) >= 0xDC00 &&
        unit(i + 2) <= 0xDFFF) {
      cp = 0x10000 + ((cp - 0xD800) << 10) + (unit(i + 2) - 0xDC00);
      i += 2;
    } else if (cp >= 0xD800 && cp <= 0xDFFF) {
      cp = 0xFFFD;
    }
    append_utf8(cp, out);
  }
  if (i < b.size()) append_utf8(0xFFFD, out);
}

std::string repair_utf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + 16);
  std::size_t i = 0;
  while (i < bytes.size()) {
    if (const std::size_t n = valid_sequence_length(bytes, i); n > 0) {
      out.append(bytes.substr(i, n));
      i += n;
    } else {
      out.append("\xEF\xBF\xBD");
      ++i;
    }
  }
  return out;
}

bool looks_like_utf16(std::string_view bytes) {
  const std::size_t n = std::min<std::size_t>(bytes.size(), 4096) & ~std::size_t{1};
  std::size_t even = 0;
  std::size_t odd = 0;
  for (std::size_t i = 0; i < n; i += 2) {
    even += bytes[i] == '\0';
    odd += bytes[i + 1] == '\0';
  }
  // Text in a Latin script has a NUL in nearly every other byte, all on one side.
  return n >= 8 && (even * 10 >= n / 2 * 9 || odd * 10 >= n / 2 * 9) && (even == 0 || odd == 0);
}

std::optional<std::string> reject_reason(std::string_view bytes) {
  std::size_t start = 0;
  while (start < bytes.size() && (bytes[start] == ' ' || bytes[start] == '\n' ||
                                  bytes[start] == '\r' || bytes[start] == '\t'))
    ++start;
  if (start == bytes.size()) return bytes.empty() ? "empty file" : "no text (only white space)";
  if (has_utf16_bom(bytes)) return std::nullopt;
  if (std::memchr(bytes.data(), '\0', bytes.size()) != nullptr) {
    return looks_like_utf16(bytes)
               ? "UTF-16 without a byte-order mark: save it as UTF-8 (or UTF-16 with a BOM)"
               : "binary content (NUL bytes), not a text report";
  }
  return std::nullopt;
}

std::optional<std::string> normalise_encoding(std::string& bytes) {
  if (has_utf16_bom(bytes)) {
    const bool little = bytes[0] == '\xFF';
    std::string utf8;
    utf16_to_utf8(std::string_view(bytes).substr(2), little, utf8);
    bytes = std::move(utf8);
    return std::string("UTF-16 (") + (little ? "little" : "big") +
           "-endian, with a byte-order mark) converted to UTF-8; offsets count the converted text";
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
  while ((i = skip_ascii(s, i)) < s.size()) {
    if (const std::size_t n = valid_sequence_length(s, i); n > 0) {
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
    doc.warnings.push_back({Diagnostic::Severity::kWarning,
                            where + ":byte " + std::to_string(bad->first_invalid),
                            "invalid UTF-8 (" + std::to_string(bad->invalid_bytes) +
                                " bad bytes; shown as U+FFFD, offsets unchanged)"});
  }
}

namespace {

bool is_space(int c) {
  return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// The next byte of `in`, appended to `prefix`, or EOF.
int next_byte(std::FILE* in, std::string& prefix) {
  const int c = std::fgetc(in);
  if (c != EOF) prefix.push_back(static_cast<char>(c));
  return c;
}

}  // namespace

int first_character(std::FILE* in, std::string& prefix) {
  int c = next_byte(in, prefix);
  if (c == 0xFF || c == 0xFE) {
    const int second = next_byte(in, prefix);
    const bool little = c == 0xFF && second == 0xFE;
    if (!little && !(c == 0xFE && second == 0xFF)) return c;  // not a byte-order mark
    for (;;) {
      const int a = next_byte(in, prefix);
      const int b = next_byte(in, prefix);
      if (a == EOF || b == EOF) return EOF;
      const int unit = little ? (a | b << 8) : (a << 8 | b);
      if (!is_space(unit)) return unit;
    }
  }
  constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
  for (; c != EOF; c = next_byte(in, prefix)) {
    if (is_space(c)) continue;
    if (prefix.size() <= kUtf8Bom.size() && kUtf8Bom.substr(0, prefix.size()) == prefix) continue;
    return c;
  }
  return EOF;
}

}  // namespace reckon::read
