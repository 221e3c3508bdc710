// Casualty observations of single sentences: which casualty word counted which people, read
// through the real tokenizer and recognizers. The whole-report behaviour is in claims_corpus_test.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/casualties.h"
#include "extract/test_pipeline.h"

namespace reckon::extract {
namespace {

// "killed 10 '10 people'" per observation: outcome, min (with '+' when open), counted words.
std::vector<std::string> observe(const std::string& text) {
  const Document doc = testing::make_document(text, "2014-01-15");
  const Annotations a = testing::annotate_for_test(doc);
  const DocView v(doc, a);
  std::vector<std::string> out;
  SentenceCasualties sc;
  for (const Sentence& s : a.text.sentences) {
    read_casualties(v, s, sc);
    for (const Observation& o : sc.observations) {
      static const char* kNames[] = {"killed", "injured", "hit", "combined"};
      std::string line = kNames[static_cast<int>(o.outcome)];
      line += " " + std::to_string(o.min) + (o.max ? "" : "+");
      if (o.zero) line += " zero";
      if (o.anaphoric) line += " anaphoric";
      line += " '" + std::string(doc.slice(a.text.span_of(o.np_first, o.np_last))) + "'";
      out.push_back(line);
    }
  }
  return out;
}

using Lines = std::vector<std::string>;

TEST(Casualties, CountsBeforeAndAfterTheWord) {
  EXPECT_EQ(observe("Armenia fired rockets, killing one person, injuring 4 persons."),
            (Lines{"killed 1 'one person'", "injured 4 '4 persons'"}));
  EXPECT_EQ(observe("23 civilians were killed and 76 were injured."),
            (Lines{"killed 23 '23 civilians'", "injured 76 '76'"}));
  EXPECT_EQ(observe("A fourth missile attack killed ten civilians and injured more than 40 more."),
            (Lines{"killed 10 'ten civilians'", "injured 41+ 'more than 40 more'"}));
}

TEST(Casualties, ImplicitAndPointingBack) {
  EXPECT_EQ(observe("A man was wounded on Monday."), (Lines{"injured 1 'A man'"}));
  EXPECT_EQ(observe("He died at the hospital."), (Lines{"killed 1 anaphoric 'He'"}));
  EXPECT_EQ(observe("A man and a woman were shot."), (Lines{"hit 2 'A man and a woman'"}));
  EXPECT_EQ(observe("One of the victims later died."), (Lines{"killed 1 'One of the victims'"}));
}

TEST(Casualties, AnIncludingAsideBetweenCountAndVerb) {
  EXPECT_EQ(observe("Three people, including a child, were wounded."), (Lines{"injured 3 'Three people'"}));
  EXPECT_EQ(observe("Four people, including an 11-year-old, were shot late Thursday."), (Lines{"hit 4 'Four people'"}));
  // The aside's own counts stay categories.
  EXPECT_EQ(observe("Five people were killed, including two children."), (Lines{"killed 5 'Five people'"}));
}

TEST(Casualties, SurvivorsBesideTheDead) {
  EXPECT_EQ(observe("One man was killed and another taken to a hospital."),
            (Lines{"killed 1 'One man'", "injured 1 'another'"}));
  // Taken to a hospital says nothing of survivors unless someone else is counted.
  EXPECT_EQ(observe("The man was taken to a hospital."), Lines{});
  EXPECT_EQ(observe("Police found one man dead and another seriously wounded."),
            (Lines{"killed 1 'one man'", "injured 1 'another'"}));
}

TEST(Casualties, TheInjuredWhoDiedInTheSameSentence) {
  // Only the death stays: "injuries" and "died" count the same person.
  EXPECT_EQ(observe("He was taken to UAB Hospital with life-threatening injuries and died in surgery."),
            (Lines{"killed 1 anaphoric 'He'"}));
}

TEST(Casualties, OneFatally) {
  EXPECT_EQ(observe("Two men were shot, one fatally."), (Lines{"hit 2 'Two men'", "killed 1 'one'"}));
}

TEST(Casualties, ThingsAreNotPeople) {
  EXPECT_TRUE(observe("Three residential buildings were destroyed.").empty());
  EXPECT_TRUE(observe("The appeal was signed by 292 NGOs.").empty());
  EXPECT_TRUE(observe("A teenager fired one shot into the air.").empty());
  EXPECT_TRUE(observe("He shot at officers.").empty());
  EXPECT_TRUE(observe("They killed a dog and fled.").empty());
  EXPECT_TRUE(observe("Someone shot and killed two family pets.").empty());
  EXPECT_TRUE(observe("The man he met struck him, displayed a pistol and demanded his wallet.").empty());
  EXPECT_EQ(observe("The robber struck the clerk in the head with the handgun."),
            (Lines{"injured 1 anaphoric 'the clerk'"}));
  // "multiple" counts wounds, not the wounded.
  EXPECT_TRUE(observe("Roberson suffered multiple gunshot wounds.").empty());
  EXPECT_EQ(observe("Roberson died from multiple gunshot wounds."), (Lines{"killed 1 anaphoric 'Roberson'"}));
}

TEST(Casualties, ZeroStatements) {
  EXPECT_EQ(observe("No casualties were registered."),
            (Lines{"killed 0 zero 'No casualties were'", "injured 0 zero 'No casualties were'"}));
  EXPECT_EQ(observe("The woman was not injured."), (Lines{"injured 0 zero 'was not injured'"}));
}

TEST(Casualties, AnAsideNamesCategoriesOnly) {
  const Document doc = testing::make_document("10 people killed (among them were a child and women).", "2014-01-15");
  const Annotations a = testing::annotate_for_test(doc);
  const DocView v(doc, a);
  SentenceCasualties sc;
  read_casualties(v, a.text.sentences.front(), sc);
  ASSERT_EQ(sc.observations.size(), 1u);
  EXPECT_EQ(sc.observations[0].min, 10);
  EXPECT_NE(std::find(sc.categories.begin(), sc.categories.end(), "children"), sc.categories.end());
  EXPECT_NE(std::find(sc.categories.begin(), sc.categories.end(), "women"), sc.categories.end());
}

}  // namespace
}  // namespace reckon::extract
