// resolve: chooses each candidate's reading in the context of the whole document and drops the
// names that are not places there.
//
// The context is gathered first from what needs no context: countries and demonyms, regions, and
// names with a single plausible reading vote for their country and first-level region and become
// anchors on the map. "Fabens, Texas" puts Fabens inside Texas. A reading then scores by its
// population, its kind (and the kind word after it), the votes of its country and region and its
// distance to the anchors, so Barda is in Azerbaijan in a report about Azerbaijan and Lakewood in
// New Jersey in a report about Ocean County.
//
// A name that is also an everyday word ("Orange", "Trail") needs a cue ("in Orange", "Orange,
// California"); a name that is also a personal name ("Murray", "Wayne") is dropped throughout the
// document once any occurrence reads as a person ("Sgt. Murray", "Murray said"); a name read only
// through its romanisation variant needs its country in the document or letters no English word
// has; hamlets and unknown populations need their country in the document and a cue.
#include <algorithm>
#include <array>
#include <cmath>

#include "recognize/places/place_match.h"

namespace reckon::places {

namespace {

using Entry = Gazetteer::Impl::Entry;

constexpr float kNearKm = 40;
constexpr float kRegionKm = 200;
constexpr float kFarKm = 500;
constexpr float kNoAnchors = -1;
constexpr std::size_t kNoCountry = 26 * 26;
constexpr float kDominantVotes = 1;
constexpr std::size_t kMaxAnchors = 32;
// Population thresholds: below a hamlet a place needs its country in the document and a cue.
constexpr std::uint32_t kHamlet = 1000;
constexpr std::uint32_t kSmallTown = 5000;
constexpr std::uint32_t kLargeTown = 50000;
constexpr std::uint32_t kCity = 100000;
constexpr std::uint32_t kMetropolis = 1000000;

struct Context {
  std::array<float, 26 * 26> country{};
  std::vector<std::size_t> voted;     // the slots of `country` given a vote, in first-vote order
  std::size_t dominant = kNoCountry;  // the country most of the document is about, if any
  std::vector<std::pair<std::uint32_t, float>> admin1;  // first-level region id, votes
  std::vector<std::pair<float, float>> anchors;         // lat, lon of places read with confidence

  static std::size_t slot(const Entry& e) {
    return static_cast<std::size_t>((e.country[0] - 'A') * 26 + (e.country[1] - 'A'));
  }
  float country_votes(const Entry& e) const { return country[slot(e)]; }
  void vote_country(const Entry& e, float w) {
    const std::size_t s = slot(e);
    if (std::find(voted.begin(), voted.end(), s) == voted.end()) voted.push_back(s);
    country[s] += w;
  }
  float admin1_votes(std::uint32_t region) const {
    for (const auto& [id, w] : admin1) {
      if (id == region) return w;
    }
    return 0;
  }
  void add_anchor(float lat, float lon) {
    if (anchors.size() >= kMaxAnchors) return;
    for (const auto& [a, b] : anchors) {
      if (a == lat && b == lon) return;
    }
    anchors.emplace_back(lat, lon);
  }
  void vote_admin1(std::uint32_t region, float w) {
    if (region == Gazetteer::Impl::kNone) return;
    for (auto& [id, votes] : admin1) {
      if (id == region) {
        votes += w;
        return;
      }
    }
    admin1.emplace_back(region, w);
  }
};

float distance_km(float lat1, float lon1, float lat2, float lon2) {
  constexpr float kRad = 3.14159265f / 180.0f;
  const float x = (lon2 - lon1) * kRad * std::cos((lat1 + lat2) * 0.5f * kRad);
  const float y = (lat2 - lat1) * kRad;
  return 6371.0f * std::sqrt(x * x + y * y);
}

std::uint32_t region_of(const Gazetteer::Impl& g, std::uint32_t id) {
  return g.entries[id].kind == PlaceKind::kAdmin1 ? id : g.entries[id].admin1;
}

class Resolver {
 public:
  Resolver(const TokenizedText& tt, const CandidateSet& set, const Gazetteer::Impl& g,
           const TokenWords& words)
      : tt_(tt), set_(set), g_(g), words_(words), containers_(set.candidates.size(), kNoContainer) {
    remembered_.reserve(set.candidates.size());  // at most one per candidate: never regrown
  }

