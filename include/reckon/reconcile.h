// Reconciliation: claims about the same event, from any number of reports, become one incident.
//
// THE SAME-EVENT RELATION. Two claims a, b are about the same event when all of these hold:
//   - both are linkable: a date of day or month precision and a place, or, for a claim whose
//     place the recognizer did not find (US local news often names only the street), a date of
//     day precision and a specific street address (a number on a street, "the 300 block of NE H
//     Avenue", or a crossing, "Walnut Avenue and Chambers Street"). Any other claim (no date, a
//     year-only date, neither place nor specific address) is an incident of its own: too vague
//     to join anything safely;
//   - compatible kinds: the same kind family in data/lexicon/reconcile_kinds.tsv ("missile
//     strike" ~ "rocket strike" ~ "shelling"; "shooting" ~ "mass shooting"), or either kind empty
//     or generic ("attack");
//   - overlapping dates given their precision: a day covers that day, a month covers the month
//     (no tolerance: strikes on the same city on consecutive days are different incidents);
//   - when both have a place, compatible places: the same country and either the same gazetteer
//     id, or one within the other, or near each other. With no admin hierarchy in the
//     gazetteer, "within" is a radius around the coarser place's centroid: a country contains
//     everything in it, a region (admin1) anything within kRegionRadiusKm, a district (admin2)
//     anything within kDistrictRadiusKm; two towns, villages or sites match within kNearbyKm
//     (the same place under two gazetteer entries, or a village and its town);
//   - when both have a place, compatible addresses: when both give a street address, nothing in
//     them conflicts (see src/reconcile/street_address.h: different streets, or different numbers
//     on one street, conflict; "Main Street" ~ "300 block of Main St." does not): two shootings
//     on different streets of one city on one day are two incidents;
//   - when either has no place, the same spot: both give the same address once normalised (case,
//     full stops, "the"/"of", street types St ~ Street, Ave ~ Avenue, directions N ~ North,
//     NE H Ave ~ H Avenue NE, spelled ordinals, the order of a crossing's streets), with the
//     same number, or a house number within the same block ("312 Main St" ~ "300 block of Main
//     Street"). A claim with no place cannot check a town, so step 2 below keeps it from joining
//     two incidents: the same address in two cities links neither.
//
// CLUSTERING, order-independent by construction (a function of the set of claims only):
//   1. anchors are claims with a day-precision date and a town/village/site place; incidents
//      start as the connected components of the relation among anchors;
//   2. each vague claim (month-precision date, a district/region/country place, or no place but
//      a specific address) joins the anchor component it relates to when there is exactly one;
//      when it relates to none, or to several (it cannot tell which), it stays out of them, and
//      such left-over vague claims form connected components of their own: a vague claim never
//      bridges two precise incidents;
//   3. unlinkable claims are incidents of their own.
// Incremental updates recompute only the connected component (of the relation over all claims,
// old, new and removed) of the claims that changed; the result equals a batch run.
//
// FIGURES. For each of killed, injured, killed_or_injured, over the claims that state it
// (an incident where none does has the figure null):
//   low  = the smallest min of any claim;
//   high = the largest max of any claim, or null when any claim states no upper bound;
//   best = the point value of the claim published most recently (later reports carry revised
//          counts: the injured die, the missing are found), ties broken by the most specific
//          figure (exact, then a closed range, then "at least"), then the narrower range, then
//          (doc, ordinal); the point value of an exact figure is itself, of "at least N" N, of a
//          range [a, b] its midpoint rounded down, or b when a is 0 ("up to 5");
//   contested when two claims' intervals do not overlap (the largest min exceeds the smallest
//          max), e.g. 4 injured against "more than 30" injured.
// low <= best <= high always holds. sources = the number of distinct documents.
//
// SUMMARY FIELDS. kind: the most frequent specific kind, or generic one ("attack") when no claim
// is more specific; weapon: the most frequent non-empty value (ties: alphabetical first); date: the
// most precise stated, most frequent at that precision, earliest on ties; place: the finest stated,
// most frequent at that level, lowest gazetteer id on ties.
//
// INCIDENT IDS: "<date>-<place>-<hash>", where <hash> is 12 hex digits of the stable key
// (doc, ordinal) of the incident's earliest claim (earliest published, then doc, then ordinal):
// deterministic for a given set of claims, whatever the ingest order.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "reckon/claims.h"
#include "reckon/document.h"
#include "reckon/incident.h"

namespace reckon {

inline constexpr double kNearbyKm = 5;
inline constexpr double kDistrictRadiusKm = 40;
inline constexpr double kRegionRadiusKm = 250;
// The longest date a linkable claim can cover (a month): candidate look-ups in a store need only
// search claims starting this many days before a claim's first day.
inline constexpr std::int64_t kMaxLinkableSpanDays = 31;

// The record a store keeps of `claim` from `doc`; `ordinal` is its index in the extraction.
ClaimRecord make_claim_record(const Document& doc, const Claim& claim, std::uint32_t ordinal);
TallyRecord make_tally_record(const Document& doc, const Tally& tally, std::uint32_t ordinal);

enum class LinkTier : std::uint8_t { kAnchor, kVague, kAlone };
LinkTier link_tier(const ClaimRecord& claim);

bool kinds_compatible(std::string_view a, std::string_view b);
// True for the kinds compatible with every other ("attack", "incident") and for an empty kind.
bool is_generic_kind(std::string_view kind);
bool places_compatible(const PlaceRef& a, const PlaceRef& b);
// A bound for a store's look-ups: two places that places_compatible() accepts for their distance
// differ in latitude by at most the larger of their kinds' values, in degrees (infinity for a
// country, which reaches every place in it).
double latitude_reach_degrees(PlaceKind kind);
bool same_event(const ClaimRecord& a, const ClaimRecord& b);

// Partitions `claims` into incidents (indices into `claims`, each group and the list sorted).
// The result depends only on the set, not the order. `claims` must be closed under the
// relation's connectivity for the result to match a clustering of a larger set.
std::vector<std::vector<std::size_t>> cluster_claims(const std::vector<ClaimRecord>& claims);

// Combines one group of claims into an incident (figures, summary fields, id; see above).
Incident summarise_incident(std::vector<ClaimRecord> claims);

// Clusters and summarises: the incidents of `claims`, sorted by id.
std::vector<Incident> reconcile(std::vector<ClaimRecord> claims);

}  // namespace reckon
