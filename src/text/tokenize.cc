// The tokenizer: one forward pass over the bytes. ASCII takes a fast path; other characters are
// decoded once and classified. Each token's matching form is appended to one arena reserved at
// the text's size (folding never grows a character), so norms are views with no allocation.
#include <algorithm>

#include "reckon/text.h"
#include "text/sentences.h"
#include "text/utf8.h"

namespace reckon {
namespace {

using text::CharClass;

struct Cursor {
  std::string_view text;
  std::size_t pos = 0;

  bool done() const { return pos >= text.size(); }
  text::Decoded peek() const { return peek_at(pos); }
  text::Decoded peek_at(std::size_t i) const {
    if (i >= text.size()) return {0, 0};
    const auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) return {b, 1};
    return text::decode_utf8(text, i);
  }
  CharClass class_at(std::size_t i) const {
    const text::Decoded d = peek_at(i);
    return d.length == 0 ? CharClass::kSpace : text::classify(d.cp);
  }
};

bool is_digit_at(const Cursor& c, std::size_t i) { return c.class_at(i) == CharClass::kDigit; }

bool is_letter_at(const Cursor& c, std::size_t i) {
  const CharClass k = c.class_at(i);
  return k == CharClass::kLetter || k == CharClass::kMark || k == CharClass::kFormat;
}

bool is_possessive_s(const Cursor& c, std::size_t i);

// An apostrophe inside a word joins it ("didn't", "O'Brien"), except the possessive "'s", which
// becomes its own token so that "Armenia's" still names Armenia.
bool apostrophe_joins(const Cursor& c, std::size_t apostrophe, std::uint32_t length) {
  const std::size_t next = apostrophe + length;
  if (!is_letter_at(c, next)) return false;
  return !is_possessive_s(c, next);
}

bool is_possessive_s(const Cursor& c, std::size_t i) {
  return i < c.text.size() && (c.text[i] == 's' || c.text[i] == 'S') && !is_letter_at(c, i + 1);
}

// Extends a word: letters, digits and combining marks, and joining apostrophes.
void scan_word(Cursor& c) {
  while (!c.done()) {
    const text::Decoded d = c.peek();
    const CharClass k = text::classify(d.cp);
    if (k == CharClass::kLetter || k == CharClass::kDigit || k == CharClass::kMark || k == CharClass::kFormat) {
      c.pos += d.length;
    } else if (k == CharClass::kApostrophe && apostrophe_joins(c, c.pos, d.length)) {
      c.pos += d.length;
    } else {
      return;
    }
  }
}

// Extends a number: digits, separators between digits ("500,000", "1.5", "7:45"), and letters
// glued to it ("2nd", "20s", "4am").
void scan_number(Cursor& c) {
  while (!c.done()) {
    const auto b = static_cast<unsigned char>(c.text[c.pos]);
    if (b >= '0' && b <= '9') {
      ++c.pos;
    } else if ((b == ',' || b == '.' || b == ':') && is_digit_at(c, c.pos + 1)) {
      c.pos += 2;
    } else if (is_letter_at(c, c.pos)) {
      c.pos += c.peek().length;
    } else {
      return;
    }
  }
}

std::uint8_t case_flags(const Cursor& c, std::size_t start, std::size_t end) {
  std::uint8_t flags = 0;
  int upper = 0;
  int lower = 0;
  bool first = true;
  for (std::size_t i = start; i < end;) {
    const text::Decoded d = c.peek_at(i);
    if (text::is_upper(d.cp)) {
      ++upper;
      if (first) flags |= kCapitalized;
    } else if (text::is_lower(d.cp)) {
      ++lower;
    }
    first = false;
    i += d.length;
  }
  if (upper >= 2 && lower == 0) flags |= kAllCaps;
  return flags;
}

void append_norm(const Cursor& c, std::size_t start, std::size_t end, std::string& arena) {
  for (std::size_t i = start; i < end;) {
    const auto b = static_cast<unsigned char>(c.text[i]);
    if (b < 0x80) {
      arena.push_back(static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b));
      ++i;
      continue;
    }
    const text::Decoded d = text::decode_utf8(c.text, i);
    text::append_folded(d.cp, d.length, arena);
    i += d.length;
  }
}

}  // namespace

TokenizedText tokenize(std::string_view input) {
  TokenizedText tt;
  tt.norm_arena.reserve(input.size() + 16);
  tt.tokens.reserve(input.size() / 5 + 8);
  Cursor c{input, 0};
  std::uint8_t pending = kParagraphBefore | kNewlineBefore;
  int newlines = 2;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> norm_ranges;
  norm_ranges.reserve(tt.tokens.capacity());
  while (!c.done()) {
    const std::size_t start = c.pos;
    const text::Decoded d = c.peek();
    CharClass k = text::classify(d.cp);
    if (k == CharClass::kMark || k == CharClass::kFormat) {
      c.pos += d.length;  // invisible outside a word (a BOM, a variation selector after an emoji)
      continue;
    }
    if (d.cp == '\r' && (c.pos + 1 >= input.size() || input[c.pos + 1] != '\n')) k = CharClass::kNewline;  // old Mac line ends
    if (k == CharClass::kSpace || k == CharClass::kNewline) {
      c.pos += d.length;
      pending |= kSpaceBefore;
      if (k == CharClass::kNewline) {
        pending |= kNewlineBefore;
        if (++newlines >= 2) pending |= kParagraphBefore;
      }
      continue;
    }
    TokenKind kind = TokenKind::kPunct;
    if (k == CharClass::kDigit) {
      kind = TokenKind::kNumber;
      scan_number(c);
    } else if (k == CharClass::kLetter) {
      kind = TokenKind::kWord;
      scan_word(c);
    } else if (k == CharClass::kApostrophe && is_possessive_s(c, start + d.length) &&
               !tt.tokens.empty() && tt.tokens.back().span.end == start &&
               tt.tokens.back().is_word()) {
      kind = TokenKind::kWord;  // the possessive "'s"
      c.pos += d.length + 1;
    } else {
      kind = (k == CharClass::kSymbol) ? TokenKind::kSymbol : TokenKind::kPunct;
      c.pos += d.length;
    }
    Token t;
    t.span = {static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(c.pos)};
    t.kind = kind;
    t.flags = static_cast<std::uint8_t>(pending | case_flags(c, start, c.pos));
    const auto norm_start = static_cast<std::uint32_t>(tt.norm_arena.size());
    append_norm(c, start, c.pos, tt.norm_arena);
    norm_ranges.emplace_back(norm_start, static_cast<std::uint32_t>(tt.norm_arena.size()) - norm_start);
    tt.tokens.push_back(t);
    pending = 0;
    newlines = 0;
  }
  const std::string_view arena(tt.norm_arena);
  for (std::size_t i = 0; i < tt.tokens.size(); ++i) {
    tt.tokens[i].norm = arena.substr(norm_ranges[i].first, norm_ranges[i].second);
  }
  text::split_sentences(input, tt);
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
  if (it == sentences.end()) return sentences.empty() ? 0 : static_cast<std::uint32_t>(sentences.size() - 1);
  return static_cast<std::uint32_t>(it - sentences.begin());
}

Span TokenizedText::span_of(std::uint32_t first, std::uint32_t last) const {
  if (first >= last || last > tokens.size()) return {};
  return {tokens[first].span.start, tokens[last - 1].span.end};
}

}  // namespace reckon
