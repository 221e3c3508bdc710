// Sentence and paragraph splitting over an already tokenized text. Internal to the text stage.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "reckon/text.h"

namespace reckon::text {

// The tokens a sentence can end at or a line start at, noted by the tokenizer as it makes them, so
// that the splitter need not read every token again: each full stop, question or exclamation mark
// and ellipsis, and the first token after each line break (tokens.size() when the text ends in
// one). Token 0 is always noted. In increasing order; an index may be noted twice.
using BoundaryTokens = std::vector<std::uint32_t>;

// ".", "!", "?" or "..." (an ellipsis character folds to "...").
inline bool is_terminator(const Token& t) {
  return t.kind == TokenKind::kPunct &&
         (t.norm == "." || t.norm == "!" || t.norm == "?" || t.norm == "...");
}

// The ASCII bytes that are a terminator token on their own.
inline bool is_terminator_byte(char c) {
  return c == '.' || c == '!' || c == '?';
}

// Notes the token after a line break (the index the next token will have), once however many
// breaks come before it: `pending` holds kNewlineBefore from the second on.
inline void note_line_break(std::uint8_t pending, std::size_t next_token, BoundaryTokens& b) {
  if ((pending & kNewlineBefore) == 0) b.push_back(static_cast<std::uint32_t>(next_token));
}

// Fills tt.sentences and tt.paragraphs from tt.tokens, looking only at `boundaries` and their
// neighbours.
void split_sentences(TokenizedText& tt, const BoundaryTokens& boundaries);

}  // namespace reckon::text
