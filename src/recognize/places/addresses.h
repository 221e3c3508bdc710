// Street-level addresses with their kind and a specificity score, for the claim extractor's pick
// of "the incident's address" (internal to reckon; the public API is recognize_addresses in
// include/reckon/places.h, which returns the same mentions without kind and score, and
// annotate(), which keeps both; RankedAddress is defined in places.h for Annotations).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "reckon/places.h"
#include "reckon/text.h"

namespace reckon {

namespace addresses {
class TokenReader;
}

// Every address in `tt`, in text order, none overlapping another.
std::vector<RankedAddress> find_addresses(const TokenizedText& tt, std::string_view text);
// The same, given each token's AddressLexicon classes (0 for tokens that are not words), as
// annotate() looks them up for several recognizers at once.
std::vector<RankedAddress> find_addresses(const TokenizedText& tt, std::string_view text,
                                          std::vector<std::uint32_t>&& word_classes);
std::vector<RankedAddress> find_addresses(const addresses::TokenReader& reader,
                                          std::string_view text);

// How likely `a` is the incident's address: its specificity, plus one in a sentence about the
// incident, minus two for a resident's home. Callers with more context (the incident's date,
// casualty counts) may add their own evidence to it.
int incident_score(const RankedAddress& a);

// The index in `addresses` of the one most likely to be where the reported incident happened:
// the highest incident_score, the earliest among equals; npos when there is none.
std::size_t incident_address(const std::vector<RankedAddress>& addresses);

}  // namespace reckon
