// The gazetteer's in-memory form: one compact entry per place (its name a view into the embedded
// table) and two NameIndexes: folded names (with their prefixes, the hand-kept alternative names
// and demonyms) and the variant keys of places in countries whose names come in several
// romanisations. Internal to the places stage.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "reckon/places.h"
#include "recognize/places/name_index.h"

namespace reckon {

class Gazetteer::Impl {
 public:
  static constexpr std::uint32_t kNone = 0xFFFFFFFF;
  // A posting value with this bit names the country through its demonym ("Azerbaijani").
  static constexpr std::uint32_t kDemonymBit = 0x80000000;

  struct Entry {
    std::string_view name;
    std::uint32_t admin1 = kNone;  // the first-level region holding this place, if known
    std::uint32_t population = 0;
    float lat = 0;
    float lon = 0;
    float weight = 0;  // log10(population + 10), the size term of disambiguation
    char country[2] = {0, 0};
    PlaceKind kind = PlaceKind::kCity;
  };

  std::vector<Entry> entries;
  places::NameIndex names;
  places::NameIndex variants;
  std::array<std::uint32_t, 26 * 26> country_ids{};  // by ISO code; kNone when absent
  std::array<bool, 26 * 26> romanised{};             // countries with variant keys

  // Room for about this many name keys and variant keys: the built-in gazetteer has 207,000 and
  // 9,000. Tables sized for more are mostly empty slots, which every start-up checks when it
  // reads them from the snapshot (NameIndex::attach); a table that fills up grows.
  explicit Impl(std::size_t expected_names = 220000, std::size_t expected_variants = 12000);
  Place to_place(std::uint32_t id) const;
  std::uint32_t country_id(std::string_view iso2) const;
  std::uint32_t country_id(const char cc[2]) const { return country_id(std::string_view(cc, 2)); }
  bool is_romanised(const Entry& e) const {
    return romanised[static_cast<std::size_t>((e.country[0] - 'A') * 26 + (e.country[1] - 'A'))];
  }
};

}  // namespace reckon
