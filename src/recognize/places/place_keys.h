// Matching keys for place names, shared by the gazetteer loader and the matcher so that both
// sides of a lookup are computed the same way.
//
// A name's key is its folded form: the tokenizer's folding (lowercase, Latin diacritics to ASCII,
// ə→e, ı→i), apostrophes dropped, any other punctuation a single space: "Tərtər" → "terter",
// "Coeur d'Alene" → "coeur dalene". Keys are looked up by a 64-bit hash built word by word, so the
// matcher can extend a name token by token without building strings.
//
// A variant key also merges the spellings that romanising Azerbaijani, Russian or Armenian
// names produces (kh/x/h, sh/ş, ch/ç/c, j/c, gh/ğ/g, q/g, ts/c, a/e/ə, y/i, -sky/-sk), with the
// rules read from data/lexicon/places_romanisation.tsv: Tartar, Terter and Tərtər share one,
// as do Mingachevir and Mingəçevir, Jabrayil, Jabrail and Cəbrayıl, Agjabadi and Ağcabədi.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace reckon::places {

// Appends the folded key of a UTF-8 name to `out`.
void append_key(std::string_view name, std::string& out);
std::string key_of(std::string_view name);

// Appends the variant key of an already folded key (or of one word of it) to `out`.
void append_variant(std::string_view key, std::string& out);
std::string variant_of(std::string_view key);

// FNV-1a over the key's bytes, so that hashing "el paso" whole or as "el", ' ', "paso" agree.
// Apostrophes are skipped, as the key drops them ("o'brien" and "obrien" hash alike).
class KeyHash {
 public:
  void add(std::string_view bytes) {
    for (char c : bytes) {
      if (c != '\'') add_byte(c);
    }
  }
  void add_space() { add_byte(' '); }
  // The finished hash, never 0 (0 marks an empty table slot).
  std::uint64_t value() const {
    std::uint64_t h = h_;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h == 0 ? 1 : h;
  }
  bool empty() const { return h_ == kOffset; }

 private:
  static constexpr std::uint64_t kOffset = 0xcbf29ce484222325ULL;
  void add_byte(char c) {
    h_ ^= static_cast<unsigned char>(c);
    h_ *= 0x100000001b3ULL;
  }
  std::uint64_t h_ = kOffset;
};

inline std::uint64_t hash_key(std::string_view key) {
  KeyHash h;
  h.add(key);
  return h.value();
}

}  // namespace reckon::places
