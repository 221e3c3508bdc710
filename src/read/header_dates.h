// Dates in an article's header lines: "2021-10-12", "4 October 2020", "October 4, 2020",
// "Sunday, Oct. 4th 2020 16:29", "04.10.2020", "10/04/2020", and lines that hold only a time
// ("# 16:29", "14:24 (UTC+04:00)"). Internal to the read stage.
#pragma once

#include <optional>
#include <string_view>

#include "reckon/calendar.h"
#include "reckon/text.h"

namespace reckon::read {

// Ends every warning about a missing or unreadable publication date (Diagnostic::Code
// kRelativeDatesUnresolved, which is what tells a later step that the warning was given).
inline constexpr std::string_view kRelativeDatesUnresolved =
    "relative dates such as \"Monday\" stay unresolved";

struct HeaderDate {
  CivilDate date;
  std::size_t end = 0;  // byte offset in the line just past the date
};

// The first full date (day, month and year) in a short line; `tt` is `line` tokenized.
std::optional<HeaderDate> find_header_date(std::string_view line, const TokenizedText& tt);

// A dateline opening a story: "BAKU, October 4, 2020 (Wire) -", "LONDON, 4 Oct 2020 - ". The
// place is one to three capitalised words and a comma; a dash, colon or bracket follows the date.
std::optional<CivilDate> find_dateline_date(std::string_view paragraph_start);

// "Updated 5 October 2020": a date that is not the publication date when another is given.
bool is_update_line(const TokenizedText& tt);

// A line of times, numbers and time-zone words only.
bool is_time_line(const TokenizedText& tt);

}  // namespace reckon::read
