// Street addresses as reconciliation compares them: "the 300 block of NE H Avenue" and
// "300 block of Northeast H Ave." are one address; "300 block of Main Street" and "300 block of
// Main Avenue" are two. An address is read into its number (a house number, or the first number
// of a block) and its streets (an intersection has two), each street a name, a type in the
// canonical words of data/lexicon/street_types.tsv and a set of compass directions; case, full
// stops, "the", "of" and the order of an intersection's streets do not matter.
//
// Comparison has three outcomes, because the same-event relation needs two strengths of
// evidence: claims that already share a place only need addresses that do not contradict each
// other, while claims with no place are linked on their address alone, which must then name the
// same spot (see reckon/reconcile.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace reckon {

struct StreetName {
  std::string name;             // canonical words: "h", "15th", "martin luther king jr"
  std::string type;             // canonical street type ("avenue"), empty when none was written
  std::uint8_t directions = 0;  // bits of n, s, e, w: "NE" = n|e; 0 when none was written

  bool operator==(const StreetName&) const = default;
};

struct StreetAddress {
  std::optional<std::int64_t> number;
  bool block = false;               // number is a block ("300 block of"), not a house number
  std::vector<StreetName> streets;  // sorted by name, then type

  // Specific enough to identify a spot without a town: a number on a street, or a crossing.
  bool specific() const { return !streets.empty() && (number || streets.size() > 1); }
};

StreetAddress parse_street_address(std::string_view text);

enum class AddressMatch : std::uint8_t {
  kConflict,    // different streets, or different numbers on one street
  kCompatible,  // nothing contradicts, but one says less ("Main Street" ~ "300 block of Main St")
  kSame,        // the same spot: same streets and number (a house number within the same block)
};

AddressMatch match_addresses(const StreetAddress& a, const StreetAddress& b);

}  // namespace reckon
