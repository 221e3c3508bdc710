// Character classes and folding, written out as small tables: the tokenizer calls these for every
// non-ASCII character, and ASCII never reaches them (see tokenize.cc's fast paths).
#include "text/utf8.h"

#include <string>

namespace reckon::text {

Decoded decode_utf8(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return {b0, 1};
  std::uint32_t n = 0;
  std::uint32_t min = 0;
  if ((b0 & 0xE0) == 0xC0) {
    n = 2;
    min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    n = 3;
    min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    n = 4;
    min = 0x10000;
  } else
    return {kInvalidCodePoint, 1};
  if (i + n > s.size()) return {kInvalidCodePoint, 1};
  std::uint32_t cp = b0 & (0x7Fu >> n);
  for (std::uint32_t k = 1; k < n; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return {kInvalidCodePoint, 1};
    cp = (cp << 6) | (b & 0x3Fu);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {kInvalidCodePoint, 1};
  return {cp, n};
}

CharClass classify(std::uint32_t cp) {
  if (cp < 0x80) {
    const auto c = static_cast<char>(cp);
    if (c == '\n') return CharClass::kNewline;
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') return CharClass::kSpace;
    if (c >= '0' && c <= '9') return CharClass::kDigit;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return CharClass::kLetter;
    if (c == '\'') return CharClass::kApostrophe;
    if (cp < 0x20 || cp == 0x7F) return CharClass::kSpace;
    if (c == '$' || c == '%' || c == '@' || c == '#' || c == '+' || c == '=' || c == '<' ||
        c == '>' || c == '^' || c == '|' || c == '~' || c == '`' || c == '*')
      return CharClass::kSymbol;
    return CharClass::kPunct;
  }
  if (cp == kInvalidCodePoint) return CharClass::kSymbol;
  if (cp == 0x85 || cp == 0x2028 || cp == 0x2029) return CharClass::kNewline;
  if (cp == 0xAD || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF)
    return CharClass::kFormat;
  if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F ||
      cp == 0x3000 || cp == 0x1680 || cp < 0xA0)
    return CharClass::kSpace;
  if (cp == 0x2018 || cp == 0x2019 || cp == 0x201B || cp == 0x2032 || cp == 0x02BC)
    return CharClass::kApostrophe;
  if ((cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
      (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF))
    return CharClass::kMark;
  if (cp == 0xAA || cp == 0xBA || cp == 0xB5) return CharClass::kLetter;
  if (cp >= 0xA1 && cp <= 0xBF)
    return cp == 0xAB || cp == 0xBB || cp == 0xBF || cp == 0xA1 ? CharClass::kPunct
                                                                : CharClass::kSymbol;
  if (cp == 0xD7 || cp == 0xF7) return CharClass::kSymbol;
  if (cp >= 0x2010 && cp <= 0x205E) return CharClass::kPunct;   // dashes, quotes, bullets, ellipsis
  if (cp >= 0x20A0 && cp <= 0x20CF) return CharClass::kSymbol;  // currency
  if (cp >= 0x2100 && cp <= 0x2BFF) return CharClass::kSymbol;  // arrows, maths, shapes
  if (cp >= 0x3000 && cp <= 0x303F) return CharClass::kPunct;
  if (cp >= 0x1F000) return CharClass::kSymbol;  // emoji and pictographs
  if (cp >= 0xFE00 && cp <= 0xFE0F) return CharClass::kMark;
  // Letters of the scripts reckon reads (Latin, Greek, Cyrillic, Armenian, ...) and the rest.
  return CharClass::kLetter;
}

bool is_upper(std::uint32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x137) return cp % 2 == 0;
  if (cp >= 0x139 && cp <= 0x148) return cp % 2 == 1;
  if (cp >= 0x14A && cp <= 0x177) return cp % 2 == 0;
  if (cp == 0x178 || cp == 0x179 || cp == 0x17B || cp == 0x17D) return true;
  if (cp == 0x18F || cp == 0x1E9E) return true;  // Ə, ẞ
  if (cp >= 0x391 && cp <= 0x3AB) return true;   // Greek
  if (cp >= 0x400 && cp <= 0x42F) return true;   // Cyrillic
  if (cp >= 0x460 && cp <= 0x4FF) return cp % 2 == 0;
  if (cp >= 0x531 && cp <= 0x556) return true;           // Armenian
  if (cp >= 0x1E00 && cp <= 0x1EFF) return cp % 2 == 0;  // Latin Extended Additional
  return false;
}

bool is_lower(std::uint32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return classify(cp) == CharClass::kLetter && !is_upper(cp);
}

namespace {

// ASCII base letter of each code point U+00C0..U+024F (Latin-1 Supplement, Latin Extended-A and
// -B), lowercase; '_' where there is none or it takes two letters (those are in append_folded).
// Generated from Unicode's NFKD decompositions plus the stroked letters (đ ł ħ ø) by hand.
constexpr char kLatinBase[] =
    "aaaaaa_ceeeeiiiidnooooo_ouuuuy__"  // 00C0-00DF
    "aaaaaa_ceeeeiiiidnooooo_ouuuuy_y"  // 00E0-00FF
    "aaaaaaccccccccddddeeeeeeeeeegggg"  // 0100-011F
    "gggghhhhiiiiiiiii___jjkkklllllll"  // 0120-013F
    "lllnnnnnnnnnoooooo__rrrrrrssssss"  // 0140-015F
    "ssttttttuuuuuuuuuuuuwwyyyzzzzzzs"  // 0160-017F
    "bb_____ccdd______ffg___ikkl__nn_"  // 0180-019F
    "oo__pp_____ttttuu_vyyzz_________"  // 01A0-01BF
    "_____________aaiioouuuuuuuuuu_aa"  // 01C0-01DF
    "aa__ggggkkoooo__j___gg__nnaa____"  // 01E0-01FF
    "aaaaeeeeiiiioooorrrruuuusstt__hh"  // 0200-021F
    "______aaeeooooooooyy______acclt_"  // 0220-023F
    "______eejj__rryy________________"  // 0240-025F
    ;

char* put_utf8(std::uint32_t cp, char* out) {
  if (cp < 0x80) {
    *out++ = static_cast<char>(cp);
  } else if (cp < 0x800) {
    *out++ = static_cast<char>(0xC0 | (cp >> 6));
    *out++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *out++ = static_cast<char>(0xE0 | (cp >> 12));
    *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *out++ = static_cast<char>(0xF0 | (cp >> 18));
    *out++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out++ = static_cast<char>(0x80 | (cp & 0x3F));
  }
  return out;
}

char* put(const char* ascii, char* out) {
  while (*ascii != '\0') *out++ = *ascii++;
  return out;
}

}  // namespace

char* fold_to(std::uint32_t cp, std::uint32_t utf8_length, char* out) {
  if (cp < 0x80) {
    *out++ = static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
    return out;
  }
  if (cp == kInvalidCodePoint) {
    *out++ = '?';
    return out;
  }
  if (cp >= 0xC0 && cp <= 0x24F && kLatinBase[cp - 0xC0] != '_') {
    *out++ = kLatinBase[cp - 0xC0];
    return out;
  }
  switch (cp) {
    case 0xC6:
    case 0xE6:
      return put("ae", out);
    case 0xDF:
      return put("ss", out);
    case 0xDE:
    case 0xFE:
      return put("th", out);
    case 0x152:
    case 0x153:
      return put("oe", out);
    case 0x132:
    case 0x133:
      return put("ij", out);
    case 0x18F:
    case 0x259:
    case 0x18E:
    case 0x1DD:
      *out++ = 'e';
      return out;  // Ə ə (and the turned ǝ often typed for it)
    case 0x130:
    case 0x131:
      *out++ = 'i';
      return out;  // İ ı
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x02BC:
      *out++ = '\'';
      return out;
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
    case 0xAB:
    case 0xBB:
      *out++ = '"';
      return out;
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      *out++ = '-';
      return out;
    case 0x2026:
      return put("...", out);
    default:
      break;
  }
  const CharClass k = classify(cp);
  if (k == CharClass::kMark || k == CharClass::kFormat)
    return out;  // combining marks and invisibles fold away
  std::uint32_t lower = cp;
  if ((cp >= 0x410 && cp <= 0x42F) ||
      (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2))  // Cyrillic, Greek
    lower = cp + 0x20;
  else if (cp >= 0x400 && cp <= 0x40F)
    lower = cp + 0x50;
  else if (cp >= 0x531 && cp <= 0x556)
    lower = cp + 0x30;
  else if (((cp >= 0x460 && cp <= 0x4FF) || (cp >= 0x1E00 && cp <= 0x1EFF)) && cp % 2 == 0)
    lower = cp + 1;
  char buffer[4];
  const auto written = static_cast<std::uint32_t>(put_utf8(lower, buffer) - buffer);
  for (std::uint32_t i = 0; i < written && i < utf8_length; ++i) *out++ = buffer[i];  // never grow
  return out;
}

void append_folded(std::uint32_t cp, std::uint32_t utf8_length, std::string& out) {
  char buffer[8];
  out.append(buffer, static_cast<std::size_t>(fold_to(cp, utf8_length, buffer) - buffer));
}

}  // namespace reckon::text
