// Regressions found by fuzzing (tests/fuzz/fuzz_dates.cc) and the robustness tests: inputs that
// once crashed the date recognizer or read out of bounds. Each case says what broke; the raw
// fuzz reproducers are also replayed from tests/fuzz/regressions/dates/.
#include <gtest/gtest.h>

#include <string>

#include "reckon/dates.h"

namespace reckon {
namespace {

std::vector<DateMention> dates_in(const std::string& text, std::optional<CivilDate> published) {
  const TokenizedText tt = tokenize(text);
  return recognize_dates(tt, text, published);
}

// Two anniversaries with no date after them: the second one's search for a day said before it
// walked over the first one's mention too, past the end of the per-date sentence table
// (heap-buffer-overflow in add_dateless_anniversaries).
TEST(DatesRegressions, SeveralDatelessAnniversariesEachFallOnPublication) {
  const std::string text =
      "Today marks the 2nd anniversary of the attack. Families also marked the third anniversary "
      "of the siege. It is the fifth anniversary of the war.";
  std::vector<DateMention> dates;
  for (const DateMention& d : dates_in(text, CivilDate{2022, 10, 11}))
    if (d.form == DateForm::kAnniversary) dates.push_back(d);
  ASSERT_EQ(dates.size(), 3u);
  EXPECT_EQ(dates[0].value, (CivilDate{2020, 10, 11}));
  EXPECT_EQ(dates[1].value, (CivilDate{2019, 10, 11}));
  EXPECT_EQ(dates[2].value, (CivilDate{2017, 10, 11}));
  for (const DateMention& d : dates) {
    ASSERT_TRUE(d.said_on.has_value());
    EXPECT_EQ(*d.said_on, (CivilDate{2022, 10, 11}));
  }
}

TEST(DatesRegressions, DatelessAnniversariesAfterADayInTheirSentence) {
  const std::string text =
      "On Monday, October 10, the town held the first anniversary of the blast. On Tuesday it "
      "marked the 2nd anniversary of the siege, and the third anniversary of the flood.";
  const auto dates = dates_in(text, CivilDate{2022, 10, 12});
  int anniversaries = 0;
  for (const DateMention& d : dates) anniversaries += d.form == DateForm::kAnniversary ? 1 : 0;
  EXPECT_EQ(anniversaries, 3);
}

}  // namespace
}  // namespace reckon
