// Street-level addresses with their kind and a specificity score, for the claim extractor's pick
// of "the incident's address" (internal to reckon; the public API is recognize_addresses in
// include/reckon/places.h, which returns the same mentions without kind and score).
//
// Kinds, most specific first: a block ("3200 block of Jerome Street") or a house number
// ("419 Banana Cay Drive"), an intersection ("March Lane and West Lane", "Buist Avenue near 61st
// Street"), a street alone ("on Green Street"), a numbered road ("Interstate 95").
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "reckon/places.h"
#include "reckon/text.h"

namespace reckon {

enum class AddressKind : std::uint8_t { kBlock, kHouseNumber, kIntersection, kStreet, kHighway };
std::string_view to_string(AddressKind k);

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

// Every address in `tt`, in text order, none overlapping another.
std::vector<RankedAddress> find_addresses(const TokenizedText& tt, std::string_view text);

// How likely `a` is the incident's address: its specificity, plus one in a sentence about the
// incident, minus two for a resident's home. Callers with more context (the incident's date,
// casualty counts) may add their own evidence to it.
int incident_score(const RankedAddress& a);

// The index in `addresses` of the one most likely to be where the reported incident happened:
// the highest incident_score, the earliest among equals; npos when there is none.
std::size_t incident_address(const std::vector<RankedAddress>& addresses);

}  // namespace reckon
