#include "reckon/lexicon.h"

#include "reckon/data.h"

namespace reckon {

void for_each_lexicon_row(std::string_view name, const std::function<void(const std::vector<std::string_view>&)>& row) {
  const std::string_view data = embedded_data(name).value_or("");
  std::vector<std::string_view> fields;
  std::size_t pos = 0;
  while (pos < data.size()) {
    std::size_t eol = data.find('\n', pos);
    if (eol == std::string_view::npos) eol = data.size();
    std::string_view line = data.substr(pos, eol - pos);
    pos = eol + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    fields.clear();
    std::size_t start = 0;
    while (true) {
      const std::size_t tab = line.find('\t', start);
      fields.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    row(fields);
  }
}

WordSet load_word_set(std::string_view name) {
  WordSet set;
  for_each_lexicon_row(name, [&](const std::vector<std::string_view>& f) { set.emplace(f[0]); });
  return set;
}

}  // namespace reckon
