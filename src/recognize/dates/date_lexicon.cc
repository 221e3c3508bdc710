// Parses the date word lists once. A malformed line is a build-time data error, not an input
// error, so it is skipped rather than reported: the corpus test catches any word that goes missing.
#include "recognize/dates/date_lexicon.h"

#include <algorithm>
#include <array>
#include <charconv>

#include "reckon/lexicon.h"

namespace reckon::dates {
namespace {

constexpr std::size_t kMaxFields = 6;
using Fields = std::array<std::string_view, kMaxFields>;

// Calls fn(fields, count) for each non-comment line of the embedded file `name` (the shared
// reader in core/lexicon.cc, with the fields in a fixed array as the callers here expect).
template <typename Fn>
void for_each_row(std::string_view name, Fn fn) {
  for_each_lexicon_row(name, [&](const std::vector<std::string_view>& row) {
    Fields f{};
    const std::size_t n = std::min(row.size(), kMaxFields);
    std::copy_n(row.begin(), n, f.begin());
    fn(f, n);
  });
}

int to_int(std::string_view s) {
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

bool has_flag(std::string_view flags, std::string_view flag) {
  while (!flags.empty()) {
    const std::size_t comma = flags.find(',');
    if (flags.substr(0, comma) == flag) return true;
    if (comma == std::string_view::npos) break;
    flags.remove_prefix(comma + 1);
  }
  return false;
}

Unit to_unit(std::string_view s) {
  if (s == "day") return Unit::kDay;
  if (s == "week") return Unit::kWeek;
  if (s == "weekend") return Unit::kWeekend;
  if (s == "month") return Unit::kMonth;
  if (s == "year") return Unit::kYear;
  if (s == "hour") return Unit::kHour;
  return Unit::kNone;
}

Direction to_direction(std::string_view s) {
  if (s == "ago") return Direction::kAgo;
  if (s == "later") return Direction::kLater;
  if (s == "earlier") return Direction::kEarlier;
  return Direction::kNone;
}

}  // namespace

const DateLexicon& DateLexicon::get() {
  static const DateLexicon lexicon;
  return lexicon;
}

DateLexicon::DateLexicon() {
  load_months();
  load_weekdays();
  load_relative();
  load_holidays();
  index_phrases();
  load_words();
  for (auto& [word, info] : words_) {
    info.opens = info.month > 0 || info.weekday >= 0 || !info.phrases.empty() ||
                 (info.roles & (kRoleCount | kRoleOrdinal | kRoleClock)) != 0;
  }
  build_slots();
}

void DateLexicon::build_slots() {
  std::size_t size = 16;
  while (size < 4 * words_.size()) size *= 2;
  slots_.assign(size, Slot{});
  mask_ = size - 1;
  for (const auto& [word, info] : words_) {
    longest_ = std::max(longest_, word.size());
    const std::size_t first = letter(word.front()), last = letter(word.back());
    if (first < 26 && last < 26) {
      filter_[(word.size() & 15) * 26 + first] |= 1u << last;
    } else {
      filter_usable_ = false;
    }
    std::size_t h = hash(word) & mask_;
    while (slots_[h].info != nullptr) h = (h + 1) & mask_;
    slots_[h] = Slot{word, &info};
  }
}

void DateLexicon::load_months() {
  for_each_row("lexicon/months.tsv", [&](const Fields& f, std::size_t n) {
    if (n < 2) return;
    WordInfo& w = words_[f[0]];
    w.month = static_cast<std::int8_t>(to_int(f[1]));
    w.month_abbr = n > 2 && has_flag(f[2], "abbr");
    w.month_ambiguous = n > 2 && has_flag(f[2], "ambiguous");
  });
}

void DateLexicon::load_weekdays() {
  for_each_row("lexicon/weekdays.tsv", [&](const Fields& f, std::size_t n) {
    if (n < 2) return;
    WordInfo& w = words_[f[0]];
    w.weekday = static_cast<std::int8_t>(to_int(f[1]));
    w.weekday_abbr = n > 2 && has_flag(f[2], "abbr");
  });
}

// Splits a phrase into token norms the way the tokenizer does: at spaces, with an apostrophe
// opening a token of its own ("year's" → year 's; "veterans'" → veterans ').
std::vector<std::string_view> phrase_tokens(std::string_view phrase) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= phrase.size(); ++i) {
    const bool end = i == phrase.size();
    if (end || phrase[i] == ' ' || (phrase[i] == '\'' && i > start)) {
      if (i > start) out.push_back(phrase.substr(start, i - start));
      start = !end && phrase[i] == '\'' ? i : i + 1;
    }
  }
  return out;
}

