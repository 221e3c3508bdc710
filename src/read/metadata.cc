// Metadata of a plain-text article, read the way a person reads a page: the short lines above the
// body (a headline, a date line, "# 16:29", a byline) and, failing a header, the wire-style
// attribution in the body (see attribution.h). Nothing here knows any particular article; every
// rule reads the shape of a line. Fields already set (from JSON fields) are left alone.
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>

#include "read/attribution.h"
#include "read/header_dates.h"
#include "reckon/reader.h"
#include "reckon/text.h"

namespace reckon {
namespace {

// A header line is short; a longer line, or a full sentence, starts the body.
constexpr std::size_t kMaxHeaderLineBytes = 200;
constexpr std::size_t kMaxHeaderLines = 12;
constexpr std::size_t kBodyPrefixBytes = 4000;  // an outlet cue starts within these

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

bool starts_with_word(std::string_view line, std::string_view word) {
  if (line.size() <= word.size() || line[word.size()] != ' ') return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(line[i])) != word[i]) return false;
  }
  return true;
}

// The words after a byline cue at the start of the line ("By ", "Written by ", "Author: "), or
// nullopt when the line is no byline.
std::optional<std::string_view> byline_words(std::string_view line) {
  for (std::string_view cue :
       {"by", "written by", "reported by", "words by", "author:", "authors:", "reporter:"}) {
    if (starts_with_word(line, cue)) return trim(line.substr(cue.size() + 1));
  }
  return std::nullopt;
}

// "By X" after a date on the same line: the site's own date-and-source line, so X is the outlet
// (" date 2021-10-12 By Azernews").
std::optional<std::string_view> by_after(std::string_view rest) {
  for (std::size_t i = 0; i + 3 <= rest.size(); ++i) {
    if ((i == 0 || rest[i - 1] == ' ') &&
        (rest.compare(i, 3, "By ") == 0 || rest.compare(i, 3, "by ") == 0)) {
      return trim(rest.substr(i + 3));
    }
  }
  return std::nullopt;
}

bool ends_like_a_sentence(const TokenizedText& tt) {
  if (tt.tokens.empty()) return false;
  std::size_t last = tt.tokens.size() - 1;
  while (last > 0 && (tt.tokens[last].is_punct('"') || tt.tokens[last].is_punct('\'') ||
                      tt.tokens[last].is_punct(')')))
    --last;
  return tt.tokens[last].is_punct('.');
}

std::size_t word_count(const TokenizedText& tt) {
  std::size_t n = 0;
  for (const Token& t : tt.tokens) n += t.is_word() ? 1 : 0;
  return n;
}

struct HeaderState {
  bool dated_by_update = false;  // the date so far came from an "Updated ..." line
};

// Reads one header line; returns false when the line is body text (the header has ended).
bool read_header_line(std::string_view line, Document& doc, HeaderState& state) {
  if (line.front() == '[' && line.back() == ']') return true;  // an editor's note
  const TokenizedText tt = tokenize(line);
  if (tt.tokens.empty()) return true;
  if (auto date = read::find_header_date(line, tt)) {
    const bool update = read::is_update_line(tt);
    if (!doc.published) {
      doc.published = date->date;
      state.dated_by_update = update;
    } else if (state.dated_by_update &&
               !update) {  // "Updated ..." came first; this is the real date
      doc.published = date->date;
      state.dated_by_update = false;
    }
    if (auto by = by_after(line.substr(date->end))) {
      const read::Byline b = read::read_byline(*by);
      if (doc.outlet.empty()) doc.outlet = !b.outlet.empty() ? b.outlet : b.author;
    }
    return true;
  }
  if (auto words = byline_words(line)) {
    const read::Byline b = read::read_byline(*words);
    if (doc.author.empty()) doc.author = b.author;
    if (doc.outlet.empty()) doc.outlet = b.outlet;
    return true;
  }
  if (starts_with_word(line, "source:")) {
    const read::Byline b = read::read_byline(trim(line.substr(7)));
    if (doc.outlet.empty()) doc.outlet = b.outlet;
    return true;
  }
  if (read::is_time_line(tt)) return true;  // "# 16:29", "14:24 (UTC+04:00)"
  const std::size_t words = word_count(tt);
  if (ends_like_a_sentence(tt) && words >= 6) return false;  // the body has begun
  // A headline: the first title-like line, before any body text.
  if (doc.title.empty() && words >= 3 && words <= 30 && !ends_like_a_sentence(tt))
    doc.title = std::string(line);
  return true;
}

// Without a publication date "Monday" or "yesterday" cannot be placed on the calendar: say so, once
// (an unparsable "published" field has already been reported), and never for an empty text.
void warn_if_undated(Document& doc) {
  if (doc.published) return;
  if (doc.text.find_first_not_of(" \t\r\n") == std::string::npos) return;
  const auto given = [](const Diagnostic& d) {
    return d.code == Diagnostic::Code::kRelativeDatesUnresolved;
  };
  if (std::any_of(doc.warnings.begin(), doc.warnings.end(), given)) return;
  doc.warnings.push_back({Diagnostic::Severity::kWarning, doc.source,
                          std::string("no publication date (no \"published\" field and no date in "
                                      "the article's header lines); ") +
                              std::string(read::kRelativeDatesUnresolved),
                          Diagnostic::Code::kRelativeDatesUnresolved});
}

}  // namespace

void read_article_metadata(Document& doc) {
  const std::string_view text = doc.text;
  std::size_t pos = 0;
  std::size_t lines = 0;
  HeaderState state;
  const bool had_title = !doc.title.empty();
  while (pos < text.size() && lines < kMaxHeaderLines) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    const std::string_view line = trim(text.substr(pos, eol - pos));
    pos = eol + 1;
    if (line.empty()) continue;
    ++lines;
    if (line.size() > kMaxHeaderLineBytes ||
        !read_header_line(line, doc, state)) {  // the body has begun
      if (!doc.published) doc.published = read::find_dateline_date(line);
      break;
    }
  }
  if (!had_title &&
      !doc.title.empty()) {  // a headline heads something: a text of one line has none
    const std::size_t at = text.find(doc.title);
    if (text.find_first_not_of(" \t\r\n", at + doc.title.size()) == std::string_view::npos)
      doc.title.clear();
  }
  if (doc.outlet.empty()) {
    // The whole text, not its head: annotate() takes these tokens (keep_tokens), and a cue near
    // the limit reads whole words and sentences.
    TokenizedText tokens = tokenize(text);
    doc.outlet = read::outlet_from_body(text, tokens, kBodyPrefixBytes);
    keep_tokens(text, std::move(tokens));
  }
  if (doc.author.empty()) doc.author = read::author_from_credits(text);
  warn_if_undated(doc);
}

}  // namespace reckon
