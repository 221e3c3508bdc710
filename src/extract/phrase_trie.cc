// PhraseTrie: see phrase_trie.h.
#include "extract/phrase_trie.h"

namespace reckon::extract {

std::uint32_t PhraseTrie::child(std::uint32_t node, std::string_view norm) {
  for (const Edge& e : building_[node]) {
    if (e.norm == norm) return e.node;
  }
  const auto next = static_cast<std::uint32_t>(nodes_.size());
  nodes_.emplace_back();
  building_.emplace_back();
  building_[node].push_back(Edge{norm, next});
  return next;
}

std::uint32_t PhraseTrie::add_bucket(const PhraseTable::Bucket& bucket) {
  const auto root = static_cast<std::uint32_t>(nodes_.size());
  nodes_.emplace_back();
  building_.emplace_back();
  for (const PhraseTable::Entry& e : bucket) {
    std::uint32_t node = root;
    for (const std::string& norm : e.rest) node = child(node, norm);
    if (nodes_[node].terminal) continue;  // listed twice: the first listing wins, as in the bucket
    nodes_[node].terminal = true;
    nodes_[node].value = e.value;
  }
  return root;
}

void PhraseTrie::finish() {
  edges_.clear();
  for (std::size_t n = 0; n < nodes_.size(); ++n) {
    nodes_[n].first_edge = static_cast<std::uint32_t>(edges_.size());
    nodes_[n].edge_count = static_cast<std::uint32_t>(building_[n].size());
    edges_.insert(edges_.end(), building_[n].begin(), building_[n].end());
  }
  building_.clear();
}

}  // namespace reckon::extract
