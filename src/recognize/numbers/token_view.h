// A read-only view of a document's tokens for the number scanner: bounds-checked accessors (an
// index past the end reads as an empty token, so rules can look ahead without checking) and each
// word token's lexicon entry, looked up once per document rather than once per rule.
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "reckon/text.h"
#include "recognize/numbers/number_lexicon.h"

namespace reckon::numbers {

class TokenView {
 public:
  TokenView(const TokenizedText& tt, const NumberLexicon& lex) : tt_(tt), lex_(lex) {
    infos_.resize(tt.tokens.size(), nullptr);
    for (std::size_t i = 0; i < tt.tokens.size(); ++i) {
      if (tt.tokens[i].is_word()) infos_[i] = lex.find(tt.tokens[i].norm);
    }
  }

  // With each token's lexicon entry looked up already (one per token, nullptr for non-words).
  TokenView(const TokenizedText& tt, const NumberLexicon& lex, std::vector<const WordInfo*>&& infos)
      : tt_(tt), lex_(lex), infos_(std::move(infos)) {}

  const NumberLexicon& lexicon() const { return lex_; }
  std::uint32_t size() const { return static_cast<std::uint32_t>(tt_.tokens.size()); }
  const Token& token(std::uint32_t i) const { return tt_.tokens[i]; }
  std::string_view norm(std::uint32_t i) const { return i < size() ? tt_.tokens[i].norm : std::string_view(); }
  const WordInfo* info(std::uint32_t i) const { return i < size() ? infos_[i] : nullptr; }

  bool is(std::uint32_t i, std::string_view s) const { return norm(i) == s; }
  bool has(std::uint32_t i, Role r) const {
    const WordInfo* w = info(i);
    return w != nullptr && w->has(r);
  }
  bool punct(std::uint32_t i, char c) const { return i < size() && tt_.tokens[i].is_punct(c); }
  bool symbol(std::uint32_t i, std::string_view s) const {
    return i < size() && tt_.tokens[i].kind == TokenKind::kSymbol && tt_.tokens[i].norm == s;
  }
  bool number(std::uint32_t i) const { return i < size() && tt_.tokens[i].is_number(); }
  bool word(std::uint32_t i) const { return i < size() && tt_.tokens[i].is_word(); }
  bool capitalized(std::uint32_t i) const { return i < size() && tt_.tokens[i].has(kCapitalized); }
  // Token i touches the token before it (no space between them).
  bool glued(std::uint32_t i) const { return i > 0 && i < size() && !tt_.tokens[i].has(kSpaceBefore); }
  // Token i starts a new sentence (the scanner never reads context across one).
  bool sentence_start(std::uint32_t i) const {
    return i == 0 || (i < size() && tt_.tokens[i].has(kParagraphBefore));
  }
  Span span(std::uint32_t first, std::uint32_t last) const { return tt_.span_of(first, last); }

 private:
  const TokenizedText& tt_;
  const NumberLexicon& lex_;
  std::vector<const WordInfo*> infos_;
};

// The number mentions of v's tokens (recognize_numbers in reckon/numbers.h builds v itself).
std::vector<NumberMention> recognize_numbers(const TokenView& v);

}  // namespace reckon::numbers
