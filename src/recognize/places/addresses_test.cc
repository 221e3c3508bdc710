// Address recognizer tests: the phrasing corpus tests/corpus/addresses.tsv (each sentence with
// the exact addresses it must yield, kind and words), the lexicon, ranking, and traps.
#include "addresses.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

#include "addresses_lexicon.h"

namespace reckon {
namespace {

std::string kind_word(AddressKind k) {
  return k == AddressKind::kHouseNumber ? "house" : std::string(to_string(k));
}

// "kind: words" for each address found in `text`.
std::vector<std::string> found(const std::string& text) {
  const TokenizedText tt = tokenize(text);
  std::vector<std::string> out;
  for (const RankedAddress& a : find_addresses(tt, text))
    out.push_back(kind_word(a.kind) + ": " +
                  text.substr(a.mention.span.start, a.mention.span.size()));
  return out;
}

TEST(Addresses, Corpus) {
  std::ifstream in(std::string(RECKON_SOURCE_DIR) + "/tests/corpus/addresses.tsv");
  ASSERT_TRUE(in) << "missing tests/corpus/addresses.tsv";
  int lines = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::size_t start = 0;
    for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1)
      fields.push_back(line.substr(start, tab - start));
    fields.push_back(line.substr(start));
    const std::vector<std::string> want(fields.begin() + 1, fields.end());
    EXPECT_EQ(found(fields[0]), want) << fields[0];
    ++lines;
  }
  EXPECT_GE(lines, 80);
}

TEST(Addresses, PublicApiReturnsTheSameSpans) {
  const std::string text = "He was shot in the 300 block of Elm Street and died on Oak Avenue.";
  const TokenizedText tt = tokenize(text);
  const std::vector<AddressMention> mentions = recognize_addresses(tt, text);
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(text.substr(mentions[0].span.start, mentions[0].span.size()),
            "300 block of Elm Street");
  EXPECT_EQ(mentions[0].first_token + 5, mentions[0].last_token);
  EXPECT_EQ(text.substr(mentions[1].span.start, mentions[1].span.size()), "Oak Avenue");
}

TEST(Addresses, RanksBlockOverStreetAndSceneOverHome) {
  const std::string text =
      "Police went to Main Street. John Smith, 40, of the 100 block of Brooklyn Street, was "
      "charged. "
      "The victim was shot in the 2300 block of Hunter Street.";
  const TokenizedText tt = tokenize(text);
  const std::vector<RankedAddress> all = find_addresses(tt, text);
  ASSERT_EQ(all.size(), 3u);
  EXPECT_FALSE(all[0].residence);
  EXPECT_TRUE(all[1].residence);
  EXPECT_TRUE(all[2].incident_context);
  EXPECT_GT(all[1].specificity, all[0].specificity);
  const std::size_t pick = incident_address(all);
  ASSERT_EQ(pick, 2u);
  EXPECT_EQ(all[pick].kind, AddressKind::kBlock);
}

TEST(Addresses, EarliestWinsAmongEquals) {
  const std::string text = "Shots hit 12 Elm Street and 40 Oak Street.";
  const TokenizedText tt = tokenize(text);
  const std::vector<RankedAddress> all = find_addresses(tt, text);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(incident_address(all), 0u);
  EXPECT_EQ(incident_address({}), static_cast<std::size_t>(-1));
}

TEST(Addresses, EmptyAndPunctuationOnlyTexts) {
  EXPECT_TRUE(found("").empty());
  EXPECT_TRUE(found("...").empty());
  EXPECT_TRUE(found("Street").empty());
  EXPECT_TRUE(found("block of").empty());
  EXPECT_TRUE(found("300 block").empty());
  EXPECT_TRUE(found("and Main").empty());
  EXPECT_TRUE(found("U.S.").empty());
}

TEST(Addresses, SpanEndsBeforeSentenceFullStop) {
  EXPECT_EQ(found("He lives at 12 Elm St."), std::vector<std::string>{"house: 12 Elm St"});
  EXPECT_EQ(found("It was on Oak Avenue.\nMain Street was quiet."),
            (std::vector<std::string>{"street: Oak Avenue", "street: Main Street"}));
}

TEST(Addresses, HeadlineLineBreakEndsAName) {
  EXPECT_EQ(found("Shooting near 24th & Concordia\nMILWAUKEE Police said"),
            std::vector<std::string>{"intersection: 24th & Concordia"});
}

