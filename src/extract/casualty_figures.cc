// Figures from a sentence's observations: see casualties.h (keep_strongest, sentence_figure).
#include <algorithm>
#include <cstdint>
#include <vector>

#include "extract/casualties.h"

namespace reckon::extract {
namespace {

int strength(Outcome o) {
  switch (o) {
    case Outcome::kKilled:
      return 3;
    case Outcome::kCombined:
      return 2;
    case Outcome::kInjured:
      return 2;
    case Outcome::kHit:
      return 1;
  }
  return 0;
}

bool same_people(const Observation& a, const Observation& b) {
  return !a.zero && !b.zero && a.np_last > b.np_first && b.np_last > a.np_first;
}

}  // namespace

// Keeps, for each counted phrase, only its strongest outcome: "died after being shot" is a death.
// Phrases are visited in order of their first token, and each is compared only with the phrases
// that start before it ends (the only ones it can overlap), so a sentence of thousands of figures
// costs n log n, not n squared.
void keep_strongest(std::vector<Observation>& obs) {
  std::erase_if(obs, [](const Observation& o) { return o.min < 0; });  // no count read
  if (obs.size() < 2) return;
  std::vector<std::uint32_t> order(obs.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    return obs[a].np_first < obs[b].np_first;
  });
  std::vector<bool> weaker(obs.size(), false);
  for (std::size_t p = 0; p < order.size(); ++p) {
    const Observation& a = obs[order[p]];
    for (std::size_t q = p + 1; q < order.size() && obs[order[q]].np_first < a.np_last; ++q) {
      const Observation& b = obs[order[q]];
      if (!same_people(a, b)) continue;
      if (strength(b.outcome) > strength(a.outcome)) weaker[order[p]] = true;
      if (strength(a.outcome) > strength(b.outcome)) weaker[order[q]] = true;
    }
  }
  std::size_t kept = 0;
  for (std::size_t i = 0; i < obs.size(); ++i) {
    if (!weaker[i]) obs[kept++] = std::move(obs[i]);
  }
  obs.resize(kept);
}

SentenceFigure sentence_figure(const std::vector<Observation>& obs, Outcome outcome) {
  SentenceFigure f;
  bool counted = false, anaphoric = false, zero = false;
  for (const Observation& o : obs) {
    if (o.outcome != outcome) continue;
    if (o.zero) {
      zero = true;
    } else if (o.anaphoric) {
      anaphoric = true;
    } else {
      if (!counted) {
        f.first = o.np_first;
        f.last = o.trigger_last;
        f.min = 0;
        f.max = 0;
        f.additive = o.another;
        f.ordinal = o.ordinal;
        f.status = true;
      }
      if (o.additive && counted) {
        f.min += o.min;
        if (f.max && o.max)
          *f.max += *o.max;
        else
          f.max.reset();
      } else if (!counted || o.min > f.min) {
        f.min = o.min;
        f.max = o.max;
      }
      counted = true;
      f.first = std::min({f.first, o.np_first, o.trigger_first});
      f.last = std::max({f.last, o.np_last, o.trigger_last});
      f.update = f.update || o.update;
      f.status = f.status && o.status;
    }
  }
  if (counted) {
    f.set = true;
    return f;
  }
  for (const Observation& o : obs) {
    if (o.outcome != outcome || o.zero || !anaphoric) continue;
    f.set = true;
    f.anaphoric_only = true;
    f.min = std::max(f.min, o.min);
    f.max = o.max;
    f.first = std::min(o.np_first, o.trigger_first);
    f.last = std::max(o.np_last, o.trigger_last);
    f.update = f.update || o.update;
    return f;
  }
  for (const Observation& o : obs) {
    if (o.outcome != outcome || !o.zero || !zero) continue;
    if (o.besides) continue;
    f.set = true;
    f.zero_only = true;
    f.min = 0;
    f.max = 0;
    f.first = o.trigger_first;
    f.last = o.trigger_last;
    return f;
  }
  return f;
}

}  // namespace reckon::extract
