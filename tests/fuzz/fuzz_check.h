// Invariants every fuzz target checks on what a stage returns: spans inside the text and running
// forward, token ranges inside the token list. A broken invariant aborts, so libFuzzer keeps the
// input that broke it as a reproducer.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "reckon/document.h"
#include "reckon/text.h"

namespace reckon::fuzz {

inline void require(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
  }
}

inline void check_span(const Span& s, std::size_t text_size, const char* what) {
  require(s.start <= s.end && s.end <= text_size, what);
}

inline void check_tokens(std::uint32_t first, std::uint32_t last, const TokenizedText& tt, const char* what) {
  require(first <= last && last <= tt.tokens.size(), what);
}

// The text stage's own invariants: tokens in order and inside the text, sentences covering
// token ranges in order.
inline void check_text(const TokenizedText& tt, std::size_t text_size) {
  std::uint32_t previous_end = 0;
  for (const Token& t : tt.tokens) {
    check_span(t.span, text_size, "token span");
    require(t.span.start >= previous_end, "tokens overlap or run backwards");
    previous_end = t.span.end;
  }
  std::uint32_t previous_last = 0;
  for (const Sentence& s : tt.sentences) {
    check_tokens(s.first_token, s.last_token, tt, "sentence tokens");
    require(s.first_token >= previous_last, "sentences overlap");
    require(s.paragraph < tt.paragraphs.size() || tt.paragraphs.empty(), "sentence paragraph index");
    check_span(s.span, text_size, "sentence span");
    previous_last = s.last_token;
  }
}

// Mentions of one kind come left to right and do not overlap.
template <typename Mention>
void check_mentions(const std::vector<Mention>& mentions, const TokenizedText& tt, std::size_t text_size,
                    const char* what) {
  std::uint32_t previous_last = 0;
  for (const Mention& m : mentions) {
    check_span(m.span, text_size, what);
    check_tokens(m.first_token, m.last_token, tt, what);
    require(m.first_token >= previous_last, what);
    previous_last = m.last_token;
  }
}

}  // namespace reckon::fuzz
