// Metadata of a plain-text article, read the way a person reads a page: the short lines above the
// body (a headline, a date line, "# 16:29", a byline) and, failing a header, the wire-style
// attribution in the body (", APA reports.", "Trend reports citing ...", "(Reuters) -").
// Nothing here knows any particular outlet; names come from the text's own shape.
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "reckon/data.h"
#include "reckon/reader.h"
#include "reckon/text.h"

namespace reckon {
namespace {

// A header line is short; the first long line starts the body.
constexpr std::size_t kMaxHeaderLineBytes = 160;
constexpr std::size_t kMaxHeaderLines = 12;

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
      t->emplace(std::string(line.substr(0, tab)), std::atoi(std::string(line.substr(tab + 1)).c_str()));
    }
    return t;
  }();
  return *table;
}

int month_of(std::string_view norm) {
  const auto& m = month_numbers();
  auto it = m.find(std::string(norm));
  return it == m.end() ? 0 : it->second;
}

// The value of a short digit string no greater than max, else -1.
int small_number(std::string_view s, int max) {
  if (s.empty() || s.size() > 4) return -1;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v > max ? -1 : v;
}

// "2021-10-12" anywhere in the line (the date part of an ISO date-time too).
std::optional<CivilDate> find_iso_date(std::string_view line, std::size_t& end) {
  for (std::size_t i = 0; i + 10 <= line.size(); ++i) {
    if (i > 0 && std::isdigit(static_cast<unsigned char>(line[i - 1]))) continue;
    if (auto d = parse_iso_date(line.substr(i, 10))) {
      end = i + 10;
      return d;
    }
  }
  return std::nullopt;
}

