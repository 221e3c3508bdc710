// UTF-8 decoding and the character classes the tokenizer needs, with folding of Latin letters to
// ASCII for matching. Internal to the text stage.
#pragma once

#include <cstdint>
#include <string_view>

namespace reckon::text {

inline constexpr std::uint32_t kInvalidCodePoint = 0xFFFFFFFF;

struct Decoded {
  std::uint32_t cp;  // kInvalidCodePoint for an invalid byte
  std::uint32_t length;
};

// Decodes the code point at s[i] (i < s.size()). Invalid or truncated sequences, overlong forms
// and surrogates decode as one invalid byte.
Decoded decode_utf8(std::string_view s, std::size_t i);

// kFormat: invisible characters (soft hyphen, zero-width joiners, word joiner, BOM) that join a
// word they sit in and are dropped from norms; kMark: combining marks and variation selectors.
enum class CharClass : std::uint8_t {
  kSpace,
  kNewline,
  kLetter,
  kDigit,
  kMark,
  kFormat,
  kApostrophe,
  kPunct,
  kSymbol
};

CharClass classify(std::uint32_t cp);
bool is_upper(std::uint32_t cp);
bool is_lower(std::uint32_t cp);

// Appends the matching form of cp: lowercase, Latin diacritics folded to ASCII (ə→e, ı→i,
// ß→ss), typographic quotes and dashes to ASCII, combining marks dropped. Never writes more bytes
// than cp's UTF-8 length, so a norm buffer the size of the text never reallocates.
void append_folded(std::uint32_t cp, std::uint32_t utf8_length, std::string& out);
// The same, written at `out` (at most utf8_length bytes); returns the end of what it wrote.
char* fold_to(std::uint32_t cp, std::uint32_t utf8_length, char* out);

}  // namespace reckon::text
