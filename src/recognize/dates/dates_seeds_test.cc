// Targeted tests: the five seed reports of ../shared/corpora/seeds (skipped when absent), and
// properties of the mention list itself (order, spans, tokens) that the corpus does not check.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "reckon/dates.h"

namespace reckon {
namespace {

struct Found {
  std::string text;
  std::string value;
  DateForm form;
  std::optional<int> minutes;
  std::optional<CivilDate> said_on;
};

std::vector<Found> run(const std::string& text, std::optional<CivilDate> published) {
  const TokenizedText tt = tokenize(text);
  std::vector<Found> out;
  for (const DateMention& m : recognize_dates(tt, text, published)) {
    out.push_back({text.substr(m.span.start, m.span.size()), format_date(m.value, m.precision), m.form, m.minutes,
                   m.said_on});
  }
  return out;
}

const Found* find(const std::vector<Found>& fs, const std::string& needle) {
  for (const Found& f : fs) {
    if (f.text.find(needle) != std::string::npos) return &f;
  }
  return nullptr;
}

std::string read_seed(const std::string& name) {
  std::ifstream in(std::string(RECKON_SHARED_DIR) + "/corpora/seeds/" + name);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

TEST(DatesSeeds, FirstAnniversaryAppeal) {
  const std::string text = read_seed("000_9ef54a9c84ed45d2.txt");
  if (text.empty()) GTEST_SKIP() << "seeds not available";
  const auto fs = run(text, CivilDate{2021, 10, 12});
  const Found* anniversary = find(fs, "October 11, 2021");
  ASSERT_NE(anniversary, nullptr);
  EXPECT_EQ(anniversary->value, "2020-10-11");
  EXPECT_EQ(anniversary->form, DateForm::kAnniversary);
  EXPECT_EQ(anniversary->said_on, (CivilDate{2021, 10, 11}));
  const Found* attack = find(fs, "October 11, 2020");
  ASSERT_NE(attack, nullptr);
  EXPECT_EQ(attack->value, "2020-10-11");
  EXPECT_EQ(attack->minutes, 240);
  const Found* start = find(fs, "September 27, 2020");
  ASSERT_NE(start, nullptr);
  EXPECT_EQ(start->value, "2020-09-27");
  EXPECT_EQ(find(fs, "1949"), nullptr);
  EXPECT_EQ(find(fs, "44"), nullptr);
  const Found* ago = find(fs, "a year ago");
  ASSERT_NE(ago, nullptr);
  EXPECT_EQ(ago->value, "2020");
  const Found* last_year = find(fs, "last year");
  ASSERT_NE(last_year, nullptr);
  EXPECT_EQ(last_year->value, "2020");
}

TEST(DatesSeeds, TodayOnOctober4) {
  const std::string text = read_seed("001_025ea2b159f6fd29.txt");
  if (text.empty()) GTEST_SKIP() << "seeds not available";
  const auto fs = run(text, CivilDate{2020, 10, 4});
  const Found* today = find(fs, "on October 4");
  ASSERT_NE(today, nullptr);
  EXPECT_EQ(today->value, "2020-10-04");
  EXPECT_NE(today->text.find("Today"), std::string::npos) << today->text;
  const Found* dateline = find(fs, "4 October 2020");
  ASSERT_NE(dateline, nullptr);
  EXPECT_EQ(dateline->value, "2020-10-04");
  EXPECT_EQ(find(fs, "1949"), nullptr);
}

TEST(DatesSeeds, SecondAnniversaryAndOctoberStrikes) {
  const std::string text = read_seed("002_d440d50d8542b514.txt");
  if (text.empty()) GTEST_SKIP() << "seeds not available";
  const auto fs = run(text, CivilDate{2022, 10, 11});
  const Found* dateline = find(fs, "11 October 2022");
  ASSERT_NE(dateline, nullptr);
  EXPECT_EQ(dateline->minutes, 14 * 60 + 24);
  const Found* second = find(fs, "October 11, 2020");
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->form, DateForm::kAnniversary);
  EXPECT_EQ(second->said_on, (CivilDate{2022, 10, 11}));
  const Found* tweet = find(fs, "2nd Anniversary");
  ASSERT_NE(tweet, nullptr);
  EXPECT_EQ(tweet->value, "2020-10-11");
  for (const char* day : {"October 4", "October 5", "October 8", "October 11,", "October 17"}) {
    const Found* f = nullptr;
    for (const Found& x : fs) {
      if (x.text == day || x.text == std::string(day) + ",") f = &x;
    }
    if (std::string(day) == "October 11,") continue;  // also in the anniversary sentence
    ASSERT_NE(f, nullptr) << day;
    EXPECT_EQ(f->value.substr(0, 7), "2020-10") << day;
    EXPECT_EQ(f->form, DateForm::kPartial) << day;
  }
}

TEST(DatesSeeds, NovemberTwoInAReportOfNovemberFour) {
  const std::string text = read_seed("004_4ae2abc140d9b65d.txt");
  if (text.empty()) GTEST_SKIP() << "seeds not available";
  const auto fs = run(text, CivilDate{2022, 11, 4});
  const Found* nov = find(fs, "November 2");
  ASSERT_NE(nov, nullptr);
  EXPECT_EQ(nov->value, "2022-11-02");
  EXPECT_EQ(find(fs, "1949"), nullptr);
}

TEST(DatesMentions, AreOrderedDisjointAndTokenAligned) {
  const std::string text =
      "Police said Monday that a man was shot at 9:30 p.m. on March 3, 2018. He died the next day. "
      "Yesterday, on March 8, a vigil was held; another is scheduled for next Friday.";
  const TokenizedText tt = tokenize(text);
  const auto ms = recognize_dates(tt, text, CivilDate{2018, 3, 9});
  ASSERT_EQ(ms.size(), 5u);
  for (std::size_t i = 0; i < ms.size(); ++i) {
    EXPECT_LT(ms[i].first_token, ms[i].last_token);
    EXPECT_EQ(ms[i].span, tt.span_of(ms[i].first_token, ms[i].last_token));
    if (i > 0) {
      EXPECT_LE(ms[i - 1].last_token, ms[i].first_token);
    }
  }
  EXPECT_EQ(ms[1].value, (CivilDate{2018, 3, 3}));
  EXPECT_EQ(ms[2].value, (CivilDate{2018, 3, 4}));
  EXPECT_EQ(ms[3].value, (CivilDate{2018, 3, 8}));
  EXPECT_EQ(ms[4].value, (CivilDate{2018, 3, 16}));
}

TEST(DatesMentions, UnknownPublicationLeavesRelativeDatesUnresolved) {
  const std::string text = "A man was shot Monday. On October 4, 2020 another. Yesterday a third. On May 5 a fourth.";
  const TokenizedText tt = tokenize(text);
  const auto ms = recognize_dates(tt, text, std::nullopt);
  ASSERT_EQ(ms.size(), 4u);
  EXPECT_FALSE(ms[0].resolved);
  EXPECT_TRUE(ms[1].resolved);
  EXPECT_FALSE(ms[2].resolved);
  EXPECT_FALSE(ms[3].resolved);
}

TEST(DatesMentions, EmptyAndOddInputs) {
  for (const std::string text : {"", " ", "October", "Oct.", "2020", "12:30", "-", "the next", "a.m.", "\xff\xfe"}) {
    const TokenizedText tt = tokenize(text);
    const auto ms = recognize_dates(tt, text, CivilDate{2020, 1, 1});
    EXPECT_LE(ms.size(), 1u) << text;
  }
}

}  // namespace
}  // namespace reckon
