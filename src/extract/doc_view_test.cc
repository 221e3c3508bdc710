// DocView's per-token look-ups, read through the real tokenizer and recognizers.
#include "extract/doc_view.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <fstream>
#include <iterator>
#include <set>
#include <string>

#include "extract/test_pipeline.h"

namespace reckon::extract {
namespace {

// next_start() passes over eight tokens at a time: it must find what a scan of one token at a
// time finds, from every token and up to every end, across the eight-token steps.
TEST(DocView, NextStartFindsWhatATokenByTokenScanFinds) {
  const Document doc = testing::make_document(
      "Police said two men were shot and killed on Friday night, and a woman was wounded, the "
      "sheriff told reporters. Nobody else was hurt in the shooting, officials said.",
      "2014-01-15");
  const Annotations a = testing::annotate_for_test(doc);
  const DocView v(doc, a);
  const auto n = static_cast<std::uint32_t>(a.text.tokens.size());
  ASSERT_GT(n, 20u);
  for (const std::uint8_t bits : {std::uint8_t{kStartsSpeaker}, std::uint8_t{kStartsTrigger},
                                  std::uint8_t{kStartsTrigger | kStartsCue}}) {
    for (std::uint32_t from = 0; from <= n; ++from) {
      for (std::uint32_t end = from; end <= n; ++end) {
        std::uint32_t expected = from;
        while (expected < end && (v.starts_at[expected] & bits) == 0) ++expected;
        ASSERT_EQ(v.next_start(bits, from, end), expected)
            << int{bits} << " " << from << " " << end;
      }
    }
  }
  EXPECT_LT(v.next_start(kStartsSpeaker, 0, n), n);  // "said"
}

// Every word of the extraction lexicon is numbered by annotation (add_annotation_words): a word
// without a WordId would be missed by a view that reads words by number.
TEST(DocView, EveryLexiconWordHasAWordId) {
  std::set<std::string, std::less<>> numbered;
  for_each_annotation_word([&](std::string_view w, WordId id) {
    EXPECT_NE(id, kNoWordId) << w;
    numbered.emplace(w);
  });
  const ExtractLexicon& lex = ExtractLexicon::get();
  ASSERT_GT(lex.words.size(), 300u);
  for (const auto& [norm, info] : lex.words) EXPECT_TRUE(numbered.contains(norm)) << norm;
}

// The words a view reads by the WordIds of annotate() are those it looks up itself when the
// annotations have no ids (made by running the recognizers one by one).
void expect_ids_read_as_look_ups(const std::string& text) {
  const Document doc = testing::make_document(text, "2014-01-15");
  Annotations a = testing::annotate_for_test(doc);
  ASSERT_EQ(a.word_ids.size(), a.text.tokens.size());
  const DocView by_id(doc, a);
  Annotations without_ids = a;
  without_ids.word_ids.clear();
  const DocView looked_up(doc, without_ids);
  for (std::size_t i = 0; i < a.text.tokens.size(); ++i) {
    EXPECT_EQ(by_id.word_at[i] == nullptr, looked_up.word_at[i] == nullptr)
        << a.text.tokens[i].norm;
    if (by_id.word_at[i] != nullptr && looked_up.word_at[i] != nullptr) {
      EXPECT_EQ(by_id.word_at[i]->info, looked_up.word_at[i]->info) << a.text.tokens[i].norm;
    }
    EXPECT_EQ(by_id.roles_at[i], looked_up.roles_at[i]) << a.text.tokens[i].norm;
    EXPECT_EQ(by_id.starts_at[i], looked_up.starts_at[i]) << a.text.tokens[i].norm;
  }
}

TEST(DocView, WordsReadByIdAreTheWordsLookedUp) {
  std::string every_word;
  for (const auto& [norm, info] : ExtractLexicon::get().words) (every_word += norm) += ' ';
  expect_ids_read_as_look_ups(every_word);
  // Traps: capitals, punctuation and numbers (which have ids too), symbols (which have none),
  // words no lexicon holds, and words of more than eight bytes.
  expect_ids_read_as_look_ups(
      "SAID Said said, - -- ( ) 's ’s 2nd 20s 4am 911 $ % € @ # shootings shotgunned "
      "spokeswoman spokeswomen counterrevolutionaries pronounced-dead Mingəçevir");
  std::ifstream in(RECKON_SHARED_DIR "/corpora/seeds/000_9ef54a9c84ed45d2.txt");
  if (!in) GTEST_SKIP() << "no seed reports under " RECKON_SHARED_DIR;
  expect_ids_read_as_look_ups(
      std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()));
}

}  // namespace
}  // namespace reckon::extract
