// Tests of street-address reading and comparison: the pairs of tests/corpus/reconcile_addresses.tsv
// (both ways round), what an address is read into, and which addresses are specific enough to
// place a claim on their own.
#include "reconcile/street_address.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>

namespace reckon {
namespace {

struct AddressPair {
  int line;
  std::string a;
  std::string b;
  std::string expected;
};

std::vector<AddressPair> corpus() {
  std::ifstream in(std::string(RECKON_SOURCE_DIR) + "/tests/corpus/reconcile_addresses.tsv");
  std::vector<AddressPair> pairs;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line.front() == '#') continue;
    const std::size_t t1 = line.find('\t');
    const std::size_t t2 = line.find('\t', t1 + 1);
    if (t1 == std::string::npos || t2 == std::string::npos) {
      ADD_FAILURE() << "reconcile_addresses.tsv:" << n << ": expected three columns";
      continue;
    }
    pairs.push_back({n, line.substr(0, t1), line.substr(t1 + 1, t2 - t1 - 1), line.substr(t2 + 1)});
  }
  return pairs;
}

// The corpus's word for each outcome, in the order of AddressMatch.
std::string_view name_of(AddressMatch m) {
  constexpr std::string_view kNames[] = {"conflict", "compatible", "same"};
  return kNames[static_cast<std::size_t>(m)];
}

TEST(StreetAddress, Corpus) {
  const std::vector<AddressPair> pairs = corpus();
  ASSERT_GE(pairs.size(), 40u);
  for (const AddressPair& p : pairs) {
    const StreetAddress a = parse_street_address(p.a);
    const StreetAddress b = parse_street_address(p.b);
    EXPECT_EQ(name_of(match_addresses(a, b)), p.expected)
        << "reconcile_addresses.tsv:" << p.line << ": '" << p.a << "' ~ '" << p.b << "'";
    EXPECT_EQ(name_of(match_addresses(b, a)), p.expected)
        << "reconcile_addresses.tsv:" << p.line << " reversed";
  }
}

TEST(StreetAddress, ReadsNumberStreetTypeAndDirections) {
  const StreetAddress a = parse_street_address("the 300 block of NE H Avenue");
  EXPECT_EQ(a.number, 300);
  EXPECT_TRUE(a.block);
  ASSERT_EQ(a.streets.size(), 1u);
  EXPECT_EQ(a.streets[0].name, "h");
  EXPECT_EQ(a.streets[0].type, "avenue");
  EXPECT_NE(a.streets[0].directions, 0);
  EXPECT_EQ(parse_street_address("H Ave. N.E.").streets, a.streets);

  const StreetAddress house = parse_street_address("1906 Main St");
  EXPECT_EQ(house.number, 1906);
  EXPECT_FALSE(house.block);
  EXPECT_EQ(house.streets[0].type, "street");
}

TEST(StreetAddress, DirectionAloneIsAName) {
  const StreetAddress west = parse_street_address("West Lane");
  ASSERT_EQ(west.streets.size(), 1u);
  EXPECT_EQ(west.streets[0].name, "west");
  EXPECT_EQ(west.streets[0].directions, 0);
  EXPECT_EQ(parse_street_address("St. James Avenue").streets[0].name, "st james");
}

TEST(StreetAddress, SpecificMeansANumberOrACrossing) {
  EXPECT_TRUE(parse_street_address("300 block of NE H Avenue").specific());
  EXPECT_TRUE(parse_street_address("419 Banana Cay Drive").specific());
  EXPECT_TRUE(parse_street_address("Walnut Avenue and Chambers Street").specific());
  EXPECT_TRUE(parse_street_address("Buist Avenue near 61st Street").specific());
  EXPECT_FALSE(parse_street_address("Elm Street").specific()) << "a street runs through a town";
  EXPECT_FALSE(parse_street_address("Southwest 16th Avenue").specific());
  EXPECT_FALSE(parse_street_address("9 Mile Road").specific()) << "9 is the road's name";
  EXPECT_FALSE(parse_street_address("").specific());
  EXPECT_FALSE(parse_street_address("1200").specific()) << "a number on no street";
}

TEST(StreetAddress, EmptyOrPunctuationOnlyConflictsWithNothing) {
  const StreetAddress main = parse_street_address("300 block of Main Street");
  EXPECT_EQ(match_addresses(parse_street_address(""), main), AddressMatch::kCompatible);
  EXPECT_EQ(match_addresses(parse_street_address(" , . "), main), AddressMatch::kCompatible);
}

}  // namespace
}  // namespace reckon
