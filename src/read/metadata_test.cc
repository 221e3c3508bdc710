// read_article_metadata on invented article headers and bodies, one case per variant of how a page
// states its date, outlet, author and headline; and the traps where it must say nothing.
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "read/attribution.h"
#include "reckon/reader.h"

namespace reckon {
namespace {

struct Expected {
  std::optional<CivilDate> published;
  std::string outlet;
  std::string author;
  std::string title;
};

constexpr const char* kBody =
    "\n\nThe regional council met on Tuesday to discuss repairs to the old bridge across the "
    "river, "
    "which has been closed to heavy traffic since the spring floods damaged two of its piers.\n";

void expect_metadata(const std::string& text, const Expected& want) {
  Document doc;
  doc.text = text;
  read_article_metadata(doc);
  SCOPED_TRACE(text.substr(0, 120));
  EXPECT_EQ(doc.published, want.published);
  EXPECT_EQ(doc.outlet, want.outlet);
  EXPECT_EQ(doc.author, want.author);
  EXPECT_EQ(doc.title, want.title);
}

TEST(ArticleMetadata, SiteDateLineWithOutletAndAuthorLine) {
  expect_metadata(
      std::string(" date 2019-03-02 By Coastal Herald\n\nBy Anna Marie Kowalski") + kBody,
      {CivilDate{2019, 3, 2}, "Coastal Herald", "Anna Marie Kowalski", ""});
  expect_metadata(std::string(" date 2016-07-30 By Meridian\n\nBy Tomas Berg") + kBody,
                  {CivilDate{2016, 7, 30}, "Meridian", "Tomas Berg", ""});
}

TEST(ArticleMetadata, HeadlineTimeLineAndWordedDate) {
  expect_metadata(
      std::string("Bridge repairs begin after spring floods\n\n# 09:15\n12 March 2018") + kBody,
      {CivilDate{2018, 3, 12}, "", "", "Bridge repairs begin after spring floods"});
}

TEST(ArticleMetadata, DateWithTimeAndZone) {
  expect_metadata(
      std::string(" date 2017-05-06 6 May 2017 10:42 (UTC+01:00)\n\nBy Leyla Hasanova") + kBody,
      {CivilDate{2017, 5, 6}, "", "Leyla Hasanova", ""});
  expect_metadata(std::string("March 5, 2017 10:42 (UTC+01:00)") + kBody,
                  {CivilDate{2017, 3, 5}, "", "", ""});
}

TEST(ArticleMetadata, ManyDateShapes) {
  const CivilDate want{2020, 10, 4};
  for (const char* line :
       {"Sunday, 4 October 2020", "October 4, 2020", "Oct. 4, 2020 4:29 p.m.",
        "4th of October, 2020", "Published: 04.10.2020", "Posted 10/04/2020 at 16:29",
        "2020-10-04T16:29:00+04:00", "Sun 4 Oct 2020 16.29 BST"}) {
    expect_metadata(std::string("Council agrees on bridge plan\n") + line + kBody,
                    {want, "", "", "Council agrees on bridge plan"});
  }
}

TEST(ArticleMetadata, DatelineOpeningTheStory) {
  const std::string rest =
      " - The regional council met to discuss repairs to the old bridge across the river.\n";
  expect_metadata("RIVERTON, October 4, 2020" + rest, {CivilDate{2020, 10, 4}, "", "", ""});
  expect_metadata("Port Ellis, 4 Oct. 2020 (Harbour Wire)" + rest,
                  {CivilDate{2020, 10, 4}, "Harbour Wire", "", ""});
  // A date later in the sentence, or one that runs on into the sentence, is no dateline.
  expect_metadata("RIVERTON, the council said on October 4, 2020" + rest, {});
  expect_metadata(
      "On October 4, 2020 the council met to discuss repairs to the old bridge across the river.\n",
      {});
}

TEST(ArticleMetadata, UpdatedDateGivesWayToPublishedDate) {
  expect_metadata(std::string("Updated 6 October 2020\nPublished 4 October 2020") + kBody,
                  {CivilDate{2020, 10, 4}, "", "", ""});
  expect_metadata(std::string("Last updated: 6 October 2020") + kBody,
                  {CivilDate{2020, 10, 6}, "", "", ""});
}

TEST(ArticleMetadata, BylineShapes) {
  expect_metadata(std::string("By Ann Lee, Valley News") + kBody,
                  {std::nullopt, "Valley News", "Ann Lee", ""});
  expect_metadata(std::string("By ANN LEE | The Morning Courier") + kBody,
                  {std::nullopt, "The Morning Courier", "ANN LEE", ""});
  expect_metadata(std::string("By Ann Lee and Bo Chen, Staff Writers") + kBody,
                  {std::nullopt, "", "Ann Lee and Bo Chen", ""});
  expect_metadata(std::string("By Jean-Paul de Vries for Harbour Post") + kBody,
                  {std::nullopt, "Harbour Post", "Jean-Paul de Vries", ""});
  expect_metadata(std::string("By The Associated Press") + kBody,
                  {std::nullopt, "The Associated Press", "", ""});
  expect_metadata(std::string("BY AFP") + kBody, {std::nullopt, "AFP", "", ""});
  expect_metadata(std::string("Written by J. R. Okafor") + kBody,
                  {std::nullopt, "", "J. R. Okafor", ""});
  expect_metadata(std::string("Source: Meridian Press") + kBody,
                  {std::nullopt, "Meridian Press", "", ""});
}

TEST(ArticleMetadata, WireAttributionsInTheBody) {
  const std::string lead =
      "The regional council met on Tuesday to discuss repairs to the old bridge across the river";
  expect_metadata(lead + ", NPX reports.\n", {std::nullopt, "NPX", "", ""});
  expect_metadata(lead + ", Kavkaz Today reports citing the council.\n",
                  {std::nullopt, "Kavkaz Today", "", ""});
  expect_metadata("Meridian reports citing the council that " + lead + ".\n",
                  {std::nullopt, "Meridian", "", ""});
  expect_metadata(lead + ", the Meridian news agency reported.\n",
                  {std::nullopt, "Meridian", "", ""});
  expect_metadata(lead + ", Report.az informs.\n", {std::nullopt, "Report.az", "", ""});
  expect_metadata("RIVERTON, Oct 4 (Harbour Wire) - " + lead + ".\n",
                  {std::nullopt, "Harbour Wire", "", ""});
  expect_metadata("RIVERTON (AP) — " + lead + ".\n", {std::nullopt, "AP", "", ""});
  expect_metadata(lead + ", according to Reuters.\n", {std::nullopt, "Reuters", "", ""});
}

// The outlet is a cue of the story's head: one starting in the first 4000 bytes, read with the
// words and sentence around it whole; one further down the story is not looked for.
TEST(ArticleMetadata, OutletCuesAreReadInTheFirst4000Bytes) {
  const std::string lead =
      "The regional council met on Tuesday to discuss repairs to the old bridge across the river";
  std::string filler;
  while (filler.size() < 3900) filler += lead + ".\n\n";
  const std::string near = filler.substr(0, 3900);
  expect_metadata(near + lead + ", NPX reports.\n" + filler, {std::nullopt, "NPX", "", ""});
  expect_metadata(filler + filler + lead + ", NPX reports.\n", {});
}

TEST(ArticleMetadata, AttributionsToPeopleAndOfficesNameNoOutlet) {
  const std::string lead =
      "The regional council met on Tuesday to discuss repairs to the old bridge across the river";
  expect_metadata(lead + ", Smith reported.\n", {});
  expect_metadata(lead + ", NOPD reported.\n", {});
  expect_metadata(lead + ", John Smith reports.\n", {});
  expect_metadata(lead + ", the Defense Ministry reports.\n", {});
  expect_metadata(lead + ", according to Mayor Ann Lee.\n", {});
  expect_metadata(lead + ", according to NATO.\n", {});
  expect_metadata("The district (NGOs) said " + lead + ".\n", {});
}

TEST(ArticleMetadata, ReportingCreditsAtTheEnd) {
  expect_metadata(std::string(kBody) + "\nReporting by Ann Lee; Editing by Bo Chen\n",
                  {std::nullopt, "", "Ann Lee", ""});
}

TEST(ArticleMetadata, ExistingFieldsAreKept) {
  Document doc;
  doc.outlet = "Given";
  doc.published = CivilDate{2001, 1, 1};
  doc.title = "Given title";
  doc.text =
      "Officials meet\n12 March 2018\nBy Ann Lee, Valley News\n\nRIVERTON (Wire) - Officials met "
      "on Tuesday to discuss the budget.\n";
  read_article_metadata(doc);
  EXPECT_EQ(doc.outlet, "Given");
  EXPECT_EQ(doc.published, (CivilDate{2001, 1, 1}));
  EXPECT_EQ(doc.title, "Given title");
  EXPECT_EQ(doc.author, "Ann Lee");
}

TEST(ArticleMetadata, AMissingPublicationDateIsWarnedOnceByItsCode) {
  const std::string text = std::string("A man was shot Monday.") + kBody;
  Document doc;
  doc.text = text;
  read_article_metadata(doc);
  ASSERT_EQ(doc.warnings.size(), 1u);
  EXPECT_EQ(doc.warnings[0].code, Diagnostic::Code::kRelativeDatesUnresolved);
  EXPECT_EQ(doc.warnings[0].message,
            "no publication date (no \"published\" field and no date in the article's header "
            "lines); relative dates such as \"Monday\" stay unresolved");
  // An earlier warning with the code (an unreadable "published" field) is the one given.
  read_article_metadata(doc);
  EXPECT_EQ(doc.warnings.size(), 1u);
  // A warning that only happens to use the same words is another warning.
  Document quoting;
  quoting.text = text;
  quoting.warnings.push_back({Diagnostic::Severity::kWarning, "a.txt",
                              "relative dates such as \"Monday\" stay unresolved"});
  read_article_metadata(quoting);
  ASSERT_EQ(quoting.warnings.size(), 2u);
  EXPECT_EQ(quoting.warnings[1].code, Diagnostic::Code::kRelativeDatesUnresolved);
}

TEST(ArticleMetadata, NothingInventedWhenTheTextSaysNothing) {
  expect_metadata(
      "a quiet day. nothing happened and no one said anything about it at all, really, to "
      "anyone.\n",
      {});
  expect_metadata("Short line only", {});
  expect_metadata("", {});
  expect_metadata("\n\n\n", {});
  // A date in the body is not the publication date; a day and month without a year is no date.
  expect_metadata(std::string("The bridge, opened on 4 October 1990 after six years of work and "
                              "much debate in the council, is closing.\n"),
                  {});
  expect_metadata(std::string("Council agrees on bridge plan\nOctober 4") + kBody,
                  {std::nullopt, "", "", "Council agrees on bridge plan"});
}

TEST(ArticleMetadata, HeadlinesAreTitleLinesBeforeTheBody) {
  expect_metadata(
      std::string("[Invented example: not a real report.]\nFloods reach the valley towns") + kBody,
      {std::nullopt, "", "", "Floods reach the valley towns"});
  // A short first paragraph that is a sentence is body, and nothing after it is a headline.
  expect_metadata(
      std::string("Two people were hurt in the town of Riverton on Monday.\nRepairs continue") +
          kBody,
      {});
  // A headline may be a question.
  expect_metadata(std::string("Will the bridge reopen this year?") + kBody,
                  {std::nullopt, "", "", "Will the bridge reopen this year?"});
}

TEST(Byline, SegmentsReadAsPeopleOutletsOrRoles) {
  EXPECT_EQ(read::read_byline("Vugar Khalilov").author, "Vugar Khalilov");
  EXPECT_EQ(read::read_byline("Azernews").outlet, "Azernews");
  EXPECT_EQ(read::read_byline("Maria van der Berg, Staff Reporter").author, "Maria van der Berg");
  EXPECT_TRUE(read::read_byline("Maria van der Berg, Staff Reporter").outlet.empty());
  EXPECT_EQ(read::read_byline("staff").author, "");
  EXPECT_EQ(read::read_byline("the way of the world").outlet, "");
}

}  // namespace
}  // namespace reckon
