// Targeted tests for the number recognizer: the traps named in its brief, each inside a sentence
// with other numbers around it, plus the contract's structural promises (order, no overlap,
// head token, spans).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "reckon/numbers.h"
#include "reckon/text.h"

namespace reckon {
namespace {

struct Recognized {
  std::string text;
  TokenizedText tt;
  std::vector<NumberMention> mentions;

  explicit Recognized(std::string t) : text(std::move(t)), tt(tokenize(text)), mentions(recognize_numbers(tt, text)) {}

  // The mention whose span reads exactly `phrase` (the first one), or nullptr.
  const NumberMention* find(const std::string& phrase) const {
    for (const NumberMention& m : mentions) {
      if (text.compare(m.span.start, m.span.size(), phrase) == 0 && m.span.size() == phrase.size()) return &m;
    }
    return nullptr;
  }
  std::string head(const NumberMention& m) const {
    return m.head_token < tt.tokens.size() ? std::string(tt.tokens[m.head_token].norm) : "";
  }
  bool any_overlapping(const std::string& phrase) const {
    const std::size_t at = text.find(phrase);
    const Span s{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + phrase.size())};
    for (const NumberMention& m : mentions) {
      if (m.span.overlaps(s)) return true;
    }
    return false;
  }
};

TEST(NumberTraps, GenevaConventionYearAndPopulationCount) {
  const Recognized r(
      "a city with a population of more than 500,000 people far from the conflict zone, especially the "
      "Geneva Convention of 1949.");
  const NumberMention* pop = r.find("more than 500,000");
  ASSERT_NE(pop, nullptr);
  EXPECT_EQ(pop->quantity, Quantity::kCount);
  EXPECT_EQ(pop->min, 500001);
  EXPECT_FALSE(pop->max.has_value());
  EXPECT_EQ(pop->value, 500000);
  EXPECT_EQ(r.head(*pop), "people");
  const NumberMention* year = r.find("1949");
  ASSERT_NE(year, nullptr);
  EXPECT_EQ(year->quantity, Quantity::kYear);
}

TEST(NumberTraps, WarDurationDistanceNgosPercentAndTime) {
  const Recognized r(
      "During the 44-day war, 292 NGOs said shelling hit a town 80 kilometers away, 20 percent of homes "
      "burned, and the first strike came at 4 am.");
  ASSERT_NE(r.find("44-day"), nullptr);
  EXPECT_EQ(r.find("44-day")->quantity, Quantity::kDuration);
  EXPECT_EQ(r.head(*r.find("44-day")), "war");
  ASSERT_NE(r.find("292"), nullptr);
  EXPECT_EQ(r.find("292")->quantity, Quantity::kCount);
  EXPECT_EQ(r.head(*r.find("292")), "ngos");
  ASSERT_NE(r.find("80 kilometers"), nullptr);
  EXPECT_EQ(r.find("80 kilometers")->quantity, Quantity::kDistance);
  ASSERT_NE(r.find("20 percent"), nullptr);
  EXPECT_EQ(r.find("20 percent")->quantity, Quantity::kPercent);
  ASSERT_NE(r.find("first"), nullptr);
  EXPECT_EQ(r.find("first")->quantity, Quantity::kOrdinal);
  ASSERT_NE(r.find("4 am"), nullptr);
  EXPECT_EQ(r.find("4 am")->quantity, Quantity::kTimeOfDay);
  EXPECT_EQ(r.find("4 am")->min, 240);
}

TEST(NumberTraps, AnniversaryOrdinalsAndOneOfTheVictims) {
  const Recognized r(
      "Today marks the 2nd Anniversary of the attack. On October 4, the first missile attack killed one "
      "of the victims' neighbours.");
  EXPECT_EQ(r.find("2nd")->quantity, Quantity::kOrdinal);
  EXPECT_EQ(r.find("4")->quantity, Quantity::kDate);
  EXPECT_EQ(r.find("first")->quantity, Quantity::kOrdinal);
  const NumberMention* one = r.find("one");
  ASSERT_NE(one, nullptr);
  EXPECT_EQ(one->quantity, Quantity::kCount);
  EXPECT_EQ(one->min, 1);
  EXPECT_TRUE(one->written);
  EXPECT_FALSE(one->indefinite);
}

TEST(NumberTraps, ZeroStatementsAreNotNumbers) {
  const Recognized r("No one held accountable. On October 8 no casualties were registered, not a single person.");
  EXPECT_FALSE(r.any_overlapping("No one"));
  EXPECT_FALSE(r.any_overlapping("no casualties"));
  EXPECT_FALSE(r.any_overlapping("a single person"));
}

TEST(NumberTraps, NumbersInUrlsAndEmailsAreNeverCounts) {
  const Recognized r(
      "Read more at https://www.elpasotimes.com/story/news/crime/2018/03/29/shooting-leaves-2-dead/123456/ "
      "or write to tips2018@example.com. Two people died.");
  for (const NumberMention& m : r.mentions) {
    if (m.quantity == Quantity::kCount) {
      EXPECT_EQ(r.text.substr(m.span.start, m.span.size()), "Two");
    }
  }
  ASSERT_NE(r.find("Two"), nullptr);
}

TEST(NumberTraps, AYearAgoIsNotACountButAManIs) {
  const Recognized r("A year ago a man was shot; an hour later another civilian and a 22-year-old man were hurt.");
  EXPECT_FALSE(r.any_overlapping("A year"));
  EXPECT_FALSE(r.any_overlapping("an hour"));
  std::vector<std::string> heads;
  for (const NumberMention& m : r.mentions) {
    if (m.indefinite) heads.push_back(r.head(m));
  }
  EXPECT_EQ(heads, (std::vector<std::string>{"man", "civilian", "man"}));
  const NumberMention* age = r.find("22-year-old");
  ASSERT_NE(age, nullptr);
  EXPECT_EQ(age->quantity, Quantity::kAge);
  EXPECT_EQ(age->min, 22);
  EXPECT_EQ(r.head(*age), "man");
}

TEST(NumberTraps, AgesDatesAndAddressesAroundCounts) {
  const Recognized r(
      "Daniel Segura, 55, of the 3200 block of Main Street, and 2 other men were shot on October 11, 2020 at "
      "5550 North Federal Highway with a 9mm handgun and a .40-caliber pistol.");
  EXPECT_EQ(r.find("55")->quantity, Quantity::kAge);
  EXPECT_EQ(r.find("3200")->quantity, Quantity::kOther);
  EXPECT_EQ(r.find("2")->quantity, Quantity::kCount);
  EXPECT_EQ(r.find("11")->quantity, Quantity::kDate);
  EXPECT_EQ(r.find("2020")->quantity, Quantity::kYear);
  EXPECT_EQ(r.find("5550")->quantity, Quantity::kOther);
  EXPECT_EQ(r.find("9mm")->quantity, Quantity::kOther);
  EXPECT_EQ(r.find("40-caliber")->quantity, Quantity::kOther);
}

TEST(NumberTraps, PhonesAndTimesInAnAppeal) {
  const Recognized r("Call police at (555) 123-4567 or 546-6249 before 7:45 p.m.; the shooting was at 10:30.");
  EXPECT_EQ(r.find("(555) 123-4567")->quantity, Quantity::kPhone);
  EXPECT_EQ(r.find("546-6249")->quantity, Quantity::kPhone);
  EXPECT_EQ(r.find("7:45 p.m.")->min, 19 * 60 + 45);
  EXPECT_EQ(r.find("10:30")->quantity, Quantity::kTimeOfDay);
}

TEST(NumberTraps, ModifiersOnWrittenAndVagueNumbers) {
  const Recognized r(
      "Up to 5 people, fewer than ten soldiers, nearly a hundred homes, tens of thousands of residents and "
      "between 10 and 15 villages.");
  const NumberMention* up_to = r.find("Up to 5");
  ASSERT_NE(up_to, nullptr);
  EXPECT_EQ(up_to->min, 0);
  EXPECT_EQ(up_to->max, 5);
  EXPECT_EQ(r.find("fewer than ten")->max, 9);
  EXPECT_TRUE(r.find("nearly a hundred")->approximate);
  EXPECT_EQ(r.find("nearly a hundred")->min, 100);
  EXPECT_EQ(r.find("tens of thousands")->min, 20000);
  EXPECT_FALSE(r.find("tens of thousands")->max.has_value());
  EXPECT_EQ(r.find("between 10 and 15")->max, 15);
}

TEST(NumberContract, MentionsAreOrderedDisjointAndWellFormed) {
  const Recognized r(
      "In 2020, 23 civilians were killed and 76 injured in more than 10 regions; a man, 2 women and dozens "
      "of others were hurt at 4 am on 4 October 2020 near 5550 North Federal Highway, police said at "
      "546-6249. A 22-year-old was shot. ");
  ASSERT_GE(r.mentions.size(), 10u);
  std::uint32_t previous_end = 0;
  for (const NumberMention& m : r.mentions) {
    EXPECT_LE(previous_end, m.span.start);
    EXPECT_LT(m.first_token, m.last_token);
    EXPECT_EQ(m.span, r.tt.span_of(m.first_token, m.last_token));
    EXPECT_GE(m.head_token, m.last_token);
    if (m.max) {
      EXPECT_LE(m.min, *m.max);
    }
    previous_end = m.span.end;
  }
}

TEST(NumberContract, EmptyAndNumberlessTexts) {
  EXPECT_TRUE(Recognized("").mentions.empty());
  EXPECT_TRUE(Recognized("Police are investigating the shooting.").mentions.empty());
  const Recognized end("They counted 12");
  ASSERT_EQ(end.mentions.size(), 1u);
  EXPECT_EQ(end.mentions[0].head_token, end.mentions[0].last_token);
}

TEST(NumberContract, QuantityNames) {
  EXPECT_EQ(to_string(Quantity::kCount), "count");
  EXPECT_EQ(to_string(Quantity::kTimeOfDay), "time");
  EXPECT_EQ(to_string(Quantity::kOther), "other");
}

}  // namespace
}  // namespace reckon
