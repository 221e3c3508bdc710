// PhraseTrie: the phrase tables of the extraction lexicon as one flat trie of norms, for matching
// at every token of every sentence (several tables per token).
//
// A PhraseTable bucket lists the phrases starting with a word longest first, and matching walks
// the list comparing each phrase's norms: common first words ("in", "was", "the") start many
// phrases, most of which fail at their second word. The trie compares each following token once
// against the distinct words that can come next, and keeps the deepest phrase that ends within
// the bound; since phrases of one length that both match are the same phrase, that is the phrase
// the bucket would give (for a phrase listed twice, the first listed, as there).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/phrase_table.h"

namespace reckon::extract {

class PhraseTrie {
 public:
  static constexpr std::uint32_t kNoRoot = static_cast<std::uint32_t>(-1);

  // One node: the phrase ending here (if `terminal`) and the edges to the words that can follow.
  // A node with no phrase and no edge (the default) matches nothing.
  struct Node {
    std::uint32_t value = 0;
    bool terminal = false;
    std::uint32_t first_edge = 0;
    std::uint32_t edge_count = 0;
  };

  // Adds the phrases of `bucket` (one first word, in PhraseTable order); returns their root.
  std::uint32_t add_bucket(const PhraseTable::Bucket& bucket);
  // Lays the edges out per node; call once after the last add_bucket.
  void finish();
  // A root, to be kept where the caller already looks (a word's lexicon entry), which spares a
  // read of the trie at the many tokens where no phrase goes on past the first word.
  const Node& node(std::uint32_t root) const { return nodes_[root]; }

  // PhraseTable::longest_in for the bucket added as `root`, at token `at` ending by `end`; a
  // length of 0 for none. A plain 8-byte value rather than std::optional, so that it comes back
  // in a register: an optional written to the stack a field at a time and read back whole stalled
  // the processor on every call.
  PhraseMatch longest(std::uint32_t root, const Token* tokens, std::uint32_t at, std::uint32_t end) const {
    return longest(nodes_[root], tokens, at, end);
  }
  [[gnu::always_inline]] PhraseMatch longest(const Node& root, const Token* tokens,
                                             std::uint32_t at, std::uint32_t end) const {
    const Node* node = &root;
    PhraseMatch best;
    if (node->terminal) best = PhraseMatch{node->value, 1};
    for (std::uint32_t n = 1; n < end - at && node->edge_count != 0; ++n) {
      const Edge* edge = edges_.data() + node->first_edge;
      const Edge* last = edge + node->edge_count;
      const std::string_view norm = tokens[at + n].norm;
      while (edge != last && !same_word(norm, edge->norm)) ++edge;
      if (edge == last) break;
      node = &nodes_[edge->node];
      if (node->terminal) best = PhraseMatch{node->value, n + 1};
    }
    return best;
  }

 private:
  struct Edge {
    std::string_view norm;  // into the PhraseTable's entries, which outlive the trie
    std::uint32_t node = 0;
  };
  std::uint32_t child(std::uint32_t node, std::string_view norm);

  std::vector<Node> nodes_;
  std::vector<Edge> edges_;
  std::vector<std::vector<Edge>> building_;  // per node, until finish()
};

}  // namespace reckon::extract
