// Lexicon files: tab-separated lines under data/lexicon/, '#' comments, read once into tables
// that look words up by string_view without allocating.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace reckon {

struct StringViewHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

// A map from lowercase words (or phrases) to values, with heterogeneous lookup.
template <typename V>
using WordMap = std::unordered_map<std::string, V, StringViewHash, std::equal_to<>>;
using WordSet = std::unordered_set<std::string, StringViewHash, std::equal_to<>>;

// Calls `row` with the tab-separated fields of every non-comment, non-empty line of the embedded
// file `name` ("lexicon/months.tsv"). A missing file yields no rows (tests catch that).
void for_each_lexicon_row(std::string_view name, const std::function<void(const std::vector<std::string_view>&)>& row);

// The first column of every row, as a set.
WordSet load_word_set(std::string_view name);

template <typename V>
const V* find_word(const WordMap<V>& map, std::string_view key) {
  auto it = map.find(key);
  return it == map.end() ? nullptr : &it->second;
}

}  // namespace reckon
