// The tokenizer: one forward pass over the bytes. ASCII (most of any English report) goes through
// a 256-entry class table; other characters are decoded once and classified. Plain runs of text
// (ASCII words, numbers, single marks, spaces and line breaks) are read by a leaner loop of their
// own (plain_tokens.h); this file's loop reads whatever that loop stops at. Each token's matching
// form is written to one arena while the token is scanned: the arena is reserved at the text's size
// up front and folding never makes a character longer, so it never reallocates and norms are views
// into it, with no allocation per token. A text tokenized twice on one thread (metadata, then
// annotation) may be scanned once: see keep_tokens().
#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

#include "reckon/text.h"
#include "text/ascii_scan.h"
#include "text/plain_tokens.h"
#include "text/sentences.h"
#include "text/utf8.h"

namespace reckon {
namespace {

using text::CharClass;
using text::kAscii;
using enum text::Ascii;

constexpr std::array<char, 256> make_lower_table() {
  std::array<char, 256> t{};
  for (int b = 0; b < 256; ++b)
    t[static_cast<std::size_t>(b)] = static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
  return t;
}
constexpr std::array<char, 256> kAsciiLower = make_lower_table();

// The lowercase form of an ASCII letter or digit, 0 for every other byte.
constexpr std::array<char, 256> make_word_lower_table() {
  std::array<char, 256> t{};
  for (int b = 0; b < 256; ++b) {
    const bool letter = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
    if (letter || (b >= '0' && b <= '9')) t[static_cast<std::size_t>(b)] = kAsciiLower[static_cast<std::size_t>(b)];
  }
  return t;
}
constexpr std::array<char, 256> kWordLower = make_word_lower_table();

inline std::uint8_t ascii_class(std::string_view s, std::size_t i) {
  return text::ascii_class(s[i]);
}

// The class of the character at s[i] (kSpace past the end), decoding only when it is not ASCII.
CharClass class_at(std::string_view s, std::size_t i, std::uint32_t* length = nullptr) {
  if (i >= s.size()) {
    if (length != nullptr) *length = 0;
    return CharClass::kSpace;
  }
  const text::Decoded d = text::decode_utf8(s, i);
  if (length != nullptr) *length = d.length;
  return text::classify(d.cp);
}

bool joins_word(CharClass k) {
  return k == CharClass::kLetter || k == CharClass::kMark || k == CharClass::kFormat;
}

bool is_possessive_s(std::string_view s, std::size_t i) {
  return i < s.size() && (s[i] == 's' || s[i] == 'S') && !joins_word(class_at(s, i + 1));
}

// An apostrophe inside a word joins it ("didn't", "O'Brien"), except the possessive "'s", which
// becomes its own token so that "Armenia's" still names Armenia.
bool apostrophe_joins(std::string_view s, std::size_t after) {
  return joins_word(class_at(s, after)) && !is_possessive_s(s, after);
}

// Scans one token, appending its norm to the arena and counting its cased letters.
class Scanner {
 public:
  Scanner(std::string_view text, char* arena) : out(arena), s_(text) {}

  char* out;  // the arena's write position

  std::size_t pos = 0;
  text::CaseCount cases;

  void start(std::size_t at) {
    pos = at;
    cases = {};
  }

  // Takes one non-ASCII character if it belongs in a word; false when it ends the word.
  bool take_wide(bool allow_digits_and_marks) {
    const text::Decoded d = text::decode_utf8(s_, pos);
    const CharClass k = text::classify(d.cp);
    if (k == CharClass::kLetter ||
        (allow_digits_and_marks && (k == CharClass::kMark || k == CharClass::kFormat))) {
      if (text::is_upper(d.cp))
        ++cases.upper;
      else if (k == CharClass::kLetter)
        ++cases.lower;
      out = text::fold_to(d.cp, d.length, out);
      pos += d.length;
      return true;
    }
    if (k == CharClass::kApostrophe && allow_digits_and_marks &&
        apostrophe_joins(s_, pos + d.length)) {
      out = text::fold_to(d.cp, d.length, out);
      pos += d.length;
      return true;
    }
    return false;
  }

