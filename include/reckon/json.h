// JsonWriter: appends compact JSON to a std::string, fast and allocation-light.
//
// Strings are escaped per RFC 8259; invalid UTF-8 bytes become U+FFFD so that output is always
// valid JSON even when a report was not (offsets elsewhere still count the original bytes).
// The writer tracks commas itself: callers just emit keys and values in order. Each key and each
// short value goes into the string with a single append (comma, quotes and all): appends to a
// std::string are calls into the library, and a report's JSON is mostly short keys and values.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace reckon {

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view k);

  JsonWriter& value(std::string_view s);
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  JsonWriter& value(std::int64_t v);
  JsonWriter& value(int v) { return value(static_cast<std::int64_t>(v)); }
  JsonWriter& value(std::uint32_t v) { return value(static_cast<std::int64_t>(v)); }
  JsonWriter& value(std::uint64_t v);
  // Finite doubles with up to `digits` decimals, trailing zeros dropped; NaN/inf as null.
  JsonWriter& value(double v, int digits = 6);
  JsonWriter& value(bool v);
  JsonWriter& null();
  // A string, or null when empty: for optional text fields such as "outlet".
  JsonWriter& string_or_null(std::string_view s);
  JsonWriter& value(const std::optional<std::int64_t>& v) { return v ? value(*v) : null(); }
  // A value the caller has already written as JSON (escaping included), put where a value goes:
  // for small objects of a fixed shape written many times over, such as a span.
  JsonWriter& json_value(std::string_view json);

  // Shorthands for "key": value.
  template <typename T>
  JsonWriter& field(std::string_view k, const T& v) {
    key(k);
    return value(v);
  }

 private:
  // True when a comma is due before the next element; marks the open container as non-empty.
  bool take_comma();
  // Appends `text` after the comma due, if any.
  void put(std::string_view text);
  std::string& out_;
  // One byte per open container: 1 once it holds an element (a comma is due before the next).
  // A string, not std::vector<bool>: its short-string buffer holds the usual nesting depths.
  std::string has_element_;
  bool after_key_ = false;
};

// Appends `s` as a JSON string literal (quotes included) to `out`.
void append_json_string(std::string& out, std::string_view s);

}  // namespace reckon
