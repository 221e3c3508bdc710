// Tests of the lexicon tables: WordMap and WordSet behave as the unordered containers they
// replaced (lookup by string_view, emplace keeps the first value, operator[] inserts a default)
// for every kind of key the lexicons hold, including the ones the shape filter treats specially.
#include "reckon/lexicon.h"

#include <gtest/gtest.h>

#include <string>
#include <unordered_map>

namespace reckon {
namespace {

TEST(WordMap, FindsWhatWasInsertedAndNothingElse) {
  WordMap<int> m;
  EXPECT_EQ(find_word(m, "anything"), nullptr);  // empty table
  EXPECT_TRUE(m.emplace("police", 1).second);
  EXPECT_TRUE(m.emplace(std::string("said"), 2).second);
  EXPECT_FALSE(m.emplace("police", 3).second);  // the first value stays
  ASSERT_NE(find_word(m, "police"), nullptr);
  EXPECT_EQ(*find_word(m, "police"), 1);
  EXPECT_EQ(*find_word(m, "said"), 2);
  for (const char* miss : {"polic", "policeman", "Police", "", "p", "s", "saix", "daid"})
    EXPECT_EQ(find_word(m, miss), nullptr) << miss;
  EXPECT_EQ(m.size(), 2u);
  EXPECT_TRUE(m.contains("said"));
  EXPECT_EQ(m.count("said"), 1u);
  EXPECT_EQ(m.count("says"), 0u);
}

TEST(WordMap, KeysOfEveryShape) {
  // Empty, one byte, digits and punctuation at either end, non-ASCII bytes, phrases with spaces,
  // keys longer than 15 bytes (the filter folds lengths) and longer than one 8-byte hash block.
  const std::string keys[] = {"",          "a",          "9mm",          "'s",         "u.s.",
                              "é",         "tərtər",     "more than",    "non-life-threatening",
                              "sixteen",   "seventeen",  "abcdefghijklmnop", "abcdefghijklmnopq",
                              "x\tx",      "-",          "1,000"};
  WordMap<std::size_t> m;
  for (std::size_t i = 0; i < std::size(keys); ++i) m.emplace(keys[i], i);
  for (std::size_t i = 0; i < std::size(keys); ++i) {
    ASSERT_NE(find_word(m, keys[i]), nullptr) << "'" << keys[i] << "'";
    EXPECT_EQ(*find_word(m, keys[i]), i);
  }
  EXPECT_EQ(find_word(m, "abcdefghijklmnopqr"), nullptr);
  EXPECT_EQ(find_word(m, "tərtəp"), nullptr);
}

TEST(WordMap, AgreesWithUnorderedMapOnManyKeys) {
  WordMap<int> m;
  std::unordered_map<std::string, int> reference;
  std::uint64_t x = 12345;
  const auto random_word = [&x] {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    std::string w(1 + x % 12, 'a');
    for (std::size_t k = 0; k < w.size(); ++k) w[k] = static_cast<char>('a' + (x >> (5 * k)) % 26);
    return w;
  };
  for (int i = 0; i < 20000; ++i) {
    const std::string w = random_word();
    m.emplace(w, i);
    reference.emplace(w, i);
  }
  EXPECT_EQ(m.size(), reference.size());
  for (const auto& [k, v] : reference) {
    ASSERT_NE(find_word(m, k), nullptr) << k;
    EXPECT_EQ(*find_word(m, k), v);
  }
  for (int i = 0; i < 20000; ++i) {
    const std::string w = random_word();
    EXPECT_EQ(find_word(m, w) != nullptr, reference.count(w) == 1) << w;
  }
}

TEST(WordMap, IteratesInInsertionOrderAndIndexInserts) {
  WordMap<std::vector<int>> m;
  m["c"].push_back(1);
  m["a"].push_back(2);
  m["c"].push_back(3);
  std::string order;
  for (const auto& [k, v] : m) order += k + std::to_string(v.size());
  EXPECT_EQ(order, "c2a1");
  const WordMap<int> init = {{"one", 1}, {"two", 2}};
  EXPECT_EQ(*find_word(init, "two"), 2);
}

TEST(WordSet, HoldsWordsAndInitializerLists) {
  WordSet s = {"mr", "mrs", "dr"};
  EXPECT_TRUE(s.contains("mrs"));
  EXPECT_FALSE(s.contains("ms"));
  EXPECT_TRUE(s.emplace("ms").second);
  EXPECT_FALSE(s.insert("ms").second);
  EXPECT_EQ(s.count("ms"), 1u);
  EXPECT_EQ(s.size(), 4u);
  s.clear();
  EXPECT_FALSE(s.contains("mr"));
  EXPECT_TRUE(s.empty());
}

// A one-byte word is read from a table by its byte, a word of 2-8 bytes from the packed slots and
// a longer one from the map: each kind is found, with its own value, and no other word is.
TEST(PackedWordIndex, FindsWordsOfEveryLengthAndNothingElse) {
  WordMap<int> words{{",", 1},        {"a", 2},         {"\xC3", 3}, {"of", 4},
                     {"abcdefgh", 5}, {"abcdefghi", 6}, {"'s", 7}};
  PackedWordIndex<int> index;
  index.build(words);
  for (const auto& [word, value] : words) {
    ASSERT_NE(index.find(word), nullptr) << word;
    EXPECT_EQ(*index.find(word), value) << word;
  }
  for (const std::string_view absent : {".", "b", "", "o", "off", "abcdefgi", "abcdefghij", "s"})
    EXPECT_EQ(index.find(absent), nullptr) << absent;
}

}  // namespace
}  // namespace reckon
