// JSON writing: a hand-rolled writer because output is on the hot path of `extract` (one object
// per report) and must stay valid even for reports with broken UTF-8.
#include "reckon/json.h"

#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "reckon/lexicon.h"

namespace reckon {
namespace {

// Length of the valid UTF-8 sequence starting at s[i], or 0 when the bytes there are invalid.
std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  std::size_t n = 0;
  std::uint32_t min = 0;
  if (b0 < 0x80) return 1;
  if ((b0 & 0xE0) == 0xC0) { n = 2; min = 0x80; }
  else if ((b0 & 0xF0) == 0xE0) { n = 3; min = 0x800; }
  else if ((b0 & 0xF8) == 0xF0) { n = 4; min = 0x10000; }
  else return 0;
  if (i + n > s.size()) return 0;
  std::uint32_t cp = b0 & (0x7F >> n);
  for (std::size_t k = 1; k < n; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

// True when one of the 8 bytes of `w` needs escaping or UTF-8 checking: a control character, '"',
// '\\' or a byte >= 0x80. Tests all eight at once (the classic has-zero-byte trick), since most
// report text is plain ASCII and is copied in long runs.
bool needs_care(std::uint64_t w) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull;
  constexpr std::uint64_t kHighs = 0x8080808080808080ull;
  const auto has_zero = [](std::uint64_t x) { return (x - kOnes) & ~x & kHighs; };
  const std::uint64_t below_space = (w - kOnes * 0x20) & ~w & kHighs;
  return ((w & kHighs) | below_space | has_zero(w ^ (kOnes * '"')) | has_zero(w ^ (kOnes * '\\'))) != 0;
}

bool needs_care(const char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  return needs_care(w);
}

// needs_care over a string of up to 16 bytes, with no loop: keys and most values are this short.
// Two loads that may overlap, so that every byte is tested (some twice).
bool short_needs_care(std::string_view s) {
  const char* p = s.data();
  const std::size_t n = s.size();
  if (n >= 8) return needs_care(p) || needs_care(p + n - 8);
  constexpr std::uint64_t kPlain = 0x6161616161616161ull;  // "aaaaaaaa": plain bytes where `s` has none
  if (n >= 4) return needs_care(pack_short(s));
  if (n == 0) return false;
  return needs_care((kPlain & ~0xFFFFFFull) | pack_short(s));  // bytes 0, n/2, n-1 in the low three
}

// Length of the prefix of `s` that is copied into a JSON string as it is: 16 bytes per step with
// SSE2 (every x86-64 processor has it; a byte below 0x20 or from 0x80, signed below 0x20, a quote
// or a backslash ends the prefix), then 8 with needs_care, then byte by byte.
std::size_t plain_prefix(std::string_view s) {
  std::size_t run = 0;
#if defined(__SSE2__)
  const __m128i space = _mm_set1_epi8(0x20);
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i backslash = _mm_set1_epi8('\\');
  for (; run + 16 <= s.size(); run += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + run));
    const __m128i care = _mm_or_si128(_mm_cmplt_epi8(x, space),
                                      _mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, backslash)));
    const auto mask = static_cast<unsigned>(_mm_movemask_epi8(care));
    if (mask != 0) return run + static_cast<std::size_t>(std::countr_zero(mask));
  }
#endif
  while (run + 8 <= s.size() && !needs_care(s.data() + run)) run += 8;
  while (run < s.size()) {
    const auto c = static_cast<unsigned char>(s[run]);
    if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80) break;
    ++run;
  }
  return run;
}

// Keys and values up to this many bytes are assembled on the stack and appended at once.
constexpr std::size_t kShort = 120;

// Copies n bytes with fixed-size moves, some overlapping: GCC turns a memcpy of a variable size
// into a stack buffer into `rep movs`, whose start-up cost was half of JSON writing.
void copy_short(char* to, const char* from, std::size_t n) {
  if (n >= 8) {
    for (std::size_t i = 0; i + 8 < n; i += 8) std::memcpy(to + i, from + i, 8);
    std::memcpy(to + n - 8, from + n - 8, 8);
  } else if (n >= 4) {
    std::memcpy(to, from, 4);
    std::memcpy(to + n - 4, from + n - 4, 4);
  } else if (n > 0) {
    to[0] = from[0];
    to[n / 2] = from[n / 2];
    to[n - 1] = from[n - 1];
  }
}

// out.append(p, n) kept out of line and opaque (noipa): where GCC knows n is small, its copy becomes `rep
// movs`, which starts slowly (it took half the time of `reckon tag`'s JSON); here it is a call to
// the library's memcpy.
[[gnu::noipa]] void append_bytes(std::string& out, const char* p, std::size_t n) { out.append(p, n); }

