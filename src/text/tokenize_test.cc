#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "reckon/text.h"

namespace reckon {
namespace {

std::vector<std::string> norms(const TokenizedText& tt) {
  std::vector<std::string> out;
  for (const Token& t : tt.tokens) out.emplace_back(t.norm);
  return out;
}

std::vector<std::string> sentences(std::string_view text) {
  const TokenizedText tt = tokenize(text);
  std::vector<std::string> out;
  for (const Sentence& s : tt.sentences) out.emplace_back(text.substr(s.span.start, s.span.size()));
  return out;
}

// `text` read alone and with sixteen spaces after it gives the same tokens: the two reads take
// different paths through the tokenizer near the end of the text.
void expect_same_read_with_room_after(const std::string& text) {
  const TokenizedText alone = tokenize(text);
  const TokenizedText padded = tokenize(text + std::string(16, ' '));
  ASSERT_EQ(norms(alone), norms(padded)) << text;
  for (std::size_t i = 0; i < alone.tokens.size(); ++i) {
    EXPECT_EQ(alone.tokens[i].flags, padded.tokens[i].flags) << text << " token " << i;
    EXPECT_EQ(alone.tokens[i].span, padded.tokens[i].span) << text << " token " << i;
    EXPECT_EQ(alone.tokens[i].kind, padded.tokens[i].kind) << text << " token " << i;
  }
}

using V = std::vector<std::string>;

TEST(Tokenize, WordsNumbersAndPunctuation) {
  EXPECT_EQ(norms(tokenize("Ten people, 500,000 residents; 1.5 million.")),
            (V{"ten", "people", ",", "500,000", "residents", ";", "1.5", "million", "."}));
}

TEST(Tokenize, HyphensAreTokensOfTheirOwn) {
  const TokenizedText tt = tokenize("forty-two 44-day 2020-10-11 AK-47");
  EXPECT_EQ(norms(tt), (V{"forty", "-", "two", "44", "-", "day", "2020", "-", "10", "-", "11", "ak",
                          "-", "47"}));
  EXPECT_FALSE(tt.tokens[1].has(kSpaceBefore));
  EXPECT_FALSE(tt.tokens[2].has(kSpaceBefore));
  EXPECT_TRUE(tt.tokens[3].has(kSpaceBefore));
}

TEST(Tokenize, NumbersKeepGluedLettersAndInnerSeparators) {
  const TokenizedText tt = tokenize("2nd 20s 4am 7:45 10.30 9mm $850,000 20%");
  EXPECT_EQ(norms(tt), (V{"2nd", "20s", "4am", "7:45", "10.30", "9mm", "$", "850,000", "20", "%"}));
  EXPECT_EQ(tt.tokens[0].kind, TokenKind::kNumber);
  EXPECT_EQ(tt.tokens[6].kind, TokenKind::kSymbol);
  EXPECT_EQ(tt.tokens[9].kind, TokenKind::kSymbol);
}

TEST(Tokenize, TrailingSeparatorIsNotPartOfANumber) {
  EXPECT_EQ(norms(tokenize("killed 10, injured 5.")),
            (V{"killed", "10", ",", "injured", "5", "."}));
}

TEST(Tokenize, FoldsDiacriticsAndAzerbaijaniLetters) {
  const TokenizedText tt = tokenize("Tərtər Mingəçevir Cəbrayıl Ağcabədi İsmayıllı Şəki Zürich");
  EXPECT_EQ(norms(tt),
            (V{"terter", "mingecevir", "cebrayil", "agcabedi", "ismayilli", "seki", "zurich"}));
  EXPECT_TRUE(tt.tokens[0].has(kCapitalized));
  EXPECT_TRUE(tt.tokens[4].has(kCapitalized));
  EXPECT_TRUE(tt.tokens[5].has(kCapitalized));
}

TEST(Tokenize, OffsetsCountOriginalBytes) {
  const std::string text = "Tərtər, Ganja";
  const TokenizedText tt = tokenize(text);
  ASSERT_EQ(tt.tokens.size(), 3u);
  EXPECT_EQ(text.substr(tt.tokens[0].span.start, tt.tokens[0].span.size()), "Tərtər");
  EXPECT_EQ(tt.tokens[2].span.start, text.find("Ganja"));
  EXPECT_EQ(tt.tokens[2].span.end, text.size());
}

TEST(Tokenize, TypographicQuotesDashesAndSpaces) {
  const TokenizedText tt = tokenize("“All” — Azerbaijan’s\u00A0city");
  EXPECT_EQ(norms(tt), (V{"\"", "all", "\"", "-", "azerbaijan", "'s", "city"}));
  EXPECT_TRUE(tt.tokens[6].has(kSpaceBefore));  // the no-break space separates
}

TEST(Tokenize, ApostrophesInsideWordsJoinButPossessivesSplit) {
  EXPECT_EQ(norms(tokenize("didn't O'Brien Armenia's NGOs'")),
            (V{"didn't", "o'brien", "armenia", "'s", "ngos", "'"}));
}

TEST(Tokenize, CaseFlags) {
  const TokenizedText tt = tokenize("NGOs NATO Police police");
  EXPECT_TRUE(tt.tokens[0].has(kCapitalized));
  EXPECT_FALSE(tt.tokens[0].has(kAllCaps));
  EXPECT_TRUE(tt.tokens[1].has(kAllCaps));
  EXPECT_TRUE(tt.tokens[2].has(kCapitalized));
  EXPECT_FALSE(tt.tokens[3].has(kCapitalized));
}

TEST(Tokenize, InvalidUtf8BecomesSymbolsAndNothingIsLost) {
  const std::string text = "ab\xFF\xFE cd \xE2\x80";
  const TokenizedText tt = tokenize(text);
  std::uint32_t covered = 0;
  for (const Token& t : tt.tokens) covered += t.span.size();
  EXPECT_EQ(covered, text.size() - 2);  // everything but the two spaces
  EXPECT_EQ(tt.tokens[1].kind, TokenKind::kSymbol);
}

TEST(Tokenize, NewlineAndParagraphFlags) {
  const TokenizedText tt = tokenize("Title\nBy Someone\n\nBody text.");
  EXPECT_TRUE(tt.tokens[0].has(kParagraphBefore));
  EXPECT_TRUE(tt.tokens[1].has(kNewlineBefore));
  EXPECT_FALSE(tt.tokens[1].has(kParagraphBefore));
  EXPECT_TRUE(tt.tokens[3].has(kParagraphBefore));
  EXPECT_EQ(tt.paragraphs.size(), 2u);
}

TEST(Tokenize, EmptyAndSpaceOnlyTexts) {
  EXPECT_TRUE(tokenize("").tokens.empty());
  EXPECT_TRUE(tokenize(" \n\t\n ").sentences.empty());
}

TEST(Tokenize, InvisibleCharactersJoinWordsAndLeaveNorms) {
  // A soft hyphen and a zero-width joiner inside a word, a BOM at the start, an emoji with a
  // variation selector.
  const std::string text =
      "\xEF\xBB\xBFGan\xC2\xADja Te\xE2\x80\x8Drter \xE2\x9D\xA4\xEF\xB8\x8F ok";
  const TokenizedText tt = tokenize(text);
  EXPECT_EQ(norms(tt), (V{"ganja", "terter", "\xE2\x9D\xA4", "ok"}));
  EXPECT_EQ(tt.tokens[0].span.start, 3u);
  EXPECT_EQ(tt.tokens[2].kind, TokenKind::kSymbol);
  EXPECT_TRUE(tt.tokens[0].has(kParagraphBefore));
}

TEST(Tokenize, CombiningMarksFoldAway) {
  EXPECT_EQ(norms(tokenize("Te\xCC\x81rter cafe\xCC\x81")), (V{"terter", "cafe"}));
}

TEST(Tokenize, LineEndsOfEveryKind) {
  const TokenizedText tt = tokenize(
      "a\r\nb\rc\xE2\x80\xA8"
      "d\r\n\r\ne");
  ASSERT_EQ(tt.tokens.size(), 5u);
  for (std::size_t i = 1; i < 5; ++i) EXPECT_TRUE(tt.tokens[i].has(kNewlineBefore)) << i;
  EXPECT_FALSE(tt.tokens[3].has(kParagraphBefore));
  EXPECT_TRUE(tt.tokens[4].has(kParagraphBefore));
}

TEST(Tokenize, UnicodeSpacesSeparateTokens) {
  const TokenizedText tt = tokenize(
      "10\xE2\x80\xAF"
      "000 a\xE2\x80\x83"
      "b\xE3\x80\x80"
      "c\tTab");
  EXPECT_EQ(norms(tt), (V{"10", "000", "a", "b", "c", "tab"}));
  for (std::size_t i = 1; i < tt.tokens.size(); ++i)
    EXPECT_TRUE(tt.tokens[i].has(kSpaceBefore)) << i;
}

TEST(Tokenize, TurkishAndLatinExtendedLetters) {
  const TokenizedText tt = tokenize("İSTANBUL Gümüşhane Łódź Ærø Straße Dvořák Đorđe ǝ");
  EXPECT_EQ(norms(tt),
            (V{"istanbul", "gumushane", "lodz", "aero", "strasse", "dvorak", "dorde", "e"}));
  EXPECT_TRUE(tt.tokens[0].has(kAllCaps));
}

TEST(Tokenize, CyrillicAndGreekAreLowercasedNotTransliterated) {
  const TokenizedText tt = tokenize("Харків ΑΘΗΝΑ");
  EXPECT_EQ(norms(tt), (V{"харків", "αθηνα"}));
  EXPECT_TRUE(tt.tokens[0].has(kCapitalized));
  EXPECT_TRUE(tt.tokens[1].has(kAllCaps));
}

TEST(Tokenize, DashesQuotesAndEllipsisNormalise) {
  const TokenizedText tt = tokenize(
      "a\xE2\x80\x93"
      "b \xE2\x80\x94 \xE2\x80\x9Ex\xE2\x80\x9C \xC2\xABy\xC2\xBB wait\xE2\x80\xA6");
  EXPECT_EQ(norms(tt), (V{"a", "-", "b", "-", "\"", "x", "\"", "\"", "y", "\"", "wait", "..."}));
  EXPECT_EQ(tt.tokens[1].kind, TokenKind::kPunct);
}

TEST(Tokenize, NumbersWithSeparatorsAndGluedLetters) {
  const TokenizedText tt = tokenize("1,000.50 3rd 1990s 10:30am 7.62mm 2,5 1. 2");
  EXPECT_EQ(norms(tt), (V{"1,000.50", "3rd", "1990s", "10:30am", "7.62mm", "2,5", "1", ".", "2"}));
  for (std::size_t i = 0; i < 6; ++i) EXPECT_EQ(tt.tokens[i].kind, TokenKind::kNumber) << i;
}

TEST(Tokenize, WordsMayHoldDigitsAfterALetter) {
  const TokenizedText tt = tokenize("AK47 Su-25 COVID-19");
  EXPECT_EQ(norms(tt), (V{"ak47", "su", "-", "25", "covid", "-", "19"}));
  EXPECT_EQ(tt.tokens[0].kind, TokenKind::kWord);
  EXPECT_TRUE(tt.tokens[0].has(kAllCaps));
}

// Runs of letters are read eight bytes at a time while eight bytes remain, and byte by byte
// near the end of the text; both must read a word alike.
TEST(Tokenize, LongRunsReadAsShortOnes) {
  const TokenizedText tt =
      tokenize("ABCDEFGHIJKLMNOP ABCDEFGHij Abcdefghijklmnop abcdefgH9ij ZZZZZZZZ9a @[`{ AbCdEfGh");
  EXPECT_EQ(norms(tt), (V{"abcdefghijklmnop", "abcdefghij", "abcdefghijklmnop", "abcdefgh9ij",
                          "zzzzzzzz9a", "@", "[", "`", "{", "abcdefgh"}));
  EXPECT_TRUE(tt.tokens[0].has(kAllCaps));
  EXPECT_FALSE(tt.tokens[1].has(kAllCaps));
  EXPECT_TRUE(tt.tokens[2].has(kCapitalized));
  EXPECT_FALSE(tt.tokens[2].has(kAllCaps));
  EXPECT_FALSE(tt.tokens[4].has(kAllCaps));  // a lowercase letter after the digit
  EXPECT_FALSE(tt.tokens[9].has(kAllCaps));
}

TEST(Tokenize, EveryAsciiTextReadsTheSameWithRoomAfterIt) {
  // Every printable ASCII byte and the control bytes next to the letter and digit ranges, in
  // runs of varied length; a text read with spaces after it takes the eight-byte path where the
  // text alone ends on the byte-by-byte one.
  std::string alphabet = "aAzZmMqQ09 .,:-'@[`{/\x7f\x10\x19\x1a";
  for (char c = '!'; c <= '~'; ++c) alphabet.push_back(c);
  std::uint32_t seed = 12345;
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int length = 1 + round % 24;
    for (int i = 0; i < length; ++i) {
      seed = seed * 1664525u + 1013904223u;
      const bool letter_run = (seed >> 8) % 4 != 0;  // mostly letters, as in words
      text.push_back(letter_run
                         ? static_cast<char>(((seed >> 12) % 2 ? 'a' : 'A') + (seed >> 16) % 26)
                         : alphabet[(seed >> 16) % alphabet.size()]);
    }
    expect_same_read_with_room_after(text);
  }
}

TEST(Tokenize, PlainLoopReadsAsTheGeneralOne) {
  // A text of at most sixteen bytes is read by the general loop alone (the plain loop leaves the
  // last sixteen bytes to it); with room after it, the plain loop reads what it can and hands over
  // at a line end, an apostrophe, a separator in a number or a non-ASCII character.
  const std::vector<std::string> pieces = {"a", "Z", "m", "Q", "9", "0", " ", "\n", "\r",
                                           "'", ",", ".", ":", "-", "$", "é", "’",  "\t"};
  std::uint32_t seed = 987;
  for (int round = 0; round < 4000; ++round) {
    std::string text;
    while (true) {
      seed = seed * 1664525u + 1013904223u;
      const std::string& piece = pieces[(seed >> 16) % pieces.size()];
      if (text.size() + piece.size() > 16) break;
      text += piece;
    }
    expect_same_read_with_room_after(text);
  }
}

TEST(Tokenize, OffsetsAfterMultiByteCharactersAndInvalidBytes) {
  const std::string text = "Şəki \xFF “Ağdam” 12";
  const TokenizedText tt = tokenize(text);
  ASSERT_EQ(tt.tokens.size(), 6u);
  for (const Token& t : tt.tokens) {
    const std::string_view original(text.data() + t.span.start, t.span.size());
    EXPECT_FALSE(original.empty());
  }
  EXPECT_EQ(text.substr(tt.tokens[3].span.start, tt.tokens[3].span.size()), "Ağdam");
  EXPECT_EQ(tt.tokens[1].kind, TokenKind::kSymbol);
  EXPECT_EQ(tt.tokens[5].span.start, text.size() - 2);
}

TEST(Tokenize, CopiesOwnTheirNorms) {
  TokenizedText copy;
  {
    const TokenizedText original = tokenize("Rockets hit Ganja overnight.");
    copy = original;
  }
  EXPECT_EQ(norms(copy), (V{"rockets", "hit", "ganja", "overnight", "."}));
  for (const Token& t : copy.tokens) {
    EXPECT_GE(t.norm.data(), copy.norm_arena.data());
    EXPECT_LE(t.norm.data() + t.norm.size(), copy.norm_arena.data() + copy.norm_arena.size());
  }
  // Moves on the vector's growth keep norms valid (so no reserve here: the growth is the test).
  std::vector<TokenizedText> many;
  for (int i = 0; i < 20; ++i)
    many.push_back(tokenize("a b"));  // NOLINT(performance-inefficient-vector-operation)
  for (const TokenizedText& t : many) EXPECT_EQ(norms(t), (V{"a", "b"}));
}

TEST(Sentences, SplitsOnFullStopsQuestionAndExclamationMarks) {
  EXPECT_EQ(sentences("One was killed. Two were hurt! Why? Nobody knows."),
            (V{"One was killed.", "Two were hurt!", "Why?", "Nobody knows."}));
}

TEST(Sentences, AbbreviationsAndInitialsDoNotSplit) {
  EXPECT_EQ(
      sentences(
          "Dr. Smith and Gov. J. R. Brown met at St. Mary's on Oct. 4 at 9 a.m. Police came."),
      (V{"Dr. Smith and Gov. J. R. Brown met at St. Mary's on Oct. 4 at 9 a.m.", "Police came."}));
  EXPECT_EQ(sentences("The U.N. Security Council met. It adjourned."),
            (V{"The U.N. Security Council met.", "It adjourned."}));
  EXPECT_EQ(sentences("It happened on Jan. 5. Then more."),
            (V{"It happened on Jan. 5.", "Then more."}));
}

TEST(Sentences, ClosingQuotesStayWithTheirSentence) {
  EXPECT_EQ(sentences("\"We saw it.\" He left. (It was late.) End."),
            (V{"\"We saw it.\"", "He left.", "(It was late.)", "End."}));
}

TEST(Sentences, DecimalsAndNumbersDoNotSplit) {
  EXPECT_EQ(sentences("About 1.5 million live there. No. 5 was hit."),
            (V{"About 1.5 million live there.", "No. 5 was hit."}));
}

TEST(Sentences, HeadlinesAndDateLinesEndAtTheirLineBreak) {
  EXPECT_EQ(
      sentences("Missiles hit the city\n# 16:29\n4 October 2020\n\nThe attack began at dawn."),
      (V{"Missiles hit the city", "# 16:29", "4 October 2020", "The attack began at dawn."}));
}

TEST(Sentences, HardWrappedProseContinuesAcrossLineBreaks) {
  const std::string wrapped =  // a line break inside a sentence, before a lowercase word
      "The regional administration said on Thursday that artillery shells hit\n"
      "several houses in the town overnight, and that one civilian was wounded.";
  EXPECT_EQ(sentences(wrapped).size(), 1u);
}

TEST(Sentences, LowercaseAfterStopDoesNotSplit) {
  EXPECT_EQ(sentences("The approx. figure is 40. it is low").size(), 1u);
}

TEST(Sentences, SentenceOfAndParagraphIndex) {
  const TokenizedText tt = tokenize("A b. C d.\n\nE f.");
  ASSERT_EQ(tt.sentences.size(), 3u);
  EXPECT_EQ(tt.sentence_of(0), 0u);
  EXPECT_EQ(tt.sentence_of(3), 1u);
  EXPECT_EQ(tt.sentence_of(static_cast<std::uint32_t>(tt.tokens.size() - 1)), 2u);
  EXPECT_EQ(tt.sentences[2].paragraph, 1u);
  EXPECT_EQ(tt.sentences[0].paragraph, 0u);
}

TEST(Sentences, SentencesCoverEveryTokenInOrder) {
  const std::string text =
      "Mr. X said: \"Two died.\" Later, on Oct. 11, three more. Why?\nHeadline\n\nEnd";
  const TokenizedText tt = tokenize(text);
  std::uint32_t next = 0;
  for (const Sentence& s : tt.sentences) {
    EXPECT_EQ(s.first_token, next);
    EXPECT_LT(s.first_token, s.last_token);
    next = s.last_token;
  }
  EXPECT_EQ(next, tt.tokens.size());
}

}  // namespace
}  // namespace reckon
