// Text stage: one pass over a document's bytes that yields tokens, sentences and paragraphs.
//
// Every recognizer works on this token stream rather than rescanning the bytes. Tokens keep byte
// offsets into the original text; their `norm` form is for matching only: lowercased, Latin
// diacritics folded to ASCII (é→e, ş→s, ç→c, ğ→g, ı→i, ə→e), typographic quotes and dashes
// replaced by ASCII ' " -, non-breaking and other Unicode spaces treated as spaces. Invisible
// characters (soft hyphen, zero-width joiners, a byte-order mark) join the word they sit in and
// vanish from its norm; CR LF, a lone CR, U+2028 and NEL all end a line.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "reckon/document.h"

namespace reckon {

enum class TokenKind : std::uint8_t {
  kWord,    // letters (may contain digits after a letter: "AK47")
  kNumber,  // starts with a digit: "500,000", "1.5", "7:45", "2nd", "20s", "4am", "2020-10-11" is
            // NOT one token (see below)
  kPunct,   // one punctuation character: . , ; : ! ? ' " ( ) [ ] - / & and so on
  kSymbol,  // anything else that is not a space: $ % € @ # emoji, invalid bytes
};

// Token flags, as bits of Token::flags.
enum TokenFlag : std::uint8_t {
  kSpaceBefore = 1 << 0,      // whitespace separates it from the previous token
  kNewlineBefore = 1 << 1,    // a line break separates it from the previous token
  kParagraphBefore = 1 << 2,  // a blank line (or the start of the text) precedes it
  kCapitalized = 1 << 3,      // first character is an uppercase letter
  kAllCaps = 1 << 4,          // two or more letters, all uppercase
};

// A number token joins digits with the separators inside it: "500,000", "1.5", "7:45", "10.30".
// It also takes letters glued to the digits: "2nd", "20s", "4am", "9mm", "1990s". A hyphen is
// always its own kPunct token, so "forty-two", "44-day", "10-15" and "2020-10-11" are several
// tokens with no kSpaceBefore between them.
struct Token {
  Span span;
  std::string_view norm;  // view into TokenizedText::norm_arena
  TokenKind kind = TokenKind::kWord;
  std::uint8_t flags = 0;

  bool has(TokenFlag f) const { return (flags & f) != 0; }
  bool is_word() const { return kind == TokenKind::kWord; }
  bool is_number() const { return kind == TokenKind::kNumber; }
  bool is_punct(char c) const {
    return kind == TokenKind::kPunct && norm.size() == 1 && norm[0] == c;
  }
};

// Sentence boundaries respect abbreviations ("Dr.", "U.N.", "a.m.", "St.", "Jan.") and initials
// ("J. Smith"), closing quotes and brackets after the full stop, and line breaks between a
// headline and a body; a line break inside hard-wrapped prose, or after a comma or a linking word,
// does not end a sentence; a blank line always does. Token ranges are half-open [first, last).
// Sentences tile the tokens: every token is in exactly one sentence, in order.
struct Sentence {
  std::uint32_t first_token = 0;
  std::uint32_t last_token = 0;
  Span span;
  std::uint32_t paragraph = 0;  // index into TokenizedText::paragraphs
};

// Copying re-points every norm into the copy's own arena; moving keeps them valid as they are (the
// arena is always heap-allocated, so a move never relocates its bytes).
struct TokenizedText {
  TokenizedText() = default;
  TokenizedText(const TokenizedText& other);
  TokenizedText& operator=(const TokenizedText& other);
  TokenizedText(TokenizedText&&) noexcept = default;
  TokenizedText& operator=(TokenizedText&&) noexcept = default;
  ~TokenizedText() = default;

  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Span> paragraphs;
  std::string norm_arena;  // backing store of every Token::norm; never resized after tokenize

  // Index of the sentence holding token i (binary search).
  std::uint32_t sentence_of(std::uint32_t token_index) const;
  // Span from the start of token first to the end of token last-1.
  Span span_of(std::uint32_t first, std::uint32_t last) const;
};

// Tokenizes and splits `text` (the whole of a Document::text). Invalid UTF-8 bytes become kSymbol
// tokens; nothing is dropped or reordered.
TokenizedText tokenize(std::string_view text);

// Hands back the tokens of `text` for the next tokenize() of identical bytes on this thread, which
// then returns them instead of scanning again: reading a short article's metadata tokenizes it
// whole, and annotating it does the same right after. One text is kept per thread, until it is
// taken or another is kept; a tokenize() of other bytes scans them as usual.
void keep_tokens(std::string_view text, TokenizedText&& tokens);

}  // namespace reckon
