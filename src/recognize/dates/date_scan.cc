// The scanning loop: at each word or number token, try the matchers in a fixed order, take the
// first phrase that matches, attach a time of day on either side, and move past it.
//
// Most tokens cost one lexicon lookup (words) or a few character tests (numbers) before being
// passed over, which keeps the pass linear and allocation-free except for the results.
#include "recognize/dates/date_scan.h"

#include <utility>

#include "recognize/dates/date_match.h"

namespace reckon::dates {

TokenCursor::TokenCursor(const TokenizedText& tt, std::string_view text)
    : tt_(tt), text_(text), lex_(DateLexicon::get()), infos_(tt.tokens.size(), nullptr) {
  for (std::size_t i = 0; i < tt.tokens.size(); ++i) {
    if (tt.tokens[i].is_word()) infos_[i] = lex_.find(tt.tokens[i].norm);
  }
}

TokenCursor::TokenCursor(const TokenizedText& tt, std::string_view text,
                         std::vector<const WordInfo*>&& infos)
    : tt_(tt), text_(text), lex_(DateLexicon::get()), infos_(std::move(infos)) {}

namespace {

// Whether a word can open a date phrase (see WordInfo::opens).
bool opens_phrase(const WordInfo& w) {
  return w.opens;
}

// "first anniversary", "2nd Anniversary", "one-year anniversary", "10-year anniversary".
std::optional<AnniversaryMarker> match_anniversary(const TokenCursor& c, std::uint32_t i) {
  // "anniversary" comes one token on, or three after "-year": without it nothing need be read.
  if (!c.is(i + 1, "anniversary") && !c.is(i + 3, "anniversary")) return std::nullopt;
  int years = 0;
  std::uint32_t j = i + 1;
  if (c.number(i)) {
    years = parse_ordinal_number(c.norm(i));
  } else if (const WordInfo* w = c.info(i); w != nullptr && w->has(kRoleOrdinal)) {
    years = w->ordinal;
  }
  if (years == 0 && c.punct(j, '-') && c.is(j + 1, "year")) {
    if (c.number(i)) {
      const int n = parse_day_number(c.norm(i));
      years = c.norm(i).size() <= 2 ? n : 0;
    } else if (const WordInfo* w = c.info(i); w != nullptr && w->has(kRoleCount) && !c.is(i, "a")) {
      years = w->count;
    }
    j += 2;
  }
  if (years <= 0 || !c.is(j, "anniversary")) return std::nullopt;
  return AnniversaryMarker{i, j + 1, years};
}

// A date phrase of any family starting at token i (prefixes may reach back to `floor`).
std::optional<RawDate> match_core(const TokenCursor& c, std::uint32_t i, std::uint32_t floor) {
  if (c.word(i)) {
    const WordInfo* w = c.info(i);
    if (w == nullptr) return std::nullopt;
    if (!w->phrases.empty()) {
      if (auto r = match_relative(c, i)) return r;
    }
    if (w->has(kRoleCount)) {
      if (auto r = match_counted(c, i)) return r;
    }
    if (w->weekday >= 0) return match_weekday(c, i, floor);
    if (w->month > 0) return match_month_first(c, i, floor);
    if (w->has(kRoleOrdinal)) return match_day_first(c, i);
    return std::nullopt;
  }
  if (!c.number(i)) return std::nullopt;
  if (auto r = match_numeric(c, i)) return r;
  if (auto r = match_day_first(c, i)) return r;
  if (auto r = match_counted(c, i)) return r;
  return match_year(c, i);
}

// After a time of day, the date it belongs to: "4 am on October 11", "7:45 p.m. Tuesday",
// "11 p.m. last night", "9 a.m. next Monday".
std::optional<RawDate> date_after_time(const TokenCursor& c, std::uint32_t k) {
  if (c.punct(k, ',')) ++k;
  if (c.has_role(k, kRoleTimeLead)) ++k;
  std::optional<RawDate> d = match_core(c, k, k);
  const WordInfo* next = c.info(k + 1);
  if (!d && c.word(k) && next != nullptr && (next->weekday >= 0 || next->month > 0)) d = match_core(c, k + 1, k);
  // "at 2:26 a.m. Five days later, ...": a capitalized relative phrase opens the next sentence.
  if (d && c.capitalized(d->first)) {
    const WordInfo* w = c.info(d->first);
    if (w != nullptr && w->weekday < 0 && w->month == 0) return std::nullopt;
  }
  return d;
}

bool has_day(const RawDate& r) {
  return r.kind == RawKind::kFull || r.kind == RawKind::kDayMonth || r.kind == RawKind::kWeekday ||
         (r.kind == RawKind::kRelative && r.unit == Unit::kDay);
}

// A time after a day: "Friday at about 9 p.m.", "October 11, 2020, at 4 am", "11 October 2022 14:24".
void attach_trailing_time(const TokenCursor& c, RawDate& r) {
  if (!has_day(r) || r.minutes >= 0) return;
  std::uint32_t k = r.last;
  if (c.punct(k, ',')) ++k;
  for (int n = 0; n < 3 && c.has_role(k, kRoleApprox); ++n) ++k;
  if (auto t = match_time(c, k, true)) {
    r.minutes = t->minutes;
    r.last = t->last;
  }
}

struct Step {
  std::optional<RawDate> date;
  std::uint32_t next = 0;  // where scanning resumes when no date was found
};

Step match_at(const TokenCursor& c, std::uint32_t i, std::uint32_t floor) {
  // A 24-hour "16:29" counts here too: it becomes part of a mention only if a date follows.
  if (auto t = match_time(c, i, true)) {
    if (auto d = date_after_time(c, t->last)) {
      d->first = t->first;
      d->minutes = t->minutes;
      return {d, d->last};
    }
    return {std::nullopt, t->last};  // a time alone ("4 am") is not a date
  }
  std::optional<RawDate> d = match_core(c, i, floor);
  if (!d) return {std::nullopt, i + 1};
  attach_trailing_time(c, *d);
  return {d, d->last};
}

}  // namespace

ScanResult scan_dates(const TokenizedText& tt, std::string_view text) {
  return scan_dates(TokenCursor(tt, text));
}

ScanResult scan_dates(const TokenCursor& c) {
  ScanResult out;
  std::uint32_t floor = 0;
  for (std::uint32_t i = c.next_candidate(0, opens_phrase); i < c.size();) {
    if (auto a = match_anniversary(c, i)) {
      out.anniversaries.push_back(*a);
      i = floor = a->last;
    } else {
      Step s = match_at(c, i, floor);
      if (s.date) {
        out.dates.push_back(*s.date);
        floor = s.date->last;
      }
      i = s.next > i ? s.next : i + 1;
    }
    i = c.next_candidate(i, opens_phrase);
  }
  return out;
}

}  // namespace reckon::dates
