#include "recognize/places/place_keys.h"

#include "text/utf8.h"

namespace reckon::places {

void append_key(std::string_view name, std::string& out) {
  const std::size_t start = out.size();
  bool space = false;
  for (std::size_t i = 0; i < name.size();) {
    const text::Decoded d = text::decode_utf8(name, i);
    i += d.length;
    const text::CharClass k = text::classify(d.cp);
    if (k == text::CharClass::kLetter || k == text::CharClass::kDigit) {
      if (space && out.size() > start) out.push_back(' ');
      space = false;
      text::append_folded(d.cp, d.length, out);
    } else if (k != text::CharClass::kMark && k != text::CharClass::kApostrophe) {
      space = true;
    }
  }
}

std::string key_of(std::string_view name) {
  std::string key;
  append_key(name, key);
  return key;
}

namespace {
bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }
}  // namespace

std::string skeleton_of(std::string_view key) {
  std::string out;
  out.reserve(key.size());
  bool word_start = true;
  for (std::size_t i = 0; i < key.size(); ++i) {
    char c = key[i];
    const char next = i + 1 < key.size() ? key[i + 1] : '\0';
    if (c == ' ') {
      out.push_back(' ');
      word_start = true;
      continue;
    }
    // Digraphs of Latin transliteration and their single-letter Azerbaijani/Turkish spellings.
    if ((c == 'k' || c == 's' || c == 'c' || c == 'z' || c == 'g') && next == 'h') {
      c = c == 'k' ? 'h' : c;
      ++i;
    } else if (c == 't' && next == 's') {
      c = 'c';
      ++i;
    } else if (c == 'x') {
      c = 'h';
    } else if (c == 'j') {
      c = 'c';
    } else if (c == 'q') {
      c = 'g';
    } else if (c == 'w') {
      c = 'v';
    }
    if (!word_start && is_vowel(c)) continue;
    if (!out.empty() && out.back() == c) continue;  // doubled letters
    out.push_back(c);
    word_start = false;
  }
  return out;
}

}  // namespace reckon::places
