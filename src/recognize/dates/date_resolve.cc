// Resolution rules, in the order dates.h states them. Everything here is arithmetic on the raw
// dates and the mentions already resolved; nothing rereads the text.
#include "recognize/dates/date_resolve.h"

#include <algorithm>
#include <utility>

namespace reckon::dates {

CivilDate add_years(const CivilDate& d, int years) {
  CivilDate r{d.year + years, d.month, d.day};
  if (r.month >= 1 && r.month <= 12 && r.day > days_in_month(r.year, r.month)) r.day = days_in_month(r.year, r.month);
  return r;
}

namespace {

CivilDate add_months(const CivilDate& d, int months) {
  const int index = d.year * 12 + (d.month - 1) + months;
  return CivilDate{index / 12, index % 12 + 1, 1};
}

// How far back a partial date looks for an earlier date of the same month to take its year from:
// the same paragraph, or this many sentences.
constexpr std::uint32_t kContextSentences = 3;
// An anniversary whose computed day would fall this many days after publication means the stated
// date is the anniversary itself, not the event.
constexpr std::int64_t kAnniversaryGraceDays = 31;
// How far after the last stated date a day-and-month may fall and still take that date's year.
constexpr std::int64_t kStoryReachDays = 62;
// A day and month without a year lie within this many days before publication.
constexpr std::int64_t kYearDays = 365;
// How far after an anniversary phrase its date may come, in tokens of the same sentence.
constexpr std::uint32_t kAnniversaryReach = 30;

// The day of `month` in `year` that is its nth `weekday` (nth -1: the last): Thanksgiving is the
// 4th Thursday of November, Memorial Day the last Monday of May.
int nth_weekday_day(int year, int month, int day_of_week, int nth) {
  if (nth < 0) {
    const int last = days_in_month(year, month);
    return last - (weekday(CivilDate{year, month, last}) - day_of_week + 7) % 7;
  }
  const int first = 1 + (day_of_week - weekday(CivilDate{year, month, 1}) + 7) % 7;
  return std::min(first + 7 * (nth - 1), days_in_month(year, month));
}

bool states_year(const RawDate& r) {
  return r.year != 0 && (r.kind == RawKind::kFull || r.kind == RawKind::kMonthYear || r.kind == RawKind::kYear);
}

class Resolver {
 public:
  Resolver(const TokenizedText& tt, const ScanResult& scan, std::optional<CivilDate> published)
      : tt_(tt), scan_(scan), pub_(published) {}

  std::vector<DateMention> run();

 private:
  struct Place {
    std::uint32_t sentence = 0;
    std::uint32_t paragraph = 0;
  };

  Place place_of(std::uint32_t token) const {
    if (tt_.sentences.empty()) return {};
    const std::uint32_t s = tt_.sentence_of(token);
    return {s, tt_.sentences[s].paragraph};
  }
  std::optional<DateMention> resolve(std::size_t index);
  void resolve_calendar(const RawDate& r, std::size_t index, DateMention& m);
  void resolve_moving_holiday(const RawDate& r, std::size_t index, DateMention& m);
  void resolve_weekday(const RawDate& r, DateMention& m) const;
  void resolve_relative(const RawDate& r, DateMention& m) const;
  std::optional<int> year_from_context(const RawDate& r, std::size_t index) const;
  bool near_before(std::size_t k, const Place& here) const;
  static bool states_calendar_date(const DateMention& m);
  std::optional<int> year_of_same_month_before(const RawDate& r) const;
  std::optional<int> year_stated_in_sentence(const RawDate& r, std::size_t index) const;
  std::optional<int> year_of_story_so_far(const RawDate& r) const;
  int year_from_publication(const RawDate& r) const;
  int year_with_weekday(const RawDate& r) const;
  static CivilDate day_of_bracketed_weekday(const RawDate& r, const CivilDate& d);
  void apply_anniversary(DateMention& m);
  void add_dateless_anniversaries();

