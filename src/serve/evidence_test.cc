// Figure highlights in a claim's quote: the counts that are the claim's figures are found and
// named, and nothing else is (a population, an age, a year, a count of buildings).
#include "serve/evidence.h"

#include <gtest/gtest.h>

namespace reckon::serve {
namespace {

struct Marked {
  std::string text;
  std::string figure;
  bool operator==(const Marked&) const = default;
};

std::vector<Marked> marks(const std::string& quote, std::optional<Interval> killed,
                          std::optional<Interval> injured,
                          std::optional<Interval> either = std::nullopt) {
  ClaimRecord c;
  c.quote = quote;
  c.killed = killed;
  c.injured = injured;
  c.killed_or_injured = either;
  std::vector<Marked> out;
  for (const FigureHighlight& h : find_figure_highlights(c))
    out.push_back({quote.substr(h.start, h.end - h.start), h.figure});
  return out;
}

Interval exactly(std::int64_t n) { return {n, n}; }

TEST(FigureHighlights, MarksTheClaimsFigures) {
  EXPECT_EQ(marks("A missile strike hit Kharkiv, killing three people and injuring 12, the "
                  "governor said.",
                  exactly(3), exactly(12)),
            (std::vector<Marked>{{"three", "killed"}, {"12", "injured"}}));
  EXPECT_EQ(marks("It killed four people and wounded more than 20 others.", exactly(4),
                  Interval{21, std::nullopt}),
            (std::vector<Marked>{{"four", "killed"}, {"more than 20", "injured"}}));
  EXPECT_EQ(marks("At least 10 people were killed.", Interval{10, std::nullopt}, std::nullopt),
            (std::vector<Marked>{{"At least 10", "killed"}}));
  EXPECT_EQ(marks("Ten people were killed or seriously injured.", std::nullopt, std::nullopt,
                  exactly(10)),
            (std::vector<Marked>{{"Ten", "killed_or_injured"}}));
}

TEST(FigureHighlights, SameValueNamedByTheWordAfterIt) {
  EXPECT_EQ(marks("2 were injured and 2 were killed in the blast.", exactly(2), exactly(2)),
            (std::vector<Marked>{{"2", "injured"}, {"2", "killed"}}));
  EXPECT_EQ(marks("Two dead, two wounded.", exactly(2), exactly(2)),
            (std::vector<Marked>{{"Two", "killed"}, {"two", "injured"}}));
}

TEST(FigureHighlights, LeavesOtherNumbersAlone) {
  EXPECT_TRUE(marks("The city of 500,000 people was shelled in 2020; 30 buildings burned.",
                    exactly(3), std::nullopt)
                  .empty());
  for (const Marked& m : marks("A 34-year-old man was shot 3 times.", exactly(34), std::nullopt))
    EXPECT_EQ(m.text.find("34"), std::string::npos) << m.text;  // an age is not a count
  EXPECT_TRUE(marks("Nobody was hurt.", exactly(0), exactly(0)).empty());
  EXPECT_TRUE(marks("", exactly(3), std::nullopt).empty());
  EXPECT_TRUE(marks("Three people were killed.", std::nullopt, std::nullopt).empty());
  EXPECT_TRUE(marks("Five people were killed.", exactly(3), std::nullopt).empty());
}

TEST(FigureHighlights, OffsetsAreBytesOfUtf8Quotes) {
  const std::string quote = "In Tərtər, «shelling» killed two civilians.";
  const auto found = marks(quote, exactly(2), std::nullopt);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0], (Marked{"two", "killed"}));
}

TEST(IncidentWithHighlights, AddsOneArrayPerClaim) {
  Incident i;
  i.id = "x";
  ClaimRecord a;
  a.doc = "a";
  a.quote = "Three people were killed.";
  a.killed = exactly(3);
  ClaimRecord b;
  b.doc = "b";
  b.quote = "No figure here.";
  i.claims = {a, b};
  std::string out;
  write_incident_with_highlights(i, out);
  EXPECT_NE(out.find("\"highlights\":[[{\"start\":0,\"end\":5,\"figure\":\"killed\"}],[]]}"),
            std::string::npos)
      << out;
  EXPECT_EQ(out.back(), '}');
}

}  // namespace
}  // namespace reckon::serve
