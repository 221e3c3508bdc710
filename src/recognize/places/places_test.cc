// Tests of recognize_places: the phrasing corpus (tests/corpus/places.tsv), disambiguation in a
// document's context, people and things that only look like places, the seed reports and a run
// over the GVA training reports.
#include "reckon/places.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <fstream>
#include <random>
#include <sstream>

#include "reckon/text.h"

namespace reckon {
namespace {

std::vector<PlaceMention> places_in(const std::string& text) {
  return recognize_places(tokenize(text), text, Gazetteer::builtin());
}

// The place the text calls `words`, as "Name/CC", or "" when it is not taken as a place.
std::string place_named(const std::string& text, std::string_view words) {
  for (const PlaceMention& m : places_in(text)) {
    if (text.substr(m.span.start, m.span.size()) == words)
      return std::string(m.place.name) + "/" + m.place.country;
  }
  return "";
}

std::vector<std::string> fields_of(const std::string& line) {
  std::vector<std::string> f;
  std::stringstream ss(line);
  for (std::string part; std::getline(ss, part, '\t');) f.push_back(part);
  return f;
}

TEST(Places, CorpusOfSpellingsAndTraps) {
  std::ifstream in(std::string(RECKON_SOURCE_DIR) + "/tests/corpus/places.tsv");
  ASSERT_TRUE(in) << "tests/corpus/places.tsv";
  std::string line;
  int cases = 0;
  int traps = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const auto f = fields_of(line);
    ASSERT_GE(f.size(), 2u) << line;
    ++cases;
    const auto found = places_in(f[0]);
    if (f[1] == "none") {
      ++traps;
      for (const PlaceMention& m : found)
        ADD_FAILURE() << f[0] << ": took " << f[0].substr(m.span.start, m.span.size());
      continue;
    }
    ASSERT_EQ(f.size(), 5u) << line;
    bool hit = false;
    std::string got;
    for (const PlaceMention& m : found) {
      const std::string mention = f[0].substr(m.span.start, m.span.size());
      got += mention + "=" + std::string(m.place.name) + "/" + m.place.country + " ";
      hit |= mention == f[1] && std::string(m.place.country) == f[2] &&
             std::fabs(m.place.lat - std::stod(f[3])) < 0.5 &&
             std::fabs(m.place.lon - std::stod(f[4])) < 0.5;
    }
    EXPECT_TRUE(hit) << f[0] << ": want " << f[1] << " in " << f[2] << ", got " << got;
  }
  EXPECT_GE(cases, 60);
  EXPECT_GE(traps, 20);
}

TEST(Places, TheDocumentsCountryDecidesAmbiguousNames) {
  EXPECT_EQ(place_named("Azerbaijani officials said shells hit Barda and Ganja.", "Barda"),
            "Barda/AZ");
  EXPECT_EQ(
      place_named("Russian officials in Perm said a storm hit Barda, in the Perm Krai of Russia.",
                  "Barda"),
      "Barda/RU");
  EXPECT_EQ(
      place_named("A mine exploded in the Jabrayil District of Azerbaijan.", "Jabrayil District"),
      "Jabrayil/AZ");
}

TEST(Places, TheDocumentsRegionAndNeighboursDecide) {
  const std::string ocean =
      "Ocean County prosecutors said raids in Toms River, Lakewood and Jackson led to 28 arrests.";
  EXPECT_EQ(place_named(ocean, "Lakewood"), "Lakewood/US");
  const auto found = places_in(ocean);
  for (const PlaceMention& m : found) {
    EXPECT_NEAR(m.place.lat, 40.0, 0.5) << m.place.name;  // all in Ocean County, New Jersey
    EXPECT_NEAR(m.place.lon, -74.2, 0.7) << m.place.name;
  }
  const auto mississippi = places_in("Police in Jackson, Mississippi, said the man died.");
  ASSERT_FALSE(mississippi.empty());
  EXPECT_NEAR(mississippi[0].place.lat, 32.3, 0.2);
  const auto colorado = places_in("A shooting in Lakewood, Colorado, left one dead.");
  ASSERT_FALSE(colorado.empty());
  EXPECT_NEAR(colorado[0].place.lon, -105.08, 0.2);
}

TEST(Places, RegionAbbreviationsCountOnlyAfterAPlace) {
  const std::string dateline = "PORTSMOUTH, Va. - A man died. Chicago, Ill. police were called.";
  EXPECT_EQ(place_named(dateline, "Va."), "Virginia/US");
  EXPECT_EQ(place_named(dateline, "Ill."), "Illinois/US");
  EXPECT_EQ(place_named(dateline, "PORTSMOUTH"), "Portsmouth/US");
  EXPECT_TRUE(places_in("Miss Smith said she would wash the car. Ill will remained.").empty());
}

TEST(Places, APersonsNameIsAPersonThroughoutTheDocument) {
  const std::string text =
      "Sgt. Murray said the suspect fled. Later, Murray told reporters the case was open.";
  EXPECT_TRUE(places_in(text).empty());
  EXPECT_EQ(place_named("The man was shot in Murray, Utah, on Friday.", "Murray"), "Murray/US");
  EXPECT_TRUE(places_in("Officer Jackson and Detective Hughes were not hurt.").empty());
}

TEST(Places, HeadlinesAndSentenceStartsNeedMoreThanCapitals) {
  EXPECT_TRUE(places_in("Trail Cameras Help Police Find Suspect").empty());
  EXPECT_TRUE(places_in("Hope remains. Reading the report, Independence seemed near.").empty());
  EXPECT_EQ(place_named("Chicago Man Shot Near Home", "Chicago"), "Chicago/US");
}

TEST(Places, DemonymsNameTheirCountry) {
  const auto found = places_in(
      "Azerbaijani civilians and Armenian soldiers were killed; Georgian mediators called.");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_TRUE(found[0].demonym);
  EXPECT_EQ(std::string(found[0].place.country), "AZ");
  EXPECT_EQ(std::string(found[1].place.country), "AM");
  EXPECT_EQ(std::string(found[2].place.country), "GE");
  EXPECT_EQ(found[2].place.kind, PlaceKind::kCountry);
}

TEST(Places, SeedReportsNameAzerbaijaniPlaces) {
  const char* seeds[] = {"000_9ef54a9c84ed45d2.txt", "001_025ea2b159f6fd29.txt",
                         "002_d440d50d8542b514.txt", "003_5666055ee0aafada.txt",
                         "004_4ae2abc140d9b65d.txt"};
  std::vector<std::string> named;
  for (const char* seed : seeds) {
    std::ifstream in(std::string(RECKON_SHARED_DIR) + "/corpora/seeds/" + seed);
    if (!in) GTEST_SKIP() << "no shared seeds";
    std::stringstream ss;
    ss << in.rdbuf();
    for (const PlaceMention& m : places_in(ss.str())) {
      const std::string cc = m.place.country;
      EXPECT_TRUE(cc == "AZ" || cc == "AM") << seed << ": " << m.place.name << "/" << cc;
      if (m.place.kind != PlaceKind::kCountry) named.emplace_back(m.place.name);
    }
  }
  for (const char* want : {"Ganja", "Tartar", "Mingachevir", "Barda", "Beylagan", "Aghjabadi",
                           "Khizi", "Khankendi", "Shusha", "Jabrayil", "Nagorno-Karabakh"}) {
    EXPECT_NE(std::find(named.begin(), named.end(), want), named.end()) << want;
  }
}

TEST(Places, MentionsAreOrderedDisjointAndInsideTheText) {
  const std::string text =
      "From Ganja to Barda, Tartar and Mingachevir, Azerbaijani towns were shelled; Armenia denied "
      "it.";
  const auto found = places_in(text);
  ASSERT_GE(found.size(), 5u);
  for (std::size_t i = 0; i < found.size(); ++i) {
    EXPECT_LE(found[i].span.end, text.size());
    EXPECT_LT(found[i].first_token, found[i].last_token);
    if (i > 0) {
      EXPECT_LE(found[i - 1].span.end, found[i].span.start);
    }
  }
}

TEST(Places, RandomWordSoupKeepsSpansSane) {
  const std::vector<std::string> words = {
      "Ganja",  "city",   "of",   "Jackson",     ",",      "Miss.",  "the",
      "Tartar", "region", "El",   "Paso",        "County", "Murray", "said",
      "N.J.",   "-",      "Şuşa", "in",          "'s",     "Prince", "George",
      "Avenue", "a",      "U.S.", "Azerbaijani", "\n",     "St.",    "Louis"};
  std::mt19937 rng(7);
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 40);
    for (int k = 0; k < n; ++k) text += words[rng() % words.size()] + (rng() % 3 ? " " : "");
    const TokenizedText tt = tokenize(text);
    const auto found = recognize_places(tt, text, Gazetteer::builtin());
    for (std::size_t i = 0; i < found.size(); ++i) {
      ASSERT_LE(found[i].span.end, text.size()) << text;
      ASSERT_LE(found[i].last_token, tt.tokens.size()) << text;
      if (i > 0) {
        ASSERT_LE(found[i - 1].last_token, found[i].first_token) << text;
      }
    }
  }
}