  std::vector<PlaceMention> run() {
    collect_person_words();
    find_containers();
    gather_context();
    std::vector<PlaceMention> out;
    out.reserve(set_.candidates.size());
    for (std::size_t i = 0; i < set_.candidates.size(); ++i) {
      const Candidate& c = set_.candidates[i];
      const std::uint32_t id = remembered_reading(i);
      if (!keep(i, id, ctx_)) continue;
      PlaceMention m;
      m.first_token = c.first;
      m.last_token = c.last;
      m.span = tt_.span_of(c.first, c.last);
      m.place = g_.to_place(id);
      m.demonym = c.demonym;
      out.push_back(m);
    }
    return out;
  }

 private:
  static constexpr std::size_t kNoContainer = static_cast<std::size_t>(-1);

  void collect_person_words() {
    for (const Candidate& c : set_.candidates) {
      if (c.person &&
          std::find(person_words_.begin(), person_words_.end(), c.word_hash) == person_words_.end())
        person_words_.push_back(c.word_hash);
    }
  }
  bool person_word(const Candidate& c) const {
    return c.single_word() && c.prefers == Prefers::kNone &&
           std::find(person_words_.begin(), person_words_.end(), c.word_hash) !=
               person_words_.end();
  }

  // "Fabens, Texas", "Barda, Azerbaijan": the second names a region or country holding the first.
  void find_containers() {
    for (std::size_t i = 0; i + 1 < set_.candidates.size(); ++i) {
      const Candidate& c = set_.candidates[i];
      const Candidate& next = set_.candidates[i + 1];
      if (next.first != c.last + 1 || !tt_.tokens[c.last].is_punct(',') || c.demonym ||
          next.demonym)
        continue;
      for (std::uint32_t k = next.ids_begin; k < next.ids_end; ++k) {
        const PlaceKind kind = g_.entries[set_.ids[k]].kind;
        if ((kind == PlaceKind::kAdmin1 || kind == PlaceKind::kCountry) &&
            contained_reading(c, set_.ids[k]) != Gazetteer::Impl::kNone) {
          containers_[i] = k;
          break;
        }
      }
    }
  }

  std::uint32_t contained_reading(const Candidate& c, std::uint32_t region) const {
    const Entry& r = g_.entries[region];
    std::uint32_t best = Gazetteer::Impl::kNone;
    for (std::uint32_t k = c.ids_begin; k < c.ids_end; ++k) {
      const std::uint32_t id = set_.ids[k];
      const Entry& e = g_.entries[id];
      const bool inside = r.kind == PlaceKind::kCountry
                              ? (id != region && std::equal(e.country, e.country + 2, r.country))
                              : e.admin1 == region;
      if (inside && (best == Gazetteer::Impl::kNone || e.population > g_.entries[best].population))
        best = id;
    }
    return best;
  }

  // What needs no context votes for its country and region, and anchors the map.
  void gather_context() {
    static const Context empty;  // 2.7 KB of zero votes: made once, not per document
    std::vector<std::pair<std::uint64_t, std::uint32_t>> seen;  // name → reading, with no context
    seen.reserve(set_.candidates.size());
    for (std::size_t i = 0; i < set_.candidates.size(); ++i) {
      const Candidate& c = set_.candidates[i];
      const std::uint64_t key = c.name_hash ^ (static_cast<std::uint64_t>(c.prefers) << 1);
      const bool placed =
          containers_[i] != kNoContainer || (i > 0 && containers_[i - 1] != kNoContainer);
      // The last reading filed under the key (a key is filed again only after kNone was read).
      std::uint32_t id = Gazetteer::Impl::kNone;
      if (!placed) {
        for (auto it = seen.rbegin(); it != seen.rend(); ++it) {
          if (it->first == key) {
            id = it->second;
            break;
          }
        }
      }
      if (id == Gazetteer::Impl::kNone) {
        id = best_reading(i, empty);
        if (!placed) seen.emplace_back(key, id);
      }
      if (!keep(i, id, empty)) continue;
      const Entry& e = g_.entries[id];
      const bool sure =
          c.ids_end - c.ids_begin == 1 || containers_[i] != kNoContainer || dominant(c, id);
      if (c.demonym || e.kind == PlaceKind::kCountry) {
        ctx_.vote_country(e, 1.0f);
        continue;
      }
      // "Humboldt County" is in California, Nevada or Iowa, but surely in the United States.
      if (sure || one_country(c)) ctx_.vote_country(e, e.kind == PlaceKind::kAdmin1 ? 1.0f : 0.5f);
      if (sure) {
        ctx_.vote_admin1(region_of(g_, id), 0.5f);
        if (e.kind == PlaceKind::kCity || e.kind == PlaceKind::kAdmin2)
          ctx_.add_anchor(e.lat, e.lon);
      }
    }
    // The first (lowest slot) largest vote and the largest of the others. Only voted countries
    // can differ from 0, so they are all that needs reading, not the 676 slots.
    std::size_t top = 0;
    for (const std::size_t s : ctx_.voted) {
      if (ctx_.country[s] > ctx_.country[top] || (ctx_.country[s] == ctx_.country[top] && s < top))
        top = s;
    }
    float second = 0;
    for (const std::size_t s : ctx_.voted) {
      if (s != top) second = std::max(second, ctx_.country[s]);
    }
    if (ctx_.country[top] >= kDominantVotes && ctx_.country[top] >= 2 * second)
      ctx_.dominant = top;
  }

