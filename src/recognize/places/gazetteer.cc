// Loading the gazetteer: one pass over the embedded places.tsv. Names stay views into the table
// (no copies); every name and alternate is filed in the name index under the hash of its folded
// key, multi-word names also mark their first words as prefixes, and the places of countries with
// several romanisations are filed under their variant keys too. Then the hand-kept alternative
// names and demonyms of data/lexicon are filed under the places they name. No per-name strings
// are kept, so loading is a few tens of milliseconds.
#include <charconv>
#include <cmath>
#include <cstring>

#include "reckon/data.h"
#include "reckon/lexicon.h"
#include "recognize/places/gazetteer_cache.h"
#include "recognize/places/gazetteer_impl.h"
#include "recognize/places/place_keys.h"

namespace reckon {

std::string_view to_string(PlaceKind k) {
  switch (k) {
    case PlaceKind::kCountry:
      return "country";
    case PlaceKind::kAdmin1:
      return "admin1";
    case PlaceKind::kAdmin2:
      return "admin2";
    case PlaceKind::kCity:
      return "city";
    case PlaceKind::kVillage:
      return "village";
    case PlaceKind::kOther:
      return "other";
  }
  return "other";
}

std::string_view precision_name(PlaceKind k) {
  switch (k) {
    case PlaceKind::kCountry:
      return "country";
    case PlaceKind::kAdmin1:
      return "region";
    case PlaceKind::kAdmin2:
      return "district";
    case PlaceKind::kCity:
      return "city";
    case PlaceKind::kVillage:
      return "village";
    case PlaceKind::kOther:
      return "city";
  }
  return "city";
}

namespace {

constexpr std::uint32_t kSignificantPopulation = 1000;
constexpr int kFields = 8;
constexpr std::size_t kLongList = 8;
constexpr std::uint32_t kLargePlace =
    100000;  // kind country admin1 lat lon population name alternates

PlaceKind kind_of(std::string_view s) {
  if (s == "country") return PlaceKind::kCountry;
  if (s == "admin1") return PlaceKind::kAdmin1;
  if (s == "admin2") return PlaceKind::kAdmin2;
  return PlaceKind::kCity;
}

template <typename T>
T number(std::string_view s) {
  T v{};
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

int country_slot(std::string_view cc) {
  if (cc.size() != 2 || cc[0] < 'A' || cc[0] > 'Z' || cc[1] < 'A' || cc[1] > 'Z') return -1;
  return (cc[0] - 'A') * 26 + (cc[1] - 'A');
}

std::uint64_t admin1_hash(std::string_view cc, std::string_view code) {
  places::KeyHash h;
  h.add(cc);
  h.add_space();
  h.add(code);
  return h.value();
}

class Loader {
 public:
  explicit Loader(Gazetteer::Impl& g) : g_(g), admin1_by_code_(4096) {
    for_each_lexicon_row("lexicon/places_romanised_countries.tsv",
                         [&](const std::vector<std::string_view>& f) {
                           const int slot = country_slot(f[0]);
                           if (slot >= 0) g_.romanised[static_cast<std::size_t>(slot)] = true;
                         });
  }

  // The table the next lines come from: entry names are offsets into it.
  void begin_table(std::string_view table, bool extra) {
    table_ = table;
    table_bit_ = extra ? Gazetteer::Impl::kExtraName : 0;
  }

  void add_line(std::string_view line) {
    std::string_view f[kFields];
    if (!split(line, f)) return;
    Gazetteer::Impl::Entry e;
    e.kind = kind_of(f[0]);
    const int slot = country_slot(f[1]);
    if (slot < 0) return;
    std::memcpy(e.country, f[1].data(), 2);
    e.lat = number<float>(f[3]);
    e.lon = number<float>(f[4]);
    e.population = number<std::uint32_t>(f[5]);
    e.weight = static_cast<float>(std::log10(static_cast<double>(e.population) + 10.0));
    const auto offset = static_cast<std::size_t>(f[6].data() - table_.data());
    if (offset >= Gazetteer::Impl::kExtraName) return;  // beyond what an entry can point at
    e.name_offset = static_cast<std::uint32_t>(offset) | table_bit_;
    e.name_size = static_cast<std::uint32_t>(f[6].size());
    const auto id = static_cast<std::uint32_t>(g_.entries.size());
    if (e.kind == PlaceKind::kAdmin1) {
      admin1_by_code_.add(admin1_hash(f[1], f[2]), id);
    } else if (e.kind != PlaceKind::kCountry && !f[2].empty()) {
      if (const auto* s = admin1_by_code_.find(admin1_hash(f[1], f[2])))
        e.admin1 = admin1_by_code_.value(s->head);
    } else if (e.kind == PlaceKind::kCountry) {
      g_.country_ids[static_cast<std::size_t>(slot)] = id;
    }
    g_.entries.push_back(e);
    const bool variants = g_.romanised[static_cast<std::size_t>(slot)] &&
                          (e.kind != PlaceKind::kCity || e.population >= kSignificantPopulation);
    index_name(f[6], id, variants);
    for (std::string_view alternates = f[7]; !alternates.empty();) {
      const std::size_t bar = alternates.find('|');
      index_name(alternates.substr(0, bar), id, variants);
      if (bar == std::string_view::npos) break;
      alternates.remove_prefix(bar + 1);
    }
  }

  // "Stepanakert" for Khankendi: files the alternative name under every place of that name in
  // that country.
  void add_alternate(std::string_view alternate, std::string_view name, std::string_view cc) {
    const auto* s = g_.names.find(places::hash_key(places::key_of(name)));
    if (s == nullptr || !(s->flags & places::NameIndex::kName)) return;
    std::vector<std::uint32_t> ids;
    for (std::uint32_t p = s->head; p != places::NameIndex::kEnd; p = g_.names.next(p)) {
      const std::uint32_t id = g_.names.value(p);
      if (!(id & Gazetteer::Impl::kDemonymBit) && std::string_view(g_.entries[id].country, 2) == cc)
        ids.push_back(id);
    }
    for (std::uint32_t id : ids)
      index_name(alternate, id, g_.romanised[static_cast<std::size_t>(country_slot(cc))]);
  }

  void add_demonym(std::string_view word, std::string_view cc) {
    const std::uint32_t id = g_.country_id(cc);
    if (id != Gazetteer::Impl::kNone)
      g_.names.add(places::hash_key(places::key_of(word)), id | Gazetteer::Impl::kDemonymBit);
  }

 private:
  static bool split(std::string_view line, std::string_view (&f)[kFields]) {
    std::size_t start = 0;
    for (int k = 0; k < kFields; ++k) {
      const std::size_t tab = line.find('\t', start);
      if (tab == std::string_view::npos) {
        if (k < kFields - 1) return false;
        f[k] = line.substr(start);
        return true;
      }
      f[k] = line.substr(start, tab - start);
      start = tab + 1;
    }
    return true;
  }

  void index_name(std::string_view name, std::uint32_t id, bool variants) {
    const bool large = g_.entries[id].population >= kLargePlace;
    key_.clear();
    places::append_key(name, key_);
    // "The Bronx", "The Hague": texts say "the Bronx", so a large place's name is filed without
    // its article (a hamlet called "The Oaks" keeps it).
    if (large && key_.size() > 4 && key_.compare(0, 4, "the ") == 0) key_.erase(0, 4);
    if (key_.empty()) return;
    const bool one_word = file_key(key_, id);
    // "Saint Martin Parish" is written "St. Martin Parish", "Fort Worth" "Ft. Worth".
    if (!one_word && abbreviate(key_, short_)) file_key(short_, id);
    if (variants && one_word) {
      variant_.clear();
      places::append_variant(key_, variant_);
      g_.variants.add(places::hash_key(variant_), id);
    }
  }

  // Files a key and marks its first words as prefixes; returns whether it is one word.
  bool file_key(std::string_view key, std::uint32_t id) {
    places::KeyHash h;
    std::size_t word = 0;
    for (std::size_t i = 0; i <= key.size(); ++i) {
      if (i == key.size() || key[i] == ' ') {
        h.add(key.substr(word, i - word));
        if (i == key.size()) break;
        file(h.value(), 0, true);
        h.add_space();
        word = i + 1;
      }
    }
    file(h.value(), id, false);
    return word == 0;
  }

  // The key with "saint", "sainte", "mount" and "fort" shortened as news writes them.
  static bool abbreviate(std::string_view key, std::string& out) {
    static constexpr std::pair<std::string_view, std::string_view> kShort[] = {
        {"saint", "st"}, {"sainte", "ste"}, {"mount", "mt"}, {"fort", "ft"}};
    out.clear();
    bool changed = false;
    std::size_t word = 0;
    for (std::size_t i = 0; i <= key.size(); ++i) {
      if (i < key.size() && key[i] != ' ') continue;
      std::string_view w = key.substr(word, i - word);
      for (const auto& [full, abbreviation] : kShort) {
        if (w == full) {
          w = abbreviation;
          changed = true;
        }
      }
      if (!out.empty()) out.push_back(' ');
      out.append(w);
      word = i + 1;
    }
    return changed;
  }

  // Inserts into the name index trail the hashing by a few keys, so that each slot has been
  // prefetched by the time it is written. Order is kept: a key's values stay in table order.
  struct PendingName {
    std::uint64_t hash;
    std::uint32_t id;
    bool prefix;
  };
  void file(std::uint64_t hash, std::uint32_t id, bool prefix) {
    g_.names.prefetch(hash);
    if (pending_count_ == kPipeline) apply_oldest();
    pending_[(pending_head_ + pending_count_) % kPipeline] = {hash, id, prefix};
    ++pending_count_;
  }
  void apply_oldest() {
    const PendingName& p = pending_[pending_head_];
    if (p.prefix) {
      g_.names.add_prefix(p.hash);
    } else {
      g_.names.add(p.hash, p.id);
    }
    pending_head_ = (pending_head_ + 1) % kPipeline;
    --pending_count_;
  }

 public:
  void flush() {
    while (pending_count_ > 0) apply_oldest();
  }

 private:
  static constexpr std::size_t kPipeline = 8;
  std::array<PendingName, kPipeline> pending_{};
  std::size_t pending_head_ = 0;
  std::size_t pending_count_ = 0;

  Gazetteer::Impl& g_;
  std::string_view table_;
  std::uint32_t table_bit_ = 0;
  places::NameIndex admin1_by_code_;
  std::string key_;
  std::string short_;
  std::string variant_;
};

void add_table(Loader& loader, std::string_view tsv, bool extra) {
  loader.begin_table(tsv, extra);
  std::size_t pos = 0;
  while (pos < tsv.size()) {
    std::size_t eol = tsv.find('\n', pos);
    if (eol == std::string_view::npos) eol = tsv.size();
    const std::string_view line = tsv.substr(pos, eol - pos);
    pos = eol + 1;
    if (!line.empty() && line[0] != '#') loader.add_line(line);
  }
}

// `extra` holds hand-kept rows in the same format (data/lexicon/places_regions.tsv).
std::unique_ptr<Gazetteer::Impl> parse_tables(std::string_view tsv, std::string_view extra) {
  auto g = std::make_unique<Gazetteer::Impl>();
  g->places_tsv = tsv;
  g->extra_tsv = extra;
  g->entries.reserve(tsv.size() / 44 + 64);
  Loader loader(*g);
  add_table(loader, tsv, false);
  add_table(loader, extra, true);
  loader.flush();
  for_each_lexicon_row("lexicon/places_alternates.tsv",
                       [&](const std::vector<std::string_view>& f) {
                         if (f.size() >= 3) loader.add_alternate(f[0], f[1], f[2]);
                       });
  loader.flush();
  for_each_lexicon_row("lexicon/places_demonyms.tsv", [&](const std::vector<std::string_view>& f) {
    if (f.size() >= 2) loader.add_demonym(f[0], f[1]);
  });
  // Common names list their largest places first, for the matcher reads at most a few dozen.
  const auto larger = [&g](std::uint32_t a, std::uint32_t b) {
    const auto pa = g->entries[a & ~Gazetteer::Impl::kDemonymBit].population;
    const auto pb = g->entries[b & ~Gazetteer::Impl::kDemonymBit].population;
    return pa > pb;
  };
  g->names.order_long_lists(kLongList, larger);
  g->variants.order_long_lists(kLongList, larger);
  return g;
}

}  // namespace

Gazetteer::Impl::Impl(std::size_t expected_names, std::size_t expected_variants)
    : names(expected_names), variants(expected_variants) {
  country_ids.fill(kNone);
}

std::uint32_t Gazetteer::Impl::country_id(std::string_view iso2) const {
  const int slot = country_slot(iso2);
  return slot < 0 ? kNone : country_ids[static_cast<std::size_t>(slot)];
}

Place Gazetteer::Impl::to_place(std::uint32_t id) const {
  const Entry& e = entries[id];
  Place p;
  p.id = id;
  p.name = name(e);
  std::memcpy(p.country, e.country, 2);
  p.lat = std::round(static_cast<double>(e.lat) * 1e4) / 1e4;
  p.lon = std::round(static_cast<double>(e.lon) * 1e4) / 1e4;
  p.kind = e.kind;
  p.population = e.population;
  p.admin1 = e.admin1;
  return p;
}

Gazetteer::Gazetteer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Gazetteer::~Gazetteer() = default;
Gazetteer::Gazetteer(Gazetteer&&) noexcept = default;
Gazetteer& Gazetteer::operator=(Gazetteer&&) noexcept = default;

// Read back from this program's snapshot when there is one (see gazetteer_cache.h), else built
// and saved for the next run.
const Gazetteer& Gazetteer::builtin() {
  static const Gazetteer* g = [] {
    const places::GazetteerSources sources{
        embedded_data("gazetteer/places.tsv").value_or(""),
        embedded_data("lexicon/places_regions.tsv").value_or("")};
    std::unique_ptr<Impl> impl = places::read_cached_gazetteer(sources);
    if (impl == nullptr) {
      impl = parse_tables(sources.places_tsv, sources.extra_tsv);
      places::write_cached_gazetteer(*impl, sources);
    }
    return new Gazetteer(std::move(impl));
  }();
  return *g;
}

Result<std::unique_ptr<Gazetteer>> Gazetteer::from_tables(std::string_view places_tsv) {
  auto impl = parse_tables(places_tsv, {});
  if (impl->entries.empty()) return Status::InvalidInput("gazetteer tables hold no places");
  return std::make_unique<Gazetteer>(std::move(impl));
}

std::size_t Gazetteer::size() const {
  return impl_->entries.size();
}
Place Gazetteer::place(std::uint32_t id) const {
  return impl_->to_place(id);
}

std::optional<Place> Gazetteer::country(std::string_view iso2) const {
  const std::uint32_t id = impl_->country_id(iso2);
  if (id == Impl::kNone) return std::nullopt;
  return impl_->to_place(id);
}

}  // namespace reckon
