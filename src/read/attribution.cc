// Bylines and body attributions. Every rule reads tokens (see reckon/text.h), so spelling
// variants, typographic dashes and quotes look alike; names are returned as the original bytes.
#include "read/attribution.h"

#include <algorithm>
#include <array>

#include "reckon/data.h"
#include "reckon/lexicon.h"

namespace reckon::read {
namespace {

enum class OutletKind : std::uint8_t { kOutlet, kWord, kRole, kBody };

const WordMap<OutletKind>& outlet_lexicon() {
  static const auto* table = [] {
    auto* t = new WordMap<OutletKind>();
    const std::string_view data = embedded_data("lexicon/outlets.tsv").value_or("");
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
      const OutletKind k = kind.rfind("word", 0) == 0   ? OutletKind::kWord
                           : kind.rfind("role", 0) == 0 ? OutletKind::kRole
                           : kind.rfind("body", 0) == 0 ? OutletKind::kBody
                                                        : OutletKind::kOutlet;
      t->emplace(line.substr(0, tab), k);
    }
    return t;
  }();
  return *table;
}

bool lexicon_is(std::string_view key, OutletKind kind) {
  const OutletKind* found = find_word(outlet_lexicon(), key);
  return found != nullptr && *found == kind;
}

// Tokens [first, last) joined as a lexicon key: norms, one space where the text has space.
std::string key_of(const TokenizedText& tt, std::size_t first, std::size_t last) {
  std::string key;
  for (std::size_t i = first; i < last; ++i) {
    if (i > first && tt.tokens[i].has(kSpaceBefore)) key.push_back(' ');
    key.append(tt.tokens[i].norm);
  }
  return key;
}

bool is_name_word(const Token& t) {
  return t.is_word() && (t.has(kCapitalized) || t.has(kAllCaps));
}

bool is_name_particle(const Token& t) {
  return t.is_word() && !t.has(kCapitalized) &&
         (t.norm == "de" || t.norm == "van" || t.norm == "von" || t.norm == "der" ||
          t.norm == "al" || t.norm == "bin" || t.norm == "ibn" || t.norm == "el" ||
          t.norm == "da" || t.norm == "di" || t.norm == "la" || t.norm == "le" || t.norm == "du" ||
          t.norm == "dos");
}

std::string slice(std::string_view text, const TokenizedText& tt, std::size_t first,
                  std::size_t last) {
  const Span s = tt.span_of(static_cast<std::uint32_t>(first), static_cast<std::uint32_t>(last));
  return std::string(text.substr(s.start, s.size()));
}

// How a run of byline tokens reads.
enum class Segment { kNone, kPerson, kOutlet, kRole };

Segment classify_segment(const TokenizedText& tt, std::size_t first, std::size_t last) {
  if (first >= last) return Segment::kNone;
  if (lexicon_is(key_of(tt, first, last), OutletKind::kOutlet)) return Segment::kOutlet;
  const bool article = tt.tokens[first].is_word() && tt.tokens[first].norm == "the";  // "The Times"
  int names = 0;
  int outlet_words = 0;
  int roles = 0;
  int people_joins = 0;
  for (std::size_t i = first + (article ? 1 : 0); i < last; ++i) {
    const Token& t = tt.tokens[i];
    if (t.is_word() && lexicon_is(t.norm, OutletKind::kBody))
      return Segment::kNone;  // "Defense Ministry"
    if (t.is_word() && lexicon_is(t.norm, OutletKind::kRole)) ++roles;
    if (t.is_word() && lexicon_is(t.norm, OutletKind::kWord)) ++outlet_words;
    if (is_name_word(t)) {
      ++names;
    } else if (t.is_word() && t.norm == "and") {
      ++people_joins;
    } else if (!is_name_particle(t) && !t.is_punct('.') && !t.is_punct('-') && !t.is_punct('\'') &&
               !t.is_punct('&') && !t.is_punct('/')) {
      return Segment::kNone;  // a lowercase word or a number: not a name
    }
  }
  if (names == 0) return Segment::kNone;
  if (roles > 0 && roles + people_joins >= names) return Segment::kRole;  // "Staff Writer"
  if (outlet_words > 0 || article) return Segment::kOutlet;
  if (names == 1) return Segment::kOutlet;  // "Azernews", "AFP", "Report.az"
  if (names <= 4 * (people_joins + 1)) return Segment::kPerson;
  return Segment::kNone;
}

bool splits_byline(const Token& t) {
  if (t.is_punct(',') || t.norm == "|" || t.is_punct(';')) return true;  // '|' is a symbol token
  if ((t.is_punct('-') || t.is_punct('/')) && t.has(kSpaceBefore))
    return true;  // not "Jean-Paul", "RFE/RL"
  return t.is_word() && !t.has(kCapitalized) && (t.norm == "for" || t.norm == "of");
}

}  // namespace

