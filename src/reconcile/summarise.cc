// Summarising an incident from its claims: the low/best/high figures, the contested flags, the
// summary kind/date/place and the deterministic id. The rules are documented in
// reckon/reconcile.h; every choice ends in a total order so the result never depends on the
// order claims arrived in.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <set>
#include <tuple>

#include "reckon/reconcile.h"

namespace reckon {
namespace {

// 2 = exact, 1 = closed range, 0 = "at least".
int specificity(const Interval& f) {
  if (!f.max) return 0;
  return *f.max == f.min ? 2 : 1;
}

std::int64_t point_value(const Interval& f) {
  if (!f.max || *f.max == f.min) return f.min;
  if (f.min == 0) return *f.max;
  return f.min + (*f.max - f.min) / 2;
}

// True when `a` is the better source of a best figure than `b`.
bool better_best(const Interval& fa, const ClaimRecord& a, const Interval& fb,
                 const ClaimRecord& b) {
  if (a.published != b.published) return a.published > b.published;  // nullopt is oldest
  if (specificity(fa) != specificity(fb)) return specificity(fa) > specificity(fb);
  if (fa.max && fb.max && (*fa.max - fa.min) != (*fb.max - fb.min))
    return (*fa.max - fa.min) < (*fb.max - fb.min);
  return std::tie(a.doc, a.ordinal) < std::tie(b.doc, b.ordinal);
}

using FigureOf = const std::optional<Interval> ClaimRecord::*;

struct Combined {
  std::optional<Estimate> estimate;
  bool contested = false;
};

Combined combine(const std::vector<ClaimRecord>& claims, FigureOf figure) {
  Combined out;
  const ClaimRecord* best_claim = nullptr;
  Estimate e;
  bool unbounded = false;
  std::int64_t largest_min = 0;
  std::optional<std::int64_t> smallest_max;
  for (const ClaimRecord& c : claims) {
    const std::optional<Interval>& f = c.*figure;
    if (!f) continue;
    if (best_claim == nullptr) {
      e.low = f->min;
      largest_min = f->min;
    }
    e.low = std::min(e.low, f->min);
    largest_min = std::max(largest_min, f->min);
    if (f->max) {
      e.high = std::max(e.high.value_or(*f->max), *f->max);
      smallest_max = std::min(smallest_max.value_or(*f->max), *f->max);
    } else {
      unbounded = true;
    }
    if (best_claim == nullptr || better_best(*f, c, *(best_claim->*figure), *best_claim))
      best_claim = &c;
  }
  if (best_claim == nullptr) return out;
  if (unbounded) e.high.reset();
  e.best = point_value(*(best_claim->*figure));
  out.estimate = e;
  out.contested = smallest_max && largest_min > *smallest_max;
  return out;
}

// The most frequent non-empty string (ties: alphabetical first).
std::string most_frequent(const std::vector<ClaimRecord>& claims,
                          const std::string ClaimRecord::*field) {
  std::map<std::string, int> counts;
  for (const ClaimRecord& c : claims) {
    if (!(c.*field).empty()) ++counts[c.*field];
  }
  std::string best;
  int best_count = 0;
  for (const auto& [value, count] : counts) {
    if (count > best_count) {
      best = value;
      best_count = count;
    }
  }
  return best;
}

// The most frequent specific kind; a generic one only when no claim names a specific kind.
std::string summary_kind(const std::vector<ClaimRecord>& claims) {
  std::map<std::string, int> specific;
  for (const ClaimRecord& c : claims) {
    if (!is_generic_kind(c.kind)) ++specific[c.kind];
  }
  if (specific.empty()) return most_frequent(claims, &ClaimRecord::kind);
  const auto best =
      std::max_element(specific.begin(), specific.end(), [](const auto& a, const auto& b) {
        return a.second < b.second;  // max_element keeps the first (alphabetical) of equal counts
      });
  return best->first;
}

std::optional<EventDate> summary_date(const std::vector<ClaimRecord>& claims) {
  std::map<std::tuple<int, CivilDate>, int>
      counts;  // (precision rank, value): smaller rank = finer
  for (const ClaimRecord& c : claims) {
    if (c.date) ++counts[{static_cast<int>(c.date->precision), c.date->value}];
  }
  if (counts.empty()) return std::nullopt;
  const int finest = std::get<0>(counts.begin()->first);
  std::optional<EventDate> best;
  int best_count = 0;
  for (const auto& [key, count] : counts) {
    if (std::get<0>(key) != finest) break;
    if (count > best_count) {
      best = EventDate{std::get<1>(key), static_cast<DatePrecision>(finest)};
      best_count = count;
    }
  }
  return best;
}

std::optional<PlaceRef> summary_place(const std::vector<ClaimRecord>& claims) {
  int finest = -1;
  for (const ClaimRecord& c : claims) {
    if (c.place) finest = std::max(finest, static_cast<int>(c.place->kind));
  }
  std::map<std::uint32_t, std::pair<int, const PlaceRef*>> counts;
  for (const ClaimRecord& c : claims) {
    if (!c.place || static_cast<int>(c.place->kind) != finest) continue;
    auto& entry = counts[c.place->id];
    ++entry.first;
    entry.second = &*c.place;
  }
  const PlaceRef* best = nullptr;
  int best_count = 0;
  for (const auto& [id, entry] : counts) {
    if (entry.first > best_count) {
      best = entry.second;
      best_count = entry.first;
    }
  }
  if (best == nullptr) return std::nullopt;
  return *best;
}

std::uint64_t fnv1a(std::string_view s, std::uint64_t h = 1469598103934665603ull) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

// Lower-case ASCII letters and digits, other runs as one '-': "Jabrayil District" →
// jabrayil-district.
std::string slug(std::string_view name) {
  std::string out;
  for (char c : name) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x80 && std::isalnum(u)) {
      out.push_back(static_cast<char>(std::tolower(u)));
    } else if (!out.empty() && out.back() != '-') {
      out.push_back('-');
    }
    if (out.size() >= 40) break;
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

std::string incident_id(const Incident& incident) {
  const ClaimRecord& earliest = incident.claims.front();
  std::string key = earliest.doc;
  key.push_back('\0');
  key += std::to_string(earliest.ordinal);
  // FNV alone barely mixes a last-character difference into the high bits; fmix64 spreads it.
  std::uint64_t h = fnv1a(key);
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  char hash[16];
  std::snprintf(hash, sizeof hash, "%012llx", static_cast<unsigned long long>(h >> 16));
  std::string id =
      incident.date ? format_date(incident.date->value, incident.date->precision) : "undated";
  const std::string place = incident.place ? slug(incident.place->name) : "";
  id += "-";
  id += place.empty() ? "unplaced" : place;
  id += "-";
  id += hash;
  return id;
}

}  // namespace

Incident summarise_incident(std::vector<ClaimRecord> claims) {
  std::sort(claims.begin(), claims.end(), [](const ClaimRecord& a, const ClaimRecord& b) {
    return std::tie(a.published, a.doc, a.ordinal) < std::tie(b.published, b.doc, b.ordinal);
  });
  Incident incident;
  incident.kind = summary_kind(claims);
  incident.weapon = most_frequent(claims, &ClaimRecord::weapon);
  incident.date = summary_date(claims);
  incident.place = summary_place(claims);
  const std::pair<const char*, FigureOf> figures[] = {
      {"killed", &ClaimRecord::killed},
      {"injured", &ClaimRecord::injured},
      {"killed_or_injured", &ClaimRecord::killed_or_injured}};
  std::optional<Estimate>* targets[] = {&incident.killed, &incident.injured,
                                        &incident.killed_or_injured};
  for (std::size_t i = 0; i < 3; ++i) {
    const Combined c = combine(claims, figures[i].second);
    *targets[i] = c.estimate;
    if (c.contested) incident.contested.emplace_back(figures[i].first);
  }
  std::set<std::string_view> docs;
  for (const ClaimRecord& c : claims) docs.insert(c.doc);
  incident.sources = static_cast<std::uint32_t>(docs.size());
  incident.claims = std::move(claims);
  if (!incident.claims.empty()) incident.id = incident_id(incident);
  return incident;
}

}  // namespace reckon