// Random sentences from the words the rules react to: every address must lie inside the text,
// start and end on token boundaries, and come in text order without overlapping another.
TEST(Addresses, RandomWordSoupKeepsSpansSane) {
  static const char* const kWords[] = {"the",
                                       "block",
                                       "of",
                                       "300",
                                       "92",
                                       "-",
                                       "2100",
                                       "Elm",
                                       "Street",
                                       "St",
                                       ".",
                                       "and",
                                       "&",
                                       "near",
                                       "at",
                                       "N",
                                       "NE",
                                       "North",
                                       "I",
                                       "Route",
                                       "95",
                                       "U",
                                       "S",
                                       "Court",
                                       "Park",
                                       "Broadway",
                                       "streets",
                                       "61st",
                                       "intersection",
                                       "corner",
                                       "on",
                                       "1/2",
                                       "(",
                                       ")",
                                       ",",
                                       "Mile",
                                       "9",
                                       "County",
                                       "Road",
                                       "between",
                                       "\n",
                                       "Dr",
                                       "Martin",
                                       "King",
                                       "Jr",
                                       "Boulevard",
                                       "percent",
                                       "home",
                                       "Superior",
                                       "Avenue",
                                       "in",
                                       "2015"};
  std::uint32_t seed = 12345;
  for (int round = 0; round < 5000; ++round) {
    std::string text;
    const int n = 1 + static_cast<int>(seed % 25);
    for (int w = 0; w < n; ++w) {
      seed = seed * 1103515245u + 12345u;
      const std::string word = kWords[(seed >> 16) % (sizeof(kWords) / sizeof(kWords[0]))];
      if (!text.empty() && word != "\n" && (seed & 0x100) != 0) text += ' ';
      text += word;
    }
    const TokenizedText tt = tokenize(text);
    const std::vector<RankedAddress> all = find_addresses(tt, text);
    std::uint32_t previous_end = 0;
    for (const RankedAddress& a : all) {
      ASSERT_LT(a.mention.first_token, a.mention.last_token) << text;
      ASSERT_LE(a.mention.last_token, tt.tokens.size()) << text;
      ASSERT_EQ(a.mention.span.start, tt.tokens[a.mention.first_token].span.start) << text;
      ASSERT_EQ(a.mention.span.end, tt.tokens[a.mention.last_token - 1].span.end) << text;
      ASSERT_LE(a.mention.span.end, text.size()) << text;
      ASSERT_LE(previous_end, a.mention.span.start) << text;
      previous_end = a.mention.span.end;
    }
  }
}

TEST(AddressLexicon, ClassesFromBothFiles) {
  using namespace addresses;
  const AddressLexicon& lex = AddressLexicon::builtin();
  EXPECT_NE(lex.classes("street") & kStrongType, 0u);
  EXPECT_NE(lex.classes("ave") & kAbbrev, 0u);
  EXPECT_EQ(lex.classes("avenue") & kAbbrev, 0u);
  EXPECT_NE(lex.classes("court") & kWeakType, 0u);
  EXPECT_NE(lex.classes("nw") & kDirection, 0u);
  EXPECT_NE(lex.classes("w") & kAbbrev, 0u);
  EXPECT_NE(lex.classes("interstate") & kRoute, 0u);
  EXPECT_NE(lex.classes("dr") & kStrongType, 0u);
  EXPECT_NE(lex.classes("dr") & kNameAbbrev, 0u);
  EXPECT_NE(lex.classes("journal") & kOrgFollower, 0u);
  EXPECT_EQ(lex.classes("banana"), 0u);
  EXPECT_EQ(lex.classes(""), 0u);
  EXPECT_EQ(lex.classes("a-very-long-word-that-no-table-holds"), 0u);
}

TEST(AddressLexicon, FromTables) {
  using namespace addresses;
  const AddressLexicon lex = AddressLexicon::from_tables(
      "# comment\nstreet\tstreet\tstrong\nst\tstreet\tstrong\r\ncourt\tcourt\tweak\n",
      "on\tnot_name,street_cue\nbad\n");
  EXPECT_EQ(lex.classes("street"), kStrongType);
  EXPECT_EQ(lex.classes("st"), kStrongType | kAbbrev);
  EXPECT_EQ(lex.classes("court"), kWeakType);
  EXPECT_EQ(lex.classes("on"), kNotName | kStreetCue);
  EXPECT_EQ(lex.classes("bad"), 0u);
  EXPECT_EQ(lex.classes("comment"), 0u);
}

// Only a strong type written out in full has a plural class: "streets", not "sts" or "courts".
TEST(AddressLexicon, PluralsOfStrongTypes) {
  using namespace addresses;
  const AddressLexicon lex = AddressLexicon::from_tables(
      "street\tstreet\tstrong\nst\tstreet\tstrong\ncourt\tcourt\tweak\nexpressways\texpressways\tst"
      "rong\n",
      "on\tnot_name,street_cue\n");
  EXPECT_EQ(lex.classes("streets"), kPluralType);
  EXPECT_EQ(lex.classes("street"), kStrongType);
  EXPECT_EQ(lex.classes("sts"), 0u);
  EXPECT_EQ(lex.classes("courts"), 0u);
  EXPECT_EQ(lex.classes("expresswayss"), 0u);  // its stem is longer than a plural's may be
  EXPECT_EQ(lex.classes("ons"), 0u);
  EXPECT_NE(AddressLexicon::builtin().classes("avenues") & kPluralType, 0u);
}

}  // namespace
}  // namespace reckon