  const TokenizedText& tt_;
  const ScanResult& scan_;
  std::optional<CivilDate> pub_;
  std::vector<DateMention> out_;
  std::vector<Place> places_;           // parallel to out_
  std::optional<CivilDate> previous_;   // the latest resolved day, for "the next day"
  std::vector<bool> anniversary_used_;
  // Markers before this one ended too far back for any later date (dates come in text order);
  // apply_anniversary starts there, so a report of thousands of anniversaries stays linear.
  std::size_t anniversary_from_ = 0;
  std::uint32_t last_date_token_ = 0;
  bool markers_in_order_ = true;  // markers sorted by their last token (a left-to-right scan)
};

std::vector<DateMention> Resolver::run() {
  out_.reserve(scan_.dates.size());
  anniversary_used_.assign(scan_.anniversaries.size(), false);
  markers_in_order_ = std::is_sorted(scan_.anniversaries.begin(), scan_.anniversaries.end(),
                                     [](const AnniversaryMarker& a, const AnniversaryMarker& b) { return a.last < b.last; });
  for (std::size_t i = 0; i < scan_.dates.size(); ++i) {
    std::optional<DateMention> m = resolve(i);
    if (!m) continue;
    const CivilDate stated = m->value;  // "the next day" counts from the date as written
    apply_anniversary(*m);
    // A date ahead of publication ("a hearing is set for Friday") is not what "the next day" of
    // a report of past events counts from.
    const bool ahead = pub_ && stated > *pub_;
    if (m->resolved && m->precision == DatePrecision::kDay && !ahead) previous_ = stated;
    places_.push_back(place_of(m->first_token));
    out_.push_back(*m);
  }
  add_dateless_anniversaries();
  return std::move(out_);
}

std::optional<DateMention> Resolver::resolve(std::size_t index) {
  const RawDate& r = scan_.dates[index];
  DateMention m;
  m.first_token = r.first;
  m.last_token = r.last;
  m.span = tt_.span_of(r.first, r.last);
  if (r.minutes >= 0) m.minutes = r.minutes;
  switch (r.kind) {
    case RawKind::kWeekday: resolve_weekday(r, m); break;
    case RawKind::kRelative: resolve_relative(r, m); break;
    default:
      if (r.nth != 0) {
        resolve_moving_holiday(r, index, m);
      } else {
        resolve_calendar(r, index, m);
      }
      break;
  }
  if (m.resolved && m.precision == DatePrecision::kDay && !is_valid_date(m.value)) return std::nullopt;
  return m;
}

void Resolver::resolve_calendar(const RawDate& r, std::size_t index, DateMention& m) {
  m.value = CivilDate{r.year, r.month, r.day == 0 ? 1 : r.day};
  switch (r.kind) {
    case RawKind::kFull:
      m.form = DateForm::kAbsolute;
      m.value.year = year_with_weekday(r);
      return;
    case RawKind::kMonthYear:
      m.form = DateForm::kMonthYear;
      m.precision = DatePrecision::kMonth;
      return;
    case RawKind::kYear:
      m.form = DateForm::kYearOnly;
      m.precision = DatePrecision::kYear;
      m.value = CivilDate{r.year, 1, 1};
      return;
    default: break;
  }
  // A day and month, or a month alone: the year comes from context or from publication.
  m.form = DateForm::kPartial;
  m.precision = r.kind == RawKind::kMonthOnly ? DatePrecision::kMonth : DatePrecision::kDay;
  if (std::optional<int> y = year_from_context(r, index)) {
    m.value.year = *y;
  } else if (pub_) {
    m.value.year = year_from_publication(r);
  } else {
    m.resolved = false;
  }
  if (m.value.day > days_in_month(m.value.year, m.value.month)) m.resolved = false;  // 29 February
  if (m.resolved && m.precision == DatePrecision::kDay)
    m.value = day_of_bracketed_weekday(r, m.value);
}

// "Saturday (Jan. 10)" where Jan. 10 is a Friday: the date in brackets glosses the reporter's
// weekday and is the one off by a day (GVA train: the weekday is the incident's in 4 reports of
// 5 such).
CivilDate Resolver::day_of_bracketed_weekday(const RawDate& r, const CivilDate& d) {
  if (!r.date_in_brackets || r.weekday < 0) return d;
  for (int shift : {-1, 1}) {
    const CivilDate near = add_days(d, shift);
    if (weekday(near) == r.weekday) return near;
  }
  return d;
}

// "Thanksgiving": its year is chosen as for the day it falls on in the publication's year, then
// the day is recomputed for that year.
void Resolver::resolve_moving_holiday(const RawDate& r, std::size_t index, DateMention& m) {
  if (!pub_) {
    m.form = DateForm::kPartial;
    m.resolved = false;
    return;
  }
  RawDate dated = r;
  dated.day = nth_weekday_day(pub_->year, r.month, r.nth_weekday, r.nth);
  resolve_calendar(dated, index, m);
  m.value.day = nth_weekday_day(m.value.year, r.month, r.nth_weekday, r.nth);
}

std::optional<int> Resolver::year_from_context(const RawDate& r, std::size_t index) const {
  if (r.has_relative_hint && pub_) return add_days(*pub_, r.hint_offset).year;
  if (std::optional<int> y = year_of_same_month_before(r)) return y;
  if (std::optional<int> y = year_stated_in_sentence(r, index)) return y;
  return year_of_story_so_far(r);
}

bool Resolver::near_before(std::size_t k, const Place& here) const {
  const Place there = places_[k];
  return there.paragraph == here.paragraph || here.sentence - there.sentence <= kContextSentences;
}

bool Resolver::states_calendar_date(const DateMention& m) {
  return m.resolved && m.precision != DatePrecision::kYear && m.form != DateForm::kRelative &&
         m.form != DateForm::kWeekday;
}

// "in October 2020 ... On October 4": an earlier date of the same month, in this paragraph or
// the last few sentences.
std::optional<int> Resolver::year_of_same_month_before(const RawDate& r) const {
  const Place here = place_of(r.first);
  for (std::size_t k = out_.size(); k-- > 0 && near_before(k, here);) {
    const DateMention& m = out_[k];
    if (states_calendar_date(m) && m.value.month == r.month) return m.value.year;
  }
  return std::nullopt;
}

// The nearest year stated in the same sentence, before or after: "in 2020 ... on October 4".
std::optional<int> Resolver::year_stated_in_sentence(const RawDate& r, std::size_t index) const {
  const std::uint32_t sentence = place_of(r.first).sentence;
  std::optional<int> before;
  std::uint32_t before_gap = 0;
  for (std::size_t k = index; k-- > 0;) {
    const RawDate& o = scan_.dates[k];
    if (place_of(o.first).sentence != sentence) break;
    if (states_year(o)) {
      before = o.year;
      before_gap = r.first - o.last;
      break;
    }
  }
  for (std::size_t k = index + 1; k < scan_.dates.size(); ++k) {
    const RawDate& o = scan_.dates[k];
    if (place_of(o.first).sentence != sentence) break;
    if (!states_year(o)) continue;
    if (before && o.first - r.last >= before_gap) break;
    // "from December 31 to January 2, 2014": a later month closing the span is in the next year.
    return o.month != 0 && o.month < r.month ? o.year - 1 : o.year;
  }
  return before;
}

// "Since September 27, 2020 the army has shelled ... On October 4": a story told forward from
// the last calendar date stated nearby goes on in that date's year (or the next, across a New
// Year) when the day follows it within two months.
std::optional<int> Resolver::year_of_story_so_far(const RawDate& r) const {
  if (out_.empty() || r.day == 0) return std::nullopt;
  const Place here = place_of(r.first);
  for (std::size_t k = out_.size(); k-- > 0 && near_before(k, here);) {
    const DateMention& m = out_[k];
    if (!states_calendar_date(m)) continue;
    const std::int64_t from = days_from_civil(m.value);
    for (int y : {m.value.year, m.value.year + 1}) {
      const CivilDate d{y, r.month, r.day};
      if (!is_valid_date(d)) continue;
      const std::int64_t gap = days_from_civil(d) - from;
      if (gap >= 0 && gap <= kStoryReachDays) return y;
    }
    return std::nullopt;
  }
  return std::nullopt;
}

// "Wednesday, Jan. 8, 2013" in a report of January 2014: the weekday fits the year just begun and
// not the one written, so the old year is a slip of the pen (GVA train: 3 of 3 such dates).
int Resolver::year_with_weekday(const RawDate& r) const {
  const CivilDate written{r.year, r.month, r.day};
  const CivilDate next{r.year + 1, r.month, r.day};
  if (r.weekday < 0 || !pub_ || pub_->year != next.year || !is_valid_date(written) ||
      !is_valid_date(next))
    return r.year;
  const bool slip = weekday(written) != r.weekday && weekday(next) == r.weekday && next <= *pub_;
  return slip ? next.year : r.year;
}

int Resolver::year_from_publication(const RawDate& r) const {
  const CivilDate pub = *pub_;
  const int day = r.day == 0 ? 1 : r.day;
  // A weekday said with the date picks the year in which they agree: "Wednesday, Jan. 22". A
  // date without a year is recent, so a year that puts it more than a year before publication is
  // no candidate: "Wednesday, Jan. 2" in a report of 2014-01-06 is 2014-01-02 (a Thursday; the
  // weekday is the slip), not 2013-01-02.
  if (r.weekday >= 0 && r.day != 0) {
    const std::int64_t oldest = days_from_civil(pub) - kYearDays;
    for (int y : {pub.year, pub.year - 1, pub.year + 1}) {
      const CivilDate d{y, r.month, day};
      if (!is_valid_date(d) || weekday(d) != r.weekday || days_from_civil(d) < oldest) continue;
      if (r.future || d <= add_days(pub, 1)) return y;
    }
  }
  const CivilDate same_year{pub.year, r.month, std::min(day, days_in_month(pub.year, r.month))};
  if (r.kind == RawKind::kMonthOnly) {
    if (r.shift < 0) return r.month < pub.month ? pub.year : pub.year - 1;
    if (r.shift > 0) return r.month > pub.month ? pub.year : pub.year + 1;
    if (r.future) return r.month >= pub.month ? pub.year : pub.year + 1;
    return r.month <= pub.month ? pub.year : pub.year - 1;
  }
  if (r.future) return same_year >= pub ? pub.year : pub.year + 1;
  return same_year <= pub ? pub.year : pub.year - 1;  // past events never lie after publication
}

void Resolver::resolve_weekday(const RawDate& r, DateMention& m) const {
  m.form = DateForm::kWeekday;
  if (!pub_) {
    m.resolved = false;
    return;
  }
  const int today = weekday(*pub_);
  int delta = 0;
  if (r.future) {
    delta = (r.weekday - today + 7) % 7;
    if (delta == 0 && r.shift > 0) delta = 7;
  } else {
    delta = -((today - r.weekday + 7) % 7);
    if (delta == 0 && r.shift < 0) delta = -7;  // "last Monday" said on a Monday
    // "last Thursday" said on a Friday: yesterday would be "Thursday" or "yesterday", so "last"
    // reaches back into the week before (GVA train: 3 of 3 such reports).
    if (delta == -1 && r.shift < 0) delta = -8;
  }
  m.value = add_days(*pub_, delta);
}

void Resolver::resolve_relative(const RawDate& r, DateMention& m) const {
  m.form = DateForm::kRelative;
  const std::optional<CivilDate> anchor = r.anchor == Anchor::kPublication ? pub_ : previous_;
  if (!anchor) {
    m.resolved = false;
    return;
  }
  switch (r.unit) {
    case Unit::kWeek:
      m.value = add_days(*anchor, 7 * r.offset);
      m.approximate = true;
      break;
    case Unit::kWeekend:
      m.value = add_days(*anchor, 7 * r.offset - (weekday(*anchor) + 2) % 7);
      m.approximate = true;
      break;
    case Unit::kMonth:
      m.value = add_months(*anchor, r.offset);
      m.precision = DatePrecision::kMonth;
      break;
    case Unit::kYear:
      m.value = CivilDate{anchor->year + r.offset, 1, 1};
      m.precision = DatePrecision::kYear;
      break;
    default: m.value = add_days(*anchor, r.offset); break;
  }
}

// A written date shortly after "the first anniversary of ..." in the same sentence is either the
// event ("... of the attack on October 11, 2020", said a year later) or the anniversary day
// itself ("... of the attack on October 11, 2021"): whichever keeps the anniversary on or before
// publication.
void Resolver::apply_anniversary(DateMention& m) {
  if (!m.resolved || m.precision != DatePrecision::kDay) return;
  if (m.form != DateForm::kAbsolute && m.form != DateForm::kPartial) return;
  const std::uint32_t sentence = place_of(m.first_token).sentence;
  if (!markers_in_order_ || m.first_token < last_date_token_) anniversary_from_ = 0;
  last_date_token_ = m.first_token;
  const auto& marks = scan_.anniversaries;
  while (markers_in_order_ && anniversary_from_ < marks.size() &&
         marks[anniversary_from_].last + kAnniversaryReach < m.first_token)
    ++anniversary_from_;
  for (std::size_t a = anniversary_from_; a < marks.size(); ++a) {
    const AnniversaryMarker& mark = marks[a];
    if (markers_in_order_ && mark.last > m.first_token) break;  // this one and every later one
    if (anniversary_used_[a] || mark.last > m.first_token || m.first_token - mark.last > kAnniversaryReach) continue;
    if (place_of(mark.first).sentence != sentence) continue;
    anniversary_used_[a] = true;
    const CivilDate stated = m.value;
    const CivilDate later = add_years(stated, mark.years);
    const bool stated_is_anniversary =
        pub_ && days_from_civil(later) > days_from_civil(*pub_) + kAnniversaryGraceDays;
    m.value = stated_is_anniversary ? add_years(stated, -mark.years) : stated;
    m.said_on = stated_is_anniversary ? stated : later;
    m.form = DateForm::kAnniversary;
    return;
  }
}

// "Today marks the 2nd anniversary of the attack": no date follows, so the anniversary falls on
// the day said before it in the sentence, else on the publication date.
//
// Dates and markers both come in text order, so one cursor walks the dates once for all markers
// (only the dates resolved in run() have a place; anniversaries added here come after them). The
// latest stated day before a marker is the one of its sentence, if its sentence has any.
void Resolver::add_dateless_anniversaries() {
  bool added = false;
  std::size_t k = 0;
  std::optional<std::pair<std::uint32_t, CivilDate>> last_day;  // sentence and value
  std::uint32_t previous_first = 0;
  for (std::size_t a = 0; a < scan_.anniversaries.size(); ++a) {
    if (anniversary_used_[a]) continue;
    const AnniversaryMarker& mark = scan_.anniversaries[a];
    if (mark.first < previous_first) {  // out of text order: walk again from the start
      k = 0;
      last_day.reset();
    }
    previous_first = mark.first;
    const std::uint32_t sentence = place_of(mark.first).sentence;
    for (; k < places_.size() && out_[k].first_token < mark.first; ++k) {
      const DateMention& m = out_[k];
      if (m.resolved && m.precision == DatePrecision::kDay) last_day = {places_[k].sentence, m.value};
    }
    std::optional<CivilDate> said = pub_;
    if (last_day && last_day->first == sentence) said = last_day->second;
    DateMention m;
    m.first_token = mark.first;
    m.last_token = mark.last;
    m.span = tt_.span_of(mark.first, mark.last);
    m.form = DateForm::kAnniversary;
    if (said) {
      m.said_on = *said;
      m.value = add_years(*said, -mark.years);
    } else {
      m.resolved = false;
    }
    out_.push_back(m);
    added = true;
  }
  if (added) {
    std::stable_sort(out_.begin(), out_.end(),
                     [](const DateMention& x, const DateMention& y) { return x.first_token < y.first_token; });
  }
}

}  // namespace

std::vector<DateMention> resolve_dates(const TokenizedText& tt, const ScanResult& scan,
                                       std::optional<CivilDate> published) {
  return Resolver(tt, scan, published).run();
}

}  // namespace reckon::dates
