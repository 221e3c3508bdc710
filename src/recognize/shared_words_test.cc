// SharedWords must answer, for every token, exactly what the number, date and address lexicons
// answer on their own: annotate() hands its lookups to the three recognizers in place of theirs.
// Checked on every word of the three lexicons, on the seed reports, and on traps (capitals, long
// words, numbers, punctuation, words in one lexicon only).
#include "recognize/shared_words.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <string>

#include "reckon/annotate.h"
#include "recognize/dates/date_lexicon.h"
#include "recognize/places/addresses.h"
#include "recognize/places/addresses_lexicon.h"

namespace reckon {
namespace {

// Every token of `text` reads the same through SharedWords as through the three lexicons; returns
// how many tokens carried an entry, so callers can check the text exercised the table.
std::size_t expect_agreement(const std::string& text) {
  const TokenizedText tt = tokenize(text);
  const WordLookups got = SharedWords::builtin().look_up(tt);
  EXPECT_EQ(got.number_words.size(), tt.tokens.size());
  EXPECT_EQ(got.date_words.size(), tt.tokens.size());
  EXPECT_EQ(got.address_classes.size(), tt.tokens.size());
  const auto& numbers = numbers::NumberLexicon::get();
  const auto& dates = dates::DateLexicon::get();
  const auto& addresses = addresses::AddressLexicon::builtin();
  std::size_t known = 0;
  for (std::size_t i = 0; i < tt.tokens.size(); ++i) {
    const Token& t = tt.tokens[i];
    const numbers::WordInfo* number = t.is_word() ? numbers.find(t.norm) : nullptr;
    const dates::WordInfo* date = t.is_word() ? dates.find(t.norm) : nullptr;
    const std::uint32_t classes = t.is_word() ? addresses.classes(t.norm) : 0;
    EXPECT_EQ(got.number_words[i], number) << "token '" << t.norm << "'";
    EXPECT_EQ(got.date_words[i], date) << "token '" << t.norm << "'";
    EXPECT_EQ(got.address_classes[i], classes) << "token '" << t.norm << "'";
    known += (number != nullptr || date != nullptr || classes != 0) ? 1 : 0;
  }
  return known;
}

TEST(SharedWords, EveryNumberWord) {
  std::string text;
  for (const std::string_view w : numbers::NumberLexicon::get().words()) (text += w) += ' ';
  EXPECT_GT(expect_agreement(text), 300u);
}

TEST(SharedWords, EveryDateWord) {
  std::string text;
  dates::DateLexicon::get().for_each_word([&](std::string_view w) { (text += w) += ' '; });
  EXPECT_GT(expect_agreement(text), 150u);
}

TEST(SharedWords, EveryAddressWord) {
  std::string text;
  addresses::AddressLexicon::builtin().for_each_word(
      [&](std::string_view w, std::uint32_t) { (text += w) += ' '; });
  EXPECT_GT(expect_agreement(text), 150u);
}

TEST(SharedWords, Traps) {
  // Capitals fold to the norm; long words, numbers, symbols and punctuation have no entry.
  expect_agreement("Five FIVE five-year-old Street STREET St. Ave block Block of the 3200 block");
  expect_agreement("Hundreds of thousands, a dozen, twenty-one, $5m, 9mm, 4am, 2nd, I-95");
  expect_agreement("counterrevolutionaries extraordinarily-long-hyphenated-words Mingəçevir Tərtər");
  expect_agreement("( ) , . ; : ! ? ' \" - / & % $ € £ @ # ’s 's");
  // Words of up to eight bytes are packed: a word and its doubling pack alike ("five",
  // "fivefive"), as do words that differ only outside the bytes read at a length.
  expect_agreement("five fivefive fiv fivef five5 ave aveave avenue avenues st stst ninety ninetyone");
  expect_agreement("May may MAY Oct oct. October octoberoctober Mon Monday mondays tonight");
  expect_agreement("");
}

TEST(SharedWords, SeedReports) {
  std::size_t known = 0;
  for (const char* name : {"000_9ef54a9c84ed45d2", "001_025ea2b159f6fd29", "002_d440d50d8542b514",
                           "003_5666055ee0aafada", "004_4ae2abc140d9b65d"}) {
    std::ifstream in(std::string(RECKON_SHARED_DIR "/corpora/seeds/") + name + ".txt");
    if (!in) GTEST_SKIP() << "no seed reports under " RECKON_SHARED_DIR;
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    known += expect_agreement(text);
  }
  EXPECT_GT(known, 100u);
}

// Each word has its own WordId, which every token whose norm it is carries; a symbol has none, and
// a number or a punctuation mark has one when some lexicon holds it.
TEST(SharedWords, WordIds) {
  std::map<std::string, WordId, std::less<>> ids;
  std::set<WordId> distinct;
  for_each_annotation_word([&](std::string_view w, WordId id) {
    ids.emplace(w, id);
    distinct.insert(id);
  });
  ASSERT_GT(ids.size(), 500u);
  EXPECT_EQ(distinct.size(), ids.size());
  EXPECT_FALSE(distinct.contains(kNoWordId));
  const TokenizedText tt = tokenize("Five five FIVE Street st. $ % zzqx 3200 - ,");
  const std::vector<WordId> got = annotation_word_ids(tt);
  ASSERT_EQ(got.size(), tt.tokens.size());
  for (std::size_t i = 0; i < tt.tokens.size(); ++i) {
    const Token& t = tt.tokens[i];
    const auto it = ids.find(t.norm);
    const WordId expected =
        t.kind == TokenKind::kSymbol || it == ids.end() ? kNoWordId : it->second;
    EXPECT_EQ(got[i], expected) << t.norm;
  }
  EXPECT_EQ(got[0], got[1]);
  EXPECT_NE(got[0], kNoWordId);
  EXPECT_EQ(got[5], kNoWordId);  // "$"
  EXPECT_EQ(got[7], kNoWordId);  // "zzqx"
  // The numbering is fixed once a document has been annotated.
  EXPECT_FALSE(
      add_annotation_words([](const std::function<void(std::string_view)>& add) { add("zzqx"); }));
}

// annotate() with the shared lookups finds what the recognizers find alone.
TEST(SharedWords, AnnotateMatchesTheRecognizersAlone) {
  const std::string text =
      "Two men, 24 and 31, were shot in the 3200 block of Jerome Street near Fifth Avenue on "
      "Sunday, police said. About a dozen shots were fired; one of the five victims died two "
      "days later, on Oct. 4.";
  Document doc;
  doc.text = text;
  doc.published = CivilDate{2020, 10, 6};
  const Annotations a = annotate(doc, Gazetteer::builtin());
  const TokenizedText tt = tokenize(text);
  const std::vector<NumberMention> numbers = recognize_numbers(tt, text);
  ASSERT_EQ(a.numbers.size(), numbers.size());
  for (std::size_t i = 0; i < numbers.size(); ++i) {
    EXPECT_EQ(a.numbers[i].span.start, numbers[i].span.start);
    EXPECT_EQ(a.numbers[i].span.end, numbers[i].span.end);
    EXPECT_EQ(a.numbers[i].min, numbers[i].min);
    EXPECT_EQ(a.numbers[i].max, numbers[i].max);
  }
  const std::vector<DateMention> dates = recognize_dates(tt, text, doc.published);
  ASSERT_EQ(a.dates.size(), dates.size());
  ASSERT_EQ(dates.size(), 2u);  // "Sunday"; "two days later, on Oct. 4" (one date)
  for (std::size_t i = 0; i < dates.size(); ++i) {
    EXPECT_EQ(a.dates[i].span.start, dates[i].span.start);
    EXPECT_EQ(a.dates[i].span.end, dates[i].span.end);
    EXPECT_EQ(a.dates[i].value, dates[i].value);
    EXPECT_EQ(a.dates[i].form, dates[i].form);
  }
  const std::vector<RankedAddress> addresses = find_addresses(tt, text);
  ASSERT_EQ(a.ranked_addresses.size(), addresses.size());
  ASSERT_FALSE(addresses.empty());
  for (std::size_t i = 0; i < addresses.size(); ++i) {
    EXPECT_EQ(a.ranked_addresses[i].mention.span.start, addresses[i].mention.span.start);
    EXPECT_EQ(a.ranked_addresses[i].mention.span.end, addresses[i].mention.span.end);
    EXPECT_EQ(a.ranked_addresses[i].kind, addresses[i].kind);
  }
}

}  // namespace
}  // namespace reckon