Byline read_byline(std::string_view words) {
  const TokenizedText tt = tokenize(words);
  Byline b;
  std::size_t first = 0;
  const std::size_t n = tt.tokens.size();
  for (std::size_t i = 0; i <= n; ++i) {
    if (i < n && !splits_byline(tt.tokens[i])) continue;
    std::size_t last = i;
    if (last > first + 1 && tt.tokens[last - 1].is_punct('.') &&
        tt.tokens[last - 2].norm.size() > 1)
      --last;  // not "J."
    switch (classify_segment(tt, first, last)) {
      case Segment::kPerson:
        if (b.author.empty()) b.author = slice(words, tt, first, last);
        break;
      case Segment::kOutlet:
        if (b.outlet.empty()) b.outlet = slice(words, tt, first, last);
        break;
      case Segment::kRole:
      case Segment::kNone:
        break;
    }
    first = i + 1;
  }
  return b;
}

namespace {

// The capitalised name that ends just before tokens[end]: up to four name words, with the glued
// punctuation of names like "Report.az", "Agence France-Presse" or "RFE/RL". Returns its first
// token, or `end` when there is none.
std::size_t name_before(const TokenizedText& tt, std::size_t end) {
  const auto& tk = tt.tokens;
  std::size_t first = end;
  int words = 0;
  while (first > 0) {
    const Token& t = tk[first - 1];
    const bool glued_after = first < end && !tk[first].has(kSpaceBefore);
    // Inside a name: glued punctuation ("Report.az", "France-Presse", "RFE/RL") and a lowercase
    // domain ending (the "az" of "Report.az").
    const bool glued_punct =
        glued_after && !t.has(kSpaceBefore) &&
        (t.is_punct('.') || t.is_punct('-') || t.is_punct('/') || t.is_punct('&'));
    const bool domain = t.is_word() && first == end && first >= 2 && !t.has(kSpaceBefore) &&
                        tk[first - 2].is_punct('.');
    if (is_name_word(t)) {
      if (words == 4) break;
      ++words;
    } else if (!glued_punct && !domain) {
      break;
    }
    --first;
  }
  while (first < end && !is_name_word(tk[first])) ++first;  // never start on punctuation
  return first;
}

bool is_report_verb(const Token& t) {
  return t.is_word() && (t.norm == "reports" || t.norm == "reported" || t.norm == "informs" ||
                         t.norm == "writes" || t.norm == "wrote");
}

bool starts_sentence(const TokenizedText& tt, std::size_t i) {
  return tt.sentences[tt.sentence_of(static_cast<std::uint32_t>(i))].first_token == i;
}

// "..., APA reports." / "..., the Trend news agency reported, citing ..." / "Trend reports citing"
std::string outlet_before_verb(std::string_view text, const TokenizedText& tt, std::size_t verb) {
  const auto& tk = tt.tokens;
  std::size_t end = verb;
  // Skip the outlet's description: "news agency", "TV channel", "newspaper".
  while (end > 0 && tk[end - 1].is_word() && !tk[end - 1].has(kCapitalized) && verb - end < 2 &&
         (lexicon_is(tk[end - 1].norm, OutletKind::kWord) || tk[end - 1].norm == "newspaper" ||
          tk[end - 1].norm == "website")) {
    --end;
  }
  const std::size_t first = name_before(tt, end);
  if (first == end) return {};
  std::size_t before = first;
  if (before > 0 && tk[before - 1].norm == "the") --before;
  const bool after_comma = before > 0 && tk[before - 1].is_punct(',');
  const Token* next = verb + 1 < tk.size() ? &tk[verb + 1] : nullptr;
  const bool then_ends = next != nullptr && (next->is_punct('.') || next->is_punct(',') ||
                                             next->norm == "citing" || next->norm == "quoting");
  const bool citing =
      next != nullptr &&
      (next->norm == "citing" || next->norm == "quoting" ||
       (next->is_punct(',') && verb + 2 < tk.size() && tk[verb + 2].norm == "citing"));
  if (classify_segment(tt, before, end) != Segment::kOutlet)
    return {};  // not "John Smith", "Defense Ministry"
  const bool known = lexicon_is(key_of(tt, first, end), OutletKind::kOutlet);
  // The present tense is the wire's own voice ("APA reports"); the past tense is told of anyone
  // ("Slattery reported", "NOPD reported"), so it names an outlet only when the name says so.
  const bool present =
      tk[verb].norm == "reports" || tk[verb].norm == "informs" || tk[verb].norm == "writes";
  bool outlet_words = end < verb;  // "the Trend news agency reported"
  for (std::size_t i = first; i < end && !outlet_words; ++i)
    outlet_words = lexicon_is(tk[i].norm, OutletKind::kWord);
  if (!present && !known && !outlet_words) return {};
  if ((after_comma && then_ends) || (starts_sentence(tt, before) && (citing || known))) {
    return slice(text, tt, first, end);
  }
  return {};
}

// "KYIV (Reuters) -", "BAKU, Oct 4 (AZERTAC) —": an outlet in brackets before a dash opening the
// story.
std::string outlet_in_dateline(std::string_view text, const TokenizedText& tt, std::size_t close) {
  const auto& tk = tt.tokens;
  if (close + 1 >= tk.size() || !(tk[close + 1].is_punct('-') || tk[close + 1].is_punct(':')))
    return {};
  const std::size_t first = name_before(tt, close);
  if (first == close || first == 0 || !tk[first - 1].is_punct('(')) return {};
  const std::size_t sentence_start =
      tt.sentences[tt.sentence_of(static_cast<std::uint32_t>(first))].first_token;
  if (first - sentence_start > 12) return {};  // a dateline opens its paragraph
  if (classify_segment(tt, first, close) != Segment::kOutlet &&
      !lexicon_is(key_of(tt, first, close), OutletKind::kOutlet))
    return {};
  return slice(text, tt, first, close);
}

// "according to AFP", "according to the Associated Press": only a known outlet, since "according
// to" names sources of every kind.
std::string outlet_after_according(std::string_view text, const TokenizedText& tt, std::size_t to) {
  std::size_t first = to + 1;
  if (first < tt.tokens.size() && tt.tokens[first].norm == "the") ++first;
  for (std::size_t last = std::min(tt.tokens.size(), first + 4); last > first; --last) {
    if (lexicon_is(key_of(tt, first, last), OutletKind::kOutlet))
      return slice(text, tt, first, last);
  }
  return {};
}

// Per first byte of a norm, the lengths (as bits) of the cues of outlet_from_body it may open:
// ')', "to", or a report verb of 5 to 8 letters starting r, i or w. Most tokens are passed over
// after one table read.
constexpr std::array<std::uint32_t, 256> kCueLengths = [] {
  std::array<std::uint32_t, 256> t{};
  t[')'] = 1u << 1;
  t['t'] = 1u << 2;
  for (const char c : {'r', 'i', 'w'}) t[static_cast<unsigned char>(c)] = 0xFu << 5;
  return t;
}();

bool may_cite_outlet(const Token& t) {
  const std::size_t n = t.norm.size();
  if (n == 0 || n > 8) return false;
  const std::uint32_t lengths = kCueLengths[static_cast<unsigned char>(t.norm[0])];
  return (lengths >> n & 1u) != 0 && (n != 2 || t.norm[1] == 'o');
}

// The first token in [from, end) that may open a cue, or `end`. A loop of its own, over a plain
// pointer, because it passes over nearly every token of the text.
std::size_t next_cue(const TokenizedText& tt, std::size_t from, std::size_t end) {
  const Token* const tokens = tt.tokens.data();
  for (std::size_t i = from; i < end; ++i) {
    if (may_cite_outlet(tokens[i])) return i;
  }
  return end;
}

// The first token that starts at or past byte `limit` (tokens are in text order).
std::size_t first_token_from(const TokenizedText& tt, std::size_t limit) {
  const auto it = std::partition_point(tt.tokens.begin(), tt.tokens.end(),
                                       [&](const Token& t) { return t.span.start < limit; });
  return static_cast<std::size_t>(it - tt.tokens.begin());
}

}  // namespace

