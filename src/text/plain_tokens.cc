// The plain-text loop of the tokenizer: see plain_tokens.h.
//
// tokenize()'s general loop handles every kind of character, and so keeps more values than there
// are registers: about 125 instructions went into each token, many of them reloading spilled
// values. This loop handles only what most tokens are, with few values live (the input pointer
// and the arena's write position), and folds a word's letters sixteen bytes at a time in SSE2
// registers, whose constants then take no general register either.
#include "text/plain_tokens.h"

#include "text/ascii_scan.h"

namespace reckon::text {
namespace {

// Folds the letters at p into o, a block of sixteen bytes at a time (eight without SSE2).
[[gnu::always_inline]] inline std::size_t fold_block(const char* p, char* o, CaseCount& cases) {
#if defined(__SSE2__)
  return fold_letters16(p, o, cases);
#else
  return fold_letters8(p, o, cases);
#endif
}
#if defined(__SSE2__)
constexpr std::size_t kBlock = 16;
#else
constexpr std::size_t kBlock = 8;
#endif
static_assert(kBlock <= kPlainTail);

// Folds the ASCII run of letters and digits at p into o, as Scanner::ascii_run does, and returns
// its end; nullptr when the run goes on past `limit` (the general loop reads the end of the text).
[[gnu::always_inline]] inline const char* fold_run(const char* p, const char* limit, char*& o,
                                                   CaseCount& cases) {
  while (p <= limit) {
    const std::size_t taken = fold_block(p, o, cases);
    p += taken;
    o += taken;
    if (taken == kBlock) continue;
    if (ascii_class(*p) != kDigitA) return p;
    ++p;  // a digit, written as it is
    ++o;
  }
  return nullptr;
}

// A word ends at anything but an apostrophe or a non-ASCII byte, which may join it (Scanner::word).
bool ends_word(char c) {
  const std::uint8_t a = ascii_class(c);
  return a != kApos && a != kHigh;
}

// A number ends at anything but a separator (which joins it when a digit follows) or a non-ASCII
// byte (Scanner::number).
bool ends_number(char c) {
  return c != ',' && c != '.' && c != ':' && ascii_class(c) != kHigh;
}

}  // namespace

ScanState read_plain_tokens(std::string_view input, ScanState s, std::vector<Token>& tokens,
                            BoundaryTokens& boundaries) {
  if (input.size() < kPlainTail) return s;
  const char* const base = input.data();
  const char* const limit = base + input.size() - kPlainTail;  // the last start of a block
  const char* p = base + s.pos;
  char* o = s.out;
  std::uint8_t pending = s.pending;
  while (p <= limit) {
    const std::uint8_t a = ascii_class(*p);
    if (a == kSp) {
      ++p;
      pending |= kSpaceBefore;
      continue;
    }
    if (a == kNl) {
      // A line break after another with no token between makes a blank line: the general loop
      // counts them, and has counted one exactly when kNewlineBefore is pending.
      ++p;
      note_line_break(pending, tokens.size(), boundaries);
      if ((pending & kNewlineBefore) != 0) pending |= kParagraphBefore;
      pending |= kSpaceBefore | kNewlineBefore;
      continue;
    }
    const char* const start = p;
    char* const norm_start = o;
    TokenKind kind = TokenKind::kWord;
    std::uint8_t flags = pending;
    if (a == kLower) {
      CaseCount cases{0, 1};  // a lowercase letter seen: no case is counted
      const char* const run = fold_run(p, limit, o, cases);
      if (run == nullptr || !ends_word(*run)) {
        o = norm_start;  // the general loop reads this word
        break;
      }
      p = run;
    } else if (a == kUpper || a == kDigitA) {
      CaseCount cases;
      const char* const run = fold_run(p, limit, o, cases);
      if (run == nullptr || (a == kUpper ? !ends_word(*run) : !ends_number(*run))) {
        o = norm_start;
        break;
      }
      p = run;
      if (a == kUpper) flags |= kCapitalized;
      if (a == kDigitA) kind = TokenKind::kNumber;
      if (cases.upper >= 2 && cases.lower == 0) flags |= kAllCaps;
    } else if (a == kPunctA || a == kSymbolA) {
      kind = a == kSymbolA ? TokenKind::kSymbol : TokenKind::kPunct;
      if (is_terminator_byte(*p)) boundaries.push_back(static_cast<std::uint32_t>(tokens.size()));
      *o++ = *p++;  // punctuation and symbols have no case
    } else {
      break;  // a carriage return, an apostrophe or a non-ASCII byte
    }
    tokens.push_back(
        {{static_cast<std::uint32_t>(start - base), static_cast<std::uint32_t>(p - base)},
         std::string_view(norm_start, static_cast<std::size_t>(o - norm_start)),
         kind,
         flags});
    pending = 0;
    if (*p == ' ') {  // most tokens: one space, taken without a turn of the loop
      ++p;
      pending = kSpaceBefore;
    }
  }
  return {static_cast<std::size_t>(p - base), o, pending, (pending & kNewlineBefore) != 0 ? 1 : 0};
}

}  // namespace reckon::text