// Local US news: every report names a place, the mentions are US places in the main, and the
// matcher keeps pace with the tag pipeline.
TEST(Places, GvaTrainingReports) {
  std::ifstream in(std::string(RECKON_SHARED_DIR) + "/corpora/gva/train.jsonl");
  if (!in) GTEST_SKIP() << "no GVA corpus";
  std::vector<std::string> texts;
  for (std::string line; std::getline(in, line);) {
    const std::size_t at = line.find("\"text\": \"");
    if (at == std::string::npos) continue;
    std::string text;  // JSON escapes do not matter here: letters and spaces do
    for (std::size_t i = at + 9; i < line.size() && line[i] != '"'; ++i)
      text.push_back(line[i] == '\\' ? ' ' : line[i]);
    texts.push_back(std::move(text));
  }
  ASSERT_GT(texts.size(), 1000u);
  std::vector<TokenizedText> tokenized;
  std::size_t bytes = 0;
  for (const auto& t : texts) {
    tokenized.push_back(tokenize(t));
    bytes += t.size();
  }
  Gazetteer::builtin();
  std::size_t with_place = 0;
  std::size_t mentions = 0;
  std::size_t in_us = 0;
  const auto start = std::chrono::steady_clock::now();
  for (std::size_t i = 0; i < texts.size(); ++i) {
    const auto found = recognize_places(tokenized[i], texts[i], Gazetteer::builtin());
    with_place += found.empty() ? 0 : 1;
    mentions += found.size();
    for (const PlaceMention& m : found) in_us += std::string(m.place.country) == "US" ? 1 : 0;
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf(
      "GVA train: %zu reports, %zu with a place, %zu mentions (%.3f in the US), %.0f MB/s\n",
      texts.size(), with_place, mentions,
      static_cast<double>(in_us) / static_cast<double>(mentions),
      static_cast<double>(bytes) / seconds / 1e6);
  EXPECT_GT(with_place, texts.size() * 85 / 100);
  EXPECT_GT(in_us, mentions * 95 / 100);
}

}  // namespace
}  // namespace reckon
