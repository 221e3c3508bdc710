// The word lists load and say what the recognizer relies on; calendar helpers of the resolver.
#include "recognize/dates/date_lexicon.h"

#include <gtest/gtest.h>

#include "recognize/dates/date_match.h"
#include "recognize/dates/date_resolve.h"

namespace reckon::dates {
namespace {

TEST(DateLexicon, KnowsEveryMonthAndWeekday) {
  const DateLexicon& lex = DateLexicon::get();
  const char* months[] = {"january", "february", "march", "april", "may", "june",
                          "july", "august", "september", "october", "november", "december"};
  for (int m = 1; m <= 12; ++m) {
    const WordInfo* w = lex.find(months[m - 1]);
    ASSERT_NE(w, nullptr) << months[m - 1];
    EXPECT_EQ(w->month, m);
  }
  const char* days[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  for (int d = 0; d < 7; ++d) {
    const WordInfo* w = lex.find(days[d]);
    ASSERT_NE(w, nullptr) << days[d];
    EXPECT_EQ(w->weekday, d);
    EXPECT_FALSE(w->weekday_abbr);
  }
  EXPECT_TRUE(lex.find("may")->month_ambiguous);
  EXPECT_TRUE(lex.find("oct")->month_abbr);
  EXPECT_TRUE(lex.find("sat")->weekday_abbr);
}

// The scan starts phrases only at words that open one: months, weekdays, first words of relative
// phrases, counts, ordinals and clock words; not units ("days") nor directions ("ago"), which only
// follow.
TEST(DateLexicon, WordsThatOpenAPhraseAreMarked) {
  const DateLexicon& lex = DateLexicon::get();
  for (const char* w : {"october", "oct", "friday", "yesterday", "two", "second", "noon"}) {
    ASSERT_NE(lex.find(w), nullptr) << w;
    EXPECT_TRUE(lex.find(w)->opens) << w;
  }
  for (const char* w : {"days", "ago"}) {
    ASSERT_NE(lex.find(w), nullptr) << w;
    EXPECT_FALSE(lex.find(w)->opens) << w;
  }
}

TEST(DateLexicon, WordsCarryTheirRoles) {
  const DateLexicon& lex = DateLexicon::get();
  EXPECT_EQ(lex.find("two")->count, 2);
  EXPECT_EQ(lex.find("days")->unit, Unit::kDay);
  EXPECT_EQ(lex.find("ago")->direction, Direction::kAgo);
  EXPECT_EQ(lex.find("midnight")->clock, 0);
  EXPECT_EQ(lex.find("noon")->clock, 720);
  EXPECT_EQ(lex.find("second")->ordinal, 2);
  EXPECT_TRUE(lex.find("early")->has(kRoleModifier));
  EXPECT_TRUE(lex.find("early")->has(kRoleYearLead));
  EXPECT_TRUE(lex.find("summer")->has(kRoleYearOf));
  EXPECT_TRUE(lex.find("will")->has(kRoleFuture));
  EXPECT_EQ(lex.find("shooting"), nullptr);
  EXPECT_EQ(lex.find(""), nullptr);
  EXPECT_EQ(lex.find("a-very-long-word-nobody-lists"), nullptr);
}

TEST(DateLexicon, PhrasesAreIndexedLongestFirst) {
  const DateLexicon& lex = DateLexicon::get();
  const WordInfo* earlier = lex.find("earlier");
  ASSERT_NE(earlier, nullptr);
  ASSERT_GE(earlier->phrases.size(), 2u);
  for (std::size_t i = 1; i < earlier->phrases.size(); ++i) {
    EXPECT_GE(lex.phrase(earlier->phrases[i - 1]).words.size(), lex.phrase(earlier->phrases[i]).words.size());
  }
  const WordInfo* year = lex.find("new");
  ASSERT_NE(year, nullptr);
  ASSERT_FALSE(year->phrases.empty());
  const RelativePhrase& p = lex.phrase(year->phrases.front());
  EXPECT_EQ(p.words[2], "'s");  // "new year 's day", as the tokenizer splits the possessive
}

// The filter on second words may let a word through that starts no phrase, never the reverse.
TEST(DateLexicon, EveryPhraseGetsPastTheSecondWordFilter) {
  const DateLexicon& lex = DateLexicon::get();
  std::size_t phrases = 0;
  lex.for_each_word([&](std::string_view word) {
    const WordInfo* w = lex.find(word);
    ASSERT_NE(w, nullptr);
    for (std::uint16_t idx : w->phrases) {
      const RelativePhrase& p = lex.phrase(idx);
      if (p.words.size() > 1) {
        EXPECT_TRUE(w->may_go_on_with(p.words[1])) << word << " " << p.words[1];
      } else {
        EXPECT_TRUE(w->one_word_phrase) << word;
      }
      ++phrases;
    }
  });
  EXPECT_GT(phrases, 60u);
  // Words that follow "the" in running text are mostly turned away.
  const WordInfo* the = lex.find("the");
  ASSERT_NE(the, nullptr);
  int turned_away = 0;
  for (std::string_view next : {"police", "man", "shooting", "victim", "suspect", "woman", "car",
                                "city", "incident", "house"}) {
    turned_away += the->may_go_on_with(next) ? 0 : 1;
  }
  EXPECT_GE(turned_away, 7);
  EXPECT_FALSE(the->may_go_on_with(""));
}

TEST(DateNumbers, DaysYearsAndOrdinals) {
  EXPECT_EQ(parse_day_number("4"), 4);
  EXPECT_EQ(parse_day_number("04"), 4);
  EXPECT_EQ(parse_day_number("22nd"), 22);
  EXPECT_EQ(parse_day_number("31st"), 31);
  EXPECT_EQ(parse_day_number("32"), 0);
  EXPECT_EQ(parse_day_number("0"), 0);
  EXPECT_EQ(parse_day_number("4am"), 0);
  EXPECT_EQ(parse_day_number("4,000"), 0);
  EXPECT_EQ(parse_year_number("2020"), 2020);
  EXPECT_EQ(parse_year_number("1949"), 1949);
  EXPECT_EQ(parse_year_number("20200"), 0);
  EXPECT_EQ(parse_year_number("1990s"), 0);
  EXPECT_EQ(parse_year_number("1200"), 0);
  EXPECT_EQ(parse_ordinal_number("2nd"), 2);
  EXPECT_EQ(parse_ordinal_number("10th"), 10);
  EXPECT_EQ(parse_ordinal_number("10"), 0);
}

TEST(DateResolve, AddYearsKeepsLeapDaysInTheirMonth) {
  EXPECT_EQ(add_years({2020, 2, 29}, 1), (CivilDate{2021, 2, 28}));
  EXPECT_EQ(add_years({2020, 2, 29}, 4), (CivilDate{2024, 2, 29}));
  EXPECT_EQ(add_years({2020, 10, 11}, -2), (CivilDate{2018, 10, 11}));
}

}  // namespace
}  // namespace reckon::dates
