// Document: one report, owning its original bytes once. Everything later stages find in it
// (tokens, mentions, claims, quotes) is a Span of byte offsets into `text`, never a copy.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "reckon/calendar.h"

namespace reckon {

// Half-open byte range [start, end) into a Document's text.
struct Span {
  std::uint32_t start = 0;
  std::uint32_t end = 0;

  std::uint32_t size() const { return end - start; }
  bool empty() const { return end <= start; }
  bool contains(const Span& o) const { return start <= o.start && o.end <= end; }
  bool overlaps(const Span& o) const { return start < o.end && o.start < end; }
  bool operator==(const Span&) const = default;
};

// A problem found while reading one input; reading goes on. `where` names the input and, when
// known, the position ("reports/a.jsonl:17", "a.txt:byte 812").
struct Diagnostic {
  enum class Severity : std::uint8_t { kWarning, kError };
  // What a diagnostic is about, for a later step that must know it was given; `message` says it
  // to people, and its words may change.
  enum class Code : std::uint8_t {
    kOther,
    // No usable publication date, so "Monday" or "yesterday" cannot be placed on the calendar:
    // given once per document, by the first step that finds it out.
    kRelativeDatesUnresolved,
  };
  Severity severity = Severity::kWarning;
  std::string where;
  std::string message;
  Code code = Code::kOther;
};

struct Document {
  std::string id;      // the input's id field, else the file name
  std::string source;  // where it came from: a path, "path:line" for JSON Lines, "-" for stdin
  std::string text;    // the original UTF-8 bytes (invalid bytes kept; see read/utf8)

  // Metadata: from the JSON fields when given, else read from the article's own lines.
  std::optional<CivilDate> published;
  std::string outlet;  // empty when unknown
  std::string author;
  std::string title;
  std::string url;

  std::vector<Diagnostic> warnings;

  std::string_view slice(Span s) const { return std::string_view(text).substr(s.start, s.size()); }
};

}  // namespace reckon
