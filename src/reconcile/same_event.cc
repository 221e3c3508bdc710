// The same-event relation between two claims (see reckon/reconcile.h for the rule and why).
// Street addresses are compared by reconcile/street_address.h. Every test here is symmetric, so the
// relation is, and clustering over it can be order-independent. Kind families come from
// data/lexicon/reconcile_kinds.tsv, parsed once.
#include <cctype>
#include <cmath>
#include <map>
#include <set>
#include <string>
#include <unordered_map>

#include "reckon/data.h"
#include "reckon/lexicon.h"
#include "reckon/reconcile.h"
#include "reconcile/street_address.h"

namespace reckon {
namespace {

constexpr std::string_view kGeneric = "*";

std::string lower_trimmed(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

using KindFamilies = std::map<std::string, std::set<std::string>, std::less<>>;

KindFamilies parse_kind_families(std::string_view tsv) {
  KindFamilies families;
  while (!tsv.empty()) {
    const std::size_t eol = tsv.find('\n');
    std::string_view line = tsv.substr(0, eol);
    tsv = eol == std::string_view::npos ? std::string_view() : tsv.substr(eol + 1);
    if (line.empty() || line.front() == '#') continue;
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    std::set<std::string>& set = families[lower_trimmed(line.substr(0, tab))];
    std::string_view list = line.substr(tab + 1);
    while (!list.empty()) {
      const std::size_t comma = list.find(',');
      const std::string family = lower_trimmed(list.substr(0, comma));
      if (!family.empty()) set.insert(family);
      list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
    }
  }
  return families;
}

const KindFamilies& kind_families() {
  static const KindFamilies families =
      parse_kind_families(embedded_data("lexicon/reconcile_kinds.tsv").value_or(""));
  return families;
}

// The families a lower-case kind is listed with, or nullptr when it is not listed (an unlisted
// kind is a family of its own).
const std::set<std::string>* listed_families(const std::string& kind) {
  const KindFamilies& all = kind_families();
  auto it = all.find(kind);
  return it == all.end() || it->second.empty() ? nullptr : &it->second;
}

bool in_family(const std::string& kind, const std::set<std::string>* families,
               const std::string& family) {
  return families != nullptr ? families->count(family) > 0 : kind == family;
}

constexpr double kEarthRadiusKm = 6371.0088;
constexpr double kRad = 3.14159265358979323846 / 180.0;

double haversine_km(double lat1, double lon1, double lat2, double lon2) {
  const double dlat = (lat2 - lat1) * kRad;
  const double dlon = (lon2 - lon1) * kRad;
  const double a =
      std::sin(dlat / 2) * std::sin(dlat / 2) +
      std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthRadiusKm * std::asin(std::sqrt(std::fmin(1.0, a)));
}

// How far from its centroid a place of this kind reaches, for "one within the other".
double reach_km(PlaceKind kind) {
  switch (kind) {
    case PlaceKind::kCountry:
      return INFINITY;
    case PlaceKind::kAdmin1:
      return kRegionRadiusKm;
    case PlaceKind::kAdmin2:
      return kDistrictRadiusKm;
    default:
      return kNearbyKm;
  }
}

// Reconciling a busy day compares each address with many others, so each is parsed once per
// thread (GVA train and dev, 8 MB of distinct reports: parsing took 13% of `reckon ingest`'s
// instructions). The cache is emptied when full, which bounds its memory.
using AddressCache =
    std::unordered_map<std::string, StreetAddress, StringViewHash, std::equal_to<>>;

// The cache with room for `n` more addresses: references into it stay valid until the next call.
AddressCache& address_cache(std::size_t n) {
  constexpr std::size_t kMaxCached = 4096;
  thread_local AddressCache cache;
  if (cache.size() + n > kMaxCached) cache.clear();
  return cache;
}

const StreetAddress& parsed(AddressCache& cache, std::string_view text) {
  if (auto it = cache.find(text); it != cache.end()) return it->second;
  return cache.emplace(std::string(text), parse_street_address(text)).first->second;
}

AddressMatch match_parsed(std::string_view a, std::string_view b) {
  AddressCache& cache = address_cache(2);
  const StreetAddress& first = parsed(cache, a);
  return match_addresses(first, parsed(cache, b));
}

// Addresses of claims that share a place need only not contradict each other: two shootings on
// different streets of one city on one day are two incidents, but "Main Street" may well be
// the "300 block of Main St." of another report.
bool addresses_compatible(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return true;
  return match_parsed(a, b) != AddressMatch::kConflict;
}

// Claims without a place are joined on the address alone, which must name the same spot.
bool same_spot(std::string_view a, std::string_view b) {
  return match_parsed(a, b) == AddressMatch::kSame;
}

}  // namespace

bool kinds_compatible(std::string_view a, std::string_view b) {
  const std::string ka = lower_trimmed(a);
  const std::string kb = lower_trimmed(b);
  if (ka.empty() || kb.empty() || ka == kb) return true;
  const std::set<std::string>* fa = listed_families(ka);
  const std::set<std::string>* fb = listed_families(kb);
  const std::string generic(kGeneric);
  if (in_family(ka, fa, generic) || in_family(kb, fb, generic)) return true;
  if (fa == nullptr) return in_family(kb, fb, ka);
  for (const std::string& f : *fa) {
    if (in_family(kb, fb, f)) return true;
  }
  return false;
}

bool is_generic_kind(std::string_view kind) {
  const std::string key = lower_trimmed(kind);
  if (key.empty()) return true;
  const std::set<std::string>* families = listed_families(key);
  return families != nullptr && families->count(std::string(kGeneric)) > 0;
}

double latitude_reach_degrees(PlaceKind kind) {
  const double reach = reach_km(kind);
  if (std::isinf(reach)) return reach;
  // The haversine distance is at least kEarthRadiusKm times the latitude difference in radians;
  // the margin keeps rounding from ever making the bound stricter than the distance test.
  return reach / (kEarthRadiusKm * kRad) * (1 + 1e-9) + 1e-9;
}

bool places_compatible(const PlaceRef& a, const PlaceRef& b) {
  if (a.country != b.country) return false;
  if (a.id == b.id && a.name == b.name) return true;
  const double reach = std::fmax(reach_km(a.kind), reach_km(b.kind));
  if (std::isinf(reach)) return true;
  return haversine_km(a.lat, a.lon, b.lat, b.lon) <= reach;
}

LinkTier link_tier(const ClaimRecord& c) {
  if (!c.date || c.date->precision == DatePrecision::kYear) return LinkTier::kAlone;
  if (!c.place) {
    const bool day = c.date->precision == DatePrecision::kDay;
    return day && parsed(address_cache(1), c.address).specific() ? LinkTier::kVague
                                                                 : LinkTier::kAlone;
  }
  const bool precise_place = c.place->kind == PlaceKind::kCity ||
                             c.place->kind == PlaceKind::kVillage ||
                             c.place->kind == PlaceKind::kOther;
  if (c.date->precision == DatePrecision::kDay && precise_place) return LinkTier::kAnchor;
  return LinkTier::kVague;
}

bool same_event(const ClaimRecord& a, const ClaimRecord& b) {
  if (link_tier(a) == LinkTier::kAlone || link_tier(b) == LinkTier::kAlone) return false;
  if (a.date->first_day() > b.date->last_day() || b.date->first_day() > a.date->last_day())
    return false;
  if (a.place && b.place) {
    if (!places_compatible(*a.place, *b.place)) return false;
    if (!addresses_compatible(a.address, b.address)) return false;
  } else if (!same_spot(a.address, b.address)) {
    return false;
  }
  return kinds_compatible(a.kind, b.kind);
}

}  // namespace reckon