void DateLexicon::load_relative() {
  for_each_row("lexicon/dates_relative.tsv", [&](const Fields& f, std::size_t n) {
    if (n < 4) return;
    RelativePhrase p;
    p.words = phrase_tokens(f[0]);
    if (p.words.empty()) return;
    p.anchor = f[1] == "prev" ? Anchor::kPrevious : Anchor::kPublication;
    p.unit = to_unit(f[2]);
    p.offset = to_int(f[3]);
    p.final_only = n > 4 && has_flag(f[4], "final");
    p.future = n > 4 && has_flag(f[4], "future");
    phrases_.push_back(std::move(p));
  });
}

void DateLexicon::load_holidays() {
  for_each_row("lexicon/dates_holidays.tsv", [&](const Fields& f, std::size_t n) {
    if (n < 3) return;
    RelativePhrase p;
    p.words = phrase_tokens(f[0]);
    if (p.words.empty()) return;
    p.unit = Unit::kNone;
    p.month = to_int(f[1]);
    p.day = to_int(f[2]);
    if (p.day == 0) {  // "thanksgiving	11	0	3	4": the 4th Thursday of November
      if (n < 5) return;
      p.weekday = to_int(f[3]);
      p.nth = to_int(f[4]);
      if (p.weekday < 0 || p.weekday > 6 || p.nth == 0 || p.nth < -1 || p.nth > 5) return;
    }
    phrases_.push_back(std::move(p));
  });
}

// Lists each phrase under its first word, longest first so that "earlier this week" wins over
// "this week" would-be prefixes.
void DateLexicon::index_phrases() {
  for (std::size_t i = 0; i < phrases_.size(); ++i) {
    const std::vector<std::string_view>& words = phrases_[i].words;
    WordInfo& first = words_[words.front()];
    first.phrases.push_back(static_cast<std::uint16_t>(i));
    if (words.size() > 1) {
      first.second_words |= 1ull << WordInfo::second_word_bit(words[1]);
    } else {
      first.one_word_phrase = true;
    }
  }
  for (auto& [word, info] : words_) {
    std::stable_sort(info.phrases.begin(), info.phrases.end(), [&](std::uint16_t a, std::uint16_t b) {
      return phrases_[a].words.size() > phrases_[b].words.size();
    });
  }
}

void DateLexicon::load_words() {
  for_each_row("lexicon/dates_words.tsv", [&](const Fields& f, std::size_t n) {
    if (n < 3) return;
    WordInfo& w = words_[f[0]];
    const std::string_view role = f[1];
    const int value = to_int(f[2]);
    if (role == "count") {
      w.roles |= kRoleCount;
      w.count = static_cast<std::int16_t>(value);
    } else if (role == "unit") {
      w.roles |= kRoleUnit;
      w.unit = to_unit(f[2]);
    } else if (role == "direction") {
      w.roles |= kRoleDirection;
      w.direction = to_direction(f[2]);
    } else if (role == "daypart") {
      w.roles |= kRoleDaypart;
    } else if (role == "modifier") {
      w.roles |= kRoleModifier;
    } else if (role == "clock") {
      w.roles |= kRoleClock;
      w.clock = static_cast<std::int16_t>(value);
    } else if (role == "ordinal") {
      w.roles |= kRoleOrdinal;
      w.ordinal = static_cast<std::int16_t>(value);
    } else if (role == "future") {
      w.roles |= kRoleFuture;
    } else if (role == "year_lead") {
      w.roles |= kRoleYearLead;
    } else if (role == "year_of") {
      w.roles |= kRoleYearOf;
    } else if (role == "timelead") {
      w.roles |= kRoleTimeLead;
    } else if (role == "approx") {
      w.roles |= kRoleApprox;
    }
  });
}

}  // namespace reckon::dates
