// Phrase tables: see phrase_table.h.
#include "extract/phrase_table.h"

#include <algorithm>

namespace reckon::extract {

std::vector<std::string> phrase_norms(std::string_view phrase) {
  const TokenizedText tt = tokenize(phrase);
  std::vector<std::string> norms;
  norms.reserve(tt.tokens.size());
  for (const Token& t : tt.tokens) norms.emplace_back(t.norm);
  return norms;
}

void PhraseTable::add(std::string_view phrase, std::uint32_t value) {
  std::vector<std::string> norms = phrase_norms(phrase);
  if (norms.empty()) return;
  auto& bucket = by_first_[norms.front()];
  Entry e;
  e.rest.assign(std::make_move_iterator(norms.begin() + 1), std::make_move_iterator(norms.end()));
  e.value = value;
  bucket.push_back(std::move(e));
  // Longest first, so the first entry that matches is the answer.
  std::stable_sort(bucket.begin(), bucket.end(),
                   [](const Entry& a, const Entry& b) { return a.rest.size() > b.rest.size(); });
  ++count_;
}

std::optional<PhraseMatch> PhraseTable::longest(const std::vector<Token>& tokens, std::uint32_t at,
                                                std::uint32_t end) const {
  if (at >= end) return std::nullopt;
  return longest_in(bucket(tokens[at].norm), tokens, at, end);
}

std::optional<PhraseMatch> PhraseTable::longest_in(const Bucket* phrases,
                                                   const std::vector<Token>& tokens,
                                                   std::uint32_t at, std::uint32_t end) {
  if (at >= end || phrases == nullptr) return std::nullopt;
  for (const Entry& e : *phrases) {
    if (at + 1 + e.rest.size() > end) continue;
    bool ok = true;
    for (std::size_t k = 0; k < e.rest.size() && ok; ++k) ok = tokens[at + 1 + k].norm == e.rest[k];
    if (ok) return PhraseMatch{e.value, static_cast<std::uint32_t>(1 + e.rest.size())};
  }
  return std::nullopt;
}

}  // namespace reckon::extract
