// Finds street phrases (see addresses_streets.h): typed streets ("Banana Cay Drive"), numbered
// roads ("U.S. Route 1", "I-80/94"), plural intersections ("Palm and Dante streets") and streets
// known by name alone ("Broadway").
#include "addresses_streets.h"

#include <optional>

namespace reckon::addresses {
namespace {

constexpr int kMaxNameUnits = 6;  // "Dr. Martin Luther King Jr. Boulevard"

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (const char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

}  // namespace

TokenReader::TokenReader(const TokenizedText& tt, const AddressLexicon& lexicon)
    : tt_(tt), lex_(lexicon), classes_(tt.tokens.size(), 0), ampersands_(has_ampersand(tt)) {
  for (std::size_t i = 0; i < tt.tokens.size(); ++i) {
    if (tt.tokens[i].is_word()) classes_[i] = lexicon.classes(tt.tokens[i].norm);
  }
}

bool TokenReader::upper(std::uint32_t i) const {
  if (!word(i)) return false;
  const Token& t = tt_.tokens[i];
  return t.has(kAllCaps) || (t.has(kCapitalized) && t.span.size() == 1);
}

bool TokenReader::ordinal(std::uint32_t i) const {
  if (!number(i)) return false;
  const std::string_view n = tt_.tokens[i].norm;
  if (n.size() < 3) return false;
  const std::string_view suffix = n.substr(n.size() - 2);
  return all_digits(n.substr(0, n.size() - 2)) &&
         (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th");
}

bool TokenReader::plain_number(std::uint32_t i, std::size_t max_digits) const {
  if (!number(i)) return false;
  std::string_view n = tt_.tokens[i].norm;
  if (!n.empty() && n.back() >= 'a' && n.back() <= 'z') n.remove_suffix(1);
  return n.size() <= max_digits && all_digits(n);
}

std::uint32_t TokenReader::name_unit_before(std::uint32_t end, std::uint32_t floor) const {
  if (end <= floor || (end < size() && at(end).has(kNewlineBefore))) return end;
  const std::uint32_t j = end - 1;
  if (punct(j, '.') && attached(j) && j > floor && capitalized(j - 1) &&
      ((classes(j - 1) & kAbbrev) != 0 || at(j - 1).span.size() == 1))
    return j - 1;  // "Mt.", "W.", "J."
  const std::uint32_t c = classes(j);
  const bool unit =
      ordinal(j) ||
      (word(j) && (c & kDirection) != 0 && at(j).norm.size() > 2) ||  // "north 10th Street"
      // A street type inside a name, before another capitalized word: "Causeway
      // Boulevard", "Lane Avenue South", and "St." spelt out in "Street James Avenue".
      (capitalized(j) && (c & kNotName) == 0 && ((c & kStrongType) == 0 || capitalized(end)));
  if (!unit) return end;
  if (j >= floor + 2 && attached(j) && punct(j - 1, '-') && attached(j - 1) && capitalized(j - 2))
    return j - 2;  // "Winston-Salem", "East-West"
  return j;
}

std::uint32_t TokenReader::name_unit_after(std::uint32_t start) const {
  if (start >= size() || at(start).has(kNewlineBefore)) return start;
  if (ordinal(start)) return start + 1;
  if (!capitalized(start) || (classes(start) & (kNotName | kAnyType | kRoute)) != 0) return start;
  if ((classes(start) & kAbbrev) != 0 && punct(start + 1, '.') && attached(start + 1))
    return start + 2;
  if (punct(start + 1, '-') && attached(start + 1) && attached(start + 2) && capitalized(start + 2))
    return start + 3;
  return start + 1;
}

namespace {

// The number of a numbered road: "95", "9W", not "1,200" or "7:45".
bool route_number(const TokenReader& r, std::uint32_t i) {
  return r.plain_number(i, 4);
}

// Extends `first` leftwards over route qualifiers: "U.S.", "State", "County", "Old", "West".
std::uint32_t extend_qualifiers(const TokenReader& r, std::uint32_t first, std::uint32_t floor) {
  while (first > floor) {
    const std::uint32_t j = first - 1;
    if (r.capitalized(j) && (r.classes(j) & (kQualifier | kDirection)) != 0 && !r.norm_is(j, "u")) {
      first = j;
    } else if (j >= floor + 3 && r.punct(j, '.') && r.norm_is(j - 1, "s") && r.punct(j - 2, '.') &&
               r.norm_is(j - 3, "u")) {
      first = j - 3;  // "U.S."
    } else {
      break;
    }
  }
  return first;
}

// "Interstate 95", "I-95", "Route 9W", "US 1", "U.S. 1", "County Road 33", "I-80/94".
std::optional<StreetPhrase> route_at(const TokenReader& r, std::uint32_t i, std::uint32_t floor) {
  std::uint32_t k = i + 1;
  const std::string_view w = r.at(i).norm;
  if (w == "u") {
    if (!(r.punct(i + 1, '.') && r.norm_is(i + 2, "s") && r.punct(i + 3, '.'))) return std::nullopt;
    k = i + 4;
  } else if ((r.classes(i) & kRoute) == 0) {
    return std::nullopt;
  }
  if (w.size() <= 2 && w != "u" && !r.upper(i)) return std::nullopt;  // "us", "sr" as words
  const bool hyphen = r.punct(k, '-') && r.attached(k) && r.attached(k + 1);
  if (hyphen) ++k;
  if (w == "i" && !hyphen && !r.plain_number(k, 3)) return std::nullopt;
  if (!route_number(r, k)) return std::nullopt;
  std::uint32_t last = k + 1;
  if (r.punct(last, '/') && r.attached(last) && r.attached(last + 1) && route_number(r, last + 1))
    last += 2;
  if (r.upper(last) && (r.classes(last) & kDirection) != 0 && r.at(last).norm.size() <= 2)
    ++last;  // "Hwy 5 N"
  if ((r.classes(last) & kMeasure) != 0 || (last < r.size() && r.at(last).norm == "%"))
    return std::nullopt;
  const std::uint32_t first = extend_qualifiers(r, i, floor);
  if (w == "road" && first == i) return std::nullopt;  // "Road 5" alone is rarely a route
  return StreetPhrase{first, last, kRouteForm};
}

// Includes a compass suffix after the street type: "Benning Road SE", "29th Avenue South",
// "Dennison Avenue Southwest Thursday", but not "East" of "Grand River Avenue East Lansing".
std::uint32_t direction_suffix_end(const TokenReader& r, std::uint32_t k) {
  if (!r.capitalized(k) || (r.classes(k) & kDirection) == 0) return k;
  if (r.at(k).norm.size() <= 2) return r.upper(k) ? k + 1 : k;
  return r.capitalized(k + 1) && (r.classes(k + 1) & kNotName) == 0 ? k : k + 1;
}

// "Banana Cay Drive", "NE H Avenue", "W. 79th St.", "NW 187 Street". `i` is the street type.
std::optional<StreetPhrase> typed_at(const TokenReader& r, std::uint32_t i, std::uint32_t floor) {
  const std::uint32_t c = r.classes(i);
  std::uint32_t after = i + 1;
  const bool dot = (c & kAbbrev) != 0 && r.punct(after, '.') && r.attached(after);
  if (dot) ++after;
  const std::uint32_t next = r.capitalized(after) ? r.classes(after) : 0;
  // A type before another type is part of that street's name: "Park Avenue", "Causeway Boulevard".
  if ((next & kAnyType) != 0) return std::nullopt;
  // "Superior Court", "Municipal Court".
  if ((c & kWeakType) != 0 && (r.classes(i - 1) & kInstitution) != 0) return std::nullopt;
  // "St. James", "Dr. Martin Luther King": the abbreviation opens a name.
  if (dot && (c & kNameAbbrev) != 0 && r.capitalized(after) &&
      (next & (kNotName | kDirection)) == 0)
    return std::nullopt;
  std::uint32_t first = i;
  for (int units = 0; units < kMaxNameUnits; ++units) {
    const std::uint32_t s = r.name_unit_before(first, floor);
    if (s == first) break;
    first = s;
  }
  if (first == i && i >= floor + 2 && r.plain_number(i - 1, 3)) {
    if (r.capitalized(i - 2) && (r.classes(i - 2) & kDirection) != 0)
      first = i - 2;                                      // "NW 187 Street"
    if ((r.classes(i - 2) & kJoint) != 0) first = i - 1;  // "and 30 Avenue"
  }
  if (first == i) return std::nullopt;
  if ((r.classes(first) & kMile) != 0 && first > floor && r.plain_number(first - 1, 2))
    --first;  // "9 Mile Road"
  StreetPhrase p{first, i + 1,
                 static_cast<std::uint8_t>(kTyped | ((c & kWeakType) != 0 ? kWeak : 0))};
  const std::uint32_t suffix_end = direction_suffix_end(r, after);
  if (suffix_end > after) p.last = suffix_end;
  const std::uint32_t follower = p.last == i + 1 ? after : p.last;
  if ((r.classes(follower) & kOrgFollower) != 0) p.flags |= kOrgNamed;
  return p;
}

// "Palm and Dante streets", "East 30th and V streets". `i` is the plural type.
std::optional<StreetPhrase> plural_at(const TokenReader& r, std::uint32_t i, std::uint32_t floor) {
  std::uint32_t first = i;
  for (int units = 0; units < 3; ++units) {
    const std::uint32_t s = r.name_unit_before(first, floor);
    if (s == first) break;
    first = s;
  }
  if (first == i || first == floor) return std::nullopt;
  const std::uint32_t joint = first - 1;
  if ((r.classes(joint) & kJoint) == 0 && !r.punct(joint, '&')) return std::nullopt;
  std::uint32_t start = joint;
  for (int units = 0; units < 3; ++units) {
    const std::uint32_t s = r.name_unit_before(start, floor);
    if (s == start) break;
    start = s;
  }
  if (start == joint) return std::nullopt;
  return StreetPhrase{start, i + 1, static_cast<std::uint8_t>(kTyped | kJoined)};
}

// "Broadway", "N. Broadway"; not "Broadway Boulevard", found from its type.
std::optional<StreetPhrase> named_at(const TokenReader& r, std::uint32_t i, std::uint32_t floor) {
  if (r.capitalized(i + 1) && (r.classes(i + 1) & kAnyType) != 0) return std::nullopt;
  std::uint32_t first = i;
  const std::uint32_t s = r.name_unit_before(i, floor);
  if (s < i && (r.classes(s) & kDirection) != 0) first = s;
  return StreetPhrase{first, i + 1, kNamed};
}

}  // namespace

std::vector<StreetPhrase> find_street_phrases(const TokenReader& r) {
  std::vector<StreetPhrase> phrases;
  std::uint32_t floor = 0;
  // Only a route word (the "u" of "U.S." is a qualifier), a street type, a street known by name
  // or a plural type opens a phrase: every other token is passed over on its classes alone.
  constexpr std::uint32_t kOpens = kRoute | kQualifier | kAnyType | kTypeless | kPluralType;
  for (std::uint32_t i = r.next_with(0, kOpens); i < r.size(); i = r.next_with(i + 1, kOpens)) {
    if (!r.word(i)) continue;
    const std::uint32_t c = r.classes(i);
    std::optional<StreetPhrase> p;
    if (r.capitalized(i)) {
      if ((c & kRoute) != 0 || r.norm_is(i, "u")) p = route_at(r, i, floor);
      if (!p && (c & kAnyType) != 0) p = typed_at(r, i, floor);
      if (!p && (c & kTypeless) != 0) p = named_at(r, i, floor);
    }
    if (!p && (c & kPluralType) != 0) p = plural_at(r, i, floor);
    if (!p) continue;
    phrases.push_back(*p);
    floor = p->last;
    i = p->last - 1;
  }
  return phrases;
}

}  // namespace reckon::addresses