// Appends [,]"s"[:] to `out` in one append when `s` is short and needs no escaping; false if not.
bool append_short_string(std::string& out, bool comma, std::string_view s, bool colon) {
  if (s.size() > kShort) return false;
  if (s.size() <= 16 ? short_needs_care(s) : plain_prefix(s) != s.size()) return false;
  char buf[kShort + 4];
  std::size_t n = 0;
  if (comma) buf[n++] = ',';
  buf[n++] = '"';
  copy_short(buf + n, s.data(), s.size());
  n += s.size();
  buf[n++] = '"';
  if (colon) buf[n++] = ':';
  append_bytes(out, buf, n);
  return true;
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out.push_back('"');
  std::size_t i = 0;
  while (i < s.size()) {
    // Copy the longest run that needs no escaping in one go.
    const std::size_t run = i + plain_prefix(s.substr(i));
    out.append(s.data() + i, run - i);
    i = run;
    if (i >= s.size()) break;
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      const std::size_t n = utf8_sequence_length(s, i);
      if (n == 0) {
        out.append("\xEF\xBF\xBD");  // U+FFFD REPLACEMENT CHARACTER
        ++i;
      } else {
        out.append(s.data() + i, n);
        i += n;
      }
      continue;
    }
    switch (c) {
      case '"': out.append("\\\""); break;
      case '\\': out.append("\\\\"); break;
      case '\n': out.append("\\n"); break;
      case '\r': out.append("\\r"); break;
      case '\t': out.append("\\t"); break;
      default:
        out.append("\\u00");
        out.push_back(kHex[c >> 4]);
        out.push_back(kHex[c & 0xF]);
    }
    ++i;
  }
  out.push_back('"');
}

bool JsonWriter::take_comma() {
  if (after_key_) {
    after_key_ = false;
    return false;
  }
  if (has_element_.empty()) return false;
  const bool comma = has_element_.back() != 0;
  has_element_.back() = 1;
  return comma;
}

void JsonWriter::put(std::string_view text) {
  if (!take_comma()) {
    out_.append(text);
  } else if (text.size() <= kShort) {
    char buf[kShort + 1];
    buf[0] = ',';
    copy_short(buf + 1, text.data(), text.size());
    append_bytes(out_, buf, text.size() + 1);
  } else {
    out_.push_back(',');
    out_.append(text);
  }
}

JsonWriter& JsonWriter::begin_object() {
  put("{");
  has_element_.push_back(0);
  return *this;
}

JsonWriter& JsonWriter::end_object() {
  out_.push_back('}');
  has_element_.pop_back();
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  put("[");
  has_element_.push_back(0);
  return *this;
}

JsonWriter& JsonWriter::end_array() {
  out_.push_back(']');
  has_element_.pop_back();
  return *this;
}

JsonWriter& JsonWriter::key(JsonKey k) {
  const std::string_view text = k.text(take_comma());
  append_bytes(out_, text.data(), text.size());
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::key_text(std::string_view k) {
  const bool comma = take_comma();
  if (!append_short_string(out_, comma, k, true)) {
    if (comma) out_.push_back(',');
    append_json_string(out_, k);
    out_.push_back(':');
  }
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view s) {
  const bool comma = take_comma();
  if (!append_short_string(out_, comma, s, false)) {
    if (comma) out_.push_back(',');
    append_json_string(out_, s);
  }
  return *this;
}

JsonWriter& JsonWriter::value(std::int64_t v) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  put(std::string_view(buf, static_cast<std::size_t>(r.ptr - buf)));
  return *this;
}

JsonWriter& JsonWriter::value(std::uint64_t v) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  put(std::string_view(buf, static_cast<std::size_t>(r.ptr - buf)));
  return *this;
}

JsonWriter& JsonWriter::value(double v, int digits) {
  if (!std::isfinite(v)) return null();
  // Whole numbers (most values: counts, years, populations) print as integers, which is what
  // the fixed form below gives them once its zero decimals are dropped.
  if (v == std::trunc(v) && std::fabs(v) < 1e15) return value(static_cast<std::int64_t>(v));
  // to_chars in fixed form with a precision rounds exactly as printf("%.*f") does.
  char buf[400];
  const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, digits);
  std::string_view text(buf, static_cast<std::size_t>(r.ptr - buf));
  if (text.find('.') != std::string_view::npos) {
    while (text.back() == '0') text.remove_suffix(1);
    if (text.back() == '.') text.remove_suffix(1);
  }
  if (text == "-0") text = "0";
  put(text);
  return *this;
}

JsonWriter& JsonWriter::value(bool v) {
  put(v ? "true" : "false");
  return *this;
}

JsonWriter& JsonWriter::null() {
  put("null");
  return *this;
}

JsonWriter& JsonWriter::json_value(std::string_view json) {
  put(json);
  return *this;
}

JsonWriter& JsonWriter::string_or_null(std::string_view s) { return s.empty() ? null() : value(s); }

}  // namespace reckon