  bool generic_name(const Candidate& c) const {
    if (words_.cue(c.name_last - 1) == Cue::kPart) return true;
    for (std::uint32_t k = c.first; k < c.name_last; ++k) {
      const Token& t = tt_.tokens[k];
      if (!t.is_word()) continue;
      const WordInfo& w = words_.at(k);
      if (!w.stopword && w.suffix == Prefers::kNone) return false;
    }
    return true;
  }

  bool variant_reading(const Candidate& c, std::uint32_t id) const {
    for (std::uint32_t k = c.variant_begin; k < c.variant_end; ++k) {
      if (set_.ids[k] == id) return true;
    }
    return false;
  }

  bool one_country(const Candidate& c) const {
    const Entry& first = g_.entries[set_.ids[c.ids_begin]];
    for (std::uint32_t k = c.ids_begin + 1; k < c.ids_end; ++k) {
      const Entry& e = g_.entries[set_.ids[k]];
      if (e.country[0] != first.country[0] || e.country[1] != first.country[1]) return false;
    }
    return true;
  }

  // One reading so much larger than the rest that it is the one meant without context (Chicago).
  bool dominant(const Candidate& c, std::uint32_t id) const {
    const Entry& best = g_.entries[id];
    if (best.population < kCity) return false;
    for (std::uint32_t k = c.ids_begin; k < c.ids_end; ++k) {
      const Entry& other = g_.entries[set_.ids[k]];
      // The city and its county or region of the same name are one place on the map.
      if (set_.ids[k] == id || distance_km(best.lat, best.lon, other.lat, other.lon) < kNearKm)
        continue;
      if (static_cast<std::uint64_t>(other.population) * 20 > best.population) return false;
    }
    return true;
  }

  // 3, 2, 1 for a place near, in the region of, or within reach of the document's other places;
  // 0 when they are all far away; kNoAnchors when there are none to compare with.
  float proximity(const Entry& e, const Context& ctx) const {
    float best = 1e9f;
    bool any = false;
    for (const auto& [lat, lon] : ctx.anchors) {
      if (lat == e.lat && lon == e.lon) continue;  // a place is no evidence for itself
      any = true;
      best = std::min(best, distance_km(e.lat, e.lon, lat, lon));
    }
    if (!any) return kNoAnchors;
    if (best < kNearKm) return 3;
    if (best < kRegionKm) return 2;
    return best < kFarKm ? 1 : 0;
  }

  float kind_bonus(PlaceKind k, Prefers p) const {
    // A bare name is the city before the region named after it (Kharkiv, San Jose, Yerevan).
    float b = k == PlaceKind::kCountry  ? 3
              : k == PlaceKind::kAdmin1 ? 1.2f
              : k == PlaceKind::kAdmin2 ? 0.5f
                                        : 1.5f;
    if (p == Prefers::kAdmin && (k == PlaceKind::kAdmin1 || k == PlaceKind::kAdmin2)) b += 6;
    if (p == Prefers::kCity && k == PlaceKind::kCity) b += 3;
    return b;
  }