  // Letters, digits, combining marks, invisible joiners and joining apostrophes. The ASCII run is
  // scanned with locals (not members, which the output pointer could alias) for speed. Most words
  // are one ASCII run ended by a space or punctuation: that path is small enough to be inlined
  // into tokenize(), and only an apostrophe or a non-ASCII byte after the run takes the full loop,
  // on a copy of the scanner (see continued).
  [[gnu::always_inline]] void word() {
    ascii_run();
    if (pos >= s_.size()) return;
    const std::uint8_t a = ascii_class(s_, pos);
    if (a == kApos || a == kHigh) *this = continued(*this, &Scanner::word_continued);
  }

  // Digits, separators between digits ("500,000", "1.5", "7:45"), and letters glued to them
  // ("2nd", "20s", "4am"). As in word(), most numbers are one ASCII run.
  [[gnu::always_inline]] void number() {
    ascii_run();
    if (pos >= s_.size()) return;
    const char c = s_[pos];
    if (c == ',' || c == '.' || c == ':' || ascii_class(s_, pos) == kHigh)
      *this = continued(*this, &Scanner::number_continued);
  }

 private:
  // Runs a rare path on a copy of the scanner and returns it. The copy's address is taken, the
  // scanner's never is, so the compiler keeps the scanner of tokenize()'s loop in registers.
  [[gnu::noinline]] static Scanner continued(Scanner s, void (Scanner::*rest)()) {
    (s.*rest)();
    return s;
  }

  void word_continued() {
    while (pos < s_.size()) {
      ascii_run();
      if (pos >= s_.size()) return;
      const std::uint8_t a = ascii_class(s_, pos);
      if (a == kApos && apostrophe_joins(s_, pos + 1)) {
        *out++ = s_[pos++];
      } else if (a != kHigh || !take_wide(true)) {
        return;
      }
    }
  }

  void number_continued() {
    while (pos < s_.size()) {
      ascii_run();
      if (pos >= s_.size()) return;
      const char c = s_[pos];
      if ((c == ',' || c == '.' || c == ':') && pos + 1 < s_.size() &&
          ascii_class(s_, pos + 1) == kDigitA) {
        *out++ = s_[pos++];
      } else if (ascii_class(s_, pos) != kHigh || !take_wide(true)) {
        return;
      }
    }
  }

 private:
  // Takes ASCII letters and digits, lowercased: eight bytes at a time while eight remain (see
  // letters8), then one table read per byte. The case counts only matter while no lowercase
  // letter has been seen (kAllCaps), so they stop at the run's first lowercase letter.
  [[gnu::always_inline]] void ascii_run() {
    const char* p = s_.data() + pos;
    const char* const end = s_.data() + s_.size();
    char* o = out;
    bool ended = false;
    if constexpr (std::endian::native == std::endian::little) {
      while (end - p >= 8) {
        const std::size_t taken = letters8(p, o);
        p += taken;
        o += taken;
        if (taken == 8) continue;
        ended = kAscii[static_cast<unsigned char>(*p)] != kDigitA;
        if (ended) break;
        ++p;  // a digit, written as it is
        ++o;
      }
    }
    const char* const tail = p;
    while (!ended && p < end) {
      const char folded = kWordLower[static_cast<unsigned char>(*p)];
      if (folded == 0) break;
      *o++ = folded;
      ++p;
    }
    pos = static_cast<std::size_t>(p - s_.data());
    out = o;
    if (cases.lower != 0) return;
    for (const char* q = tail; q < p; ++q) {
      const char c = *q;
      if (c >= 'a' && c <= 'z') {
        ++cases.lower;
        return;
      }
      cases.upper += c >= 'A' && c <= 'Z';
    }
  }

  // See text::fold_letters8.
  [[gnu::always_inline]] std::size_t letters8(const char* p, char* o) {
    return text::fold_letters8(p, o, cases);
  }

