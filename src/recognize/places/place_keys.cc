// Folding and variant keys; see place_keys.h. The romanisation rules are a small table indexed
// by first letter, tried longest first, so a variant key costs one pass over the name.
#include "recognize/places/place_keys.h"

#include <algorithm>
#include <array>
#include <vector>

#include "reckon/lexicon.h"
#include "text/utf8.h"

namespace reckon::places {

// Written through a pointer into space reserved up front: a folded character is never longer
// than its UTF-8 bytes and a space only stands for a separator it replaces, so the key is never
// longer than the name, and the loader folds 200,000 names without growing a string.
void append_key(std::string_view name, std::string& out) {
  const std::size_t start = out.size();
  out.resize(start + name.size());
  char* const begin = out.data() + start;
  char* w = begin;
  bool space = false;
  std::string folded;  // one character; short strings stay on the stack
  for (std::size_t i = 0; i < name.size();) {
    const auto byte = static_cast<unsigned char>(name[i]);
    if (byte < 0x80) {  // ASCII, most names: no decoding
      const bool alnum = (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
                         (byte >= '0' && byte <= '9');
      if (alnum) {
        if (space && w > begin) *w++ = ' ';
        space = false;
        *w++ = static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte + 32 : byte);
      } else if (byte != '\'') {
        space = true;
      }
      ++i;
      continue;
    }
    const text::Decoded d = text::decode_utf8(name, i);
    i += d.length;
    const text::CharClass k = text::classify(d.cp);
    if (k == text::CharClass::kLetter || k == text::CharClass::kDigit) {
      if (space && w > begin) *w++ = ' ';
      space = false;
      folded.clear();
      text::append_folded(d.cp, d.length, folded);
      for (char c : folded) *w++ = c;
    } else if (k != text::CharClass::kMark && k != text::CharClass::kApostrophe &&
               k != text::CharClass::kFormat) {
      space = true;
    }
  }
  out.resize(start + static_cast<std::size_t>(w - begin));
}

std::string key_of(std::string_view name) {
  std::string key;
  append_key(name, key);
  return key;
}

namespace {

struct Rule {
  std::string from;
  std::string to;
  bool word_final = false;
};

// Rules by their first byte, longest first.
using RuleTable = std::array<std::vector<Rule>, 256>;

const RuleTable& romanisation_rules() {
  static const RuleTable table = [] {
    RuleTable t;
    for_each_lexicon_row("lexicon/places_romanisation.tsv",
                         [&](const std::vector<std::string_view>& f) {
                           if (f.size() < 2 || f[0].empty()) return;
                           Rule r{std::string(f[0]), std::string(f[1])};
                           if (r.from.size() > 1 && r.from.back() == '$') {
                             r.from.pop_back();
                             r.word_final = true;
                           }
                           t[static_cast<unsigned char>(r.from[0])].push_back(std::move(r));
                         });
    for (auto& rules : t) {
      std::stable_sort(rules.begin(), rules.end(),
                       [](const Rule& a, const Rule& b) { return a.from.size() > b.from.size(); });
    }
    return t;
  }();
  return table;
}

bool rule_applies(const Rule& r, std::string_view key, std::size_t i) {
  if (key.compare(i, r.from.size(), r.from) != 0) return false;
  if (!r.word_final) return true;
  const std::size_t end = i + r.from.size();
  return end == key.size() || key[end] == ' ';
}

void push_collapsed(char c, std::size_t start, std::string& out) {
  if (out.size() > start && out.back() == c && c != ' ') return;
  out.push_back(c);
}

}  // namespace

void append_variant(std::string_view key, std::string& out) {
  const RuleTable& rules = romanisation_rules();
  const std::size_t start = out.size();
  for (std::size_t i = 0; i < key.size();) {
    const Rule* hit = nullptr;
    for (const Rule& r : rules[static_cast<unsigned char>(key[i])]) {
      if (rule_applies(r, key, i)) {
        hit = &r;
        break;
      }
    }
    if (hit == nullptr) {
      push_collapsed(key[i], start, out);
      ++i;
      continue;
    }
    for (char c : hit->to) push_collapsed(c, start, out);
    i += hit->from.size();
  }
}

std::string variant_of(std::string_view key) {
  std::string out;
  append_variant(key, out);
  return out;
}

}  // namespace reckon::places
