// Clustering claims into incidents: connected components of the same-event relation among
// anchor claims, vague claims attached only where they are unambiguous (see reckon/reconcile.h).
// The partition is a function of the set of claims; only the numbering of the output follows the
// input order, and reconcile() sorts incidents by id so that nothing does.
#include <algorithm>
#include <numeric>

#include "reckon/reconcile.h"

namespace reckon {
namespace {

class DisjointSets {
 public:
  explicit DisjointSets(std::size_t n) : parent_(n) {
    std::iota(parent_.begin(), parent_.end(), 0);
  }
  std::size_t find(std::size_t x) {
    while (parent_[x] != x) {
      parent_[x] = parent_[parent_[x]];
      x = parent_[x];
    }
    return x;
  }
  void unite(std::size_t a, std::size_t b) {
    a = find(a);
    b = find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<std::size_t> parent_;
};

struct Edge {
  std::size_t a;
  std::size_t b;
};

// Every related pair, found by a sweep over claims sorted by first day (linkable claims cover at
// most a month, so each claim is compared only with those whose dates can overlap it).
std::vector<Edge> related_pairs(const std::vector<ClaimRecord>& claims) {
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    if (link_tier(claims[i]) != LinkTier::kAlone) order.push_back(i);
  }
  std::vector<std::int64_t> first(claims.size()), last(claims.size());
  for (std::size_t i : order) {
    first[i] = claims[i].date->first_day();
    last[i] = claims[i].date->last_day();
  }
  std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    return first[x] != first[y] ? first[x] < first[y] : x < y;
  });
  std::vector<Edge> edges;
  for (std::size_t i = 0; i < order.size(); ++i) {
    for (std::size_t j = i + 1; j < order.size() && first[order[j]] <= last[order[i]]; ++j) {
      if (same_event(claims[order[i]], claims[order[j]])) edges.push_back({order[i], order[j]});
    }
  }
  return edges;
}

}  // namespace

std::vector<std::vector<std::size_t>> cluster_claims(const std::vector<ClaimRecord>& claims) {
  const std::size_t n = claims.size();
  std::vector<LinkTier> tier(n);
  for (std::size_t i = 0; i < n; ++i) tier[i] = link_tier(claims[i]);
  const std::vector<Edge> edges = related_pairs(claims);

  DisjointSets sets(n);
  for (const Edge& e : edges) {
    if (tier[e.a] == LinkTier::kAnchor && tier[e.b] == LinkTier::kAnchor) sets.unite(e.a, e.b);
  }
  // The anchor components each vague claim relates to, judged against the finished components.
  std::vector<std::vector<std::size_t>> anchor_roots(n);
  for (const Edge& e : edges) {
    if (tier[e.a] == LinkTier::kVague && tier[e.b] == LinkTier::kAnchor)
      anchor_roots[e.a].push_back(sets.find(e.b));
    if (tier[e.b] == LinkTier::kVague && tier[e.a] == LinkTier::kAnchor)
      anchor_roots[e.b].push_back(sets.find(e.a));
  }
  std::vector<bool> left_over(n, false);
  for (std::size_t i = 0; i < n; ++i) {
    if (tier[i] != LinkTier::kVague) continue;
    std::vector<std::size_t>& roots = anchor_roots[i];
    std::sort(roots.begin(), roots.end());
    roots.erase(std::unique(roots.begin(), roots.end()), roots.end());
    left_over[i] = roots.size() != 1;
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (tier[i] == LinkTier::kVague && !left_over[i]) sets.unite(i, anchor_roots[i].front());
  }
  for (const Edge& e : edges) {
    if (left_over[e.a] && left_over[e.b]) sets.unite(e.a, e.b);
  }

  std::vector<std::vector<std::size_t>> groups;
  std::vector<std::size_t> group_of_root(n, n);
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t root = sets.find(i);
    if (group_of_root[root] == n) {
      group_of_root[root] = groups.size();
      groups.emplace_back();
    }
    groups[group_of_root[root]].push_back(i);
  }
  return groups;
}

std::vector<Incident> reconcile(std::vector<ClaimRecord> claims) {
  std::vector<Incident> incidents;
  for (const std::vector<std::size_t>& group : cluster_claims(claims)) {
    std::vector<ClaimRecord> members;
    members.reserve(group.size());
    for (std::size_t i : group) members.push_back(std::move(claims[i]));
    incidents.push_back(summarise_incident(std::move(members)));
  }
  std::sort(incidents.begin(), incidents.end(),
            [](const Incident& a, const Incident& b) { return a.id < b.id; });
  return incidents;
}

}  // namespace reckon