  std::string_view s_;
};

// A step of tokenize() at an apostrophe or a non-ASCII byte, which most texts hold few of: it is
// read out of line, on a copy of the scanner, so that the loop over ASCII text stays small enough
// for the compiler to keep its values in registers.
struct UncommonStep {
  enum Skip : std::uint8_t { kNoSkip, kSpace, kNewline, kInvisible };
  Scanner scan;  // past the token or the skipped character
  TokenKind kind = TokenKind::kPunct;
  bool first_upper = false;
  Skip skip = kNoSkip;  // a space, a line end or an invisible character: no token
};

// The possessive "'s" (or "’s") after a word, whose apostrophe takes `length` bytes at `at`.
bool is_possessive_at(std::string_view input, std::size_t at, std::size_t length,
                      const std::vector<Token>& tokens) {
  return is_possessive_s(input, at + length) && !tokens.empty() && tokens.back().span.end == at &&
         tokens.back().is_word();
}

// Takes the possessive "'s" whose apostrophe, `length` bytes, is at `pos`, as one word folded to
// "'s" (a curly apostrophe too).
void take_possessive(UncommonStep& step, std::size_t pos, std::size_t length) {
  step.kind = TokenKind::kWord;
  *step.scan.out++ = '\'';
  *step.scan.out++ = 's';
  step.scan.pos = pos + length + 1;
}

// Reads the token at scan.pos, whose byte is of ASCII class `a` (kApos or kHigh).
[[gnu::noinline]] UncommonStep read_uncommon(std::string_view input, std::uint8_t a, Scanner scan,
                                             const std::vector<Token>& tokens) {
  const std::size_t pos = scan.pos;
  UncommonStep step{scan};
  if (a == kApos) {
    if (is_possessive_at(input, pos, 1, tokens)) {
      take_possessive(step, pos, 1);
    } else {
      *step.scan.out++ = '\'';
      step.scan.pos = pos + 1;
    }
    return step;
  }
  const text::Decoded d = text::decode_utf8(input, pos);
  const CharClass k = text::classify(d.cp);
  if (k == CharClass::kSpace || k == CharClass::kNewline || k == CharClass::kMark ||
      k == CharClass::kFormat) {
    // Marks and joiners are invisible outside a word (a BOM, a variation selector after an emoji).
    step.skip = k == CharClass::kSpace     ? UncommonStep::kSpace
                : k == CharClass::kNewline ? UncommonStep::kNewline
                                           : UncommonStep::kInvisible;
    step.scan.pos = pos + d.length;
  } else if (k == CharClass::kLetter) {
    step.kind = TokenKind::kWord;
    step.first_upper = text::is_upper(d.cp);
    step.scan.word();
  } else if (k == CharClass::kApostrophe && is_possessive_at(input, pos, d.length, tokens)) {
    take_possessive(step, pos, d.length);  // the possessive "’s"
  } else {
    step.kind = k == CharClass::kSymbol ? TokenKind::kSymbol : TokenKind::kPunct;
    step.scan.out = text::fold_to(d.cp, d.length, step.scan.out);
    step.scan.pos = pos + d.length;
  }
  return step;
}

// The tokens keep_tokens() was given on this thread, and a copy of the bytes they were made from
// (a tokenization is a function of the bytes alone, so equal bytes may take them).
struct KeptTokens {
  std::string text;
  TokenizedText tokens;
  bool full = false;

