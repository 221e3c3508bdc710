// Parses the sentence splitter's lexicons once, on first use (a function-local static).
#include "text/sentence_lexicon.h"

#include "reckon/data.h"

namespace reckon::text {
namespace {

// Calls fn(first_column, second_column) for each data line of an embedded TSV file.
template <typename Fn>
void for_each_row(std::string_view file, Fn fn) {
  const std::string_view data = embedded_data(file).value_or("");
  std::size_t pos = 0;
  while (pos < data.size()) {
    std::size_t eol = data.find('\n', pos);
    if (eol == std::string_view::npos) eol = data.size();
    std::string_view line = data.substr(pos, eol - pos);
    pos = eol + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    const std::size_t tab = line.find('\t');
    const std::string_view key = line.substr(0, tab);
    std::string_view value =
        tab == std::string_view::npos ? std::string_view() : line.substr(tab + 1);
    value = value.substr(0, value.find('\t'));
    fn(key, value);
  }
}

AbbreviationKind kind_of(std::string_view kind) {
  if (kind == "title") return AbbreviationKind::kTitle;
  if (kind == "month") return AbbreviationKind::kMonth;
  if (kind == "time") return AbbreviationKind::kTime;
  if (kind == "saint") return AbbreviationKind::kSaint;
  return AbbreviationKind::kFinal;
}

}  // namespace

SentenceLexicon::SentenceLexicon() {
  for_each_row("lexicon/abbreviations.tsv", [&](std::string_view key, std::string_view kind) {
    abbreviations_.emplace(key, kind_of(kind));
  });
  for_each_row("lexicon/sentence_openers.tsv", [&](std::string_view word, std::string_view kind) {
    (kind == "linking" ? linking_ : openers_).emplace(word);
  });
  for (const char* file : {"lexicon/months.tsv", "lexicon/weekdays.tsv"}) {
    for_each_row(file, [&](std::string_view word, std::string_view) { calendar_.emplace(word); });
  }
  const std::string_view streets = embedded_data("lexicon/street_types.tsv").value_or("");
  std::size_t pos = 0;
  while (pos < streets.size()) {  // word <TAB> canonical <TAB> strength: only the strong ones
    std::size_t eol = streets.find('\n', pos);
    if (eol == std::string_view::npos) eol = streets.size();
    const std::string_view line = streets.substr(pos, eol - pos);
    pos = eol + 1;
    if (line.empty() || line[0] == '#' || line.find("\tstrong") == std::string_view::npos) continue;
    streets_.emplace(line.substr(0, line.find('\t')));
  }
}

std::optional<AbbreviationKind> SentenceLexicon::abbreviation(std::string_view norm) const {
  const AbbreviationKind* kind = find_word(abbreviations_, norm);
  if (kind == nullptr) return std::nullopt;
  return *kind;
}

const SentenceLexicon& sentence_lexicon() {
  static const SentenceLexicon* lexicon = new SentenceLexicon();
  return *lexicon;
}

}  // namespace reckon::text
