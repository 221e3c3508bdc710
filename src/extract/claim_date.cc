// Claim dates: see claim_date.h. Each pass walks outwards from the claim's sentences in the order
// claim_context gives them, then falls back on ReportFacts found once per report, so the cost per
// claim does not grow with the report.
#include "extract/claim_date.h"

#include <algorithm>

#include "extract/claim_context.h"
#include "reckon/calendar.h"

namespace reckon::extract {
namespace {

// A time of day from this minute on is in the evening.
constexpr int kEveningFrom = 18 * 60;
// A weekday said in a report names a day of the week before its publication.
constexpr int kWeekDays = 7;

// "tonight", "this evening", "today at 9 p.m.": the publication day said of its evening
// (data/lexicon/extract_cues.tsv, evening), which a story written that evening says of the day
// before its date.
bool said_in_the_evening(const DocView& v, const DateMention& d) {
  if (d.minutes && *d.minutes >= kEveningFrom) return true;
  for (std::uint32_t k = d.first_token; k < d.last_token; ++k) {
    if (v.has_role(k, kCueEvening)) return true;
  }
  return false;
}

// "Police on Friday identified ...", "asking for the public's help Friday": the weekday of
// publication itself, with no time or part of the day, is more often when police spoke than when
// shots were fired.
bool bare_publication_weekday(const DocView& v, const DateMention& d) {
  return d.form == DateForm::kWeekday && !d.minutes && v.doc.published &&
         d.value == *v.doc.published && d.last_token == d.first_token + 1;
}

// The first time of day stated in the sentences of `order`, nearest first, else the report's
// first in a sentence about an incident. A claim whose sentences are far apart ("... has died,
// police said." ... "He was declared dead.") leaves the one between them out of `order`
// ("Police responded around 8 p.m. for a report of an assault").
std::optional<int> stated_time(const DocView& v, const std::vector<SentenceInfo>& info,
                               const ReportFacts& report, const std::vector<std::uint32_t>& order) {
  for (std::uint32_t k : order) {
    if (const std::optional<int> t = time_in_sentence(v, info[k].sentence)) return t;
  }
  return report.incident_time;
}

// The nearest day of the week before publication that a sentence about an incident in `order`
// states, and `fits`, or -1: "A standoff Monday night at the motel" beside "stands watch on
// Tuesday" in a Tuesday report (GVA train: 2 reports gained, 1 lost; that one is a duplicate of
// a gained report with another gold date).
template <typename Fits>
std::int32_t day_of_week_before(const DocView& v, const std::vector<SentenceInfo>& info,
                                const std::vector<std::uint32_t>& order, const Fits& fits) {
  for (std::uint32_t k : order) {
    const std::int32_t d = info[k].facts.date;
    if (d >= 0 && about_incident(info[k]) && in_week_before_publication(v, v.ann.dates[d]) &&
        fits(d))
      return d;
  }
  return -1;
}

// The days a period said of the incident spans: a weekend from Friday to Sunday (a weekend
// phrase resolves to its Saturday), a week from Monday to Sunday, a month, a year.
struct Period {
  CivilDate first;
  CivilDate last;
  bool contains(const CivilDate& d) const { return first <= d && d <= last; }
};

Period period_of(const DateMention& d) {
  if (d.precision == DatePrecision::kYear)
    return {CivilDate{d.value.year, 1, 1}, CivilDate{d.value.year, 12, 31}};
  if (d.precision == DatePrecision::kMonth) {
    return {d.value,
            CivilDate{d.value.year, d.value.month, days_in_month(d.value.year, d.value.month)}};
  }
  constexpr int kSaturday = 5;
  const int wd = weekday(d.value);
  if (wd == kSaturday) return {add_days(d.value, -1), add_days(d.value, 1)};
  return {add_days(d.value, -wd), add_days(d.value, 6 - wd)};
}

// "returned home this weekend to discover gunfire had pierced their apartment", "a January
// shooting": the period the incident's own sentences give instead of a day. A day elsewhere in
// the report outside it is another incident's ("the attempted homicide on Northport Drive
// Wednesday", "The last time ... was Feb. 17, 2017").
std::optional<Period> own_period(const DocView& v, const std::vector<SentenceInfo>& info,
                                 const std::vector<std::uint32_t>& own) {
  // The first of them that dates the incident at all: a day stated first ("shot ... Tuesday
  // afternoon" + "The last time ... was in January 2001") is the incident's own.
  for (std::uint32_t k : own) {
    const SentenceFacts& f = info[k].facts;
    if (f.date >= 0 && v.ann.dates[f.date].precision == DatePrecision::kDay) return std::nullopt;
    if (f.period >= 0) return period_of(v.ann.dates[f.period]);
  }
  return std::nullopt;
}

// "Reinoso, 29, died at York Hospital at 1:11 p.m. Saturday" + "Reinoso was shot ... around 4 p.m.
// Feb. 16": when the frame's own date is the day a victim died, the nearest day of the week before
// it that a sentence about the incident states is the day he was hurt, or -1 (GVA train: 2
// reports gained, 0 lost).
std::int32_t day_before_death(const DocView& v, const std::vector<SentenceInfo>& info,
                              const std::vector<std::uint32_t>& order,
                              const std::vector<std::uint32_t>& own, std::int32_t own_date) {
  const auto died = [&](std::uint32_t k) {
    return info[k].facts.date == own_date && info[k].facts.date_of_death;
  };
  if (std::none_of(own.begin(), own.end(), died)) return -1;
  const DateMention& death = v.ann.dates[own_date];
  for (std::uint32_t k : order) {
    const std::int32_t m = info[k].facts.date;
    if (m < 0 || !about_incident(info[k])) continue;
    const DateMention& d = v.ann.dates[m];
    if (d.precision == DatePrecision::kDay && d.value < death.value &&
        d.value >= add_days(death.value, -kWeekDays))
      return m;
  }
  return -1;
}

// What the passes of find_date read: the claim's sentences, the sentences around them nearest
// first, the report's facts, and the period the claim's own sentences give.
struct DateSearch {
  const DocView& v;
  const std::vector<SentenceInfo>& info;
  const ReportFacts& report;
  const std::vector<std::uint32_t>& order;
  const std::vector<std::uint32_t>& own;
  std::optional<Period> period;

