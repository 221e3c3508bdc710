// The tokenizer's loop over plain text: ASCII words and numbers, single punctuation marks, spaces
// and line breaks, which are nearly all of an English report. Internal to the text stage.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "reckon/text.h"
#include "text/sentences.h"

namespace reckon::text {

// Where tokenize() is in its input, carried between its general loop and the plain one.
struct ScanState {
  std::size_t pos = 0;       // the next byte to read
  char* out = nullptr;       // the norm arena's write position
  std::uint8_t pending = 0;  // the TokenFlag bits of the spaces and breaks before the next token
  int newlines = 0;          // line breaks since the last token
};

// The plain loop reads sixteen bytes at a time, and leaves the last sixteen of the text to the
// general loop.
inline constexpr std::size_t kPlainTail = 16;

// Reads tokens from s.pos on, exactly as tokenize() would, while they are plain, appending them to
// `tokens` and noting the sentence boundaries among them in `boundaries`; it stops before anything
// else (an apostrophe, a non-ASCII byte, a separator inside a number, a carriage return) and before
// the last kPlainTail bytes of the text, which the general loop reads.
ScanState read_plain_tokens(std::string_view input, ScanState s, std::vector<Token>& tokens,
                            BoundaryTokens& boundaries);

}  // namespace reckon::text
