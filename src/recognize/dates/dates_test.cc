// Runs the Duckling-style corpus tests/corpus/dates.tsv: every line is a phrasing in context, the
// publication date it is read against, and the value the marked mention must resolve to. Adding
// a phrasing is adding a line there.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "reckon/dates.h"

namespace reckon {
namespace {

struct CorpusCase {
  int line = 0;
  CivilDate published;
  std::string text;           // brackets removed, "\n" unescaped
  Span target;                // the bracketed bytes; empty when unmarked
  bool marked = false;
  std::string value;          // YYYY-MM-DD, "none" or "unresolved"
  std::string precision;
  std::string minutes;        // "-" or a number
  std::string form;           // optional
  std::string said_on;        // optional
};

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> f;
  std::stringstream ss(line);
  std::string field;
  while (std::getline(ss, field, '\t')) f.push_back(field);
  return f;
}

CorpusCase parse_case(int line_no, const std::vector<std::string>& f) {
  CorpusCase c;
  c.line = line_no;
  c.published = parse_iso_date(f[0]).value_or(CivilDate{});
  const std::string& raw = f[1];
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == '\\' && i + 1 < raw.size() && raw[i + 1] == 'n') {
      c.text += '\n';
      ++i;
    } else if (raw[i] == '[' && !c.marked) {
      c.target.start = static_cast<std::uint32_t>(c.text.size());
    } else if (raw[i] == ']' && !c.marked) {
      c.target.end = static_cast<std::uint32_t>(c.text.size());
      c.marked = true;
    } else {
      c.text += raw[i];
    }
  }
  c.value = f[2];
  c.precision = f.size() > 3 ? f[3] : "day";
  c.minutes = f.size() > 4 ? f[4] : "-";
  c.form = f.size() > 5 ? f[5] : "";
  c.said_on = f.size() > 6 ? f[6] : "";
  return c;
}

std::vector<CorpusCase> load_corpus() {
  std::ifstream in(std::string(RECKON_SOURCE_DIR) + "/tests/corpus/dates.tsv");
  std::vector<CorpusCase> cases;
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    const auto f = split_tabs(line);
    if (f.size() < 3) {
      ADD_FAILURE() << "dates.tsv:" << n << ": fewer than 3 columns";
      continue;
    }
    cases.push_back(parse_case(n, f));
  }
  return cases;
}

std::string describe(const std::vector<DateMention>& ms, const std::string& text) {
  std::string s;
  for (const DateMention& m : ms) {
    s += " [" + text.substr(m.span.start, m.span.size()) + "]=" + format_date(m.value, m.precision) + "/" +
         std::string(to_string(m.form)) + (m.resolved ? "" : "/unresolved");
  }
  return s.empty() ? " (no mentions)" : s;
}

// Checks one case; returns an empty string when it passes, else what went wrong.
std::string check(const CorpusCase& c) {
  const TokenizedText tt = tokenize(c.text);
  const std::vector<DateMention> ms = recognize_dates(tt, c.text, c.published);
  const DateMention* hit = nullptr;
  for (const DateMention& m : ms) {
    if (!c.marked || m.span.overlaps(c.target)) {
      hit = &m;
      break;
    }
  }
  const std::string all = describe(ms, c.text);
  if (c.value == "none") return hit == nullptr ? "" : "expected no date, got" + all;
  if (hit == nullptr) return "expected " + c.value + ", got" + all;
  if (c.value == "unresolved") return hit->resolved ? "expected unresolved, got" + all : "";
  std::string err;
  if (!hit->resolved) err += " unresolved;";
  if (format_date(hit->value) != c.value) err += " value;";
  if (std::string(to_string(hit->precision)) != c.precision) err += " precision;";
  const std::string minutes = hit->minutes ? std::to_string(*hit->minutes) : "-";
  if (minutes != c.minutes) err += " minutes " + minutes + ";";
  if (!c.form.empty() && std::string(to_string(hit->form)) != c.form) err += " form;";
  if (!c.said_on.empty() && (!hit->said_on || format_date(*hit->said_on) != c.said_on)) err += " said_on;";
  return err.empty() ? "" : "expected " + c.value + " " + c.precision + "," + err + " got" + all;
}

TEST(DatesCorpus, EveryPhrasingResolves) {
  const std::vector<CorpusCase> cases = load_corpus();
  ASSERT_GE(cases.size(), 150u) << "the corpus went missing or shrank";
  int failures = 0;
  for (const CorpusCase& c : cases) {
    const std::string err = check(c);
    if (!err.empty()) {
      ++failures;
      ADD_FAILURE() << "dates.tsv:" << c.line << ": " << c.text << "\n  " << err;
    }
  }
  EXPECT_EQ(failures, 0) << "of " << cases.size() << " cases";
}

}  // namespace
}  // namespace reckon
