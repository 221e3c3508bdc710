// Sentence splitting by rules, not a model, in one pass over the stops and line breaks the
// tokenizer noted (BoundaryTokens; the tokens between them are not read again): a full stop,
// question or exclamation mark ends a sentence unless it closes an abbreviation
// (data/lexicon/abbreviations.tsv) or an initial, or the next word goes on in lowercase; closing
// quotes and brackets after the stop stay with it; a blank line always ends a sentence. A single
// line break ends one too (headlines,
// "# 16:29", date lines and bylines are sentences of their own) unless the line visibly goes on:
// it ends in a comma, a hyphen or a linking word, the next line starts in lowercase, or the
// paragraph is hard-wrapped prose (lines of even width).
#include "text/sentences.h"

#include <algorithm>
#include <cstdint>

#include "text/sentence_lexicon.h"

namespace reckon::text {
namespace {

bool is_closer(const Token& t) {
  return t.kind == TokenKind::kPunct &&
         (t.norm == "\"" || t.norm == "'" || t.norm == ")" || t.norm == "]");
}

bool starts_lowercase(const Token& t) {
  return t.kind == TokenKind::kWord && !t.has(kCapitalized) && !t.norm.empty() &&
         t.norm[0] >= 'a' && t.norm[0] <= 'z';
}

bool glued(const Token& a, const Token& b) {
  return a.span.end == b.span.start;
}

// The word after a stop reads as the start of a new sentence ("The", "He", "Police" is not one:
// only closed-class words are listed). A lone "A" or "I" followed by a full stop is an initial.
bool opens_sentence(const TokenizedText& tt, std::size_t j) {
  const Token& t = tt.tokens[j];
  if (!t.is_word() || !t.has(kCapitalized) || !sentence_lexicon().is_opener(t.norm)) return false;
  return !(t.norm.size() == 1 && j + 1 < tt.tokens.size() && tt.tokens[j + 1].is_punct('.'));
}

// After "a.m." or "p.m." the sentence goes on into a weekday, a month or a time zone.
bool continues_time(const Token& t) {
  if (t.has(kAllCaps) && t.norm.size() <= 4) return true;  // ET, GMT, UTC
  return t.is_word() && sentence_lexicon().is_calendar_word(t.norm);
}

// The letters of a dotted abbreviation ending at tokens[i-1] ("u.s", "a.m", "e.g"), or empty.
std::string_view dotted_key(const TokenizedText& tt, std::size_t i, char (&buffer)[16]) {
  std::size_t first = i - 1;
  while (first >= 2 && tt.tokens[first - 1].is_punct('.') && tt.tokens[first - 2].is_word() &&
         tt.tokens[first - 2].norm.size() == 1 &&
         glued(tt.tokens[first - 2], tt.tokens[first - 1]) &&
         glued(tt.tokens[first - 1], tt.tokens[first]) && i - first < 12) {
    first -= 2;
  }
  if (first == i - 1) return {};
  std::size_t n = 0;
  for (std::size_t k = first; k < i; ++k) buffer[n++] = tt.tokens[k].norm[0];
  return {buffer, n};
}

bool kind_ends(AbbreviationKind kind, const TokenizedText& tt, std::size_t i, std::size_t next) {
  const Token& after = tt.tokens[next];
  switch (kind) {
    case AbbreviationKind::kTitle:
      return false;
    case AbbreviationKind::kMonth:
      return after.kind != TokenKind::kNumber && after.has(kCapitalized);
    case AbbreviationKind::kTime:
      return after.has(kCapitalized) && !continues_time(after);
    case AbbreviationKind::kFinal:
      return after.has(kCapitalized) && !sentence_lexicon().is_street_type(after.norm);
    case AbbreviationKind::kSaint: {
      // "St. Louis" (a saint) vs "Main St. Police said" (a street): a street type follows a
      // capitalised name or a number.
      const Token& before = tt.tokens[i >= 2 ? i - 2 : 0];
      const bool street =
          i >= 2 && ((before.has(kCapitalized) && !before.has(kAllCaps)) || before.is_number()) &&
          !before.has(kNewlineBefore);  // "IN ST. ALBANS": capitals say nothing
      return street && after.has(kCapitalized);
    }
  }
  return true;
}

// A full stop after one letter: "U.S." and "U.N." end a sentence only before a line break or a
// sentence opener ("the U.S. The ..."); an initial ("J. Smith") likewise; a lowercase dotted
// abbreviation follows the table ("a.m.", "e.g.") or else ends before a capital.
bool letter_stop_ends(const TokenizedText& tt, std::size_t i, std::size_t next) {
  char buffer[16];
  std::string_view key = dotted_key(tt, i, buffer);
  if (key.empty()) key = tt.tokens[i - 1].norm;  // "v." in "Smith v. Jones"
  if (auto kind = sentence_lexicon().abbreviation(key)) return kind_ends(*kind, tt, i, next);
  const Token& after = tt.tokens[next];
  if (tt.tokens[i - 1].has(kCapitalized))
    return after.has(kNewlineBefore) || opens_sentence(tt, next);
  return after.has(kCapitalized);
}

// Does the terminator at tokens[i], followed (after any closing quotes) by tokens[next], end a
// sentence?
bool stop_ends_sentence(const TokenizedText& tt, std::size_t i, std::size_t next) {
  if (next >= tt.tokens.size()) return true;
  const Token& after = tt.tokens[next];
  if (after.has(kParagraphBefore)) return true;
  const Token& stop = tt.tokens[i];
  if (stop.norm != "." || next > i + 1) return !starts_lowercase(after);  // "“Why?” he asked"
  if (i == 0) return true;
  const Token& prev = tt.tokens[i - 1];
  if (!glued(prev, stop) || prev.kind != TokenKind::kWord) return !starts_lowercase(after);
  if (prev.norm.size() == 1) return letter_stop_ends(tt, i, next);
  if (auto kind = sentence_lexicon().abbreviation(prev.norm)) return kind_ends(*kind, tt, i, next);
  return !starts_lowercase(after) || after.has(kNewlineBefore);
}

// "at dawn.The town": a stop glued between a lowercase word and a capitalised one is a sentence
// end that lost its space (common in scraped text); "Report.az" and "U.S.A" are not.
bool missing_space(const TokenizedText& tt, std::size_t i, std::size_t next) {
  if (next != i + 1 || i == 0 || !tt.tokens[i].is_punct('.')) return false;
  const Token& prev = tt.tokens[i - 1];
  const Token& after = tt.tokens[next];
  return prev.is_word() && prev.norm.size() >= 2 && !prev.has(kCapitalized) &&
         !prev.has(kAllCaps) && after.is_word() && after.has(kCapitalized) &&
         !after.has(kAllCaps) && after.norm.size() >= 2 &&
         !sentence_lexicon().abbreviation(prev.norm) &&
         (next + 1 == tt.tokens.size() ||
          !glued(after, tt.tokens[next + 1]));  // not "www.Example.com"
}

// Does a single line break before tokens[i] end the sentence that holds tokens[i-1]?
bool line_break_ends_sentence(const TokenizedText& tt, std::size_t i, bool wrapped_paragraph) {
  const Token& prev = tt.tokens[i - 1];
  if (prev.kind == TokenKind::kPunct && (prev.norm == "," || prev.norm == "-" || prev.norm == "(" ||
                                         prev.norm == ";" || prev.norm == "&")) {
    return false;
  }
  if (prev.is_word() && !prev.has(kCapitalized) && sentence_lexicon().is_linking_word(prev.norm))
    return false;
  if (starts_lowercase(tt.tokens[i])) return false;
  return !wrapped_paragraph;
}

// A paragraph of three or more lines whose lines but the last are of even width (within 60% of
// the widest, at least 50 bytes) is hard-wrapped prose, where a line break is just a space.
bool is_wrapped_paragraph(const TokenizedText& tt, std::size_t first) {
  const std::size_t n = tt.tokens.size();
  std::uint32_t widest = 0;
  std::uint32_t narrowest = UINT32_MAX;
  std::size_t lines = 1;
  std::size_t line_start = first;
  for (std::size_t end = first + 1; end < n; ++end) {
    const std::uint8_t breaks = tt.tokens[end].flags & (kParagraphBefore | kNewlineBefore);
    if (breaks == 0) continue;  // most tokens: one test
    if ((breaks & kParagraphBefore) != 0) break;
    const std::uint32_t width = tt.tokens[end - 1].span.end - tt.tokens[line_start].span.start;
    widest = std::max(widest, width);  // a line followed by another: never the last
    narrowest = std::min(narrowest, width);
    ++lines;
    line_start = end;
  }
  return lines >= 3 && widest >= 50 && narrowest * 10 >= widest * 6;
}

bool only_punctuation(const TokenizedText& tt, std::size_t first, std::size_t last) {
  for (std::size_t i = first; i < last; ++i) {
    if (tt.tokens[i].kind != TokenKind::kPunct) return false;
  }
  return true;
}

}  // namespace

void split_sentences(TokenizedText& tt, const BoundaryTokens& boundaries) {
  const std::size_t n = tt.tokens.size();
  // News sentences run about 25 tokens and paragraphs two or three sentences: room for shorter
  // ones up front, so the vectors are seldom regrown.
  tt.sentences.reserve(n / 12 + 4);
  tt.paragraphs.reserve(n / 24 + 4);
  std::uint32_t first = 0;
  std::uint32_t paragraph = 0;
  std::size_t paragraph_first = 0;
  // Whether the paragraph is hard-wrapped: measured at its first single line break, since most
  // paragraphs have none and measuring reads every token of the paragraph.
  bool wrapped = false;
  bool wrapped_measured = false;
  auto close = [&](std::size_t last) {
    if (last > first && only_punctuation(tt, first, last) && !tt.sentences.empty() &&
        tt.sentences.back().paragraph == paragraph) {
      tt.sentences.back().last_token =
          static_cast<std::uint32_t>(last);  // ". . ." joins the sentence before
      tt.sentences.back().span.end = tt.tokens[last - 1].span.end;
    } else if (last > first) {
      Sentence s;
      s.first_token = first;
      s.last_token = static_cast<std::uint32_t>(last);
      s.span = tt.span_of(first, s.last_token);
      s.paragraph = paragraph;
      tt.sentences.push_back(s);
    }
    first = static_cast<std::uint32_t>(last);
  };
  std::size_t from = 0;  // the first token not yet read: a stop's closing quotes are passed over
  for (const std::uint32_t i : boundaries) {
    if (i < from || i >= n) continue;
    from = i + 1;
    const Token& t = tt.tokens[i];
    if (t.has(kParagraphBefore) || i == 0) {
      close(i);
      if (i > 0) tt.paragraphs.back().end = tt.tokens[i - 1].span.end;
      tt.paragraphs.push_back({t.span.start, t.span.end});
      paragraph = static_cast<std::uint32_t>(tt.paragraphs.size() - 1);
      paragraph_first = i;
      wrapped_measured = false;
    } else if (t.has(kNewlineBefore)) {
      if (!wrapped_measured) {
        wrapped = is_wrapped_paragraph(tt, paragraph_first);
        wrapped_measured = true;
      }
      if (i > first && line_break_ends_sentence(tt, i, wrapped)) close(i);
    }
    if (!is_terminator(t)) continue;
    std::size_t next = i + 1;
    while (next < n && is_closer(tt.tokens[next]) && !tt.tokens[next].has(kSpaceBefore)) ++next;
    if (next < n && !tt.tokens[next].has(kSpaceBefore) && !missing_space(tt, i, next))
      continue;  // "e.g.x", "?!"
    if (stop_ends_sentence(tt, i, next)) {
      close(next);
      from = next;
    }
  }
  close(n);
  if (!tt.paragraphs.empty() && n > 0) tt.paragraphs.back().end = tt.tokens[n - 1].span.end;
}

}  // namespace reckon::text
