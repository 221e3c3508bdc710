// Street phrases: the names of single streets and numbered roads, found in one pass over the
// tokens ("North Howell Street", "W. 79th St.", "Interstate 95", "U.S. Route 1", "30th and L
// streets"). addresses.cc composes them with house numbers, blocks and each other into the
// addresses a report gives ("the 300 block of NE H Avenue", "Buist Avenue near 61st Street").
//
// A phrase is anchored on the word that makes it a street (a capitalized street type, a route
// word before a number) and grows leftwards over at most a few name words, so the work per token
// is bounded and no match is ever retried from another start.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "addresses_lexicon.h"
#include "reckon/text.h"

namespace reckon::addresses {

enum StreetFlag : std::uint8_t {
  kTyped = 1 << 0,      // ends in a street type: "Jerome Street"
  kWeak = 1 << 1,       // the type is also a common noun: "Heatherbrae Court"
  kRouteForm = 1 << 2,  // a numbered road: "Interstate 95"
  kJoined = 1 << 3,     // two streets under one plural type: "30th and L streets"
  kOrgNamed = 1 << 4,   // names something else: "Wall Street Journal", "Main Street businesses"
  kNamed = 1 << 5,      // a street known without a type: "Broadway"
};

struct StreetPhrase {
  std::uint32_t first = 0;  // tokens [first, last)
  std::uint32_t last = 0;
  std::uint8_t flags = 0;
  bool has(StreetFlag f) const { return (flags & f) != 0; }
};

// The questions the address rules ask about single tokens. Each word's classes are looked up
// once, when the reader is made: the rules ask about the same few tokens many times over, and a
// pass over the cue words ("and", "block of") asks about every word anyway.
class TokenReader {
 public:
  TokenReader(const TokenizedText& tt, const AddressLexicon& lexicon);
  // With each token's classes looked up already (one entry per token, 0 for non-words).
  TokenReader(const TokenizedText& tt, const AddressLexicon& lexicon,
              std::vector<std::uint32_t>&& classes)
      : tt_(tt), lex_(lexicon), classes_(std::move(classes)), ampersands_(has_ampersand(tt)) {}

  std::uint32_t size() const { return static_cast<std::uint32_t>(tt_.tokens.size()); }
  const Token& at(std::uint32_t i) const { return tt_.tokens[i]; }
  const TokenizedText& text() const { return tt_; }
  const AddressLexicon& lexicon() const { return lex_; }
  // The word's class mask (addresses_lexicon.h); 0 for other tokens and past the end.
  std::uint32_t classes(std::uint32_t i) const { return i < size() ? classes_[i] : 0; }
  // The first token from `from` on whose classes share a bit with `mask`; size() when none.
  std::uint32_t next_with(std::uint32_t from, std::uint32_t mask) const {
    const std::uint32_t n = size();
    // Four tokens a test: the tokens sought are a few in a hundred.
    for (; from + 4 <= n; from += 4) {
      const std::uint32_t* c = classes_.data() + from;
      if (((c[0] | c[1] | c[2] | c[3]) & mask) != 0) break;
    }
    while (from < n && (classes_[from] & mask) == 0) ++from;
    return from;
  }
  // The first token from `from` on that is a joint word ("and", "&") or a block word ("block"),
  // before `end` (at most size()); `end` when none.
  std::uint32_t next_joint_or_block(std::uint32_t from, std::uint32_t end) const {
    // Most documents have no "&" at all: then only the classes need reading, four at a time.
    if (!ampersands_) return std::min(next_with(from, kJoint | kBlock), end);
    const Token* tokens = tt_.tokens.data();
    // The classes are read first: most tokens are words, and "&" is the one punctuation asked for.
    while (from < end && (classes_[from] & (kJoint | kBlock)) == 0 && !tokens[from].is_punct('&'))
      ++from;
    return from;
  }
  bool word(std::uint32_t i) const { return i < size() && tt_.tokens[i].is_word(); }
  bool number(std::uint32_t i) const { return i < size() && tt_.tokens[i].is_number(); }
  bool punct(std::uint32_t i, char c) const { return i < size() && tt_.tokens[i].is_punct(c); }
  bool norm_is(std::uint32_t i, std::string_view s) const {
    return i < size() && tt_.tokens[i].norm == s;
  }
  // A word starting with a capital letter ("Jerome", "NE", "H"). Inline: the scan asks it of
  // every word.
  bool capitalized(std::uint32_t i) const {
    return word(i) && (tt_.tokens[i].has(kCapitalized) || tt_.tokens[i].has(kAllCaps));
  }
  // A word written in capitals only ("NE", "H", "US").
  bool upper(std::uint32_t i) const;
  // No space between token i and the one before it.
  bool attached(std::uint32_t i) const { return i < size() && !tt_.tokens[i].has(kSpaceBefore); }
  // "61st", "2nd", "2000th".
  bool ordinal(std::uint32_t i) const;
  // Digits, optionally with one letter after them: "419", "1052A", "9W". At most `max_digits`.
  bool plain_number(std::uint32_t i, std::size_t max_digits) const;

  // The first token of the name unit that ends just before `end` ("Holly", "Mt.", "61st",
  // "Winston-Salem"), not reaching below `floor`; `end` itself when there is none.
  std::uint32_t name_unit_before(std::uint32_t end, std::uint32_t floor) const;
  // The end of the name unit starting at `start`; `start` itself when there is none.
  std::uint32_t name_unit_after(std::uint32_t start) const;

 private:
  // Whether any token may be an "&": every norm lies in the arena, so one memchr over it tells
  // (a text built by hand with no arena is assumed to have one).
  static bool has_ampersand(const TokenizedText& tt) {
    return tt.norm_arena.empty() || tt.norm_arena.find('&') != std::string::npos;
  }

  const TokenizedText& tt_;
  const AddressLexicon& lex_;
  std::vector<std::uint32_t> classes_;  // per token
  bool ampersands_ = true;              // some token may be an "&" (next_joint_or_block)
};

// Every street phrase, in text order, none overlapping another.
std::vector<StreetPhrase> find_street_phrases(const TokenReader& reader);

}  // namespace reckon::addresses
