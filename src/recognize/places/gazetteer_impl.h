// The gazetteer's in-memory form: entries as views into the embedded table, and hash indexes from
// folded name keys and skeletons to entries. Internal to the places stage.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "reckon/lexicon.h"
#include "reckon/places.h"

namespace reckon {

class Gazetteer::Impl {
 public:
  struct Entry {
    std::string_view name;
    char country[3];
    float lat;
    float lon;
    PlaceKind kind;
    std::uint32_t population;
  };

  std::vector<Entry> entries;
  WordMap<std::vector<std::uint32_t>> by_key;       // folded name or alternate → entries
  WordMap<std::vector<std::uint32_t>> by_skeleton;  // skeleton → entries (significant places only)
  WordMap<std::uint32_t> country_by_code;           // "AZ" → its country entry

  Place to_place(std::uint32_t id) const;
  const std::vector<std::uint32_t>* lookup(std::string_view key) const;
  const std::vector<std::uint32_t>* lookup_skeleton(std::string_view skeleton) const;
};

}  // namespace reckon
