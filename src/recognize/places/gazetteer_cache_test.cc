// Tests of the gazetteer snapshot: a snapshot reads back into exactly the gazetteer it was made
// from, is refused for another program or when cut short, never reads out of bounds when
// damaged, and the cache directory keeps only the newest few files.
#include "recognize/places/gazetteer_cache.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "reckon/data.h"
#include "recognize/places/gazetteer_impl.h"
#include "recognize/places/place_keys.h"

namespace reckon::places {
namespace {

GazetteerSources builtin_sources() {
  return {embedded_data("gazetteer/places.tsv").value_or(""),
          embedded_data("lexicon/places_regions.tsv").value_or("")};
}

const Gazetteer::Impl& builtin() { return Gazetteer::builtin().impl(); }

TEST(GazetteerSnapshot, ReadsBackExactlyTheGazetteerItWasMadeFrom) {
  const std::string bytes = snapshot_bytes(builtin(), builtin_sources(), "program-a");
  ASSERT_GT(bytes.size(), 1000u);
  const auto copy = from_snapshot(bytes, builtin_sources(), "program-a");
  ASSERT_NE(copy, nullptr);
  ASSERT_EQ(copy->entries.size(), builtin().entries.size());
  for (std::size_t i = 0; i < copy->entries.size(); i += 997) {
    const auto& a = copy->entries[i];
    const auto& b = builtin().entries[i];
    EXPECT_EQ(copy->name(a).data(), builtin().name(b).data()) << i;  // the same embedded bytes
    EXPECT_EQ(copy->name(a), builtin().name(b));
    EXPECT_EQ(a.population, b.population);
    EXPECT_EQ(a.admin1, b.admin1);
    EXPECT_EQ(a.kind, b.kind);
  }
  // Everything else: the copy's own snapshot is byte for byte the original's.
  EXPECT_EQ(snapshot_bytes(*copy, builtin_sources(), "program-a"), bytes);
  const Place place = Gazetteer(std::make_unique<Gazetteer::Impl>(*copy)).place(123);
  EXPECT_EQ(place.name, Gazetteer::builtin().place(123).name);
}

TEST(GazetteerSnapshot, IsRefusedForAnotherProgramOrOtherTables) {
  const std::string bytes = snapshot_bytes(builtin(), builtin_sources(), "program-a");
  EXPECT_EQ(from_snapshot(bytes, builtin_sources(), "program-b"), nullptr);
  GazetteerSources shorter = builtin_sources();
  shorter.places_tsv.remove_suffix(1);
  EXPECT_EQ(from_snapshot(bytes, shorter, "program-a"), nullptr);
  EXPECT_EQ(from_snapshot("", builtin_sources(), "program-a"), nullptr);
}

TEST(GazetteerSnapshot, CutShortIsRefused) {
  const std::string bytes = snapshot_bytes(builtin(), builtin_sources(), "p");
  for (std::size_t cut : {std::size_t{1}, std::size_t{100}, bytes.size() / 3, bytes.size() / 2,
                          bytes.size() - 700, bytes.size() - 1}) {
    EXPECT_EQ(from_snapshot(std::string_view(bytes).substr(0, bytes.size() - cut), builtin_sources(), "p"),
              nullptr)
        << "cut " << cut;
  }
}

// A damaged snapshot may still be accepted (its entries and index links are not checked when it
// is read), but every index it holds must stay in bounds: walk every name's postings and entries
// as the matcher would, taking only sound() ids, and look up names, some of them absent (the
// sanitizer build turns any stray read into a failure).
TEST(GazetteerSnapshot, DamagedBytesNeverLeadOutOfBounds) {
  const std::string bytes = snapshot_bytes(builtin(), builtin_sources(), "p");
  std::uint64_t x = 0x9E3779B97F4A7C15ull;
  for (int trial = 0; trial < 12; ++trial) {
    std::string damaged = bytes;
    for (int k = 0; k < 8; ++k) {
      x ^= x << 13;
      x ^= x >> 7;
      x ^= x << 17;
      damaged[x % damaged.size()] = static_cast<char>(x >> 56);
    }
    const auto g = from_snapshot(damaged, builtin_sources(), "p");
    if (g == nullptr) continue;
    std::uint64_t sum = 0;
    for (std::uint32_t p = 0; p < g->names.postings(); ++p) {
      const std::uint32_t id = g->names.value(p) & ~Gazetteer::Impl::kDemonymBit;
      if (!g->sound(id)) continue;
      sum += g->entries[id].population + g->name(g->entries[id]).size() +
             (g->is_romanised(g->entries[id]) ? 1 : 0);
      sum += g->to_place(id).name.size();
      for (std::uint32_t q = g->names.next(p); q != NameIndex::kEnd; q = g->names.next(q)) ++sum;
      if (sum > (1ull << 62)) break;
    }
    for (std::string_view name : {"baku", "el paso", "springfield", "no such place at all"}) {
      const NameIndex::Slot* s = g->names.find(hash_key(name));
      if (s == nullptr) continue;
      for (std::uint32_t p = s->head; p != NameIndex::kEnd; p = g->names.next(p))
        sum += g->names.value(p) & 1;
    }
    EXPECT_GT(sum, 0u);
  }
}

// Entries are read in place, unchecked: one whose country code is damaged is not sound(), so the
// matcher never takes it (nor indexes a country table by it), while its neighbours still are.
TEST(GazetteerSnapshot, ADamagedEntryIsNotSound) {
  const std::string bytes = snapshot_bytes(builtin(), builtin_sources(), "p");
  const auto g = from_snapshot(bytes, builtin_sources(), "p");
  ASSERT_NE(g, nullptr);
  ASSERT_TRUE(g->sound(5) && g->sound(6));
  EXPECT_FALSE(g->sound(static_cast<std::uint32_t>(g->entries.size())));
  std::string damaged = bytes;
  const auto at =
      static_cast<std::size_t>(reinterpret_cast<const char*>(g->entries[5].country) - bytes.data());
  damaged[at] = 'a';
  const auto d = from_snapshot(damaged, builtin_sources(), "p");
  ASSERT_NE(d, nullptr);
  EXPECT_FALSE(d->sound(5));
  EXPECT_TRUE(d->sound(6));
}

class CacheDir : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("reckon-cache-test-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    ::setenv("RECKON_CACHE_DIR", dir_.c_str(), 1);
  }
  void TearDown() override {
    ::unsetenv("RECKON_CACHE_DIR");
    std::filesystem::remove_all(dir_);
  }
  std::size_t files() const {
    std::size_t n = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir_)) n += e.is_regular_file() ? 1 : 0;
    return n;
  }
  std::filesystem::path dir_;
};

