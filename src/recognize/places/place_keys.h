// Matching keys for place names. A name's key is its folded form (lowercase, diacritics off,
// punctuation as single spaces); its skeleton also merges romanisation variants (kh/x/h, sh/ş,
// ch/ç, j/c, gh/ğ, ts) and drops vowels after the first letter, so that Tərtər, Tartar and Terter,
// or Mingəçevir and Mingachevir, meet.
#pragma once

#include <string>
#include <string_view>

namespace reckon::places {

// Appends the folded key of a UTF-8 name to `out`.
void append_key(std::string_view name, std::string& out);
std::string key_of(std::string_view name);

// The skeleton of an already folded key.
std::string skeleton_of(std::string_view key);

}  // namespace reckon::places
