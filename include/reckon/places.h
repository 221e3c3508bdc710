// Place recognizer: a world gazetteer and a linear-time matcher over the token stream.
//
// The gazetteer (209k places) is built by scripts/gazetteer/build.mjs from GeoNames-derived npm
// packages into data/gazetteer/places.tsv and linked into the binary; hand-kept additions live in
// data/lexicon/places_*.tsv. Matching ignores case and diacritics and accepts common
// romanisation variants (Tərtər / Tartar / Terter, Cəbrayıl / Jabrayil), administrative forms
// ("Jabrayil District", "Tartar region", "Cook County"), region abbreviations after a place
// ("Portsmouth, Va."), countries and demonyms ("Azerbaijani civilians"), and alternative names
// (Khankendi / Stepanakert). Ambiguous names are resolved in the document's context: the
// countries and regions it names, "City, State" pairs, nearby places and population. Everyday
// words and personal names that are also places ("Orange", "Murray") need a cue. Street
// addresses ("3200 block of Jerome Street", "5550 North Federal Highway") are recognised
// separately.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "reckon/document.h"
#include "reckon/status.h"
#include "reckon/text.h"

namespace reckon {

enum class PlaceKind : std::uint8_t { kCountry, kAdmin1, kAdmin2, kCity, kVillage, kOther };
std::string_view to_string(PlaceKind k);
// The contract's precision word: country | region | district | city | village | address.
std::string_view precision_name(PlaceKind k);

struct Place {
  std::uint32_t id = 0;     // index in the gazetteer
  std::string_view name;    // canonical English name, e.g. "Ganja", "Jabrayil District"
  char country[3] = {0, 0, 0};  // ISO 3166-1 alpha-2, e.g. "AZ"
  double lat = 0;
  double lon = 0;
  PlaceKind kind = PlaceKind::kCity;
  std::uint64_t population = 0;
  std::uint32_t admin1 = kNoRegion;  // id of the first-level region holding it, when known
  static constexpr std::uint32_t kNoRegion = 0xFFFFFFFF;
};

struct PlaceMention {
  Span span;                      // the words matched: "Ganja city", "Jabrayil District"
  std::uint32_t first_token = 0;  // [first_token, last_token)
  std::uint32_t last_token = 0;
  Place place;
  bool demonym = false;           // "Azerbaijani" naming the country
};

struct AddressMention {
  Span span;                      // "3200 block of Jerome Street"
  std::uint32_t first_token = 0;
  std::uint32_t last_token = 0;
};

// Kinds of address, most specific first: a block ("3200 block of Jerome Street") or a house
// number ("419 Banana Cay Drive"), an intersection ("March Lane and West Lane", "Buist Avenue near
// 61st Street"), a street alone ("on Green Street"), a numbered road ("Interstate 95").
enum class AddressKind : std::uint8_t { kBlock, kHouseNumber, kIntersection, kStreet, kHighway };
std::string_view to_string(AddressKind k);

// An address mention with what the claim extractor weighs when it picks the incident's address.
struct RankedAddress {
  AddressMention mention;
  AddressKind kind = AddressKind::kStreet;
  // How precisely the address places the incident: block and house number 4, intersection 3,
  // street 2, numbered road 1. Higher is more precise.
  std::uint32_t specificity = 0;
  // Someone's home rather than the scene: "Smith, 40, of the 100 block of Brooklyn Street",
  // "whose last known address was in the 1700 block of ...".
  bool residence = false;
  // Its sentence tells of an incident: "was shot in the ...", "officers responded to ...".
  bool incident_context = false;
};

// Immutable after load; safe to share between threads.
class Gazetteer {
 public:
  // The gazetteer linked into the binary. Loaded once, on first call (~80 ms of CPU); thread-safe.
  static const Gazetteer& builtin();
  // Loads from gazetteer table bytes (the format of data/gazetteer/*.tsv); for tests.
  static Result<std::unique_ptr<Gazetteer>> from_tables(std::string_view places_tsv);

  std::size_t size() const;
  Place place(std::uint32_t id) const;
  // Exact lookup of a country by ISO code ("AZ").
  std::optional<Place> country(std::string_view iso2) const;

  class Impl;
  ~Gazetteer();
  Gazetteer(Gazetteer&&) noexcept;
  Gazetteer& operator=(Gazetteer&&) noexcept;
  explicit Gazetteer(std::unique_ptr<Impl> impl);
  const Impl& impl() const { return *impl_; }

 private:
  std::unique_ptr<Impl> impl_;
};

// Finds places in `tt` (the tokens of `text`), resolving ambiguous names in the context of the
// whole document. Mentions come in text order and do not overlap. One pass over the tokens; a
// lowercase word costs a flag test, a capitalised word a hash probe.
std::vector<PlaceMention> recognize_places(const TokenizedText& tt, std::string_view text,
                                           const Gazetteer& gazetteer);

// Finds street-level locations.
std::vector<AddressMention> recognize_addresses(const TokenizedText& tt, std::string_view text);

}  // namespace reckon
