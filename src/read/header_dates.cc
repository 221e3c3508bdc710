// Header dates, read from tokens with the month names of data/lexicon/months.tsv. Only complete
// dates count: a header line with a day and month but no year says nothing certain.
#include "read/header_dates.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "reckon/data.h"

namespace reckon::read {
namespace {

const std::unordered_map<std::string, int>& month_numbers() {
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::string, int>();
    const std::string_view data = embedded_data("lexicon/months.tsv").value_or("");
    std::size_t pos = 0;
    while (pos < data.size()) {
      std::size_t eol = data.find('\n', pos);
      if (eol == std::string_view::npos) eol = data.size();
      const std::string_view line = data.substr(pos, eol - pos);
      pos = eol + 1;
      if (line.empty() || line[0] == '#') continue;
      const std::size_t tab = line.find('\t');
      if (tab == std::string_view::npos) continue;
      int month = 0;
      for (std::size_t i = tab + 1; i < line.size() && line[i] >= '0' && line[i] <= '9'; ++i)
        month = month * 10 + (line[i] - '0');
      t->emplace(std::string(line.substr(0, tab)), month);
    }
    return t;
  }();
  return *table;
}

int month_of(const Token& t) {
  if (!t.is_word()) return 0;
  const auto& m = month_numbers();
  const auto it = m.find(std::string(t.norm));
  return it == m.end() ? 0 : it->second;
}

// The value of a digit string (an ordinal suffix allowed: "4th") no greater than max, else -1.
int number_value(std::string_view s, int max) {
  if (s.size() > 2 &&
      (s.ends_with("st") || s.ends_with("nd") || s.ends_with("rd") || s.ends_with("th")))
    s.remove_suffix(2);
  if (s.empty() || s.size() > 4) return -1;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v > max ? -1 : v;
}

int number_at(const TokenizedText& tt, std::size_t i, int max) {
  return i < tt.tokens.size() && tt.tokens[i].is_number() ? number_value(tt.tokens[i].norm, max)
                                                          : -1;
}

std::optional<CivilDate> valid(int year, int month, int day) {
  const CivilDate d{year, month, day};
  if (year < 1900 || year > 2999 || !is_valid_date(d)) return std::nullopt;
  return d;
}

// "2021-10-12" (the date part of an ISO date-time too), anywhere in the line.
std::optional<HeaderDate> iso_date(std::string_view line) {
  for (std::size_t i = 0; i + 10 <= line.size(); ++i) {
    if (i > 0 && std::isdigit(static_cast<unsigned char>(line[i - 1]))) continue;
    if (line[i + 4] != '-' || line[i + 7] != '-') continue;
    if (i + 10 < line.size() && std::isdigit(static_cast<unsigned char>(line[i + 10]))) continue;
    if (auto d = parse_iso_date(line.substr(i, 10))) return HeaderDate{*d, i + 10};
  }
  return std::nullopt;
}

// "04.10.2020" (one number token: day first) and "10/04/2020" (month first, unless the first
// number cannot be a month).
std::optional<HeaderDate> numeric_date(const TokenizedText& tt, std::size_t i) {
  const Token& t = tt.tokens[i];
  if (t.norm.size() == 10 && t.norm[2] == '.' && t.norm[5] == '.') {
    const int day = number_value(t.norm.substr(0, 2), 31);
    const int month = number_value(t.norm.substr(3, 2), 12);
    const int year = number_value(t.norm.substr(6, 4), 2999);
    if (auto d = valid(year, month, day)) return HeaderDate{*d, t.span.end};
  }
  if (i + 4 < tt.tokens.size() && tt.tokens[i + 1].is_punct('/') &&
      tt.tokens[i + 3].is_punct('/')) {
    int first = number_at(tt, i, 31);
    int second = number_at(tt, i + 2, 31);
    const int year = number_at(tt, i + 4, 2999);
    if (first > 12) std::swap(first, second);
    if (auto d = valid(year, first, second)) return HeaderDate{*d, tt.tokens[i + 4].span.end};
  }
  return std::nullopt;
}

// "4 October 2020", "4th of October, 2020", "October 4, 2020", "Oct. 4 2020".
std::optional<HeaderDate> worded_date(const TokenizedText& tt, std::size_t i) {
  const auto skip = [&](std::size_t j, char c) {
    return j < tt.tokens.size() && tt.tokens[j].is_punct(c) ? j + 1 : j;
  };
  if (const int day = number_at(tt, i, 31); day > 0) {
    std::size_t m = i + 1;
    if (m < tt.tokens.size() && tt.tokens[m].norm == "of") ++m;
    if (m < tt.tokens.size()) {
      if (const int month = month_of(tt.tokens[m]); month > 0) {
        const std::size_t y = skip(skip(m + 1, '.'), ',');
        if (auto d = valid(number_at(tt, y, 2999), month, day))
          return HeaderDate{*d, tt.tokens[y].span.end};
      }
    }
  }
  if (const int month = month_of(tt.tokens[i]); month > 0) {
    const std::size_t dpos = skip(i + 1, '.');
    const int day = number_at(tt, dpos, 31);
    const std::size_t y = skip(dpos + 1, ',');
    if (day > 0) {
      if (auto d = valid(number_at(tt, y, 2999), month, day))
        return HeaderDate{*d, tt.tokens[y].span.end};
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<HeaderDate> find_header_date(std::string_view line, const TokenizedText& tt) {
  if (auto d = iso_date(line)) return d;
  if (tt.tokens.size() > 16) return std::nullopt;  // a date line is short; prose mentions dates too
  for (std::size_t i = 0; i < tt.tokens.size(); ++i) {
    if (auto d = numeric_date(tt, i)) return d;
    if (auto d = worded_date(tt, i)) return d;
  }
  return std::nullopt;
}

std::optional<CivilDate> find_dateline_date(std::string_view paragraph_start) {
  const TokenizedText tt =
      tokenize(paragraph_start.substr(0, std::min<std::size_t>(paragraph_start.size(), 120)));
  std::size_t i = 0;
  while (i < tt.tokens.size() && i < 3 && tt.tokens[i].is_word() &&
         (tt.tokens[i].has(kCapitalized) || tt.tokens[i].has(kAllCaps)))
    ++i;
  if (i == 0 || i >= tt.tokens.size() || !tt.tokens[i].is_punct(',')) return std::nullopt;
  ++i;
  std::optional<HeaderDate> d = i < tt.tokens.size() ? worded_date(tt, i) : std::nullopt;
  if (!d && i < tt.tokens.size()) d = numeric_date(tt, i);
  if (!d) return std::nullopt;
  for (const Token& t : tt.tokens) {  // the token after the date
    if (t.span.start < d->end) continue;
    if (t.is_punct('(') || t.is_punct('-') || t.is_punct(':')) return d->date;
    break;
  }
  return std::nullopt;
}

bool is_update_line(const TokenizedText& tt) {
  for (const Token& t : tt.tokens) {
    if (t.norm == "updated" || t.norm == "update" || t.norm == "modified" || t.norm == "edited")
      return true;
  }
  return false;
}

bool is_time_line(const TokenizedText& tt) {
  bool number = false;
  for (const Token& t : tt.tokens) {
    if (t.is_number()) number = true;
    if (t.is_word() && month_of(t) == 0 && t.norm != "utc" && t.norm != "gmt" && t.norm != "am" &&
        t.norm != "pm" && t.norm != "local" && t.norm != "time" && t.norm != "est" &&
        t.norm != "edt") {
      return false;
    }
  }
  return number;
}

}  // namespace reckon::read
