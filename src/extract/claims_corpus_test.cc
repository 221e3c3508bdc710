// Claim extraction against tests/corpus/claims.tsv: each line is a report and what must be read
// from it (figures as intervals, dates, tallies, kinds, speakers), run through the real tokenizer
// and recognizers. Adding a phrasing is adding a line there.
#include <gtest/gtest.h>

#include <cctype>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/test_pipeline.h"

namespace reckon::extract {
namespace {

struct CorpusLine {
  int line = 0;
  std::string published, text, expect;
};

std::vector<CorpusLine> load_corpus() {
  std::ifstream in(std::string(RECKON_SOURCE_DIR) + "/tests/corpus/claims.tsv");
  std::vector<CorpusLine> out;
  std::string row;
  int n = 0;
  while (std::getline(in, row)) {
    ++n;
    if (row.empty() || row[0] == '#') continue;
    std::istringstream fields(row);
    CorpusLine c;
    c.line = n;
    std::getline(fields, c.published, '\t');
    std::getline(fields, c.text, '\t');
    std::getline(fields, c.expect, '\t');
    // "\n" in a text stands for a line break: paragraphs in one line of the corpus.
    for (std::size_t at = c.text.find("\\n"); at != std::string::npos; at = c.text.find("\\n", at + 1)) {
      c.text.replace(at, 2, "\n");
    }
    out.push_back(std::move(c));
  }
  return out;
}

std::string describe(const std::optional<Figure>& f) {
  if (!f) return "-";
  std::string s = std::to_string(f->min);
  if (!f->max) return s + "+";
  if (*f->max != f->min) s += ".." + std::to_string(*f->max);
  return s;
}

std::string spaces(std::string s) {
  for (char& c : s) c = c == '_' ? ' ' : c;
  return s;
}

// Checks one "key=value" expectation; returns a message when it does not hold.
std::string check(const Extraction& x, const std::string& prefixed, const std::string& want) {
  // "claim3.kind": the third claim (in salience order) instead of the first.
  std::string key = prefixed;
  std::size_t index = 0;
  if (key.starts_with("claim") && key.find('.') != std::string::npos && key.size() > 5 &&
      std::isdigit(static_cast<unsigned char>(key[5]))) {
    index = std::stoul(key.substr(5)) - 1;
    key = key.substr(key.find('.') + 1);
  }
  const Claim* c = index < x.claims.size() ? &x.claims[index] : nullptr;
  const Tally* t = x.tallies.empty() ? nullptr : &x.tallies.front();
  std::string got;
  if (key == "claims") got = std::to_string(x.claims.size());
  else if (key == "tallies") got = std::to_string(x.tallies.size());
  else if (key == "killed") got = c ? describe(c->killed) : "no claim";
  else if (key == "injured") got = c ? describe(c->injured) : "no claim";
  else if (key == "combined") got = c ? describe(c->killed_or_injured) : "no claim";
  else if (key == "date") got = c && c->date ? format_date(c->date->value, c->date->precision) : "-";
  else if (key == "kind") got = c ? c->kind : "no claim";
  else if (key == "weapon") got = c ? c->weapon : "no claim";
  else if (key == "said_by") got = c ? c->said_by : "no claim";
  else if (key == "damage") got = c ? std::to_string(c->damage.size()) : "no claim";
  else if (key == "place") got = c && c->place ? std::string(c->place->place.name) : "-";
  else if (key == "tally.killed") got = t ? describe(t->killed) : "no tally";
  else if (key == "tally.injured") got = t ? describe(t->injured) : "no tally";
  else if (key == "tally.combined") got = t ? describe(t->killed_or_injured) : "no tally";
  else if (key == "tally.as_of") got = t && t->as_of ? format_date(*t->as_of) : "-";
  else if (key == "tally.since") got = t && t->since ? format_date(*t->since) : "-";
  else if (key == "victims") {
    std::istringstream parts(want);
    std::string v;
    while (std::getline(parts, v, ',')) {
      if (!c || std::find(c->victims.begin(), c->victims.end(), v) == c->victims.end()) return "victims lack " + v;
    }
    return {};
  } else {
    return "unknown key " + key;
  }
  return got == spaces(want) ? std::string() : key + " is " + got + ", want " + spaces(want);
}

TEST(ClaimsCorpus, EveryLineReadsAsExpected) {
  const std::vector<CorpusLine> corpus = load_corpus();
  ASSERT_GE(corpus.size(), 30u);
  for (const CorpusLine& line : corpus) {
    const Document doc = testing::make_document(line.text, line.published);
    const Annotations a = testing::annotate_for_test(doc);
    const Extraction x = extract_claims(doc, a);
    std::istringstream expects(line.expect);
    std::string e;
    while (expects >> e) {
      const auto eq = e.find('=');
      ASSERT_NE(eq, std::string::npos) << "claims.tsv:" << line.line;
      const std::string msg = check(x, e.substr(0, eq), e.substr(eq + 1));
      EXPECT_TRUE(msg.empty()) << "claims.tsv:" << line.line << ": " << msg << "\n  " << line.text;
    }
  }
}

}  // namespace
}  // namespace reckon::extract
