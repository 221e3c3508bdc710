// PhraseTrie gives exactly what PhraseTable::longest_in gives: the longest phrase that ends within
// the bound, the first listed of a phrase listed twice, nothing past the end of the sentence; and
// over every table of the real extraction lexicon at every token of sample text.
#include <gtest/gtest.h>

#include "extract/extract_lexicon.h"
#include "extract/phrase_trie.h"

namespace reckon::extract {
namespace {

struct Fixture {
  PhraseTable table;
  PhraseTrie trie;
  std::uint32_t root = PhraseTrie::kNoRoot;
  void build(std::string_view first) {
    root = trie.add_bucket(*table.bucket(first));
    trie.finish();
  }
};

std::optional<PhraseMatch> as_optional(PhraseMatch m) {
  if (m.length == 0) return std::nullopt;
  return m;
}

std::optional<PhraseMatch> both(const Fixture& f, const TokenizedText& tt, std::uint32_t at, std::uint32_t end) {
  const auto expected = PhraseTable::longest_in(f.table.bucket(tt.tokens[at].norm), tt.tokens, at, end);
  const auto got = as_optional(f.trie.longest(f.root, tt.tokens.data(), at, end));
  EXPECT_EQ(expected.has_value(), got.has_value());
  if (expected && got) {
    EXPECT_EQ(expected->value, got->value);
    EXPECT_EQ(expected->length, got->length);
  }
  return got;
}

TEST(PhraseTrie, LongestWithinTheBound) {
  Fixture f;
  f.table.add("was", 1);
  f.table.add("was shot", 2);
  f.table.add("was shot and killed", 3);
  f.table.add("was shot dead", 4);
  f.build("was");
  const TokenizedText tt = tokenize("he was shot and killed today");
  EXPECT_EQ(both(f, tt, 1, 6)->value, 3u);
  EXPECT_EQ(both(f, tt, 1, 5)->value, 3u);
  EXPECT_EQ(both(f, tt, 1, 4)->value, 2u);  // "and killed" is past the end
  EXPECT_EQ(both(f, tt, 1, 3)->value, 2u);
  EXPECT_EQ(both(f, tt, 1, 2)->value, 1u);
  const TokenizedText dead = tokenize("was shot dead");
  EXPECT_EQ(both(f, dead, 0, 3)->value, 4u);
  EXPECT_EQ(both(f, dead, 0, 3)->length, 3u);
}

TEST(PhraseTrie, NoSingleWordPhraseMeansNoShortMatch) {
  Fixture f;
  f.table.add("in critical condition", 7);
  f.table.add("in stable condition", 8);
  f.build("in");
  EXPECT_FALSE(both(f, tokenize("in critical care"), 0, 3));
  EXPECT_FALSE(both(f, tokenize("in"), 0, 1));
  EXPECT_EQ(both(f, tokenize("in stable condition"), 0, 3)->value, 8u);
  EXPECT_FALSE(both(f, tokenize("in stable condition"), 0, 2));
}

TEST(PhraseTrie, PhraseListedTwiceKeepsTheFirst) {
  Fixture f;
  f.table.add("death toll", 1);
  f.table.add("death", 2);
  f.table.add("death toll", 3);
  f.build("death");
  EXPECT_EQ(both(f, tokenize("death toll rose"), 0, 3)->value, 1u);
  EXPECT_EQ(both(f, tokenize("death came"), 0, 2)->value, 2u);
}

TEST(PhraseTrie, HyphensAndContractionsSplitAsTheTokenizerSplitsThem) {
  Fixture f;
  f.table.add("non-life-threatening", 5);
  f.table.add("non", 6);
  f.build("non");
  EXPECT_EQ(both(f, tokenize("non-life-threatening injuries"), 0, 6)->value, 5u);
  EXPECT_EQ(both(f, tokenize("non-life threatening"), 0, 4)->value, 6u);
}

// Every table of the real lexicon, at every token of text full of their words.
TEST(PhraseTrie, AgreesWithTheBucketsOfTheExtractionLexicon) {
  const ExtractLexicon& lex = ExtractLexicon::get();
  const TokenizedText tt = tokenize(
      "Two people were shot and killed and another was wounded in the drive-by shooting, police "
      "said. No one else was injured. The death toll rose to 5 since the attack, officials told "
      "reporters; a man was pronounced dead at the scene and two others remain in critical "
      "condition after the missile strike by Tochka-U missiles. He wasn't hurt.");
  for (const PhraseTable* table : {&lex.triggers, &lex.zeros, &lex.kinds, &lex.weapons, &lex.speaker_verbs, &lex.cues}) {
    PhraseTrie trie;
    std::vector<std::uint32_t> roots(tt.tokens.size(), PhraseTrie::kNoRoot);
    for (std::size_t i = 0; i < tt.tokens.size(); ++i) {
      if (const auto* bucket = table->bucket(tt.tokens[i].norm)) roots[i] = trie.add_bucket(*bucket);
    }
    trie.finish();
    const auto n = static_cast<std::uint32_t>(tt.tokens.size());
    for (std::uint32_t at = 0; at < n; ++at) {
      for (std::uint32_t end = at + 1; end <= n && end <= at + 8; ++end) {
        const auto expected = table->longest(tt.tokens, at, end);
        const auto got =
            roots[at] == PhraseTrie::kNoRoot ? std::nullopt : as_optional(trie.longest(roots[at], tt.tokens.data(), at, end));
        ASSERT_EQ(expected.has_value(), got.has_value()) << tt.tokens[at].norm << " " << at << ".." << end;
        if (expected) {
          EXPECT_EQ(expected->value, got->value);
          EXPECT_EQ(expected->length, got->length);
        }
      }
    }
  }
}

}  // namespace
}  // namespace reckon::extract
