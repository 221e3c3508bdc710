// Parses the address word lists into one open-addressed table with hash tags and a shape filter
// (see addresses_lexicon.h).
#include "addresses_lexicon.h"

#include <utility>

#include "reckon/data.h"
#include "reckon/lexicon.h"

namespace reckon::addresses {
namespace {

// a-z as 0..25, anything else (digits, apostrophes, non-ASCII bytes) as 26.
std::size_t letter_index(char c) { return c >= 'a' && c <= 'z' ? static_cast<std::size_t>(c - 'a') : 26; }

// Calls row(fields) for each non-comment line of a tab-separated table.
template <typename Row>
void for_each_row(std::string_view tsv, Row row) {
  std::size_t pos = 0;
  while (pos < tsv.size()) {
    std::size_t eol = tsv.find('\n', pos);
    if (eol == std::string_view::npos) eol = tsv.size();
    std::string_view line = tsv.substr(pos, eol - pos);
    pos = eol + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    std::string_view fields[3];
    std::size_t n = 0;
    while (n < 3) {
      const std::size_t tab = line.find('\t');
      fields[n++] = line.substr(0, tab);
      if (tab == std::string_view::npos) break;
      line.remove_prefix(tab + 1);
    }
    row(fields, n);
  }
}

std::uint32_t class_named(std::string_view name) {
  static constexpr std::pair<std::string_view, std::uint32_t> kNames[] = {
      {"direction", kDirection},
      {"route", kRoute},
      {"qualifier", kQualifier},
      {"name_abbrev", kNameAbbrev},
      {"not_name", kNotName},
      {"org", kOrgFollower},
      {"typeless", kTypeless},
      {"street_cue", kStreetCue},
      {"crossing_cue", kCrossingCue},
      {"joint", kJoint},
      {"nearby", kNearby},
      {"block", kBlock},
      {"year_lead", kYearLead},
      {"residence", kResidence},
      {"institution", kInstitution},
      {"between", kBetween},
      {"mile", kMile},
      {"resident_lead", kResidentLead},
      {"incident", kIncident},
      {"measure", kMeasure},
      {"corner_joint", kCornerJoint},
  };
  for (const auto& [n, c] : kNames)
    if (n == name) return c;
  return 0;
}

std::uint32_t parse_classes(std::string_view list) {
  std::uint32_t mask = 0;
  while (!list.empty()) {
    const std::size_t comma = list.find(',');
    mask |= class_named(list.substr(0, comma));
    if (comma == std::string_view::npos) break;
    list.remove_prefix(comma + 1);
  }
  return mask;
}

}  // namespace

const AddressLexicon& AddressLexicon::builtin() {
  static const AddressLexicon lexicon =
      from_tables(embedded_data("lexicon/street_types.tsv").value_or(""),
                  embedded_data("lexicon/addresses_words.tsv").value_or(""));
  return lexicon;
}

AddressLexicon AddressLexicon::from_tables(std::string_view street_types_tsv,
                                           std::string_view words_tsv) {
  std::vector<std::pair<std::string_view, std::uint32_t>> entries;
  for_each_row(street_types_tsv, [&](const std::string_view* f, std::size_t n) {
    if (n < 2) return;
    std::uint32_t c = (n >= 3 && f[2] == "weak") ? kWeakType : kStrongType;
    if (f[0] != f[1]) c |= kAbbrev;  // "ave" for "avenue" may be written "Ave."
    entries.emplace_back(f[0], c);
  });
  for_each_row(words_tsv, [&](const std::string_view* f, std::size_t n) {
    if (n < 2) return;
    std::uint32_t c = parse_classes(f[1]);
    // Short compass points and name abbreviations may be written with a full stop ("W.", "Mt.").
    if (((c & kDirection) != 0 && f[0].size() <= 2) || (c & kNameAbbrev) != 0) c |= kAbbrev;
    entries.emplace_back(f[0], c);
  });
  AddressLexicon lex;
  std::size_t size = 64;
  while (size < entries.size() * 4) size *= 2;  // room for the plurals added below too
  lex.slots_.resize(size);
  for (const auto& [word, c] : entries) lex.add(word, c);
  // The plural of a strong type written out in full ("streets", "Avenues") is known by its own
  // class, so that the street scan needs no second lookup of each word ending in "s".
  std::vector<std::string> plurals;
  lex.for_each_word([&plurals](std::string_view word, std::uint32_t c) {
    if ((c & kStrongType) != 0 && (c & kAbbrev) == 0 && word.size() >= 4 && word.size() <= 10)
      plurals.push_back(std::string(word) + 's');
  });
  for (const std::string& plural : plurals) lex.add(plural, kPluralType);
  return lex;
}

bool AddressLexicon::may_hold(std::string_view word) const {
  const std::uint32_t bits = filter_[word.size() & 15][letter_index(word.front())];
  return (bits >> letter_index(word.back()) & 1u) != 0;
}

void AddressLexicon::remember_shape(std::string_view word) {
  filter_[word.size() & 15][letter_index(word.front())] |= 1u << letter_index(word.back());
}

std::size_t AddressLexicon::find_slot(std::string_view word, std::uint64_t hash) const {
  const std::size_t mask = slots_.size() - 1;
  const auto tag = static_cast<std::uint32_t>(hash >> 32);
  std::size_t i = static_cast<std::size_t>(hash) & mask;
  while (slots_[i].key_size != 0 &&
         (slots_[i].tag != tag ||
          !same_word(std::string_view(keys_).substr(slots_[i].key_offset, slots_[i].key_size), word)))
    i = (i + 1) & mask;
  return i;
}

void AddressLexicon::add(std::string_view word, std::uint32_t classes) {
  if (word.empty() || word.size() > 0xFFFF) return;
  const std::uint64_t hash = hash_word(word);
  Slot& slot = slots_[find_slot(word, hash)];
  if (slot.key_size == 0) {
    slot.tag = static_cast<std::uint32_t>(hash >> 32);
    slot.key_offset = static_cast<std::uint32_t>(keys_.size());
    slot.key_size = static_cast<std::uint16_t>(word.size());
    keys_.append(word);
    if (word.size() > longest_) longest_ = word.size();
    remember_shape(word);
  }
  slot.classes |= classes;
}

std::uint32_t AddressLexicon::classes(std::string_view norm) const {
  if (slots_.empty() || norm.empty() || norm.size() > longest_ || !may_hold(norm)) return 0;
  return slots_[find_slot(norm, hash_word(norm))].classes;
}

}  // namespace reckon::addresses
