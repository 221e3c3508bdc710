// Matchers for dates stated against another date: weekdays ("early Friday", "last Tuesday",
// "Monday, Jan. 27, 2014"), relative phrases from dates_relative.tsv ("yesterday", "the next
// day", "Today, on October 4"), counted phrases ("two days later", "a year ago"), and the times
// of day that attach to any date ("7:45 p.m.", "4am", "noon").
#include "reckon/calendar.h"
#include "reckon/lexicon.h"
#include "recognize/dates/date_match.h"

namespace reckon::dates {
namespace {

// A written date that restates the phrase before it: "Monday, Jan. 27, 2014", "Friday (Jan. 17)",
// "Today, on October 4". On success `r` takes the written day, month and year.
bool merge_written_date(const TokenCursor& c, RawDate& r) {
  std::uint32_t k = r.last;
  bool paren = false;
  if (c.punct(k, ',')) {
    ++k;
  } else if (c.punct(k, '(')) {
    ++k;
    paren = true;
  }
  if (c.is(k, "on")) ++k;
  std::optional<RawDate> d = match_month_first(c, k, k);
  if (!d) d = match_day_first(c, k);
  if (!d) d = match_numeric(c, k);
  if (!d || (d->kind != RawKind::kFull && d->kind != RawKind::kDayMonth)) return false;
  std::uint32_t last = d->last;
  if (paren) {
    if (!c.punct(last, ')')) return false;
    ++last;
  }
  r.kind = d->kind;
  r.year = d->year;
  r.month = d->month;
  r.day = d->day;
  r.last = last;
  r.date_in_brackets = paren;
  return true;
}

int meridiem_of(std::string_view s) {
  if (s == "am" || s == "a.m" || s == "a.m.") return 1;
  if (s == "pm" || s == "p.m" || s == "p.m.") return 2;
  return 0;
}

// "am", "a.m.", "a . m ." as tokens starting at j: 1 for am, 2 for pm, 0 for none; j moves past.
int meridiem_tokens(const TokenCursor& c, std::uint32_t& j) {
  if (!c.word(j)) return 0;
  const std::string_view w = c.norm(j);
  if (int m = meridiem_of(w); m != 0) {
    ++j;
    if (w.size() == 3 && c.punct(j, '.') && c.glued(j)) ++j;  // "a.m" + "."
    return m;
  }
  if ((w == "a" || w == "p") && c.punct(j + 1, '.') && c.glued(j + 1) && c.is(j + 2, "m") && c.glued(j + 2)) {
    const int m = w == "a" ? 1 : 2;
    j += 3;
    if (c.punct(j, '.') && c.glued(j)) ++j;
    return m;
  }
  return 0;
}

}  // namespace

bool future_cue_before(const TokenCursor& c, std::uint32_t i) {
  const std::uint32_t lo = i > 6 ? i - 6 : 0;
  for (std::uint32_t k = i; k-- > lo;) {
    if (c.tok(k).kind == TokenKind::kPunct) return false;
    if (c.has_role(k, kRoleFuture)) return true;
  }
  return false;
}

std::optional<RawDate> match_weekday(const TokenCursor& c, std::uint32_t i, std::uint32_t floor) {
  const WordInfo* w = c.info(i);
  if (w == nullptr || w->weekday < 0) return std::nullopt;
  RawDate r;
  r.kind = RawKind::kWeekday;
  r.weekday = w->weekday;
  r.first = i;
  r.last = i + 1;
  if (w->weekday_abbr) {
    // "Sat., Jan. 4": an abbreviation counts only in front of a written date.
    if (!c.capitalized(i)) return std::nullopt;
    if (c.punct(r.last, '.') && c.glued(r.last)) ++r.last;
    if (!merge_written_date(c, r)) return std::nullopt;
    return r;
  }
  std::uint32_t f = i;
  if (f > floor && c.has_role(f - 1, kRoleModifier)) --f;  // "early Friday"
  if (f > floor && (c.is(f - 1, "last") || c.is(f - 1, "past"))) {
    r.shift = -1;
    --f;
    if (f > floor && c.is(f - 1, "this")) --f;  // "this past Monday"
  } else if (f > floor && c.is(f - 1, "next")) {
    r.shift = 1;
    r.future = true;
    --f;
  } else if (f > floor && c.is(f - 1, "coming")) {
    r.future = true;
    --f;
    if (f > floor && c.is(f - 1, "this")) --f;
  } else if (f > floor && c.is(f - 1, "this")) {
    --f;
  }
  if (f > floor && c.has_role(f - 1, kRoleModifier) && f < i) --f;  // "late last Tuesday"
  r.first = f;
  if (!r.future) r.future = future_cue_before(c, f);
  if (c.has_role(r.last, kRoleDaypart)) ++r.last;  // "Friday night"
  merge_written_date(c, r);
  return r;
}

std::optional<RawDate> match_relative(const TokenCursor& c, std::uint32_t i) {
  const WordInfo* w = c.info(i);
  if (w == nullptr || w->phrases.empty()) return std::nullopt;
  // A common first word opens many phrases ("the" a dozen), and nearly all of them fail on their
  // second word: a filter on the second words turns most away at once, and otherwise the second
  // word is tested first, against a norm read once.
  const std::string_view second = c.norm(i + 1);
  if (!w->one_word_phrase && !w->may_go_on_with(second)) return std::nullopt;
  for (std::uint16_t idx : w->phrases) {
    const RelativePhrase& p = c.lexicon().phrase(idx);
    if (p.words.size() > 1 && !same_word(p.words[1], second)) continue;
    bool whole = true;
    for (std::size_t k = 2; k < p.words.size() && whole; ++k) {
      whole = same_word(c.norm(i + static_cast<std::uint32_t>(k)), p.words[k]);
    }
    if (!whole) continue;
    const std::uint32_t end = i + static_cast<std::uint32_t>(p.words.size());
    if (p.final_only && end < c.size() && c.tok(end).kind != TokenKind::kPunct) continue;
    // "USA Today", "NBC's Today": a capitalized one-word phrase after a name is a title.
    if (p.words.size() == 1 && c.capitalized(i) && i > 0 && c.word(i - 1) && c.capitalized(i - 1)) continue;
    RawDate r;
    r.first = i;
    r.last = end;
    if (p.month > 0) {  // a holiday: "New Year's Day", "Thanksgiving"
      r.kind = RawKind::kDayMonth;
      r.month = p.month;
      r.day = p.day;
      r.nth_weekday = p.weekday;
      r.nth = p.nth;
      r.future = future_cue_before(c, i);
      return r;
    }
    r.kind = RawKind::kRelative;
    r.anchor = p.anchor;
    r.unit = p.unit;
    r.offset = p.offset;
    r.future = p.future;
    if (p.unit == Unit::kDay && p.anchor == Anchor::kPublication) {
      if (c.has_role(r.last, kRoleDaypart)) ++r.last;  // "yesterday morning"
      const int offset = r.offset;
      if (merge_written_date(c, r)) {
        r.has_relative_hint = true;
        r.hint_offset = offset;
      }
    }
    return r;
  }
  return std::nullopt;
}

std::optional<RawDate> match_counted(const TokenCursor& c, std::uint32_t i) {
  int count = 0;
  if (c.number(i)) {
    const std::string_view n = c.norm(i);
    if (n.size() > 3) return std::nullopt;
    for (char ch : n) {
      if (ch < '0' || ch > '9') return std::nullopt;
      count = count * 10 + (ch - '0');
    }
  } else if (const WordInfo* w = c.info(i); w != nullptr && w->has(kRoleCount)) {
    count = w->count;
  }
  if (count <= 0) return std::nullopt;
  const WordInfo* unit = c.info(i + 1);
  const WordInfo* dir = c.info(i + 2);
  if (unit == nullptr || !unit->has(kRoleUnit) || dir == nullptr || !dir->has(kRoleDirection)) return std::nullopt;
  RawDate r;
  r.kind = RawKind::kRelative;
  r.first = i;
  r.last = i + 3;
  r.anchor = dir->direction == Direction::kAgo ? Anchor::kPublication : Anchor::kPrevious;
  const int sign = dir->direction == Direction::kLater ? 1 : -1;
  r.unit = unit->unit;
  r.offset = sign * count;
  if (r.unit == Unit::kHour) {  // "36 hours later": whole days only
    r.unit = Unit::kDay;
    r.offset = sign * (count / 24);
  }
  merge_written_date(c, r);  // "Five days later, on Jan. 21": the written date wins
  return r;
}

std::optional<TimeMatch> match_time(const TokenCursor& c, std::uint32_t i, bool allow_bare) {
  if (const WordInfo* w = c.info(i); w != nullptr && w->has(kRoleClock)) {
    return TimeMatch{i, i + 1, w->clock};
  }
  if (!c.number(i)) return std::nullopt;
  const std::string_view n = c.norm(i);
  std::size_t pos = 0;
  int hour = 0;
  while (pos < n.size() && pos < 2 && n[pos] >= '0' && n[pos] <= '9') hour = hour * 10 + (n[pos++] - '0');
  if (pos == 0 || (pos < n.size() && n[pos] >= '0' && n[pos] <= '9')) return std::nullopt;
  int minute = 0;
  bool colon = false;
  if (pos < n.size() && (n[pos] == ':' || n[pos] == '.')) {
    auto digit = [&](std::size_t k) { return k < n.size() && n[k] >= '0' && n[k] <= '9'; };
    if (!digit(pos + 1) || !digit(pos + 2)) return std::nullopt;
    colon = n[pos] == ':';
    minute = (n[pos + 1] - '0') * 10 + (n[pos + 2] - '0');
    pos += 3;
  }
  std::uint32_t j = i + 1;
  int meridiem = 0;
  if (pos < n.size()) {
    meridiem = meridiem_of(n.substr(pos));
    if (meridiem == 0) return std::nullopt;
    if (n.size() - pos == 3 && c.punct(j, '.') && c.glued(j)) ++j;  // "4a.m" + "."
  } else {
    meridiem = meridiem_tokens(c, j);
  }
  if (minute > 59) return std::nullopt;
  if (meridiem == 0) {
    if (!allow_bare || !colon || hour > 23) return std::nullopt;
    return TimeMatch{i, j, hour * 60 + minute};
  }
  if (hour < 1 || hour > 12) return std::nullopt;
  return TimeMatch{i, j, (hour % 12) * 60 + minute + (meridiem == 2 ? 720 : 0)};
}

}  // namespace reckon::dates
