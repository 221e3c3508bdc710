// Sentence splitting by rules, not a model: a full stop, question or exclamation mark ends a
// sentence unless it closes an abbreviation (data/lexicon/abbreviations.tsv) or an initial; a
// blank line always ends one; a single line break ends one unless the next line goes on in
// lowercase (hard-wrapped prose) or the line ended in a comma, hyphen or open bracket. So
// headlines, date lines and bylines are sentences of their own.
#include "text/sentences.h"

#include <string>
#include <unordered_map>

#include "reckon/data.h"

namespace reckon::text {
namespace {

enum class AbbreviationKind : std::uint8_t { kTitle, kFinal, kMonth };

const std::unordered_map<std::string, AbbreviationKind>& abbreviations() {
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::string, AbbreviationKind>();
    const std::string_view data = embedded_data("lexicon/abbreviations.tsv").value_or("");
    std::size_t pos = 0;
    while (pos < data.size()) {
      std::size_t eol = data.find('\n', pos);
      if (eol == std::string_view::npos) eol = data.size();
      const std::string_view line = data.substr(pos, eol - pos);
      pos = eol + 1;
      if (line.empty() || line[0] == '#') continue;
      const std::size_t tab = line.find('\t');
      if (tab == std::string_view::npos) continue;
      const std::string_view kind = line.substr(tab + 1);
      const AbbreviationKind k = kind.rfind("title", 0) == 0   ? AbbreviationKind::kTitle
                                 : kind.rfind("month", 0) == 0 ? AbbreviationKind::kMonth
                                                               : AbbreviationKind::kFinal;
      t->emplace(std::string(line.substr(0, tab)), k);
    }
    return t;
  }();
  return *table;
}

bool is_terminator(const Token& t) {
  return t.kind == TokenKind::kPunct && (t.norm == "." || t.norm == "!" || t.norm == "?" || t.norm == "...");
}

bool is_closer(const Token& t) {
  return t.kind == TokenKind::kPunct && (t.norm == "\"" || t.norm == "'" || t.norm == ")" || t.norm == "]");
}

bool starts_lowercase(const Token& t) {
  return t.kind == TokenKind::kWord && !t.has(kCapitalized) && !t.norm.empty() && t.norm[0] >= 'a' && t.norm[0] <= 'z';
}

// A full stop after one letter: an initial ("J. Smith") never ends a sentence; the last stop of a
// dotted capital abbreviation ("U.N.", "U.S.") only at a line break; a lowercase one ("a.m.",
// "p.m.") when a capitalised word follows.
bool single_letter_stop_ends_sentence(const TokenizedText& tt, std::size_t i, const Token& next) {
  const Token& prev = tt.tokens[i - 1];
  const bool dotted = i >= 2 && tt.tokens[i - 2].is_punct('.') && tt.tokens[i - 2].span.end == prev.span.start;
  if (prev.has(kCapitalized)) return dotted && next.has(kNewlineBefore);
  return next.has(kCapitalized);
}

// Does the full stop at tokens[i] end a sentence, given the token after it (if any)?
bool full_stop_ends_sentence(const TokenizedText& tt, std::size_t i) {
  const Token& stop = tt.tokens[i];
  if (stop.norm != ".") return true;
  if (i == 0) return true;
  const Token& prev = tt.tokens[i - 1];
  const Token* next = i + 1 < tt.tokens.size() ? &tt.tokens[i + 1] : nullptr;
  if (next == nullptr) return true;
  if (next->has(kParagraphBefore)) return true;
  if (prev.span.end != stop.span.start || prev.kind != TokenKind::kWord) {
    return !starts_lowercase(*next);
  }
  if (prev.norm.size() == 1) return single_letter_stop_ends_sentence(tt, i, *next);
  const auto& table = abbreviations();
  const auto it = table.find(std::string(prev.norm));
  if (it == table.end()) return !starts_lowercase(*next) || next->has(kNewlineBefore);
  switch (it->second) {
    case AbbreviationKind::kTitle: return false;
    case AbbreviationKind::kMonth: return next->kind != TokenKind::kNumber && next->has(kCapitalized);
    case AbbreviationKind::kFinal: return next->has(kCapitalized);
  }
  return true;
}

// Does a single line break before tokens[i] end the sentence that holds tokens[i-1]?
bool line_break_ends_sentence(const TokenizedText& tt, std::size_t i) {
  const Token& prev = tt.tokens[i - 1];
  if (prev.kind == TokenKind::kPunct && (prev.norm == "," || prev.norm == "-" || prev.norm == "(")) return false;
  return !starts_lowercase(tt.tokens[i]);
}

}  // namespace

void split_sentences(std::string_view input, TokenizedText& tt) {
  (void)input;
  const std::size_t n = tt.tokens.size();
  std::uint32_t first = 0;
  std::uint32_t paragraph = 0;
  auto close = [&](std::size_t last) {
    if (last > first) {
      Sentence s;
      s.first_token = first;
      s.last_token = static_cast<std::uint32_t>(last);
      s.span = tt.span_of(first, s.last_token);
      s.paragraph = paragraph;
      tt.sentences.push_back(s);
    }
    first = static_cast<std::uint32_t>(last);
  };
  for (std::size_t i = 0; i < n; ++i) {
    const Token& t = tt.tokens[i];
    if (t.has(kParagraphBefore)) {
      close(i);
      if (i > 0) tt.paragraphs.back().end = tt.tokens[i - 1].span.end;
      if (i > 0 || tt.paragraphs.empty()) tt.paragraphs.push_back({t.span.start, t.span.end});
      paragraph = static_cast<std::uint32_t>(tt.paragraphs.size() - 1);
    } else if (t.has(kNewlineBefore)) {
      if (i > first && line_break_ends_sentence(tt, i)) close(i);
    }
    if (!is_terminator(t)) continue;
    std::size_t end = i + 1;
    while (end < n && is_closer(tt.tokens[end]) && !tt.tokens[end].has(kSpaceBefore)) ++end;
    if (end < n && !tt.tokens[end].has(kSpaceBefore)) continue;  // "1.5", "e.g.x", "?!"
    if (full_stop_ends_sentence(tt, i)) {
      close(end);
      i = end - 1;
    }
  }
  close(n);
  if (!tt.paragraphs.empty() && n > 0) tt.paragraphs.back().end = tt.tokens[n - 1].span.end;
}

}  // namespace reckon::text
