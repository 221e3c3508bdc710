// Sentence facts: see sentence_facts.h.
#include "extract/sentence_facts.h"

#include <cstdlib>
#include <string>
#include <vector>

#include "extract/date_said_of.h"
#include "extract/speakers.h"

namespace reckon::extract {
namespace {

// A day and month stated without a year that falls, in the year of publication, from the second
// day after it to this many days after it.
constexpr std::int64_t kUpcomingDays = 62;

// "His term as prosecutor is up on March 22", "due back in court April 12", "a preliminary
// hearing for Feb. 25" in a report of early March: the recognizer puts a day and month without a
// year before publication, so last year, but a report leaves out the year of a date in the
// current year, and would not of one most of a year ago: a day to come, not the incident's
// (GVA train: of 24 such days, 23 a court date, a hearing or a season's start; from three months
// on they are past again, "arrested Torres on May 26" in a report of March 1).
bool upcoming_day(const DocView& v, const DateMention& d) {
  if (d.form != DateForm::kPartial || d.precision != DatePrecision::kDay || !v.doc.published)
    return false;
  const CivilDate& pub = *v.doc.published;
  if (d.value.year != pub.year - 1 || d.value.day > days_in_month(pub.year, d.value.month))
    return false;
  const CivilDate this_year{pub.year, d.value.month, d.value.day};
  return this_year > add_days(pub, 1) && this_year <= add_days(pub, kUpcomingDays);
}

bool valid_date(const DocView& v, const DateMention& d) {
  return d.resolved && !(v.doc.published && d.value > *v.doc.published) && !upcoming_day(v, d);
}

// "today", "this morning", "tonight": the publication day itself, said relatively.
bool is_publication_day(const DocView& v, const DateMention& d) {
  return d.form == DateForm::kRelative && v.doc.published && d.value == *v.doc.published;
}

// "Saturday night and Sunday morning", "overnight Tuesday into Wednesday": what happened over
// the night is counted on the later day, after midnight (GVA train: 6 reports gained, 3 lost).
// "sometime between 9:30 p.m. Saturday and 3 p.m. Sunday" only bounds an unknown time, and
// keeps the day the text puts first. `m` is the chosen mention; returns it or the later one.
std::int32_t later_of_overnight_span(const DocView& v, const Sentence& s, std::size_t m, std::size_t last_date) {
  if (m + 1 >= last_date) return static_cast<std::int32_t>(m);
  const DateMention& d = v.ann.dates[m];
  for (std::uint32_t k = d.first_token; k-- > s.first_token && d.first_token - k <= 2;) {
    if (v.norm(k) == "between") return static_cast<std::int32_t>(m);
  }
  const DateMention& next = v.ann.dates[m + 1];
  const bool joined = next.first_token == d.last_token + 1 && next.last_token <= s.last_token &&
                      (v.norm(d.last_token) == "and" || v.norm(d.last_token) == "into");
  const bool next_day = d.precision == DatePrecision::kDay && next.precision == DatePrecision::kDay &&
                        next.value == add_days(d.value, 1) && valid_date(v, next);
  return static_cast<std::int32_t>(joined && next_day ? m + 1 : m);
}

// Marks a sentence that names two different periods while it is read.
constexpr std::int32_t kNoPeriod = -2;

// A period rather than a day, said of the event: "this weekend", "last week", "in January".
bool is_period(const DateMention& d) {
  return d.approximate || d.precision == DatePrecision::kMonth;
}

bool is_range_word(std::string_view w) {
  return w == "to" || w == "through" || w == "until" || w == "-" || w == "\u2013";
}

// "from midnight December 31 to 6:00am January 2, 2014", "crime stories from Feb. 23 - March 1":
// the bounds of the period a round-up covers, neither of them an incident's day.
bool bounds_range(const DocView& v, std::size_t m) {
  const auto& dates = v.ann.dates;
  const auto opens = [&](std::size_t a) {
    const DateMention& from = dates[a];
    const DateMention& to = dates[a + 1];
    return from.first_token > 0 && v.norm(from.first_token - 1) == "from" &&
           to.first_token == from.last_token + 1 && is_range_word(v.norm(from.last_token));
  };
  return (m + 1 < dates.size() && opens(m)) || (m > 0 && opens(m - 1));
}

// "INDIANAPOLIS (Jan. 16, 2014) --", "UPDATE (3/12/2018 2:10 PM)", "Vasquez (9/1/1970)": a full
// date alone in parentheses stamps when the story was written or updated, or when someone was
// born, not an incident's day ("Friday (Jan. 3)" is one mention, so it is kept).
bool is_stamp(const DocView& v, const DateMention& d) {
  if (d.form != DateForm::kAbsolute || d.first_token == 0 || d.last_token >= v.tokens().size())
    return false;
  return v.tokens()[d.first_token - 1].is_punct('(') && v.tokens()[d.last_token].is_punct(')');
}

std::int32_t pick_date(const DocView& v, const Sentence& s, std::uint32_t near, SentenceFacts& f) {
  std::int32_t& report_date = f.report_date;
  std::int32_t best = -1;
  long best_cost = 0;
  bool best_alleged = false;  // of several days, one said of what a suspect is accused of wins
  const auto [first_date, last_date] = DocView::overlapping(v.ann.dates, s);
  for (std::size_t m = first_date; m < last_date; ++m) {
    const DateMention& d = v.ann.dates[m];
    // A mention may run over a sentence break the splitter put after "p.m." ("10 p.m. Sunday").
    if (d.last_token <= s.first_token || d.first_token >= s.last_token) continue;
    if (!valid_date(v, d) || bounds_range(v, m) || is_stamp(v, d)) continue;
    const bool report = is_report_date(v, d, s);
    if (!report && is_period(d)) {
      // "robbing two banks in February ... a bank in January": two periods name none.
      const bool other = f.period >= 0 && v.ann.dates[f.period].value != d.value;
      f.period = f.period == kNoPeriod || other ? kNoPeriod : static_cast<std::int32_t>(m);
    }
    // "mugshots ... for the week of March 12, 2018": a week named by its first day.
    const bool week_of = d.precision == DatePrecision::kDay && d.first_token >= s.first_token + 2 &&
                         v.norm(d.first_token - 1) == "of" && v.norm(d.first_token - 2) == "week";
    if (report || d.approximate || week_of || is_publication_day(v, d)) {
      // A week stated as a day ("this week") is as weak as a day said of an arrest; so is
      // "today" or "this morning", which is often when police spoke, not when shots were fired.
      // "last week" is no day at all: not even a fallback, so the publication day is used.
      const bool stated_day = d.precision == DatePrecision::kDay && !d.approximate && !week_of;
      if (report_date < 0 && stated_day) report_date = static_cast<std::int32_t>(m);
      continue;
    }
    long cost = std::labs(static_cast<long>(d.first_token) - static_cast<long>(near));
    if (d.precision != DatePrecision::kDay) cost += 1000 * static_cast<long>(d.precision);
    const bool alleged = d.precision == DatePrecision::kDay && is_alleged_date(v, d, s);
    if (best < 0 || (alleged && !best_alleged) || (alleged == best_alleged && cost < best_cost)) {
      best = static_cast<std::int32_t>(m);
      best_cost = cost;
      best_alleged = alleged;
    }
  }
  if (f.period == kNoPeriod) f.period = -1;
  if (best >= 0) best = later_of_overnight_span(v, s, static_cast<std::size_t>(best), last_date);
  return best;
}

int specificity(PlaceKind k) {
  switch (k) {
    case PlaceKind::kVillage: return 5;
    case PlaceKind::kCity: return 4;
    case PlaceKind::kAdmin2: return 3;
    case PlaceKind::kOther: return 2;
    case PlaceKind::kAdmin1: return 1;
    case PlaceKind::kCountry: return 0;
  }
  return 0;
}

// "BAKU --", "DAYTON, Ohio (AP) -": the place a report was filed from opens the sentence in
// capitals, and a dash follows it after at most a region, an outlet or a date.
constexpr std::uint32_t kDatelineReach = 12;  // "IND. (Feb. 21, 2014) -"
// Every place before the dash is in it ("CANOGA PARK, LOS ANGELES (KABC) --").
bool in_dateline(const DocView& v, const Sentence& s, const PlaceMention& p) {
  if (!v.tokens()[s.first_token].has(kAllCaps) || !v.tokens()[p.first_token].has(kAllCaps))
    return false;
  for (std::uint32_t k = s.first_token; k < p.first_token; ++k) {
    const Token& t = v.tokens()[k];
    if (t.is_punct('-') || (t.is_word() && !t.has(kCapitalized))) return false;
  }
  for (std::uint32_t k = p.last_token; k < s.last_token && k < p.last_token + kDatelineReach; ++k) {
    const Token& t = v.tokens()[k];
    if (t.is_punct('-')) return t.has(kSpaceBefore);
    if (t.is_word() && !t.has(kCapitalized)) return false;  // running text
  }
  return false;
}

// "A Waterville man", "two New York City men": the place a person is from ("Cedar Rapids police"
// are where they work, so police are no person here).
bool names_origin(const DocView& v, const PlaceMention& p) {
  if (p.last_token >= v.tokens().size()) return false;
  const PersonNoun* person = v.person(p.last_token);
  return person != nullptr && person->category != "police";
}

// Whether `place`, named in the sentence, says more than the dateline's `filed_from`: a first-level
// region that does not hold it ("BAKU -- ... in Fuzuli district", not "FLINT, Mich. -- ... in
// Michigan"; the gazetteer does not say which county holds a town), or a
// town or district of the same first-level region ("STATEN ISLAND -- ... in Great Kills"), or one
// the sentence puts the incident in ("in Vallejo"). A same-named place elsewhere in the country
// ("JACKSONVILLE, Fla. -- ... the city's Arlington area" read as Arlington, Texas) says nothing.
bool says_more_than(const DocView& v, const PlaceMention& place, const Place& filed_from) {
  const Place& p = place.place;
  if (p.kind == PlaceKind::kAdmin1) return filed_from.admin1 != p.id;
  if (p.kind == PlaceKind::kAdmin2)
    return false;  // a county mostly holds the town it is named with
  if (std::string_view(p.country, 2) != std::string_view(filed_from.country, 2)) return false;
  if (p.admin1 != Place::kNoRegion && p.admin1 == filed_from.admin1) return true;
  if (place.first_token == 0) return false;
  const std::string_view before = v.norm(place.first_token - 1);
  return before == "in" || before == "on" || before == "near";  // "a rocket attack on Ganja"
}

void pick_places(const DocView& v, const Sentence& s, SentenceFacts& f) {
  int best = -1;
  std::int32_t dateline = -1, origin = -1;
  int origin_specificity = -1;
  const auto [first_place, last_place] = DocView::overlapping(v.ann.places, s);
  for (std::size_t m = first_place; m < last_place; ++m) {
    const PlaceMention& p = v.ann.places[m];
    if (p.first_token < s.first_token || p.last_token > s.last_token || p.demonym) continue;
    if (p.place.kind == PlaceKind::kCountry) {
      // "missile strikes by Armenia on ... Azerbaijan": the attacker is not where people were hit.
      const bool agent = p.first_token > s.first_token && v.norm(p.first_token - 1) == "by";
      if (f.country < 0 && !agent) f.country = static_cast<std::int32_t>(m);
      continue;
    }
    // "BAKU -- A mine blast in Fuzuli district": where the reporter is, not always where people
    // were hurt; "A Peoria man was arrested in Pekin": where someone is from. Either is the
    // sentence's place only when it names no other.
    if (in_dateline(v, s, p)) {
      if (dateline < 0) dateline = static_cast<std::int32_t>(m);
      continue;
    }
    const int sp = specificity(p.place.kind);
    if (names_origin(v, p)) {
      if (sp > origin_specificity) {
        origin_specificity = sp;
        origin = static_cast<std::int32_t>(m);
      }
      continue;
    }
    if (sp > best) {
      best = sp;
      f.place = static_cast<std::int32_t>(m);
    }
  }
  if (dateline >= 0 &&
      (f.place < 0 || !says_more_than(v, v.ann.places[f.place], v.ann.places[dateline].place)))
    f.place = dateline;
  // "A Birmingham man ... a Jefferson County home", "BUFFALO, NY - A Buffalo man": a hometown
  // yields only to a place as specific.
  if (origin >= 0 &&
      (f.place < 0 || origin_specificity > specificity(v.ann.places[f.place].place.kind)))
    f.place = origin;
  int best_score = 0;
  const auto [first_address, last_address] = DocView::overlapping(v.addresses, s);
  for (std::size_t m = first_address; m < last_address; ++m) {
    const RankedAddress& a = v.addresses[m];
    if (a.mention.first_token < s.first_token || a.mention.last_token > s.last_token) continue;
    if (f.address < 0 || incident_score(a) > best_score) {
      f.address = static_cast<std::int32_t>(m);
      best_score = incident_score(a);
    }
  }
}

// "two shootings", "two Oakland shootings", "several attacks", "a pair of shootings": the plural
// kind at `kind_at` is counted as several incidents, so the sentence's figures add them up. "One
// of three shootings" is about one of them.
bool counts_several_incidents(const DocView& v, const Sentence& s, std::uint32_t kind_at) {
  std::uint32_t at = kind_at;  // where the count of incidents starts
  bool several = false;
  while (at > s.first_token) {
    const std::uint32_t t = at - 1;
    if (v.has_role(t, kCueSeveral) || v.place_at[t] >= 0) {
      several = several || v.has_role(t, kCueSeveral);
      at = t;
    } else if (const std::int32_t n = v.number_to[t]; n >= 0) {
      several = several || v.ann.numbers[n].min >= 2;
      at = v.ann.numbers[n].first_token;
      break;
    } else if (v.cue_ends_at(at, s.first_token, kCueSeveral)) {
      several = true;
      break;
    } else {
      break;
    }
  }
  if (at >= s.first_token + 2 && v.norm(at - 1) == "of" && v.norm(at - 2) == "one") return false;
  if (at >= s.first_token + 3 && v.norm(at - 1) == "the" && v.norm(at - 2) == "of" &&
      v.norm(at - 3) == "one")
    return false;
  return several;
}

// The weapon, incident kind, tally and overnight cue phrases starting at token i.
void read_phrases_at(const DocView& v, const Sentence& s, std::uint32_t i, SentenceFacts& f) {
  if (f.weapon < 0) {
    if (auto w = v.match(v.lex.weapons, kStartsWeapon, i, s.last_token))
      f.weapon = static_cast<std::int32_t>(w->value);
  }
  if (auto k = v.match(v.lex.kinds, kStartsKind, i, s.last_token)) {
    const IncidentKind& ik = v.lex.kind_info[k->value];
    f.plural_kind = f.plural_kind || ik.plural;
    f.several_incidents = f.several_incidents || (ik.plural && counts_several_incidents(v, s, i));
    if (f.kind < 0) f.kind = static_cast<std::int32_t>(k->value);
  }
  if (auto c = v.match_cue(kCueTally | kCueOvernight, i, s.last_token)) {
    if ((c->value & kCueTally) != 0) f.tally_cue = true;
    if ((c->value & kCueOvernight) != 0) f.overnight = true;
  }
}

void read_words(const DocView& v, const Sentence& s, SentenceFacts& f) {
  for (std::uint32_t i = s.first_token; i < s.last_token; ++i) {
    // Most tokens start no phrase of the three tables: one test of their bits, not three.
    if ((v.starts_at[i] & (kStartsWeapon | kStartsKind | kStartsCue)) != 0)
      read_phrases_at(v, s, i, f);
    if (v.norm(i) == "since") {
      // "since September 27": counted from a date on, so a tally.
      const std::int32_t d = v.date_at[i] >= 0 ? v.date_at[i] : (i + 1 < s.last_token ? v.date_at[i + 1] : -1);
      if (d >= 0) {
        f.since = d;
        f.tally_cue = true;
      }
    }
  }
}

}  // namespace

SentenceFacts read_facts(const DocView& v, const Sentence& s, std::uint32_t near) {
  SentenceFacts f;
  read_words(v, s, f);
  f.date = pick_date(v, s, near, f);
  f.date_of_death = f.date >= 0 && is_death_date(v, v.ann.dates[f.date], s);
  pick_places(v, s, f);
  f.speaker = speaker_of(v, s);
  return f;
}

}  // namespace reckon::extract