  // A day outside the period is another incident's.
  bool fits(std::int32_t m) const {
    const DateMention& d = v.ann.dates[m];
    return !period || d.precision != DatePrecision::kDay || period->contains(d.value);
  }
};

// The date of the first sentence of `order` that has one, fitting the period: only sentences
// about the incident when `need_incident`, only days when `need_day`, only sentences up to the
// claim's own when `up_to_own`. -1: none.
std::int32_t nearest_date(const DateSearch& ds, bool need_incident, bool need_day,
                          bool up_to_own = false) {
  for (std::uint32_t k : ds.order) {
    if (up_to_own && k > ds.own.back()) continue;
    const SentenceInfo& s = ds.info[k];
    if (s.facts.date < 0 || (need_incident && !about_incident(s))) continue;
    if (need_day && ds.v.ann.dates[s.facts.date].precision != DatePrecision::kDay) continue;
    if (ds.fits(s.facts.date)) return s.facts.date;
  }
  return -1;
}

// The claim's own date, which comes before every pass: the sentences of the claim date its
// incident more surely than any other. When it is the day a victim died, the day he was hurt.
// "... fatally shot by police ... last weekend." + "The last time Oakland police had a fatal
// shooting ... was Feb. 17, 2017": even a sentence joined to the claim may date another incident,
// so the date must fit the period too.
std::int32_t own_day(const DateSearch& ds, std::int32_t own_date) {
  if (own_date < 0 || !ds.fits(own_date)) return -1;
  const std::int32_t hurt = day_before_death(ds.v, ds.info, ds.order, ds.own, own_date);
  return hurt >= 0 ? hurt : own_date;
}

// Pass 1: a day stated near the claim. Days only, since a stated day anywhere near beats "in
// 2008" or "last month" in the incident's own sentence; sentences about the incident before any
// other, and the claim's own and earlier sentences before later ones, which tell what followed.
// "robbing a woman ... on Monday (Jan. 13)" ... "no one was hurt during the robbery." + "Other
// relatives gathered at the apartment Tuesday morning": when the sentences up to the claim's date
// nothing, the day the report gave its incident before them is likelier the claim's than a day
// the next sentences give (GVA train: 2 reports gained, 0 lost).
std::int32_t nearest_stated_day(const DateSearch& ds) {
  if (const std::int32_t m = nearest_date(ds, true, true, true); m >= 0) return m;
  if (const std::int32_t m = nearest_date(ds, false, true, true); m >= 0) return m;
  const ReportFacts& r = ds.report;
  if (r.incident_day >= 0 && r.incident_day_sentence < ds.own.front() && ds.fits(r.incident_day))
    return r.incident_day;
  if (const std::int32_t m = nearest_date(ds, true, true); m >= 0) return m;
  return nearest_date(ds, false, true);
}

// A bare weekday of publication found near the claim (its own day or pass 1's, not pass 2's) is
// more often when police spoke than the incident's: the nearest day of the week before it that a
// sentence about the incident states, if any.
std::int32_t unless_bare_publication_weekday(const DateSearch& ds, std::int32_t found) {
  if (found < 0 || !bare_publication_weekday(ds.v, ds.v.ann.dates[found])) return found;
  const auto fits = [&](std::int32_t m) { return ds.fits(m); };
  const std::int32_t earlier = day_of_week_before(ds.v, ds.info, ds.order, fits);
  return earlier >= 0 ? earlier : found;
}

// Pass 2, when nothing near the claim states a day: the days the report states anywhere, which
// come after the neighbourhood's as they may be another incident's. "this weekend" ... "around
// 4 a.m. Saturday, police said": the first day of the claim's period stated anywhere; then the
// report's first incident day, its first day at all, and last a day said of an arrest or a
// statement (reports about an arrest date nothing else), those fitting the period first.
std::int32_t day_stated_in_report(const DateSearch& ds) {
  const ReportFacts& r = ds.report;
  if (ds.period) {
    if (const std::int32_t m = r.first_day_within(ds.period->first, ds.period->last); m >= 0)
      return m;
  }
  for (const std::int32_t fallback : {r.incident_day, r.any_day, r.report_day}) {
    if (fallback >= 0 && ds.fits(fallback)) return fallback;
  }
  for (const std::int32_t fallback : {r.incident_day, r.any_day, r.report_day}) {
    if (fallback >= 0) return fallback;
  }
  return -1;
}

// Pass 3, when the report gives no day at all: only a month or a year, and last, since one is
// taken from the incident's own neighbourhood only, else it is more likely background ("a 2015
// conviction") than the incident's.
std::int32_t nearest_month_or_year(const DateSearch& ds) {
  return nearest_date(ds, true, false);
}

// "a January shooting" ... "On Jan. 20, Torres was ...": for a date of only a month or a year, the
// day within it that the report gives later, if any.
std::int32_t day_within(const DateSearch& ds, std::int32_t found) {
  if (found < 0 || ds.v.ann.dates[found].precision == DatePrecision::kDay) return found;
  const DateMention& coarse = ds.v.ann.dates[found];
  const Period within = period_of(coarse);
  const std::int32_t day = ds.report.first_day_within(within.first, within.last);
  return day >= 0 ? day : found;
}

// The claim's date from the date mention found (-1: none), with the publication day for none.
std::optional<ClaimDate> claim_date(const DocView& v, const std::vector<SentenceInfo>& info,
                                    const ReportFacts& report,
                                    const std::vector<std::uint32_t>& order, std::int32_t found) {
  const std::optional<CivilDate> pub = v.doc.published;
  if (found >= 0) {
    const DateMention& d = v.ann.dates[found];
    const bool only_publication_day = pub && d.value == *pub &&
                                      d.precision == DatePrecision::kDay &&
                                      (d.form == DateForm::kRelative || found == report.report_day);
    if (!only_publication_day) return ClaimDate{d.value, d.precision, d.minutes};
    if (said_in_the_evening(v, d))
      return ClaimDate{add_days(*pub, -1), DatePrecision::kDay, d.minutes};
  }
  if (!pub) return std::nullopt;
  // No incident day stated, only the publication day or a statement on it: that day, unless
  // the incident's time is in the evening ("The shooting occurred around 9:20 p.m.": an evening
  // story carries the next day's date; GVA train: of reports whose first time of day is after
  // 6 p.m., 253 came out the next day and 97 the same day) or a sentence about it speaks of the
  // night ("two overnight shootings ... about 12:55 a.m."), dated by its evening.
  const std::optional<int> time = stated_time(v, info, report, order);
  const bool evening = time && *time >= kEveningFrom;
  if (evening || report.overnight)
    return ClaimDate{add_days(*pub, -1), DatePrecision::kDay, evening ? time : std::nullopt};
  return ClaimDate{*pub, DatePrecision::kDay, std::nullopt};
}

// "A year ago, a rocket attack on Ganja killed 10 people", "Last month a drone strike on Aghdam
// killed a soldier", "Two weeks ago a man died in Tartar": a date counted back from publication
// that the claim's own sentences state, when they state no day, is the claim's, at its own
// precision, before any day stated around it (those are other incidents'). "last week" and "this
// weekend" stand for no day and are left to the periods; "N weeks ago" counts whole weeks back.
bool counted_back(const DocView& v, const DateMention& d) {
  if (d.form != DateForm::kRelative || !d.resolved) return false;
  if (!d.approximate) return d.precision != DatePrecision::kDay;
  return d.last_token > d.first_token && v.norm(d.last_token - 1) == "ago";
}

std::int32_t own_counted_back(const DateSearch& ds) {
  for (std::uint32_t k : ds.own) {
    const SentenceFacts& f = ds.info[k].facts;
    for (const std::int32_t m : {f.date, f.period}) {
      if (m >= 0 && counted_back(ds.v, ds.v.ann.dates[m])) return m;
    }
  }
  return -1;
}

// "gunned down in Southeast Washington last month" + "He was shot Feb. 9": a day within the
// counted-back period stated in the claim's own account (not another incident's sentence).
std::int32_t day_in_account(const DateSearch& ds, std::int32_t back) {
  const DateMention& coarse = ds.v.ann.dates[back];
  const Period within = period_of(coarse);
  for (std::uint32_t k : account_of(ds.info, ds.own)) {
    const std::int32_t m = ds.info[k].facts.date;
    if (m >= 0 && ds.v.ann.dates[m].precision == DatePrecision::kDay &&
        within.contains(ds.v.ann.dates[m].value))
      return m;
  }
  return back;
}

}  // namespace

// A day of the week before publication, not publication day itself.
bool in_week_before_publication(const DocView& v, const DateMention& d) {
  if (!v.doc.published || d.precision != DatePrecision::kDay) return false;
  return d.value < *v.doc.published && d.value >= add_days(*v.doc.published, -kWeekDays);
}

bool about_incident(const SentenceInfo& s) {
  return s.facts.kind >= 0 || s.casualties.first_trigger.has_value();
}

// The first time of day stated in sentence `s`, in minutes.
std::optional<int> time_in_sentence(const DocView& v, const Sentence& s) {
  const auto [first, last] = DocView::overlapping(v.ann.numbers, s);
  for (std::size_t m = first; m < last; ++m) {
    const NumberMention& n = v.ann.numbers[m];
    if (n.quantity == Quantity::kTimeOfDay) return static_cast<int>(n.min);
  }
  return std::nullopt;
}

// The claim's own date, else a day stated near it (pass 1), else a day stated anywhere in the
// report (pass 2), else a month or a year near it (pass 3), made a day when the report gives one
// within it; with none of these, the publication day.
std::optional<ClaimDate> find_date(const DocView& v, const std::vector<SentenceInfo>& info,
                                   const ReportFacts& report,
                                   const std::vector<std::uint32_t>& order,
                                   const std::vector<std::uint32_t>& own, std::int32_t own_date) {
  const DateSearch ds{v, info, report, order, own, own_period(v, info, own)};
  std::int32_t found = own_day(ds, own_date);
  if (found < 0) {
    if (const std::int32_t back = own_counted_back(ds); back >= 0)
      return claim_date(v, info, report, order, day_in_account(ds, back));
  }
  if (found < 0) found = nearest_stated_day(ds);
  found = unless_bare_publication_weekday(ds, found);
  if (found < 0) found = day_stated_in_report(ds);
  if (found < 0) found = nearest_month_or_year(ds);
  return claim_date(v, info, report, order, day_within(ds, found));
}

}  // namespace reckon::extract