  // What score() needs of candidate i that is the same for all its readings, worked out once
  // per candidate rather than per reading (89k readings on GVA train).
  struct Fixed {
    Prefers prefers;
    bool variants;            // some readings come through the variant key only
    std::uint32_t contained;  // its reading inside the region after a comma, or kNone
    std::uint32_t container;  // the region of the name before its comma, or kNone
  };
  Fixed fixed(std::size_t i) const {
    const Candidate& c = set_.candidates[i];
    Fixed f{c.prefers, c.variant_begin > c.ids_begin, Gazetteer::Impl::kNone,
            Gazetteer::Impl::kNone};
    if (containers_[i] != kNoContainer)
      f.contained = contained_reading(c, set_.ids[containers_[i]]);
    if (i > 0 && containers_[i - 1] != kNoContainer) f.container = set_.ids[containers_[i - 1]];
    return f;
  }

  // Inline into best_reading: it is called for every reading of every name (89k times on GVA
  // train), and the call itself cost a sixth of its work.
  [[gnu::always_inline]] float score(const Candidate& c, const Fixed& f, std::uint32_t id,
                                     const Context& ctx) const {
    const Entry& e = g_.entries[id];
    float s = e.weight + kind_bonus(e.kind, f.prefers);
    if (f.variants && variant_reading(c, id)) s -= 1;  // the exact spelling first
    const float votes = ctx.country_votes(e);
    // Regions and anchors all lie in countries with votes: elsewhere they add nothing.
    if (votes > 0) {
      s += 4 * std::min(votes, 3.0f);
      s += 3 * std::min(ctx.admin1_votes(region_of(g_, id)), 2.0f);
      if (e.kind == PlaceKind::kCity || e.kind == PlaceKind::kAdmin2)
        s += std::max(proximity(e, ctx), 0.0f);
    }
    if (f.contained == id) s += 10;
    // The region after a comma is the one that holds the place before it.
    if (f.container == id) s += 10;
    return s;
  }

  // A name said again reads the same, unless a region after a comma places it.
  std::uint32_t remembered_reading(std::size_t i) {
    const Candidate& c = set_.candidates[i];
    const bool placed =
        containers_[i] != kNoContainer || (i > 0 && containers_[i - 1] != kNoContainer);
    const std::uint64_t key = c.name_hash ^ (static_cast<std::uint64_t>(c.prefers) << 1);
    if (!placed) {
      for (const auto& [k, id] : remembered_) {
        if (k == key) return id;
      }
    }
    const std::uint32_t id = best_reading(i, ctx_);
    if (!placed) remembered_.emplace_back(key, id);
    return id;
  }

  std::uint32_t best_reading(std::size_t i, const Context& ctx) const {
    const Candidate& c = set_.candidates[i];
    std::uint32_t best = set_.ids[c.ids_begin];
    if (c.ids_end - c.ids_begin == 1) return best;  // one reading: no score can change it
    float best_score = -1e9f;
    const Fixed f = fixed(i);
    for (std::uint32_t k = c.ids_begin; k < c.ids_end; ++k) {
      const float s = score(c, f, set_.ids[k], ctx);
      if (s > best_score) {
        best_score = s;
        best = set_.ids[k];
      }
    }
    return best;
  }

  bool keep(std::size_t i, std::uint32_t id, const Context& ctx) const;
  bool keep_country(const Candidate& c, const Entry& e, bool supported) const;
  bool keep_single_word(const Candidate& c, const Entry& e, std::uint32_t id, const Context& ctx,
                        bool cued) const;