TEST_F(CacheDir, WritesThenReadsThisProgramsSnapshot) {
  if (!program_build_id()) GTEST_SKIP() << "no GNU build id in this program";
  EXPECT_EQ(read_cached_gazetteer(builtin_sources()), nullptr);
  write_cached_gazetteer(builtin(), builtin_sources());
  const auto back = read_cached_gazetteer(builtin_sources());
  ASSERT_NE(back, nullptr);
  EXPECT_EQ(back->entries.size(), builtin().entries.size());
  EXPECT_EQ(files(), 1u);
}

TEST_F(CacheDir, KeepsOnlyTheNewestFewSnapshots) {
  if (!program_build_id()) GTEST_SKIP() << "no GNU build id in this program";
  std::filesystem::create_directories(dir_);
  const auto old = std::filesystem::file_time_type::clock::now() - std::chrono::hours(1);
  for (int i = 0; i < 6; ++i) {
    const auto path = dir_ / ("gazetteer-old" + std::to_string(i) + ".bin");
    std::ofstream(path) << "stale";
    std::filesystem::last_write_time(path, old);
  }
  std::ofstream(dir_ / "notes.txt") << "not ours";
  write_cached_gazetteer(builtin(), builtin_sources());
  EXPECT_EQ(files(), 4u + 1u);  // four snapshots, the newest among them, and the other file
  EXPECT_NE(read_cached_gazetteer(builtin_sources()), nullptr);
}

TEST_F(CacheDir, OffMeansNoFiles) {
  ::setenv("RECKON_CACHE_DIR", "off", 1);
  write_cached_gazetteer(builtin(), builtin_sources());
  EXPECT_EQ(read_cached_gazetteer(builtin_sources()), nullptr);
  EXPECT_FALSE(std::filesystem::exists(dir_));
}

}  // namespace
}  // namespace reckon::places
