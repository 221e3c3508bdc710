// The gazetteer's in-memory form: one compact entry per place (its name an offset into the
// embedded table) and two NameIndexes: folded names (with their prefixes, the hand-kept
// alternative names and demonyms) and the variant keys of places in countries whose names come
// in several romanisations. Internal to the places stage.
//
// An entry is the very record the snapshot file holds (gazetteer_cache.h), so a snapshot's
// entries are read in place rather than copied. Its links are not checked when it is read:
// whatever takes a place id from a name index asks sound(id) first (gazetteer_cache_test.cc
// walks damaged snapshots that way).
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <type_traits>
#include <vector>

#include "reckon/places.h"
#include "recognize/places/name_index.h"

namespace reckon {

class Gazetteer::Impl {
 public:
  static constexpr std::uint32_t kNone = 0xFFFFFFFF;
  // A posting value with this bit names the country through its demonym ("Azerbaijani").
  static constexpr std::uint32_t kDemonymBit = 0x80000000;
  // An entry's name offset with this bit is into the extra table (data/lexicon/places_regions.tsv).
  static constexpr std::uint32_t kExtraName = 0x80000000;

  struct Entry {
    std::uint32_t name_offset = 0;  // into the places table, or with kExtraName the extra one
    std::uint32_t name_size = 0;
    std::uint32_t admin1 = kNone;  // the first-level region holding this place, if known
    std::uint32_t population = 0;
    float lat = 0;
    float lon = 0;
    float weight = 0;  // log10(population + 10), the size term of disambiguation
    char country[2] = {0, 0};
    PlaceKind kind = PlaceKind::kCity;
    std::uint8_t unused = 0;  // written as 0, so equal gazetteers make equal snapshots
  };
  static_assert(sizeof(Entry) == 32 && std::is_trivially_copyable_v<Entry>);

  // The entries: built from the tables and owned, or a snapshot's records viewed in place.
  class EntryTable {
   public:
    EntryTable() = default;
    EntryTable(const EntryTable& other)
        : own_(other.own_), view_(other.backing_ ? other.view_ : own_), backing_(other.backing_) {}
    EntryTable& operator=(const EntryTable& other) {
      if (this != &other) *this = EntryTable(other);
      return *this;
    }
    EntryTable(EntryTable&&) noexcept = default;  // the vector keeps its buffer: the view stays
    EntryTable& operator=(EntryTable&&) noexcept = default;
    ~EntryTable() = default;

    void reserve(std::size_t n) { own_.reserve(n); }
    void push_back(const Entry& e) {
      own_.push_back(e);
      view_ = own_;
    }
    // Views `records` in place; `backing` (their owner, if any) is kept alive with the table.
    void attach(std::span<const Entry> records, std::shared_ptr<const void> backing) {
      own_.clear();
      view_ = records;
      backing_ = backing ? std::move(backing) : std::make_shared<int>(0);
    }

    const Entry& operator[](std::size_t id) const { return view_[id]; }
    std::size_t size() const { return view_.size(); }
    bool empty() const { return view_.empty(); }
    const Entry* begin() const { return view_.data(); }
    const Entry* end() const { return view_.data() + view_.size(); }
    const Entry* data() const { return view_.data(); }

   private:
    std::vector<Entry> own_;
    std::span<const Entry> view_;
    std::shared_ptr<const void> backing_;  // set when attached (even to bytes with no owner)
  };

  EntryTable entries;
  places::NameIndex names;
  places::NameIndex variants;
  std::array<std::uint32_t, 26 * 26> country_ids{};  // by ISO code; kNone when absent
  std::array<bool, 26 * 26> romanised{};             // countries with variant keys
  // The tables the names are in: the places table and the extra one.
  std::string_view places_tsv;
  std::string_view extra_tsv;

  // Room for about this many name keys and variant keys: the built-in gazetteer has 207,000 and
  // 9,000. Tables sized for more are mostly empty slots; a table that fills up grows.
  explicit Impl(std::size_t expected_names = 220000, std::size_t expected_variants = 12000);
  Place to_place(std::uint32_t id) const;
  std::uint32_t country_id(std::string_view iso2) const;
  std::uint32_t country_id(const char cc[2]) const { return country_id(std::string_view(cc, 2)); }
  bool is_romanised(const Entry& e) const {
    return romanised[static_cast<std::size_t>((e.country[0] - 'A') * 26 + (e.country[1] - 'A'))];
  }
  // Whether `id` (a posting value without its demonym bit) names an entry that can be read: in
  // range, with a country code of two capitals (it indexes tables by country). Always so for a
  // built gazetteer; a damaged snapshot's bad postings are thereby skipped.
  bool sound(std::uint32_t id) const {
    if (id >= entries.size()) return false;
    const char* cc = entries[id].country;
    return cc[0] >= 'A' && cc[0] <= 'Z' && cc[1] >= 'A' && cc[1] <= 'Z';
  }
  // The entry's name, a view into its table ("" when the offset lies outside it).
  std::string_view name(const Entry& e) const {
    const std::string_view table = (e.name_offset & kExtraName) != 0 ? extra_tsv : places_tsv;
    const std::size_t offset = e.name_offset & ~kExtraName;
    if (offset > table.size() || e.name_size > table.size() - offset) return {};
    return table.substr(offset, e.name_size);
  }
};

}  // namespace reckon
