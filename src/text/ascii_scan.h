// The tokenizer's view of ASCII bytes, shared by its general loop (tokenize.cc) and its loop over
// plain words (plain_tokens.cc): a 256-entry class table, and the fold of eight bytes of letters
// at once. Internal to the text stage.
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace reckon::text {

// Classes of the ASCII bytes; kHigh for the first byte of a multi-byte character or an invalid one.
enum Ascii : std::uint8_t {
  kSp,
  kNl,
  kCr,
  kLower,
  kUpper,
  kDigitA,
  kApos,
  kPunctA,
  kSymbolA,
  kHigh
};

constexpr std::array<std::uint8_t, 256> make_ascii_table() {
  std::array<std::uint8_t, 256> t{};
  for (int b = 0; b < 256; ++b) {
    const auto c = static_cast<char>(b);
    std::uint8_t k = kPunctA;
    if (b >= 0x80)
      k = kHigh;
    else if (c == '\n')
      k = kNl;
    else if (c == '\r')
      k = kCr;
    else if (b < 0x20 || b == 0x7F || c == ' ')
      k = kSp;
    else if (c >= 'a' && c <= 'z')
      k = kLower;
    else if (c >= 'A' && c <= 'Z')
      k = kUpper;
    else if (c >= '0' && c <= '9')
      k = kDigitA;
    else if (c == '\'')
      k = kApos;
    else if (c == '$' || c == '%' || c == '@' || c == '#' || c == '+' || c == '=' || c == '<' ||
             c == '>' || c == '^' || c == '|' || c == '~' || c == '`' || c == '*')
      k = kSymbolA;
    t[static_cast<std::size_t>(b)] = k;
  }
  return t;
}
inline constexpr std::array<std::uint8_t, 256> kAscii = make_ascii_table();

inline std::uint8_t ascii_class(char c) {
  return kAscii[static_cast<unsigned char>(c)];
}

// The case seen so far in a word: uppercase letters counted until the first lowercase one, which
// is all kAllCaps needs (two or more, and no lowercase letter).
struct CaseCount {
  int upper = 0;  // exact, or at least 2 when it is 2 or more (fold_letters16)
  int lower = 0;  // 1 once a lowercase letter is seen
};

namespace ascii_detail {

inline constexpr std::uint64_t kOnes = 0x0101010101010101ull;

// 0x80 in each byte of x that lies strictly between lo and hi (a byte of 0x80 or above never
// does), exactly, since no step carries or borrows across bytes ("hasbetween" of Bit Twiddling
// Hacks). lo <= 127, hi <= 128.
inline std::uint64_t bytes_between(std::uint64_t x, std::uint64_t lo, std::uint64_t hi) {
  const std::uint64_t low7 = x & (kOnes * 0x7F);
  return (kOnes * (127 + hi) - low7) & ~x & (low7 + kOnes * (127 - lo)) & (kOnes * 0x80);
}

// How many bytes of x have bit 7 set, when no other bit is: a multiply gathers them in the top
// byte. std::popcount is a call into libgcc on the baseline x86-64 this is built for.
inline int count_high_bits(std::uint64_t x) {
  return static_cast<int>(((x >> 7) * kOnes) >> 56);
}

}  // namespace ascii_detail

// The ASCII letters at the start of the eight bytes at p, lowercased and written to o, with their
// case counted; returns how many there were. All eight bytes are written (the arena has room, and
// the next norm overwrites what follows the run); a digit after the letters is written as it is.
// Letters are told in all eight bytes at once: a byte is a letter when, with bit 5 set, it lies
// between 'a' and 'z', and an uppercase one when bit 5 was clear.
[[gnu::always_inline]] inline std::size_t fold_letters8(const char* p, char* o, CaseCount& cases) {
  using ascii_detail::kOnes;
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  const std::uint64_t letters = ascii_detail::bytes_between(w | (kOnes * 0x20), 'a' - 1, 'z' + 1);
  const std::uint64_t upper_letters = letters & ~(w << 2);  // bit 5 moved to bit 7
  const std::uint64_t folded = w | (upper_letters >> 2);
  std::memcpy(o, &folded, 8);
  const std::uint64_t others = ~letters & (kOnes * 0x80);
  if (cases.lower == 0) {
    const std::uint64_t taken = (others & (0 - others)) - 1;  // every bit when no other
    const std::uint64_t lowers = letters & ~upper_letters & taken;
    const std::uint64_t counted = lowers != 0 ? (lowers & (0 - lowers)) - 1 : taken;
    cases.upper += ascii_detail::count_high_bits(upper_letters & counted);
    cases.lower = lowers != 0 ? 1 : 0;
  }
  return others == 0 ? 8 : static_cast<std::size_t>(std::countr_zero(others)) / 8;
}

#if defined(__SSE2__)
// fold_letters8 over sixteen bytes, in SSE2 registers: the letters are told by one signed compare
// per byte, and their positions read as a bit mask. Here `cases.upper` saturates at 2.
[[gnu::always_inline]] inline std::size_t fold_letters16(const char* p, char* o, CaseCount& cases) {
  const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i bit5 = _mm_set1_epi8(0x20);
  // With bit 5 set, a letter is a byte from 'a' to 'z'; adding 0x80 - 'a' moves that range, and
  // that range alone, to the 26 lowest signed bytes (-128 to -103).
  const __m128i shifted = _mm_add_epi8(_mm_or_si128(bytes, bit5), _mm_set1_epi8(0x80 - 'a'));
  const __m128i letters = _mm_cmplt_epi8(shifted, _mm_set1_epi8(-128 + 26));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(o),
                   _mm_or_si128(bytes, _mm_and_si128(letters, bit5)));
  const auto letter_bits = static_cast<unsigned>(_mm_movemask_epi8(letters));
  const auto taken = static_cast<unsigned>(std::countr_one(letter_bits));  // at most 16
  if (cases.lower == 0) {
    // Shifting each 16-bit lane left by two moves every byte's bit 5 to its bit 7.
    const auto lowercase_bits = static_cast<unsigned>(_mm_movemask_epi8(_mm_slli_epi16(bytes, 2)));
    const unsigned upper_bits = letter_bits & ~lowercase_bits;
    const unsigned lowers = letter_bits & lowercase_bits & ((1u << taken) - 1);
    const unsigned counted = lowers != 0 ? (lowers & (0u - lowers)) - 1 : (1u << taken) - 1;
    const unsigned uppers = upper_bits & counted;
    cases.upper += static_cast<int>(uppers != 0) + static_cast<int>((uppers & (uppers - 1)) != 0);
    cases.lower = lowers != 0 ? 1 : 0;
  }
  return taken;
}
#endif

}  // namespace reckon::text
