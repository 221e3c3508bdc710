// Sentence splitting against the corpus tests/corpus/sentences.tsv (adding a case is adding a
// line), plus the structural guarantees every caller relies on.
#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

#include "reckon/text.h"

namespace reckon {
namespace {

struct Case {
  int line = 0;
  std::string text;
  std::vector<std::string> sentences;
};

std::string unescape(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == 'n') {
      out.push_back('\n');
      ++i;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

std::vector<Case> load_corpus() {
  std::ifstream in(RECKON_SOURCE_DIR "/tests/corpus/sentences.tsv");
  std::vector<Case> cases;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    Case c;
    c.line = number;
    std::size_t pos = 0;
    bool first = true;
    while (pos <= line.size()) {
      std::size_t tab = line.find('\t', pos);
      if (tab == std::string::npos) tab = line.size();
      std::string field = unescape(line.substr(pos, tab - pos));
      if (first)
        c.text = std::move(field);
      else
        c.sentences.push_back(std::move(field));
      first = false;
      pos = tab + 1;
    }
    cases.push_back(std::move(c));
  }
  return cases;
}

TEST(SentenceCorpus, EveryLineSplitsAsWritten) {
  const std::vector<Case> cases = load_corpus();
  ASSERT_GE(cases.size(), 40u);
  for (const Case& c : cases) {
    const TokenizedText tt = tokenize(c.text);
    std::vector<std::string> got;
    for (const Sentence& s : tt.sentences)
      got.push_back(c.text.substr(s.span.start, s.span.size()));
    EXPECT_EQ(got, c.sentences) << "sentences.tsv line " << c.line << ": " << c.text;
  }
}

// Sentences tile the tokens in order, each span runs from its first token to its last, and every
// sentence lies inside its paragraph.
void expect_well_formed(const TokenizedText& tt) {
  std::uint32_t next = 0;
  for (const Sentence& s : tt.sentences) {
    ASSERT_EQ(s.first_token, next);
    ASSERT_LT(s.first_token, s.last_token);
    EXPECT_EQ(s.span, tt.span_of(s.first_token, s.last_token));
    ASSERT_LT(s.paragraph, tt.paragraphs.size());
    EXPECT_TRUE(tt.paragraphs[s.paragraph].contains(s.span));
    next = s.last_token;
  }
  EXPECT_EQ(next, tt.tokens.size());
  for (std::uint32_t i = 0; i < tt.tokens.size(); ++i) {
    const Sentence& s = tt.sentences[tt.sentence_of(i)];
    EXPECT_TRUE(s.first_token <= i && i < s.last_token);
  }
}

TEST(SentenceCorpus, EveryCaseIsWellFormed) {
  for (const Case& c : load_corpus()) {
    SCOPED_TRACE(c.line);
    expect_well_formed(tokenize(c.text));
  }
}

// Random texts from a small alphabet full of traps (stops, quotes, line breaks, multi-byte and
// invalid bytes) never break the structure.
TEST(SentenceCorpus, RandomTextsAreWellFormed) {
  const std::vector<std::string> pieces = {"Dr",     ".",    " ",        "\n",       "\n\n",
                                           "U",      "S",    "a",        "m",        "\"",
                                           "'",      ")",    "(",        "?",        "!",
                                           "Tərtər", "\xFF", "\xE2\x80", "5",        ",",
                                           "The",    "he",   "-",        "\xC2\xA0", "\xE2\x80\x9D",
                                           "…",      "St",   "\r"};
  std::uint32_t seed = 12345;
  auto rnd = [&] {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) & 0x7FFF;
  };
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const std::uint32_t length = rnd() % 40;
    for (std::uint32_t k = 0; k < length; ++k) text += pieces[rnd() % pieces.size()];
    SCOPED_TRACE(text);
    const TokenizedText tt = tokenize(text);
    expect_well_formed(tt);
    std::uint32_t previous_end = 0;
    for (const Token& t : tt.tokens) {
      ASSERT_GE(t.span.start, previous_end);
      ASSERT_LT(t.span.start, t.span.end);
      ASSERT_FALSE(t.norm.empty());
      ASSERT_GE(t.norm.data(), tt.norm_arena.data());
      ASSERT_LE(t.norm.data() + t.norm.size(), tt.norm_arena.data() + tt.norm_arena.size());
      previous_end = t.span.end;
    }
  }
}

}  // namespace
}  // namespace reckon
