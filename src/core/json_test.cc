#include "reckon/json.h"

#include <gtest/gtest.h>

namespace reckon {
namespace {

TEST(JsonWriter, NestedObjectsAndArraysGetCommasRight) {
  std::string out;
  JsonWriter w(out);
  w.begin_object().field("a", 1).key("b").begin_array().value(2).value("x").null().end_array();
  w.key("c").begin_object().end_object().field("d", true).end_object();
  EXPECT_EQ(out, R"({"a":1,"b":[2,"x",null],"c":{},"d":true})");
}

TEST(JsonWriter, EscapesControlCharactersQuotesAndBackslashes) {
  std::string out;
  append_json_string(out, "a\"b\\c\nd\te\x01");
  EXPECT_EQ(out, R"("a\"b\\c\nd\te\u0001")");
}

TEST(JsonWriter, KeepsValidUtf8AndReplacesInvalidBytes) {
  std::string out;
  append_json_string(out, "T\xC9\x99rt\xC9\x99r \xFF \xE2\x80");
  EXPECT_EQ(out, "\"T\xC9\x99rt\xC9\x99r \xEF\xBF\xBD \xEF\xBF\xBD\xEF\xBF\xBD\"");
}

TEST(JsonWriter, RejectsOverlongAndSurrogateEncodings) {
  std::string out;
  append_json_string(out, "\xC0\xAF\xED\xA0\x80");
  EXPECT_EQ(out.find("\xC0"), std::string::npos);
  EXPECT_EQ(out.find("\xED\xA0"), std::string::npos);
}

TEST(JsonWriter, DoublesDropTrailingZerosAndNonFiniteIsNull) {
  std::string out;
  JsonWriter w(out);
  w.begin_array().value(40.68, 4).value(46.3600, 4).value(-0.0).value(1.0 / 0.0).end_array();
  EXPECT_EQ(out, "[40.68,46.36,0,null]");
}

TEST(JsonWriter, EmptyStringCanBeNull) {
  std::string out;
  JsonWriter w(out);
  w.begin_object().key("outlet").string_or_null("").key("author").string_or_null("X").end_object();
  EXPECT_EQ(out, R"({"outlet":null,"author":"X"})");
}

}  // namespace
}  // namespace reckon
