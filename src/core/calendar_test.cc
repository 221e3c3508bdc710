#include "reckon/calendar.h"

#include <gtest/gtest.h>

namespace reckon {
namespace {

TEST(Calendar, DaysRoundTripAcrossEras) {
  for (std::int64_t d = -800000; d <= 800000; d += 997) {
    EXPECT_EQ(days_from_civil(civil_from_days(d)), d);
  }
  EXPECT_EQ(days_from_civil({1970, 1, 1}), 0);
  EXPECT_EQ(days_from_civil({2000, 3, 1}), 11017);
}

TEST(Calendar, WeekdayIsMondayZero) {
  EXPECT_EQ(weekday({2020, 10, 4}), 6);   // a Sunday
  EXPECT_EQ(weekday({2022, 10, 11}), 1);  // a Tuesday
  EXPECT_EQ(weekday({2018, 3, 28}), 2);   // a Wednesday
}

TEST(Calendar, AddDaysCrossesMonthsAndLeapDays) {
  EXPECT_EQ(add_days({2020, 2, 28}, 1), (CivilDate{2020, 2, 29}));
  EXPECT_EQ(add_days({2021, 2, 28}, 1), (CivilDate{2021, 3, 1}));
  EXPECT_EQ(add_days({2021, 1, 1}, -1), (CivilDate{2020, 12, 31}));
}

TEST(Calendar, ParsesIsoDatesAndDateTimes) {
  EXPECT_EQ(parse_iso_date("2020-10-04"), (CivilDate{2020, 10, 4}));
  EXPECT_EQ(parse_iso_date("2020-10-04T16:29:00+04:00"), (CivilDate{2020, 10, 4}));
  EXPECT_FALSE(parse_iso_date("2020-13-04"));
  EXPECT_FALSE(parse_iso_date("2021-02-29"));
  EXPECT_FALSE(parse_iso_date("20-10-04"));
  EXPECT_FALSE(parse_iso_date("2020-10-04x"));
}

TEST(Calendar, FormatsByPrecision) {
  EXPECT_EQ(format_date({2020, 10, 4}), "2020-10-04");
  EXPECT_EQ(format_date({2020, 10, 1}, DatePrecision::kMonth), "2020-10");
  EXPECT_EQ(format_date({2020, 1, 1}, DatePrecision::kYear), "2020");
  EXPECT_EQ(format_date({7, 3, 9}), "0007-03-09");
  EXPECT_EQ(format_date({9999, 12, 31}), "9999-12-31");
  EXPECT_EQ(format_date({10000, 1, 2}), "10000-01-02");
  EXPECT_EQ(format_date({-44, 3, 15}), "-044-03-15");
  EXPECT_EQ(format_date({-44, 3, 15}, DatePrecision::kYear), "-044");
}

}  // namespace
}  // namespace reckon
