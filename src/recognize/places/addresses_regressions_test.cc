// Regressions found by fuzzing (tests/fuzz/fuzz_places.cc): address mentions come left to right
// and never overlap. The raw reproducers are also replayed from tests/fuzz/regressions/places/.
#include <gtest/gtest.h>

#include <string>

#include "reckon/places.h"

namespace reckon {
namespace {

void expect_disjoint(const std::string& text) {
  const TokenizedText tt = tokenize(text);
  const auto addresses = recognize_addresses(tt, text);
  std::uint32_t previous_last = 0;
  for (const AddressMention& a : addresses) {
    EXPECT_GE(a.first_token, previous_last) << text;
    EXPECT_LE(a.span.end, text.size());
    previous_last = a.last_token;
  }
}

// "Eighth Avenue Solth and 46th": a typeless crossing ("Solth and 46th") walked left over the
// street already found ("Eighth Avenue") and gave a second, overlapping address.
TEST(AddressesRegressions, TypelessCrossingDoesNotReachIntoAStreetFoundBefore) {
  const std::string text = "Police say it happened near Eighth Avenue Solth and 46th Police say it.";
  expect_disjoint(text);
  const TokenizedText tt = tokenize(text);
  const auto addresses = recognize_addresses(tt, text);
  ASSERT_FALSE(addresses.empty());
  EXPECT_EQ(text.substr(addresses[0].span.start, addresses[0].span.size()), "Eighth Avenue");
}

// "the corner of Airways and Wincoff NW 187 Street": the typeless crossing's right-hand name ran
// on into "NW", the first word of the street after it.
TEST(AddressesRegressions, TypelessCrossingStopsBeforeAStreetFoundAfter) {
  const std::string text = "Police blocked the corner of Airways and Wincoff NW 187 Street on Monday.";
  expect_disjoint(text);
  const TokenizedText tt = tokenize(text);
  const auto addresses = recognize_addresses(tt, text);
  ASSERT_EQ(addresses.size(), 2u);
  EXPECT_EQ(text.substr(addresses[0].span.start, addresses[0].span.size()), "Airways and Wincoff");
  EXPECT_EQ(text.substr(addresses[1].span.start, addresses[1].span.size()), "NW 187 Street");
}

TEST(AddressesRegressions, CrowdedStreetsStayDisjoint) {
  expect_disjoint("the 100 block of Main and 5th near the intersection of Main and 5th Avenue");
  expect_disjoint("at the corner of Oak and Elm Street and the 200 block of Elm and Pine");
  expect_disjoint("near Main Street Elm and 5th Oak Avenue West and 7th at the corner of Pine and 3rd");
  expect_disjoint("the 100 block of Main Street Solth and 46th and the 200 block of Elm");
  expect_disjoint("on Route 9 Old and 4th near Highway 61 North and Lake Street & 2nd Avenue");
}

}  // namespace
}  // namespace reckon
