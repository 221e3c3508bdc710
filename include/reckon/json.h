// JsonWriter: appends compact JSON to a std::string, fast and allocation-light.
//
// Strings are escaped per RFC 8259; invalid UTF-8 bytes become U+FFFD so that output is always
// valid JSON even when a report was not (offsets elsewhere still count the original bytes).
// The writer tracks commas itself: callers just emit keys and values in order. Each key and each
// short value goes into the string with a single append (comma, quotes and all): appends to a
// std::string are calls into the library, and a report's JSON is mostly short keys and values.
#pragma once

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace reckon {

// An object key written as a string literal, made ready when the program is compiled: its JSON
// text (comma, quotes and colon included) is laid out by a consteval constructor, which also
// refuses, as a compile error, a key that would need escaping or is too long. Writing it is then
// one append with no check of its bytes; most keys a report's JSON holds are such literals.
class JsonKey {
 public:
  static constexpr std::size_t kMaxLength = 28;

  template <std::size_t N>
  consteval JsonKey(const char (&key)[N]) : size_(N + 2) {  // '"' key '"' ':' is N + 2 bytes
    static_assert(N - 1 <= kMaxLength, "JsonKey: key too long, pass a std::string_view");
    text_[0] = ',';
    text_[1] = '"';
    for (std::size_t i = 0; i + 1 < N; ++i) {
      const auto c = static_cast<unsigned char>(key[i]);
      if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\')
        throw "JsonKey: key needs escaping, pass a std::string_view";
      text_[2 + i] = key[i];
    }
    text_[N + 1] = '"';
    text_[N + 2] = ':';
  }

  // `"key":`, after a comma when `comma`.
  std::string_view text(bool comma) const {
    return comma ? std::string_view(text_, size_ + 1) : std::string_view(text_ + 1, size_);
  }

 private:
  char text_[kMaxLength + 5] = {};
  std::size_t size_;
};

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(JsonKey k);
  // A key known only at run time (string literals take the JsonKey overload).
  template <typename S>
  requires std::convertible_to<const S&, std::string_view> &&
      (!std::is_array_v<S>)JsonWriter& key(const S& k) {
    return key_text(std::string_view(k));
  }

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
  JsonWriter& field(JsonKey k, const T& v) {
    key(k);
    return value(v);
  }
  template <typename S, typename T>
  requires std::convertible_to<const S&, std::string_view> &&
      (!std::is_array_v<S>)JsonWriter& field(const S& k, const T& v) {
    key_text(std::string_view(k));
    return value(v);
  }

 private:
  JsonWriter& key_text(std::string_view k);
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
