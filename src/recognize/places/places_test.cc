#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>

#include "recognize/places/place_keys.h"
#include "reckon/places.h"
#include "reckon/text.h"

namespace reckon {
namespace {

std::vector<PlaceMention> places_in(const std::string& text) {
  return recognize_places(tokenize(text), text, Gazetteer::builtin());
}

TEST(PlaceKeys, FoldingAndSkeletonsMeetAcrossRomanisations) {
  EXPECT_EQ(places::key_of("Tərtər"), "terter");
  EXPECT_EQ(places::key_of("Coeur d'Alene"), "coeur dalene");
  EXPECT_EQ(places::key_of("  El Paso-County "), "el paso county");
  EXPECT_EQ(places::variant_of("terter"), places::variant_of("tartar"));
  EXPECT_EQ(places::variant_of(places::key_of("Mingəçevir")), places::variant_of("mingachevir"));
  EXPECT_EQ(places::variant_of(places::key_of("Cəbrayıl")), places::variant_of("jabrayil"));
  EXPECT_EQ(places::variant_of(places::key_of("Xankəndi")), places::variant_of("khankendi"));
  EXPECT_EQ(places::variant_of(places::key_of("Ağcabədi")), places::variant_of("agjabadi"));
  EXPECT_NE(places::variant_of("ganja"), places::variant_of("baku"));
}

TEST(Gazetteer, LoadsTheWorld) {
  const Gazetteer& g = Gazetteer::builtin();
  EXPECT_GT(g.size(), 150000u);
  auto az = g.country("AZ");
  ASSERT_TRUE(az);
  EXPECT_EQ(az->name, "Azerbaijan");
  EXPECT_EQ(az->kind, PlaceKind::kCountry);
  EXPECT_FALSE(g.country("ZZ"));
}

TEST(Gazetteer, FromTablesRejectsEmptyAndReadsRows) {
  EXPECT_FALSE(Gazetteer::from_tables("# nothing\n").ok());
  static const std::string tsv = "country\tXX\t\t1.5\t2.5\t100\tTestland\t\ncity\tXX\t01\t1\t2\t50000\tAlpha Town\tAlfa|Alphaville\n";
  auto g = Gazetteer::from_tables(tsv);
  ASSERT_TRUE(g.ok());
  EXPECT_EQ((*g)->size(), 2u);
  const std::string text = "The council of Alphaville met in Testland.";
  auto found = recognize_places(tokenize(text), text, **g);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].place.name, "Alpha Town");
  EXPECT_EQ(found[1].place.kind, PlaceKind::kCountry);
}

TEST(Places, CorpusOfSpellingsAndTraps) {
  std::ifstream in(std::string(RECKON_SOURCE_DIR) + "/tests/corpus/places.tsv");
  ASSERT_TRUE(in) << "tests/corpus/places.tsv";
  std::string line;
  int cases = 0;
  int failures = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::stringstream ss(line);
    for (std::string part; std::getline(ss, part, '\t');) f.push_back(part);
    ++cases;
    const auto found = places_in(f[0]);
    if (f[1] == "none") {
      if (!found.empty()) {
        ++failures;
        ADD_FAILURE() << f[0] << ": found " << found[0].place.name;
      }
      continue;
    }
    bool hit = false;
    for (const PlaceMention& m : found) {
      const std::string mention = f[0].substr(m.span.start, m.span.size());
      if (mention == f[1] && std::string(m.place.country) == f[2] && std::fabs(m.place.lat - std::stod(f[3])) < 0.5 &&
          std::fabs(m.place.lon - std::stod(f[4])) < 0.5)
        hit = true;
    }
    if (!hit) {
      ++failures;
      std::string got;
      for (const PlaceMention& m : found) got += std::string(m.place.name) + "/" + m.place.country + " ";
      ADD_FAILURE() << f[0] << ": want " << f[1] << " in " << f[2] << ", got " << got;
    }
  }
  EXPECT_GT(cases, 25);
  EXPECT_EQ(failures, 0);
}

TEST(Places, BardaIsInAzerbaijanInAReportAboutAzerbaijanAndInRussiaInOneAboutRussia) {
  auto az = places_in("Azerbaijani officials said shells hit Barda and Ganja.");
  ASSERT_FALSE(az.empty());
  bool barda_az = false;
  for (const auto& m : az) barda_az |= m.place.name == "Barda" && std::string(m.place.country) == "AZ";
  EXPECT_TRUE(barda_az);
  auto ru = places_in("Russian officials in Perm said a storm hit Barda, in the Perm Krai of Russia.");
  bool barda_ru = false;
  for (const auto& m : ru) barda_ru |= m.place.name == "Barda" && std::string(m.place.country) == "RU";
  EXPECT_TRUE(barda_ru);
}

TEST(Places, MentionsAreOrderedAndInsideTheText) {
  const std::string text = "From Ganja to Barda, Tartar and Mingachevir, Azerbaijani towns were shelled; Armenia denied it.";
  const auto found = places_in(text);
  ASSERT_GE(found.size(), 5u);
  for (std::size_t i = 0; i < found.size(); ++i) {
    EXPECT_LE(found[i].span.end, text.size());
    if (i > 0) {
      EXPECT_LE(found[i - 1].span.end, found[i].span.start);
    }
  }
}

}  // namespace
}  // namespace reckon
