// Tests of the place matcher's word lists: each list is read from its data file, so a word added
// to or taken from the file changes what the matcher knows.
#include "recognize/places/places_lexicon.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "reckon/data.h"

namespace reckon::places {
namespace {

// The words of a one-column list under data/, comments and blank lines left out.
std::vector<std::string> words_of(std::string_view file) {
  std::vector<std::string> words;
  for_each_lexicon_row(file,
                       [&](const std::vector<std::string_view>& f) { words.emplace_back(f[0]); });
  return words;
}

TEST(PlacesLexicon, ConnectorsAreReadFromTheirDataFile) {
  ASSERT_TRUE(embedded_data("lexicon/places_connectors.tsv").has_value());
  const std::vector<std::string> connectors = words_of("lexicon/places_connectors.tsv");
  ASSERT_FALSE(connectors.empty());
  for (const std::string& w : connectors) {
    EXPECT_TRUE(places_lexicon().word(w).connector) << w;
  }
  std::size_t marked = 0;  // and no word the file does not list
  for (const auto& [word, info] : places_lexicon().words) marked += info.connector ? 1 : 0;
  EXPECT_EQ(marked, connectors.size());
}

TEST(PlacesLexicon, WordsNotListedAsConnectorsAreNotConnectors) {
  for (std::string_view w : {"the", "and", "in", "at", "a", "ofs", "upo", "dell", "s", "new"}) {
    EXPECT_FALSE(places_lexicon().word(w).connector) << w;
  }
}

}  // namespace
}  // namespace reckon::places
