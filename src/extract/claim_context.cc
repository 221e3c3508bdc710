// Claim context: see claim_context.h. Each lookup walks outwards from the frame a bounded number
// of sentences, then falls back on ReportFacts found once per report, so the cost per claim does
// not grow with the report.
#include "extract/claim_context.h"

#include <algorithm>

#include "reckon/calendar.h"

namespace reckon::extract {
namespace {

constexpr std::uint32_t kLookBack = 6;
constexpr std::uint32_t kLookAhead = 3;
// A time of day from this minute on is in the evening.
constexpr int kEveningFrom = 18 * 60;
// A weekday said in a report names a day of the week before its publication.
constexpr int kWeekDays = 7;

// Sentences to consult, nearest first: the frame's own, then earlier ones, then later ones.
std::vector<std::uint32_t> neighbourhood(const std::vector<SentenceInfo>& info, const std::vector<std::uint32_t>& own) {
  std::vector<std::uint32_t> order(own.begin(), own.end());
  const std::uint32_t first = own.front(), last = own.back();
  for (std::uint32_t d = 1; d <= kLookBack && d <= first; ++d) order.push_back(first - d);
  for (std::uint32_t d = 1; d <= kLookAhead && last + d < info.size(); ++d) order.push_back(last + d);
  return order;
}

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

// A day of the week before publication, not publication day itself.
bool in_week_before_publication(const DocView& v, const DateMention& d) {
  if (!v.doc.published || d.precision != DatePrecision::kDay) return false;
  return d.value < *v.doc.published && d.value >= add_days(*v.doc.published, -kWeekDays);
}

bool about_incident(const SentenceInfo& s) {
  return s.facts.kind >= 0 || s.casualties.first_trigger.has_value();
}

// The first time of day stated in sentence k, in minutes.
std::optional<int> time_in_sentence(const DocView& v, std::uint32_t k) {
  const auto [first, last] = DocView::overlapping(v.ann.numbers, v.ann.text.sentences[k]);
  for (std::size_t m = first; m < last; ++m) {
    const NumberMention& n = v.ann.numbers[m];
    if (n.quantity == Quantity::kTimeOfDay) return static_cast<int>(n.min);
  }
  return std::nullopt;
}

// The first time of day stated in the sentences of `order`, nearest first, else the report's
// first in a sentence about an incident. A claim whose sentences are far apart ("... has died,
// police said." ... "He was declared dead.") leaves the one between them out of `order`
// ("Police responded around 8 p.m. for a report of an assault").
std::optional<int> stated_time(const DocView& v, const ReportFacts& report,
                               const std::vector<std::uint32_t>& order) {
  for (std::uint32_t k : order) {
    if (const std::optional<int> t = time_in_sentence(v, k)) return t;
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
// phrase resolves to its Saturday), a week from Monday to Sunday, a month.
struct Period {
  CivilDate first;
  CivilDate last;
  bool contains(const CivilDate& d) const { return first <= d && d <= last; }
};

Period period_of(const DateMention& d) {
  if (d.precision == DatePrecision::kMonth) {
    return {d.value, CivilDate{d.value.year, d.value.month, days_in_month(d.value.year, d.value.month)}};
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

// The frame's own date, else the nearest date of a sentence about the incident, else the nearest
// event date at all (among its own and earlier sentences first, then the report's first incident
// day when stated before them, then among later sentences), else the report's first such dates,
// else a day said of an arrest or statement (reports about an arrest date nothing else), else
// the publication date.
std::optional<ClaimDate> find_date(const DocView& v, const std::vector<SentenceInfo>& info,
                                   const ReportFacts& report, const std::vector<std::uint32_t>& order,
                                   const std::vector<std::uint32_t>& own, std::int32_t own_date) {
  bool need_day = true;
  const std::optional<Period> period = own_period(v, info, own);
  const auto fits = [&](std::int32_t m) {
    const DateMention& d = v.ann.dates[m];
    return !period || d.precision != DatePrecision::kDay || period->contains(d.value);
  };
  // "... fatally shot by police ... last weekend." + "The last time Oakland police had a fatal
  // shooting ... was Feb. 17, 2017": a sentence joined to the frame may date another incident.
  std::int32_t found = own_date >= 0 && fits(own_date) ? own_date : -1;
  if (found >= 0) {
    if (const std::int32_t hurt = day_before_death(v, info, order, own, found); hurt >= 0)
      found = hurt;
  }
  const auto search = [&](bool need_incident, bool up_to_own = false) {
    for (std::uint32_t k : order) {
      if (found >= 0) return;
      if (up_to_own && k > own.back()) continue;
      const SentenceInfo& s = info[k];
      if (s.facts.date < 0 || (need_incident && !about_incident(s))) continue;
      if (need_day && v.ann.dates[s.facts.date].precision != DatePrecision::kDay) continue;
      if (fits(s.facts.date)) found = s.facts.date;
    }
  };
  // A stated day anywhere near beats "in 2008" or "last month" in the incident's own sentence.
  search(true, true);
  search(false, true);
  // "robbing a woman ... on Monday (Jan. 13)" ... "no one was hurt during the robbery." + "Other
  // relatives gathered at the apartment Tuesday morning": when the sentences up to the frame's
  // date nothing, the day the report gave its incident before them is likelier the frame's than
  // a day the next sentences give (GVA train: 2 reports gained, 0 lost).
  if (found < 0 && report.incident_day >= 0 && report.incident_day_sentence < own.front() &&
      fits(report.incident_day))
    found = report.incident_day;
  search(true);
  search(false);
  if (found >= 0 && bare_publication_weekday(v, v.ann.dates[found])) {
    if (const std::int32_t earlier = day_of_week_before(v, info, order, fits); earlier >= 0)
      found = earlier;
  }
  if (period) {
    // "this weekend" ... "around 4 a.m. Saturday, police said": the first day of the period
    // stated anywhere in the report.
    if (found < 0) found = report.first_day_within(period->first, period->last);
  }
  for (const std::int32_t fallback : {report.incident_day, report.any_day, report.report_day}) {
    if (found < 0 && fallback >= 0 && fits(fallback)) found = fallback;
  }
  for (const std::int32_t fallback : {report.incident_day, report.any_day, report.report_day}) {
    if (found < 0) found = fallback;
  }
  // Only a month or a year: taken from the incident's own neighbourhood, else it is more likely
  // background ("a 2015 conviction") than the incident's.
  need_day = false;
  search(true);
  if (found >= 0 && v.ann.dates[found].precision != DatePrecision::kDay) {
    // "a January shooting" ... "On Jan. 20, Torres was ...": the day the report gives later.
    const DateMention& coarse = v.ann.dates[found];
    const Period within =
        coarse.precision == DatePrecision::kYear
            ? Period{CivilDate{coarse.value.year, 1, 1}, CivilDate{coarse.value.year, 12, 31}}
            : period_of(coarse);
    if (const std::int32_t day = report.first_day_within(within.first, within.last); day >= 0)
      found = day;
  }
  const std::optional<CivilDate> pub = v.doc.published;
  if (found >= 0) {
    const DateMention& d = v.ann.dates[found];
    const bool only_publication_day = pub && d.value == *pub && d.precision == DatePrecision::kDay &&
                                      (d.form == DateForm::kRelative || found == report.report_day);
    if (!only_publication_day) return ClaimDate{d.value, d.precision, d.minutes};
    if (said_in_the_evening(v, d)) return ClaimDate{add_days(*pub, -1), DatePrecision::kDay, d.minutes};
  }
  if (!pub) return std::nullopt;
  // No incident day stated, only the publication day or a statement on it: that day, unless
  // the incident's time is in the evening ("The shooting occurred around 9:20 p.m.": an evening
  // story carries the next day's date; GVA train: of reports whose first time of day is after
  // 6 p.m., 253 came out the next day and 97 the same day) or a sentence about it speaks of the
  // night ("two overnight shootings ... about 12:55 a.m."), dated by its evening.
  const std::optional<int> time = stated_time(v, report, order);
  const bool evening = time && *time >= kEveningFrom;
  if (evening || report.overnight)
    return ClaimDate{add_days(*pub, -1), DatePrecision::kDay, evening ? time : std::nullopt};
  return ClaimDate{*pub, DatePrecision::kDay, std::nullopt};
}

std::optional<ClaimPlace> place_of(const DocView& v, std::int32_t m) {
  if (m < 0) return std::nullopt;
  const PlaceMention& p = v.ann.places[m];
  return ClaimPlace{p.place, p.span};
}

std::optional<ClaimPlace> find_place(const DocView& v, const std::vector<SentenceInfo>& info,
                                     const ReportFacts& report, const std::vector<std::uint32_t>& order) {
  for (std::uint32_t k : order) {
    if (info[k].facts.place >= 0) return place_of(v, info[k].facts.place);
  }
  if (report.place >= 0) return place_of(v, report.place);
  for (std::uint32_t k : order) {
    if (info[k].facts.country >= 0) return place_of(v, info[k].facts.country);
  }
  return std::nullopt;
}

// The address of the frame's own sentences when it is as likely the incident's as the recognizer's
// pick for the report (the most specific address in a sentence about the incident that is not
// someone's home), else that pick.
std::optional<Span> find_address(const DocView& v, const std::vector<SentenceInfo>& info,
                                 const std::vector<std::uint32_t>& own) {
  const bool picked = v.incident_address < v.addresses.size();
  for (std::uint32_t k : own) {
    const std::int32_t a = info[k].facts.address;
    if (a < 0) continue;
    if (!picked || incident_score(v.addresses[a]) >= incident_score(v.addresses[v.incident_address])) {
      return v.addresses[a].mention.span;
    }
  }
  if (v.incident_address < v.addresses.size()) return v.addresses[v.incident_address].mention.span;
  return std::nullopt;
}

std::string find_kind(const DocView& v, const std::vector<SentenceInfo>& info, const ReportFacts& report,
                      const std::vector<std::uint32_t>& order) {
  for (std::uint32_t k : order) {
    if (info[k].facts.kind >= 0) return v.lex.kind_info[info[k].facts.kind].kind;
  }
  for (std::uint32_t k : order) {
    const std::int32_t w = info[k].facts.weapon;
    if (w >= 0 && !v.lex.weapon_info[w].kind.empty()) return v.lex.weapon_info[w].kind;
  }
  if (report.kind >= 0) return v.lex.kind_info[report.kind].kind;
  return {};
}

std::string find_weapon(const DocView& v, const std::vector<SentenceInfo>& info, const std::vector<std::uint32_t>& order) {
  for (std::uint32_t k : order) {
    if (info[k].facts.weapon >= 0) return v.lex.weapon_info[info[k].facts.weapon].name;
  }
  return {};
}

// The speaker of the frame's sentences, else of the sentence that closes the quotation they stand
// in, else of the paragraph.
std::string find_speaker(const DocView& v, const std::vector<SentenceInfo>& info, const std::vector<std::uint32_t>& own) {
  for (std::uint32_t k : own) {
    if (!info[k].facts.speaker.empty()) return info[k].facts.speaker;
  }
  const auto& sentences = v.ann.text.sentences;
  const std::uint32_t para = sentences[own.front()].paragraph;
  // Paragraphs are runs of sentences, so the nearest speaker after (before) the claim is in its
  // paragraph or there is none there.
  const auto in_paragraph = [&](std::int32_t k) { return k >= 0 && sentences[static_cast<std::size_t>(k)].paragraph == para; };
  const std::int32_t after = own.back() + 1 < info.size() ? info[own.back() + 1].speaker_from : -1;
  if (in_paragraph(after)) return info[static_cast<std::size_t>(after)].facts.speaker;
  const std::int32_t before = info[own.front()].speaker_before;
  if (in_paragraph(before)) return info[static_cast<std::size_t>(before)].facts.speaker;
  return {};
}

}  // namespace

std::int32_t ReportFacts::first_day_within(const CivilDate& first, const CivilDate& last) const {
  auto it =
      std::lower_bound(days.begin(), days.end(), first,
                       [](const DatedDay& d, const CivilDate& value) { return d.value < value; });
  const DatedDay* earliest = nullptr;
  for (; it != days.end() && it->value <= last; ++it) {
    if (earliest == nullptr || it->sentence < earliest->sentence) earliest = &*it;
  }
  return earliest != nullptr ? earliest->mention : -1;
}

ReportFacts report_facts(const DocView& v, const std::vector<SentenceInfo>& info) {
  ReportFacts r;
  std::int32_t earlier_report_day = -1;
  for (std::uint32_t k = 0; k < info.size(); ++k) {
    const SentenceInfo& s = info[k];
    const bool day = s.facts.date >= 0 && v.ann.dates[s.facts.date].precision == DatePrecision::kDay;
    if (day && r.incident_day < 0 && about_incident(s)) {
      r.incident_day = s.facts.date;
      r.incident_day_sentence = k;
    }
    if (day && r.any_day < 0) r.any_day = s.facts.date;
    if (day) r.days.push_back(DatedDay{v.ann.dates[s.facts.date].value, k, s.facts.date});
    if (r.report_day < 0) r.report_day = s.facts.report_date;
    if (about_incident(s)) {
      if (!r.incident_time) r.incident_time = time_in_sentence(v, k);
      r.overnight = r.overnight || s.facts.overnight;
    }
    if (earlier_report_day < 0 && s.facts.report_date >= 0 &&
        in_week_before_publication(v, v.ann.dates[s.facts.report_date]))
      earlier_report_day = s.facts.report_date;
    if (r.place < 0) r.place = s.facts.place;
    if (r.kind < 0) r.kind = s.facts.kind;
  }
  // "a news release from police said Monday" (the publication day) ... "was arrested at about
  // 3:06 p.m. Feb. 28": a day of the week before said of an arrest or a hearing is likelier the
  // event than the day the report came out (GVA train: 2 reports gained, 0 lost).
  if (r.report_day >= 0 && earlier_report_day >= 0 &&
      v.ann.dates[r.report_day].value == *v.doc.published)
    r.report_day = earlier_report_day;
  // Sentences come in text order, so after a stable sort the first entry of each day is its
  // first sentence; the later ones are dropped.
  std::stable_sort(r.days.begin(), r.days.end(),
                   [](const DatedDay& a, const DatedDay& b) { return a.value < b.value; });
  r.days.erase(std::unique(r.days.begin(), r.days.end(),
                           [](const DatedDay& a, const DatedDay& b) { return a.value == b.value; }),
               r.days.end());
  return r;
}

ClaimContext context_of(const DocView& v, const std::vector<SentenceInfo>& info, const ReportFacts& report,
                        const std::vector<std::uint32_t>& sentences, std::int32_t own_date) {
  ClaimContext c;
  const std::vector<std::uint32_t> order = neighbourhood(info, sentences);
  c.date = find_date(v, info, report, order, sentences, own_date);
  c.place = find_place(v, info, report, order);
  c.address = find_address(v, info, sentences);
  c.kind = find_kind(v, info, report, order);
  c.weapon = find_weapon(v, info, order);
  c.said_by = find_speaker(v, info, sentences);
  return c;
}

}  // namespace reckon::extract
