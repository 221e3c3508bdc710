#include "reckon/json.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace reckon {
namespace {

TEST(JsonWriter, NestedObjectsAndArraysGetCommasRight) {
  std::string out;
  JsonWriter w(out);
  w.begin_object().field("a", 1).key("b").begin_array().value(2).value("x").null().end_array();
  w.key("c").begin_object().end_object().field("d", true).end_object();
  EXPECT_EQ(out, R"({"a":1,"b":[2,"x",null],"c":{},"d":true})");
}

// A literal key (JsonKey, laid out at compile time) writes the bytes a run-time key does, commas
// included, first and later in an object and after a nested one.
TEST(JsonWriter, LiteralKeysWriteWhatRunTimeKeysDo) {
  std::string literal, runtime;
  JsonWriter a(literal), b(runtime);
  const std::string k1 = "a", k2 = "max_28_bytes_long_key_abcdef", k3 = "c";
  a.begin_object().field("a", 1).key("max_28_bytes_long_key_abcdef").begin_object().end_object();
  a.key("c").begin_array().begin_object().field("a", "x").end_object().end_array().end_object();
  b.begin_object().field(k1, 1).key(k2).begin_object().end_object();
  b.key(k3).begin_array().begin_object().field(k1, "x").end_object().end_array().end_object();
  EXPECT_EQ(literal, runtime);
  EXPECT_EQ(literal, R"({"a":1,"max_28_bytes_long_key_abcdef":{},"c":[{"a":"x"}]})");
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

TEST(JsonWriter, JsonValuesTakeCommasLikeOtherValues) {
  std::string out;
  JsonWriter w(out);
  w.begin_object().key("spans").begin_array().json_value(R"({"start":1,"end":5})");
  w.json_value(R"({"start":7,"end":9})").end_array().key("n").json_value("2").end_object();
  EXPECT_EQ(out, R"({"spans":[{"start":1,"end":5},{"start":7,"end":9}],"n":2})");
}

TEST(JsonWriter, EmptyStringCanBeNull) {
  std::string out;
  JsonWriter w(out);
  w.begin_object().key("outlet").string_or_null("").key("author").string_or_null("X").end_object();
  EXPECT_EQ(out, R"({"outlet":null,"author":"X"})");
}


// The writer's own digit code must print exactly what printf("%.*f") printed before it, trailing
// zeros dropped: whole numbers, halves at the rounding edge, tiny and huge magnitudes, negatives.
std::string printf_form(double v, int digits) {
  char buf[400];
  std::snprintf(buf, sizeof buf, "%.*f", digits, v);
  std::string s = buf;
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  return s == "-0" ? "0" : s;
}

TEST(JsonWriter, DoublesPrintAsPrintfWouldWithTrailingZerosDropped) {
  std::vector<double> values = {0,       -0.0,      1,        -1,          3.0,       1e15,      -1e15,
                                1e15 + 1, 123456789012345678.0, 1e300, 0.5,       2.5,       0.0005,
                                0.00049999, -0.0004, 40.68,    46.36,       1.0 / 3,   2.0 / 3,   1.5e6,
                                9.99999,  0.12345,   4.5e-7,   -123.4567,   7.25,      1e-300};
  std::uint64_t x = 88172645463325252ull;
  for (int i = 0; i < 2000; ++i) {  // xorshift: spread of magnitudes and fractions
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    const double mantissa = static_cast<double>(x % 1000000007) / 1000.0;
    values.push_back((i % 2 ? -1 : 1) * mantissa * std::pow(10.0, static_cast<int>(x % 17) - 8));
  }
  for (double v : values) {
    for (int digits : {0, 3, 4, 6}) {
      std::string out;
      JsonWriter w(out);
      w.value(v, digits);
      EXPECT_EQ(out, printf_form(v, digits)) << v << " with " << digits << " digits";
    }
  }
}

// Coordinates (4 digits) take the writer's integer rounding: exact halves round to even as printf
// does ("0.03125" is 312.5 ten-thousandths), and the doubles just either side of a half round
// away from it.
TEST(JsonWriter, CoordinatesRoundAtHalvesAsPrintfDoes) {
  std::vector<double> values = {0.03125,   -0.03125,     0.09375,   1.00005,    2.00015,
                                0.00005,   -0.00005,     179.99995, -179.99995, 90.0,
                                1e9 - 0.5, -(1e9 - 0.5), 1e9 + 0.5};
  std::uint64_t x = 2463534242ull;
  for (int i = 0; i < 20000; ++i) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    const double k = static_cast<double>(static_cast<std::int64_t>(x % 3600000) - 1800000);
    const double half = (k + 0.5) / (i % 3 == 0 ? 32.0 : 10000.0);
    values.insert(values.end(), {half, std::nextafter(half, 1e300), std::nextafter(half, -1e300)});
  }
  for (double v : values) {
    for (int digits : {1, 4, 9}) {
      std::string out;
      JsonWriter w(out);
      w.value(v, digits);
      EXPECT_EQ(out, printf_form(v, digits)) << v << " with " << digits << " digits";
    }
  }
}

TEST(JsonWriter, LongStringsEscapeAtEveryPositionOfAnEightByteBlock) {
  for (const char* special : {"\"", "\\", "\n", "\x01", "\xC3\xA9", "\xFF"}) {
    for (std::size_t at = 0; at < 20; ++at) {
      std::string text(24, 'a');
      text.insert(at, special);
      std::string out;
      append_json_string(out, text);
      std::string want = "\"" + std::string(at, 'a');
      const std::string_view sp = special;
      if (sp == "\"") want += "\\\"";
      else if (sp == "\\") want += "\\\\";
      else if (sp == "\n") want += "\\n";
      else if (sp == "\x01") want += "\\u0001";
      else if (sp == "\xFF") want += "\xEF\xBF\xBD";
      else want += sp;
      want += std::string(24 - at, 'a') + "\"";
      EXPECT_EQ(out, want) << "special byte at " << at;
    }
  }
}

// The writer's one-append path for keys and values up to 120 bytes (and its loop-free test for
// those up to 16) against the plain escaping, at every length around the 8-, 16- and 120-byte
// edges and with the byte that needs care at every position; commas and colons included.
std::string escaped(std::string_view special) {
  if (special == "\"") return "\\\"";
  if (special == "\\") return "\\\\";
  if (special == "\n") return "\\n";
  if (special == "\x1f") return "\\u001f";
  if (special == "\xFF") return "\xEF\xBF\xBD";
  return std::string(special);  // "\x7f" and valid UTF-8 are copied as they are
}

TEST(JsonWriter, ShortKeysAndValuesEscapeAtEveryLengthAndPosition) {
  for (const char* special : {"\"", "\\", "\n", "\x1f", "\x7f", "\xC3\xA9", "\xFF"}) {
    for (std::size_t length : {0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 24, 119, 120, 121, 130}) {
      for (std::size_t at = 0; at <= length; ++at) {
        const std::string plain(length, 'k');
        std::string text = plain;
        text.insert(at, special);
        std::string out;
        JsonWriter w(out);
        w.begin_object().field(plain, text).field(text, plain).key("n").begin_array();
        w.value(text).value(plain).end_array().end_object();
        const std::string quoted_plain = "\"" + plain + "\"";
        const std::string quoted_text = "\"" + plain.substr(0, at) + escaped(special) + plain.substr(at) + "\"";
        const std::string want = "{" + quoted_plain + ":" + quoted_text + "," + quoted_text + ":" + quoted_plain +
                                 ",\"n\":[" + quoted_text + "," + quoted_plain + "]}";
        ASSERT_EQ(out, want) << "length " << length << ", special at " << at;
      }
    }
  }
}

}  // namespace
}  // namespace reckon