std::string outlet_from_body(std::string_view text, const TokenizedText& tt,
                             std::size_t cue_bytes) {
  const auto& tk = tt.tokens;
  const std::size_t end = first_token_from(tt, cue_bytes);
  for (std::size_t i = next_cue(tt, 1, end); i < end; i = next_cue(tt, i + 1, end)) {
    std::string found;
    if (is_report_verb(tk[i]))
      found = outlet_before_verb(text, tt, i);
    else if (tk[i].is_punct(')'))
      found = outlet_in_dateline(text, tt, i);
    else if (tk[i].norm == "to" && tk[i - 1].norm == "according")
      found = outlet_after_according(text, tt, i);
    if (!found.empty()) return found;
  }
  return {};
}

std::string author_from_credits(std::string_view text) {
  const std::size_t from = text.size() > 800 ? text.size() - 800 : 0;
  for (std::string_view cue : {"Reporting by ", "Reported by ", "Written by ", "Writing by "}) {
    const std::size_t at = text.find(cue, from);
    if (at == std::string_view::npos) continue;
    std::string_view rest = text.substr(at + cue.size());
    rest = rest.substr(0, std::min(rest.find_first_of(";\n"), std::size_t{120}));
    if (Byline b = read_byline(rest); !b.author.empty()) return b.author;
  }
  return {};
}

}  // namespace reckon::read
