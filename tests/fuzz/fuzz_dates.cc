// Fuzzes the date recognizer alone on arbitrary bytes, with and without a publication date: the
// first two bytes pick the reference day (or none), the rest is the text. Checks spans, token
// ranges and that every resolved date is a real calendar day.
#include <cstdint>
#include <optional>
#include <string_view>

#include "fuzz_check.h"
#include "reckon/dates.h"

namespace {

bool plausible(const reckon::CivilDate& d) {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= 31;
}

std::optional<reckon::CivilDate> reference(const std::uint8_t* data, std::size_t size) {
  if (size < 2 || data[0] == 0) return std::nullopt;
  // Days spread over 1900..2155, every month, including 29 February of leap years.
  const int year = 1900 + data[0];
  const int month = 1 + data[1] % 12;
  const int day = 1 + (data[1] / 12) % 29;
  return reckon::CivilDate{year, month, day};
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::optional<reckon::CivilDate> published = reference(data, size);
  const std::size_t skip = size < 2 ? size : 2;
  const std::string_view text(reinterpret_cast<const char*>(data) + skip, size - skip);
  const reckon::TokenizedText tt = reckon::tokenize(text);
  const auto dates = reckon::recognize_dates(tt, text, published);
  reckon::fuzz::check_mentions(dates, tt, text.size(), "date mention");
  for (const auto& d : dates) {
    if (d.resolved) reckon::fuzz::require(plausible(d.value), "resolved date is no calendar day");
    if (d.said_on) reckon::fuzz::require(plausible(*d.said_on), "anniversary day is no calendar day");
    if (d.minutes) reckon::fuzz::require(*d.minutes >= 0 && *d.minutes < 24 * 60 + 1, "time of day");
  }
  return 0;
}
