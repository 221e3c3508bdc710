// Checks on the raw bytes of an input before it becomes a Document: binary content, byte-order
// marks, UTF-16 conversion and UTF-8 validation. Internal to the read stage.
#pragma once

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

#include "reckon/document.h"

namespace reckon::read {

// Mostly Latin text in UTF-16 (a NUL in every other byte), as a file without a byte-order mark.
bool looks_like_utf16(std::string_view bytes);

// Reads `in` up to its first character that is not white space, past a byte-order mark (UTF-8,
// or UTF-16 in either byte order), appending every byte read to `prefix`; returns that character
// (its code unit, for UTF-16), or EOF. How standard input, which has no file name, is told to
// hold JSON or an article.
int first_character(std::FILE* in, std::string& prefix);

// Why bytes cannot be a report, or nullopt when they can.
std::optional<std::string> reject_reason(std::string_view bytes);

// Converts UTF-16 with a byte-order mark to UTF-8 in place and strips a UTF-8 BOM; returns a
// warning to report when it changed anything.
std::optional<std::string> normalise_encoding(std::string& bytes);

// Appends the UTF-8 form of UTF-16 code units (no byte-order mark) to `out`; unpaired
// surrogates and a lone trailing byte become U+FFFD.
void utf16_to_utf8(std::string_view units, bool little_endian, std::string& out);

// A copy of `bytes` with each invalid UTF-8 byte replaced by U+FFFD.
std::string repair_utf8(std::string_view bytes);

// Offset of the first invalid UTF-8 byte and how many invalid bytes there are in all.
struct Utf8Check {
  std::size_t first_invalid = 0;
  std::size_t invalid_bytes = 0;
};
std::optional<Utf8Check> find_invalid_utf8(std::string_view bytes);

// Adds the warning for invalid UTF-8 to `doc`, naming `where` and the byte offset.
void warn_if_invalid_utf8(Document& doc, const std::string& where);

}  // namespace reckon::read
