// The Duckling-style corpus for the number recognizer: tests/corpus/numbers.tsv lists phrasings
// and what each must resolve to, so adding a phrasing is adding a line there.
//
// Line format: phrase <TAB> quantity <TAB> min <TAB> max [<TAB> flags]
//   phrase    the text; [brackets] mark the span the expected mention must have exactly (without
//             brackets the first mention is checked and its span is not)
//   quantity  count, year, ordinal, duration, distance, money, percent, time, phone, age, date,
//             other - or "none": no mention may overlap the bracketed text (or the whole phrase)
//   min, max  the interval; "-" for an unset max
//   flags     comma-separated: approx, indef, written (each must hold, and without it must not:
//             approx and indef are checked both ways), value=X, head=WORD (the head token's
//             norm, "$" for the end of the text)
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "reckon/numbers.h"
#include "reckon/text.h"

namespace reckon {
namespace {

struct CorpusLine {
  int line = 0;
  std::string text;  // brackets removed
  std::size_t mark_start = std::string::npos, mark_end = std::string::npos;
  std::string quantity, min, max, flags;
};

std::vector<std::string> split_tabs(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream in(s);
  std::string field;
  while (std::getline(in, field, '\t')) out.push_back(field);
  return out;
}

std::vector<CorpusLine> load_corpus() {
  std::ifstream in(std::string(RECKON_SOURCE_DIR) + "/tests/corpus/numbers.tsv");
  std::vector<CorpusLine> out;
  std::string raw;
  int n = 0;
  while (std::getline(in, raw)) {
    ++n;
    if (raw.empty() || raw[0] == '#') continue;
    const std::vector<std::string> f = split_tabs(raw);
    if (f.size() < 4) {
      ADD_FAILURE() << "numbers.tsv:" << n << ": fewer than 4 fields";
      continue;
    }
    CorpusLine c;
    c.line = n;
    for (const char ch : f[0]) {
      if (ch == '[') c.mark_start = c.text.size();
      else if (ch == ']') c.mark_end = c.text.size();
      else c.text.push_back(ch);
    }
    c.quantity = f[1];
    c.min = f[2];
    c.max = f[3];
    if (f.size() > 4) c.flags = f[4];
    out.push_back(c);
  }
  return out;
}

bool has_flag(const std::string& flags, const std::string& flag) {
  std::stringstream in(flags);
  std::string f;
  while (std::getline(in, f, ',')) {
    if (f == flag) return true;
  }
  return false;
}

std::string flag_value(const std::string& flags, const std::string& key) {
  std::stringstream in(flags);
  std::string f;
  while (std::getline(in, f, ',')) {
    if (f.rfind(key + "=", 0) == 0) return f.substr(key.size() + 1);
  }
  return "";
}

std::string describe(const std::string& text, const NumberMention& m) {
  std::ostringstream o;
  o << "'" << text.substr(m.span.start, m.span.size()) << "' " << to_string(m.quantity) << " " << m.min << ".."
    << (m.max ? std::to_string(*m.max) : "-") << " value " << m.value << (m.approximate ? " approx" : "")
    << (m.indefinite ? " indef" : "") << (m.written ? " written" : "");
  return o.str();
}

std::string describe_all(const std::string& text, const std::vector<NumberMention>& ms) {
  std::string out;
  for (const NumberMention& m : ms) out += "\n    " + describe(text, m);
  return out.empty() ? "\n    (no mentions)" : out;
}

// Checks one line; returns an empty string when it holds, else what went wrong.
std::string check(const CorpusLine& c) {
  const TokenizedText tt = tokenize(c.text);
  const std::vector<NumberMention> ms = recognize_numbers(tt, c.text);
  const bool marked = c.mark_start != std::string::npos && c.mark_end != std::string::npos;
  const Span mark{static_cast<std::uint32_t>(marked ? c.mark_start : 0),
                  static_cast<std::uint32_t>(marked ? c.mark_end : c.text.size())};
  if (c.quantity == "none") {
    for (const NumberMention& m : ms) {
      if (m.span.overlaps(mark)) return "expected no number, got" + describe_all(c.text, ms);
    }
    return "";
  }
  const NumberMention* found = nullptr;
  for (const NumberMention& m : ms) {
    if (!marked || m.span == mark) {
      found = &m;
      break;
    }
  }
  if (found == nullptr) return "no mention with the marked span; got" + describe_all(c.text, ms);
  const NumberMention& m = *found;
  std::string err;
  if (to_string(m.quantity) != c.quantity) err += " quantity";
  if (std::to_string(m.min) != c.min) err += " min";
  if ((m.max ? std::to_string(*m.max) : "-") != c.max) err += " max";
  if (m.approximate != has_flag(c.flags, "approx")) err += " approx";
  if (m.indefinite != has_flag(c.flags, "indef")) err += " indef";
  if (has_flag(c.flags, "written") && !m.written) err += " written";
  if (const std::string v = flag_value(c.flags, "value"); !v.empty() && std::abs(m.value - std::stod(v)) > 1e-6) {
    err += " value";
  }
  if (const std::string h = flag_value(c.flags, "head"); !h.empty()) {
    const std::string got = m.head_token < tt.tokens.size() ? std::string(tt.tokens[m.head_token].norm) : "$";
    if (got != h) err += " head(" + got + ")";
  }
  if (err.empty()) return "";
  return "wrong" + err + ": got " + describe(c.text, m);
}

TEST(NumbersCorpus, EveryPhrasingResolves) {
  const std::vector<CorpusLine> corpus = load_corpus();
  ASSERT_GE(corpus.size(), 150u) << "tests/corpus/numbers.tsv missing or short";
  int failures = 0;
  for (const CorpusLine& c : corpus) {
    const std::string err = check(c);
    if (err.empty()) continue;
    ++failures;
    ADD_FAILURE() << "numbers.tsv:" << c.line << ": \"" << c.text << "\": " << err;
  }
  EXPECT_EQ(failures, 0) << "of " << corpus.size() << " corpus lines";
}

}  // namespace
}  // namespace reckon
