// Tests of the gazetteer's keys, name index and loading: the parts recognize_places stands on.
#include <gtest/gtest.h>

#include <chrono>

#include "reckon/data.h"
#include "reckon/places.h"
#include "reckon/text.h"
#include "recognize/places/gazetteer_impl.h"
#include "recognize/places/name_index.h"
#include "recognize/places/place_keys.h"

namespace reckon {
namespace {

using places::key_of;
using places::variant_of;

TEST(PlaceKeys, FoldCaseDiacriticsAndPunctuation) {
  EXPECT_EQ(key_of("Tərtər"), "terter");
  EXPECT_EQ(key_of("Ağcabədi"), "agcabedi");
  EXPECT_EQ(key_of("Cəbrayıl"), "cebrayil");
  EXPECT_EQ(key_of("  El Paso-County "), "el paso county");
  EXPECT_EQ(key_of("Coeur d'Alene"), "coeur dalene");
  EXPECT_EQ(key_of("St. Louis"), "st louis");
  EXPECT_EQ(key_of("São Paulo"), "sao paulo");
  EXPECT_EQ(key_of(""), "");
}

TEST(PlaceKeys, RomanisationsShareAVariantKey) {
  const auto same = [](const char* a, const char* b) {
    return variant_of(key_of(a)) == variant_of(key_of(b));
  };
  EXPECT_TRUE(same("Tartar", "Terter"));
  EXPECT_TRUE(same("Tərtər", "Tartar"));
  EXPECT_TRUE(same("Mingəçevir", "Mingachevir"));
  EXPECT_TRUE(same("Mingechevir", "Mingachevir"));
  EXPECT_TRUE(same("Cəbrayıl", "Jabrayil"));
  EXPECT_TRUE(same("Jabrail", "Jabrayil"));
  EXPECT_TRUE(same("Ağcabədi", "Agjabadi"));
  EXPECT_TRUE(same("Aghjabadi", "Agjabadi"));
  EXPECT_TRUE(same("Agdzhabedy", "Agjabadi"));
  EXPECT_TRUE(same("Xankəndi", "Khankendi"));
  EXPECT_TRUE(same("Şuşa", "Shusha"));
  EXPECT_TRUE(same("Bərdə", "Barda"));
  EXPECT_TRUE(same("Qazax", "Gazakh"));
  EXPECT_TRUE(same("Naxçıvan", "Nakhchivan"));
  EXPECT_TRUE(same("Artemovskiy", "Artemovsk"));
  // Variants merge spellings, not different names.
  EXPECT_FALSE(same("Ganja", "Baku"));
  EXPECT_FALSE(same("Violence", "Valencia"));
  EXPECT_FALSE(same("Between", "Baytown"));
  EXPECT_FALSE(same("Gunshots", "Quinnesec"));
}

TEST(PlaceKeys, HashingWordByWordEqualsHashingTheKey) {
  places::KeyHash h;
  h.add("el");
  h.add_space();
  h.add("paso");
  EXPECT_EQ(h.value(), places::hash_key("el paso"));
  places::KeyHash apostrophe;
  apostrophe.add("o'brien");
  EXPECT_EQ(apostrophe.value(), places::hash_key("obrien"));
  EXPECT_NE(places::hash_key("el paso"), places::hash_key("elpaso"));
  EXPECT_NE(places::hash_key(""), 0u);
}

TEST(NameIndex, NamesPrefixesAndOrderedLists) {
  places::NameIndex index(4);  // grows past its first size
  for (std::uint32_t v = 0; v < 100; ++v) index.add(places::hash_key("key" + std::to_string(v)), v);
  index.add(places::hash_key("springfield"), 5);
  index.add(places::hash_key("springfield"), 7);
  index.add(places::hash_key("springfield"), 7);  // repeated at once: filed once
  index.add_prefix(places::hash_key("el"));
  const auto* s = index.find(places::hash_key("springfield"));
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->flags, places::NameIndex::kName);
  std::vector<std::uint32_t> values;
  for (auto p = s->head; p != places::NameIndex::kEnd; p = index.next(p))
    values.push_back(index.value(p));
  EXPECT_EQ(values, (std::vector<std::uint32_t>{7, 5}));
  index.order_long_lists(1, [](std::uint32_t a, std::uint32_t b) { return a < b; });
  EXPECT_EQ(index.value(index.find(places::hash_key("springfield"))->head), 5u);
  const auto* el = index.find(places::hash_key("el"));
  ASSERT_NE(el, nullptr);
  EXPECT_EQ(el->flags, places::NameIndex::kPrefix);
  EXPECT_EQ(el->head, places::NameIndex::kEnd);
  EXPECT_EQ(index.find(places::hash_key("nowhere")), nullptr);
  for (std::uint32_t v = 0; v < 100; ++v) {
    const auto* k = index.find(places::hash_key("key" + std::to_string(v)));
    ASSERT_NE(k, nullptr);
    EXPECT_EQ(index.value(k->head), v);
  }
}

TEST(Gazetteer, LoadsTheWorldWithRegionsLinked) {
  const Gazetteer& g = Gazetteer::builtin();
  EXPECT_GT(g.size(), 200000u);
  auto az = g.country("AZ");
  ASSERT_TRUE(az);
  EXPECT_EQ(az->name, "Azerbaijan");
  EXPECT_EQ(az->kind, PlaceKind::kCountry);
  EXPECT_FALSE(g.country("ZZ"));
  EXPECT_FALSE(g.country("az"));
  // Every city's region is a first-level region of its own country.
  const Gazetteer::Impl& impl = g.impl();
  std::size_t linked = 0;
  for (const auto& e : impl.entries) {
    if (e.admin1 == Gazetteer::Impl::kNone) continue;
    ++linked;
    const auto& region = impl.entries[e.admin1];
    EXPECT_EQ(region.kind, PlaceKind::kAdmin1);
    EXPECT_EQ(std::string_view(region.country, 2), std::string_view(e.country, 2));
  }
  EXPECT_GT(linked, 150000u);
}

TEST(Gazetteer, ParsesTheEmbeddedTableQuickly) {
  const auto tsv = embedded_data("gazetteer/places.tsv");
  ASSERT_TRUE(tsv);
  const auto start = std::chrono::steady_clock::now();
  auto g = Gazetteer::from_tables(*tsv);
  const double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  ASSERT_TRUE(g.ok());
  std::printf("gazetteer: %zu places parsed in %.0f ms\n", (*g)->size(), ms);
  EXPECT_LT(
      ms, 5000);  // ~80 ms of CPU in an optimised build; generous for sanitizers and busy machines
}

TEST(Gazetteer, FromTablesRejectsEmptyAndReadsRows) {
  EXPECT_FALSE(Gazetteer::from_tables("# nothing\n").ok());
  EXPECT_FALSE(Gazetteer::from_tables("city\tXX\t1\t2\n").ok());  // too few columns
  static const std::string tsv =
      "country\tXX\t\t1.5\t2.5\t100000\tTestland\t\n"
      "admin1\tXX\t01\t1\t2\t60000\tNorth Province\t\n"
      "city\tXX\t01\t1\t2\t50000\tAlpha Town\tAlfa|Alphaville\n";
  auto g = Gazetteer::from_tables(tsv);
  ASSERT_TRUE(g.ok());
  EXPECT_EQ((*g)->size(), 3u);
  EXPECT_EQ((*g)->impl().entries[2].admin1, 1u);
  const std::string text = "The council of Alphaville met in Testland.";
  auto found = recognize_places(tokenize(text), text, **g);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].place.name, "Alpha Town");
  EXPECT_EQ(text.substr(found[0].span.start, found[0].span.size()), "Alphaville");
  EXPECT_EQ(found[1].place.kind, PlaceKind::kCountry);
  EXPECT_EQ(found[1].place.population, 100000u);
}

TEST(Gazetteer, KindNames) {
  EXPECT_EQ(to_string(PlaceKind::kAdmin2), "admin2");
  EXPECT_EQ(precision_name(PlaceKind::kAdmin1), "region");
  EXPECT_EQ(precision_name(PlaceKind::kAdmin2), "district");
  EXPECT_EQ(precision_name(PlaceKind::kCountry), "country");
  EXPECT_EQ(precision_name(PlaceKind::kCity), "city");
}

}  // namespace
}  // namespace reckon