  bool matches(std::string_view input) const {
    return full && text.size() == input.size() &&
           std::memcmp(text.data(), input.data(), input.size()) == 0;
  }
};

KeptTokens& kept_tokens() {
  thread_local KeptTokens kept;
  return kept;
}

}  // namespace

void keep_tokens(std::string_view text, TokenizedText&& tokens) {
  KeptTokens& kept = kept_tokens();
  kept.text.assign(text);  // reuses the buffer of the text kept before
  kept.tokens = std::move(tokens);
  kept.full = true;
}

TokenizedText tokenize(std::string_view input) {
  if (KeptTokens& kept = kept_tokens(); kept.matches(input)) {
    kept.full = false;
    return std::move(kept.tokens);
  }
  TokenizedText tt;
  tt.norm_arena.resize(input.size() + 16);  // never exceeded: see the file comment
  // News prose runs about one token per five bytes; a quarter covers nearly every text, so the
  // vector is seldom regrown (a regrowth copies every token made so far).
  tt.tokens.reserve(input.size() / 4 + 16);
  char* const base = tt.norm_arena.data();
  Scanner scan(input, base);
  text::BoundaryTokens boundaries{0};
  boundaries.reserve(input.size() / 64 + 16);  // a sentence or a line runs longer
  std::uint8_t pending = kParagraphBefore | kNewlineBefore;
  int newlines = 2;
  std::size_t pos = 0;
  const std::size_t n = input.size();
  while (pos < n) {
    // Most of the text is read by the plain loop; this one reads one token or space it stops at.
    if (n - pos >= text::kPlainTail) {
      const text::ScanState plain =
          text::read_plain_tokens(input, {pos, scan.out, pending, newlines}, tt.tokens, boundaries);
      pos = plain.pos;
      scan.out = plain.out;
      pending = plain.pending;
      newlines = plain.newlines;
      if (pos >= n) break;
    }
    const std::size_t start = pos;
    char* const norm_start = scan.out;
    const std::uint8_t a = ascii_class(input, pos);
    TokenKind kind = TokenKind::kPunct;
    bool first_upper = false;
    if (a == kSp || (a == kCr && pos + 1 < n && input[pos + 1] == '\n')) {
      ++pos;
      pending |= kSpaceBefore;
      continue;
    }
    if (a == kNl || a == kCr) {  // a lone CR ends a line too (old Mac files)
      ++pos;
      text::note_line_break(pending, tt.tokens.size(), boundaries);
      pending |= kSpaceBefore | kNewlineBefore;
      if (++newlines >= 2) pending |= kParagraphBefore;
      continue;
    }
    scan.start(pos);
    if (a == kLower) {
      // Most words: with a lowercase letter seen, no case is counted, and this copy of word()
      // is compiled without the counting.
      kind = TokenKind::kWord;
      scan.cases.lower = 1;
      scan.word();
    } else if (a == kUpper) {
      kind = TokenKind::kWord;
      first_upper = true;
      scan.word();
    } else if (a == kDigitA) {
      kind = TokenKind::kNumber;
      scan.number();
    } else if (a != kHigh && a != kApos) {
      kind = a == kSymbolA ? TokenKind::kSymbol : TokenKind::kPunct;
      *scan.out++ = input[pos];  // punctuation and symbols have no case
      scan.pos = pos + 1;
    } else {
      const UncommonStep step = read_uncommon(input, a, scan, tt.tokens);
      scan = step.scan;
      if (step.skip != UncommonStep::kNoSkip) {
        pos = scan.pos;
        if (step.skip != UncommonStep::kInvisible) pending |= kSpaceBefore;
        if (step.skip == UncommonStep::kNewline) {
          text::note_line_break(pending, tt.tokens.size(), boundaries);
          pending |= kNewlineBefore;
          if (++newlines >= 2) pending |= kParagraphBefore;
        }
        continue;
      }
      kind = step.kind;
      first_upper = step.first_upper;
    }
    pos = scan.pos;
    Token t;
    t.span = {static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(pos)};
    t.kind = kind;
    std::uint8_t flags = pending;
    if (first_upper) flags |= kCapitalized;
    if (scan.cases.upper >= 2 && scan.cases.lower == 0) flags |= kAllCaps;
    t.flags = flags;
    t.norm = std::string_view(norm_start, static_cast<std::size_t>(scan.out - norm_start));
    if (text::is_terminator(t)) boundaries.push_back(static_cast<std::uint32_t>(tt.tokens.size()));
    tt.tokens.push_back(t);
    pending = 0;
    newlines = 0;
    if (pos < n && input[pos] == ' ') {  // most tokens: one space, taken without a turn of the loop
      ++pos;
      pending = kSpaceBefore;
    }
  }
  tt.norm_arena.resize(static_cast<std::size_t>(scan.out - base));  // shrinking keeps the buffer
  text::split_sentences(tt, boundaries);
  return tt;
}

TokenizedText::TokenizedText(const TokenizedText& other)
    : tokens(other.tokens), sentences(other.sentences), paragraphs(other.paragraphs) {
  norm_arena.reserve(std::max<std::size_t>(other.norm_arena.size(), 16));  // heap, as tokenize's
  norm_arena = other.norm_arena;
  const char* old_base = other.norm_arena.data();
  for (Token& t : tokens) {
    if (t.norm.empty()) continue;
    t.norm = std::string_view(norm_arena.data() + (t.norm.data() - old_base), t.norm.size());
  }
}

TokenizedText& TokenizedText::operator=(const TokenizedText& other) {
  if (this != &other) *this = TokenizedText(other);
  return *this;
}

std::uint32_t TokenizedText::sentence_of(std::uint32_t token_index) const {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), token_index,
                             [](std::uint32_t i, const Sentence& s) { return i < s.last_token; });
  if (it == sentences.end())
    return sentences.empty() ? 0 : static_cast<std::uint32_t>(sentences.size() - 1);
  return static_cast<std::uint32_t>(it - sentences.begin());
}

Span TokenizedText::span_of(std::uint32_t first, std::uint32_t last) const {
  if (first >= last || last > tokens.size()) return {};
  return {tokens[first].span.start, tokens[last - 1].span.end};
}

}  // namespace reckon
