// The address recognizer's word classes, read once from data/lexicon/street_types.tsv and
// data/lexicon/addresses_words.tsv into a flat open-addressed table keyed by a token's norm.
//
// One lookup answers every question the matcher asks about a word (is it a street type, a
// compass direction, a route word, a word that never starts a name...), so a word is hashed once
// however many rules look at it; the table holds no pointers and lookups never allocate.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace reckon::addresses {

// Bits of a word's class mask; see the header comments of the two data files.
enum WordClass : std::uint32_t {
  kStrongType = 1u << 0,     // "street", "ave"
  kWeakType = 1u << 1,       // "court", "park"
  kAbbrev = 1u << 2,         // may take a full stop inside a name: "St.", "Ave.", "W.", "Mt."
  kDirection = 1u << 3,      // "n", "northeast"
  kRoute = 1u << 4,          // "interstate", "route", "fm"
  kQualifier = 1u << 5,      // "state", "county", "u"
  kNameAbbrev = 1u << 6,     // "st", "mt", "jr"
  kNotName = 1u << 7,        // "the", "police", "monday"
  kOrgFollower = 1u << 8,    // "journal", "church", "businesses"
  kTypeless = 1u << 9,       // "broadway"
  kStreetCue = 1u << 10,     // "on", "along"
  kCrossingCue = 1u << 11,   // "intersection", "corner"
  kJoint = 1u << 12,         // "and"
  kNearby = 1u << 13,        // "near", "at"
  kBlock = 1u << 14,         // "block"
  kYearLead = 1u << 15,      // "in", "since": a number after it is a year
  kResidence = 1u << 16,     // "home", "apartment"
  kInstitution = 1u << 17,   // "superior", "municipal"
  kBetween = 1u << 18,       // "between"
  kMile = 1u << 19,          // "mile"
  kResidentLead = 1u << 20,  // "lives", "address"
  kIncident = 1u << 21,      // "shot", "responded"
  kMeasure = 1u << 22,       // "percent", "people"
  kCornerJoint = 1u << 23,   // "at"
  kPluralType = 1u << 24,    // "streets", "avenues": derived from the strong types, not listed
};

inline constexpr std::uint32_t kAnyType = kStrongType | kWeakType;

class AddressLexicon {
 public:
  // The lexicon built from the embedded data files; parsed on first call, thread-safe.
  static const AddressLexicon& builtin();
  // Builds from the two files' bytes; for tests.
  static AddressLexicon from_tables(std::string_view street_types_tsv, std::string_view words_tsv);

  // The class mask of a lowercase word (a token's norm); 0 when unknown.
  std::uint32_t classes(std::string_view norm) const;
  // Calls visit(word, classes) for every word of the lexicon, in no particular order.
  template <typename Visit>
  void for_each_word(Visit&& visit) const {
    for (const Slot& s : slots_)
      if (s.key_size != 0)
        visit(std::string_view(keys_).substr(s.key_offset, s.key_size), s.classes);
  }

 private:
  struct Slot {
    std::uint32_t tag = 0;  // high half of the key's hash: most probes end without a key compare
    std::uint32_t key_offset = 0;
    std::uint16_t key_size = 0;
    std::uint32_t classes = 0;
  };
  void add(std::string_view word, std::uint32_t classes);
  std::size_t find_slot(std::string_view word, std::uint64_t hash) const;
  // Bit (last letter) of filter_[length][first letter]: set when some key has that shape. Most
  // capitalised words of a report are in no list and are turned away here without hashing.
  bool may_hold(std::string_view word) const;
  void remember_shape(std::string_view word);

  std::string keys_;         // all keys, back to back
  std::size_t longest_ = 0;  // longer words are not looked up
  std::vector<Slot> slots_;  // power-of-two size, empty slots have key_size 0
  std::uint32_t filter_[16][27] = {};  // [length & 15][a-z or other]: bits of a-z or other
};

}  // namespace reckon::addresses
