// Entry point of the date recognizer: scan once (date_scan.h), then resolve in text order
// (date_resolve.h). Two phases because a partial date may take its year from a date stated later
// in the same sentence.
#include "reckon/dates.h"

#include "recognize/dates/date_resolve.h"
#include "recognize/dates/date_scan.h"

namespace reckon {

std::string_view to_string(DateForm f) {
  switch (f) {
    case DateForm::kAbsolute: return "absolute";
    case DateForm::kPartial: return "partial";
    case DateForm::kWeekday: return "weekday";
    case DateForm::kRelative: return "relative";
    case DateForm::kAnniversary: return "anniversary";
    case DateForm::kMonthYear: return "month-year";
    case DateForm::kYearOnly: return "year";
  }
  return "absolute";
}

std::vector<DateMention> recognize_dates(const TokenizedText& tt, std::string_view text,
                                         std::optional<CivilDate> published) {
  return dates::resolve_dates(tt, dates::scan_dates(tt, text), published);
}

std::vector<DateMention> dates::recognize_dates(const TokenCursor& c,
                                                std::optional<CivilDate> published) {
  return resolve_dates(c.tokens(), scan_dates(c), published);
}

}  // namespace reckon