// "4 October 2020", "October 4, 2020", "Sunday, 4 October 2020", optionally followed by a time.
std::optional<CivilDate> find_worded_date(const TokenizedText& tt) {
  const auto& tk = tt.tokens;
  for (std::size_t i = 0; i + 2 < tk.size(); ++i) {
    if (tk[i].is_number() && tk[i + 1].is_word()) {
      const int month = month_of(tk[i + 1].norm);
      const int day = small_number(tk[i].norm, 31);
      const int year = small_number(tk[i + 2].norm, 2999);
      if (month > 0 && day > 0 && year > 1900) return CivilDate{year, month, day};
    }
    if (tk[i].is_word() && tk[i + 1].is_number()) {
      const int month = month_of(tk[i].norm);
      std::size_t y = i + 2;
      if (y < tk.size() && tk[y].is_punct(',')) ++y;
      const int day = small_number(tk[i + 1].norm, 31);
      const int year = y < tk.size() ? small_number(tk[y].norm, 2999) : -1;
      if (month > 0 && day > 0 && year > 1900) return CivilDate{year, month, day};
    }
  }
  return std::nullopt;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Words after "By " up to the end of the line: an author when two to four capitalised words,
// an outlet when one.
struct Byline {
  std::string name;
  int words = 0;
};

std::optional<Byline> read_byline(std::string_view after_by) {
  const TokenizedText tt = tokenize(after_by);
  Byline b;
  for (const Token& t : tt.tokens) {
    if (t.is_word() && (t.has(kCapitalized) || t.has(kAllCaps))) {
      ++b.words;
    } else if (!(t.is_word() && (t.norm == "and" || t.norm == "de" || t.norm == "van" || t.norm == "al")) &&
               !t.is_punct('.') && !t.is_punct('-') && !t.is_punct('\'')) {
      return std::nullopt;
    }
  }
  if (b.words == 0 || b.words > 5) return std::nullopt;
  b.name = std::string(trim(after_by));
  while (!b.name.empty() && (b.name.back() == '.' || b.name.back() == ',')) b.name.pop_back();
  return b;
}

std::optional<std::string_view> after_by(std::string_view line) {
  for (std::size_t i = 0; i + 3 <= line.size(); ++i) {
    if ((i == 0 || line[i - 1] == ' ') && (line.compare(i, 3, "By ") == 0 || line.compare(i, 3, "by ") == 0)) {
      if (line[i] == 'b' && i == 0) continue;
      return line.substr(i + 3);
    }
  }
  return std::nullopt;
}

bool looks_like_time_line(const TokenizedText& tt) {
  for (const Token& t : tt.tokens) {
    if (t.is_word() && month_of(t.norm) == 0 && t.norm != "utc" && t.norm != "gmt") return false;
  }
  return true;
}

void read_header_line(std::string_view line, Document& doc) {
  if (line.empty()) return;
  if (line.front() == '[' && line.back() == ']') return;  // an editor's note, not a headline
  std::size_t iso_end = 0;
  if (auto iso = find_iso_date(line, iso_end)) {
    if (!doc.published) doc.published = iso;
    if (auto by = after_by(line.substr(iso_end))) {
      if (auto b = read_byline(*by); b && doc.outlet.empty()) doc.outlet = b->name;
    }
    return;
  }
  const TokenizedText tt = tokenize(line);
  if (auto worded = find_worded_date(tt); worded && tt.tokens.size() <= 12) {
    if (!doc.published) doc.published = worded;
    return;
  }
  if (line.compare(0, 3, "By ") == 0) {
    if (auto b = read_byline(line.substr(3))) {
      if (b->words >= 2 && doc.author.empty()) doc.author = b->name;
      else if (b->words == 1 && doc.outlet.empty()) doc.outlet = b->name;
    }
    return;
  }
  if (looks_like_time_line(tt)) return;  // "# 16:29"
  // Headlines do not end with a full stop; a short first paragraph of the body does.
  if (doc.title.empty() && tt.tokens.size() >= 3 && line.back() != '.') doc.title = std::string(line);
}

// ", APA reports." / "Trend reports citing" / "Azernews reported" / "(Reuters) -": the outlet
// named as the reporter of the story, in the first paragraphs of the body.
std::string outlet_from_body(std::string_view text, const TokenizedText& tt) {
  const auto& tk = tt.tokens;
  const std::size_t limit = std::min<std::size_t>(tk.size(), 400);
  for (std::size_t i = 1; i < limit; ++i) {
    const bool verb = tk[i].is_word() && (tk[i].norm == "reports" || tk[i].norm == "reported" || tk[i].norm == "informs");
    if (verb) {
      std::size_t first = i;
      while (first > 0 && i - first < 3 && tk[first - 1].is_word() && (tk[first - 1].has(kCapitalized) || tk[first - 1].has(kAllCaps))) --first;
      if (first == i) continue;
      const bool after_comma = first > 0 && tk[first - 1].is_punct(',');
      const bool sentence_start = tt.sentences[tt.sentence_of(static_cast<std::uint32_t>(first))].first_token == first;
      const bool then_ends = i + 1 < tk.size() && (tk[i + 1].is_punct('.') || tk[i + 1].norm == "citing" || tk[i + 1].is_punct(','));
      if ((after_comma && then_ends) || (sentence_start && i + 1 < tk.size() && tk[i + 1].norm == "citing")) {
        const Span name = tt.span_of(static_cast<std::uint32_t>(first), static_cast<std::uint32_t>(i));
        return std::string(text.substr(name.start, name.size()));
      }
    }
    if (tk[i].is_punct(')') && i >= 2 && tk[i - 2].is_punct('(') && i + 1 < limit && tk[i + 1].is_punct('-') &&
        tk[i - 1].has(kCapitalized)) {
      return std::string(text.substr(tk[i - 1].span.start, tk[i - 1].span.size()));
    }
  }
  return {};
}

}  // namespace

void read_article_metadata(Document& doc) {
  const std::string_view text = doc.text;
  std::size_t pos = 0;
  std::size_t lines = 0;
  while (pos < text.size() && lines < kMaxHeaderLines) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    const std::string_view line = trim(text.substr(pos, eol - pos));
    pos = eol + 1;
    if (line.empty()) continue;
    if (line.size() > kMaxHeaderLineBytes) break;  // the body has begun
    ++lines;
    read_header_line(line, doc);
  }
  if (doc.outlet.empty()) {
    const std::string_view head = text.substr(0, std::min<std::size_t>(text.size(), 4000));
    const TokenizedText tt = tokenize(head);
    doc.outlet = outlet_from_body(head, tt);
  }
}

}  // namespace reckon