  const TokenizedText& tt_;
  const CandidateSet& set_;
  const Gazetteer::Impl& g_;
  const TokenWords& words_;
  std::vector<std::size_t>
      containers_;  // per candidate: index in set_.ids of its container, if any
  std::vector<std::uint64_t> person_words_;
  std::vector<std::pair<std::uint64_t, std::uint32_t>> remembered_;
  Context ctx_;
};

// Whether candidate i, read as entry id, is a place in this document.
bool Resolver::keep(std::size_t i, std::uint32_t id, const Context& ctx) const {
  const Candidate& c = set_.candidates[i];
  if (c.ids_begin == c.ids_end || c.part_of_name) return false;
  if (c.demonym) return true;
  if (c.abbreviation) return i > 0 && containers_[i - 1] != kNoContainer;
  const Entry& e = g_.entries[id];
  const float votes = ctx.country_votes(e);
  const bool contained =
      containers_[i] != kNoContainer || (i > 0 && containers_[i - 1] != kNoContainer);
  const bool kind_word = c.prefers != Prefers::kNone;
  const bool single = c.single_word() && !kind_word;
  const Token& t = tt_.tokens[c.first];
  if (single && words_.at(c.first).stopword) return false;
  if (person_word(c) && !contained) return false;
  if (variant_reading(c, id) && !(votes > 0 || c.foreign_letters)) return false;
  if (single && (t.norm.size() <= 3 || (t.has(kAllCaps) && t.norm.size() <= 4))) {
    return e.kind == PlaceKind::kCountry ? t.norm.size() >= 2 : (votes >= 1 || contained);
  }
  const bool cued = c.locative || contained || kind_word;
  // "Germany Township", "Vermont city": a kind word after a country or state names some smaller
  // place of that name the gazetteer does not know.
  if (kind_word && (e.kind == PlaceKind::kCountry ||
                    (e.kind == PlaceKind::kAdmin1 && c.prefers == Prefers::kCity)))
    return false;
  if (e.kind == PlaceKind::kCountry) return keep_country(c, e, cued || votes > 0);
  // "Central District", "Park Avenue", "Church Street": names made of generic words are places only
  // in their own country's news.
  if (generic_name(c) && votes == 0) return false;
  if (single && c.after_article && !c.locative) return false;
  if (single && !keep_single_word(c, e, id, ctx, cued)) return false;
  const bool near_context = votes > 0 || ctx.admin1_votes(region_of(g_, id)) > 0;
  if (e.kind == PlaceKind::kAdmin1) return true;
  if (e.kind == PlaceKind::kAdmin2) return !single || near_context;
  if (e.population < kHamlet) return near_context && (cued || !single);
  if (e.population < kSmallTown && !(near_context || cued)) return false;
  // A small town far from everything else the document names is another town of that name.
  return contained || e.population >= kLargeTown || e.kind != PlaceKind::kCity ||
         proximity(e, ctx) != 0;
}

// "Island" is Iceland's own name and "Turkey" a bird: a country named by a word needs a cue, its
// English name in mid-sentence, or the country elsewhere in the document.
bool Resolver::keep_country(const Candidate& c, const Entry& e, bool supported) const {
  if (c.other_use != OtherUse::kWord || supported) return true;
  const std::string_view norm = tt_.tokens[c.first].norm;
  const std::string_view name = g_.name(e);
  const bool english_name = norm.size() == name.size() &&
                            std::equal(norm.begin(), norm.end(), name.begin(), [](char a, char b) {
                              return a == (b >= 'A' && b <= 'Z' ? static_cast<char>(b + 32) : b);
                            });
  return english_name && !c.sentence_initial && !c.title_case;
}

// A one-word name with no kind word: everyday words need a cue, personal names a cue or a large
// place in the document's country, capitals at the start of a sentence or in a headline say
// nothing, and a small town far from everything else the document names is another place.
bool Resolver::keep_single_word(const Candidate& c, const Entry& e, std::uint32_t id,
                                const Context& ctx, bool cued) const {
  const float votes = ctx.country_votes(e);
  const bool near_context = votes > 0 || ctx.admin1_votes(region_of(g_, id)) > 0;
  switch (c.other_use) {
    case OtherUse::kWord:
      if (!cued || (c.sentence_initial && !c.locative)) return false;
      break;
    case OtherUse::kSurname:
    case OtherUse::kFirstName:
      if (!cued &&
          !(near_context && e.population >= kLargeTown && !c.sentence_initial && !c.title_case))
        return false;
      break;
    case OtherUse::kNone:
      break;
  }
  if ((c.sentence_initial || c.title_case) && !cued && !(votes > 0 || e.population >= kCity))
    return false;
  // Another country's town in a report about one country ("Trinidad" in a Humboldt County story).
  if (ctx.dominant != kNoCountry && ctx.dominant != Context::slot(e) && votes == 0 &&
      e.population < kMetropolis)
    return false;
  if (!cued && e.population < kCity && proximity(e, ctx) == 0) return false;
  return true;
}

}  // namespace

std::vector<PlaceMention> resolve(const TokenizedText& tt, const CandidateSet& set,
                                  const Gazetteer::Impl& g, const TokenWords& words) {
  if (set.candidates.empty()) return {};
  return Resolver(tt, set, g, words).run();
}

}  // namespace reckon::places

namespace reckon {

std::vector<PlaceMention> recognize_places(const TokenizedText& tt, std::string_view text,
                                           const Gazetteer& gazetteer) {
  const Gazetteer::Impl& g = gazetteer.impl();
  const places::TokenWords words(tt, places::places_lexicon());
  return places::resolve(tt, places::find_candidates(tt, text, g, words), g, words);
}

}  // namespace reckon
