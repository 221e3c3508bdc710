// Loading the gazetteer: one pass over the embedded places.tsv; names stay views into the table
// (no copies), and every name and alternate is indexed under its folded key, and significant
// places (countries, regions, towns of 1,000 or more) also under their skeleton.
#include <charconv>
#include <cmath>
#include <cstring>
#include <mutex>

#include "recognize/places/gazetteer_impl.h"
#include "recognize/places/place_keys.h"
#include "reckon/data.h"

namespace reckon {

std::string_view to_string(PlaceKind k) {
  switch (k) {
    case PlaceKind::kCountry: return "country";
    case PlaceKind::kAdmin1: return "admin1";
    case PlaceKind::kAdmin2: return "admin2";
    case PlaceKind::kCity: return "city";
    case PlaceKind::kVillage: return "village";
    case PlaceKind::kOther: return "other";
  }
  return "other";
}

std::string_view precision_name(PlaceKind k) {
  switch (k) {
    case PlaceKind::kCountry: return "country";
    case PlaceKind::kAdmin1: return "region";
    case PlaceKind::kAdmin2: return "district";
    case PlaceKind::kCity: return "city";
    case PlaceKind::kVillage: return "village";
    case PlaceKind::kOther: return "city";
  }
  return "city";
}

namespace {

constexpr std::uint32_t kSkeletonMinPopulation = 1000;

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

void index_name(Gazetteer::Impl& g, std::string_view name, std::uint32_t id, bool significant, std::string& key) {
  key.clear();
  places::append_key(name, key);
  if (key.empty()) return;
  auto& ids = g.by_key[key];
  if (ids.empty() || ids.back() != id) ids.push_back(id);
  if (significant && key.size() >= 4) {
    std::string skeleton = places::skeleton_of(key);
    if (skeleton.size() >= 3) {
      auto& sk = g.by_skeleton[skeleton];
      if (sk.empty() || sk.back() != id) sk.push_back(id);
    }
  }
}

// Parses one table line into an entry and indexes its names.
void add_line(Gazetteer::Impl& g, std::string_view line, std::string& key) {
  std::string_view f[7];
  std::size_t start = 0;
  for (int k = 0; k < 7; ++k) {
    const std::size_t tab = k < 6 ? line.find('\t', start) : std::string_view::npos;
    f[k] = line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start);
    if (tab == std::string_view::npos) {
      if (k < 5) return;
      start = line.size();
    } else {
      start = tab + 1;
    }
  }
  Gazetteer::Impl::Entry e{};
  e.kind = kind_of(f[0]);
  if (f[1].size() != 2) return;
  std::memcpy(e.country, f[1].data(), 2);
  e.lat = number<float>(f[2]);
  e.lon = number<float>(f[3]);
  e.population = number<std::uint32_t>(f[4]);
  e.name = f[5];
  const auto id = static_cast<std::uint32_t>(g.entries.size());
  g.entries.push_back(e);
  const bool significant = e.kind != PlaceKind::kCity || e.population >= kSkeletonMinPopulation;
  index_name(g, e.name, id, significant, key);
  std::string_view alternates = f[6];
  while (!alternates.empty()) {
    const std::size_t bar = alternates.find('|');
    index_name(g, alternates.substr(0, bar), id, significant, key);
    if (bar == std::string_view::npos) break;
    alternates.remove_prefix(bar + 1);
  }
  if (e.kind == PlaceKind::kCountry) g.country_by_code.emplace(std::string(f[1]), id);
}

std::unique_ptr<Gazetteer::Impl> parse_tables(std::string_view tsv) {
  auto g = std::make_unique<Gazetteer::Impl>();
  g->entries.reserve(tsv.size() / 40);
  g->by_key.reserve(tsv.size() / 25);
  std::string key;
  std::size_t pos = 0;
  while (pos < tsv.size()) {
    std::size_t eol = tsv.find('\n', pos);
    if (eol == std::string_view::npos) eol = tsv.size();
    const std::string_view line = tsv.substr(pos, eol - pos);
    pos = eol + 1;
    if (line.empty() || line[0] == '#') continue;
    add_line(*g, line, key);
  }
  return g;
}

}  // namespace

Place Gazetteer::Impl::to_place(std::uint32_t id) const {
  const Entry& e = entries[id];
  Place p;
  p.id = id;
  p.name = e.name;
  std::memcpy(p.country, e.country, 2);
  p.lat = std::round(static_cast<double>(e.lat) * 1e4) / 1e4;
  p.lon = std::round(static_cast<double>(e.lon) * 1e4) / 1e4;
  p.kind = e.kind;
  p.population = e.population;
  return p;
}

const std::vector<std::uint32_t>* Gazetteer::Impl::lookup(std::string_view key) const { return find_word(by_key, key); }
const std::vector<std::uint32_t>* Gazetteer::Impl::lookup_skeleton(std::string_view s) const { return find_word(by_skeleton, s); }

Gazetteer::Gazetteer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Gazetteer::~Gazetteer() = default;
Gazetteer::Gazetteer(Gazetteer&&) noexcept = default;
Gazetteer& Gazetteer::operator=(Gazetteer&&) noexcept = default;

const Gazetteer& Gazetteer::builtin() {
  static const Gazetteer* g = new Gazetteer(parse_tables(embedded_data("gazetteer/places.tsv").value_or("")));
  return *g;
}

Result<std::unique_ptr<Gazetteer>> Gazetteer::from_tables(std::string_view places_tsv) {
  auto impl = parse_tables(places_tsv);
  if (impl->entries.empty()) return Status::InvalidInput("gazetteer tables hold no places");
  return std::make_unique<Gazetteer>(std::move(impl));
}

std::size_t Gazetteer::size() const { return impl_->entries.size(); }
Place Gazetteer::place(std::uint32_t id) const { return impl_->to_place(id); }

std::optional<Place> Gazetteer::country(std::string_view iso2) const {
  const std::uint32_t* id = find_word(impl_->country_by_code, iso2);
  if (id == nullptr) return std::nullopt;
  return impl_->to_place(*id);
}

}  // namespace reckon
