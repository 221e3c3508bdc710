// Reading and comparing street addresses (see street_address.h). One pass over the words of the
// address; words are classified by two lexicons parsed once: street_types.tsv (shared with the
// address recognizer) and reconcile_address_words.tsv (directions, ordinals, joints, fillers).
#include "reconcile/street_address.h"

#include <algorithm>
#include <cctype>
#include <tuple>

#include "reckon/lexicon.h"

namespace reckon {
namespace {

enum class WordClass : std::uint8_t { kDirection, kOrdinal, kJoint, kBlock, kFiller, kMile, kType };

struct WordInfo {
  WordClass cls;
  std::string canonical;
};

using AddressLexicon = WordMap<WordInfo>;

std::optional<WordClass> class_named(std::string_view name) {
  static const std::pair<std::string_view, WordClass> kClasses[] = {
      {"direction", WordClass::kDirection}, {"ordinal", WordClass::kOrdinal},
      {"joint", WordClass::kJoint},         {"block", WordClass::kBlock},
      {"filler", WordClass::kFiller},       {"mile", WordClass::kMile}};
  for (const auto& [n, c] : kClasses) {
    if (n == name) return c;
  }
  return std::nullopt;
}

const AddressLexicon& address_lexicon() {
  static const AddressLexicon lexicon = [] {
    AddressLexicon words;
    for_each_lexicon_row("lexicon/reconcile_address_words.tsv", [&](const auto& row) {
      if (row.size() < 3) return;
      if (const auto cls = class_named(row[1]))
        words.emplace(row[0], WordInfo{*cls, std::string(row[2])});
    });
    for_each_lexicon_row("lexicon/street_types.tsv", [&](const auto& row) {
      if (row.size() >= 2) words.emplace(row[0], WordInfo{WordClass::kType, std::string(row[1])});
    });
    return words;
  }();
  return lexicon;
}

std::uint8_t direction_bits(std::string_view letters) {
  std::uint8_t bits = 0;
  for (char c : letters) {
    const std::string_view order = "nsew";
    const std::size_t i = order.find(c);
    if (i != std::string_view::npos) bits = static_cast<std::uint8_t>(bits | (1u << i));
  }
  return bits;
}

// Splits `text` into lower-case words; full stops and apostrophes vanish inside a word
// ("N.E." = "ne", "O'Hara" = "ohara"), '&' is a word of its own ("and").
std::vector<std::string> address_words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  const auto flush = [&] {
    if (!word.empty()) words.push_back(std::move(word));
    word.clear();
  };
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u)) {
      word.push_back(static_cast<char>(std::tolower(u)));
    } else if (c != '.' && c != '\'') {
      flush();
      if (c == '&') words.emplace_back("and");
    }
  }
  flush();
  return words;
}

bool all_digits(std::string_view w) {
  return !w.empty() && w.size() <= 9 &&
         std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Collects the words of one street, then settles which are its type and directions: the type is
// the last word that is no direction when it is a street type and not the only word ("St. James
// Avenue", "Florida Avenue NW"); direction words are directions only beside other name words
// ("West Lane" and "North Avenue" are names).
class StreetBuilder {
 public:
  void add(std::string_view word, const WordInfo* info) {
    words_.push_back({std::string(word), info});
  }
  bool empty() const { return words_.empty(); }

  StreetName finish() {
    StreetName street;
    std::size_t type_at = words_.size();
    std::size_t names = 0;  // words that are neither a direction nor the type
    for (std::size_t i = words_.size(); i-- > 0;) {
      if (is(words_[i], WordClass::kDirection)) continue;
      if (type_at == words_.size() && names == 0 && is(words_[i], WordClass::kType)) {
        type_at = i;
        continue;
      }
      ++names;
    }
    if (words_.size() == 1) type_at = words_.size();  // "Street", "Broadway": one word is a name
    if (type_at != words_.size()) street.type = words_[type_at].info->canonical;
    for (std::size_t i = 0; i < words_.size(); ++i) {
      const Word& w = words_[i];
      if (i == type_at) continue;
      if (names > 0 && is(w, WordClass::kDirection)) {
        street.directions =
            static_cast<std::uint8_t>(street.directions | direction_bits(w.info->canonical));
        continue;
      }
      if (!street.name.empty()) street.name.push_back(' ');
      street.name += is(w, WordClass::kOrdinal) ? w.info->canonical : w.text;
    }
    words_.clear();
    return street;
  }

 private:
  struct Word {
    std::string text;
    const WordInfo* info;
  };
  static bool is(const Word& w, WordClass cls) { return w.info != nullptr && w.info->cls == cls; }
  std::vector<Word> words_;
};

bool has_class(const WordInfo* info, WordClass cls) {
  return info != nullptr && info->cls == cls;
}

}  // namespace

StreetAddress parse_street_address(std::string_view text) {
  const AddressLexicon& lexicon = address_lexicon();
  const std::vector<std::string> words = address_words(text);
  StreetAddress address;
  StreetBuilder street;
  const auto end_street = [&] {
    if (!street.empty()) address.streets.push_back(street.finish());
  };
  for (std::size_t i = 0; i < words.size(); ++i) {
    const WordInfo* info = find_word(lexicon, words[i]);
    const bool before_mile =
        i + 1 < words.size() && has_class(find_word(lexicon, words[i + 1]), WordClass::kMile);
    const bool leading = street.empty() && address.streets.empty();
    if (has_class(info, WordClass::kJoint)) {
      end_street();
    } else if (has_class(info, WordClass::kBlock)) {
      address.block = address.block || (address.number && leading);
    } else if (has_class(info, WordClass::kFiller)) {
      continue;
    } else if (leading && !address.number && all_digits(words[i]) && !before_mile) {
      address.number = std::stoll(words[i]);
    } else {
      street.add(words[i], info);
    }
  }
  end_street();
  std::sort(
      address.streets.begin(), address.streets.end(), [](const StreetName& a, const StreetName& b) {
        return std::tie(a.name, a.type, a.directions) < std::tie(b.name, b.type, b.directions);
      });
  return address;
}

namespace {

AddressMatch match_streets(const StreetName& a, const StreetName& b) {
  if (a.name != b.name) return AddressMatch::kConflict;
  if (!a.type.empty() && !b.type.empty() && a.type != b.type) return AddressMatch::kConflict;
  if (a.directions != 0 && b.directions != 0 && a.directions != b.directions)
    return AddressMatch::kConflict;
  return a == b ? AddressMatch::kSame : AddressMatch::kCompatible;
}

// Lists of one length match street by street (two crossings of one street are two spots); a
// street and a crossing are compatible when the crossing has the street.
AddressMatch match_street_lists(const std::vector<StreetName>& a,
                                const std::vector<StreetName>& b) {
  if (a.size() == b.size()) {
    AddressMatch all = AddressMatch::kSame;
    for (std::size_t i = 0; i < a.size(); ++i) all = std::min(all, match_streets(a[i], b[i]));
    return all;
  }
  for (const StreetName& x : a) {
    for (const StreetName& y : b) {
      if (match_streets(x, y) != AddressMatch::kConflict) return AddressMatch::kCompatible;
    }
  }
  return AddressMatch::kConflict;
}

bool block_holds(std::int64_t block, std::int64_t house) {
  return house >= block && house / 100 == block / 100;
}

AddressMatch match_numbers(const StreetAddress& a, const StreetAddress& b) {
  if (!a.number || !b.number) {
    const bool crossings = !a.number && !b.number && a.streets.size() > 1 && b.streets.size() > 1;
    return crossings ? AddressMatch::kSame : AddressMatch::kCompatible;
  }
  if (a.block == b.block)
    return *a.number == *b.number ? AddressMatch::kSame : AddressMatch::kConflict;
  const bool held = a.block ? block_holds(*a.number, *b.number) : block_holds(*b.number, *a.number);
  return held ? AddressMatch::kSame : AddressMatch::kConflict;
}

}  // namespace

AddressMatch match_addresses(const StreetAddress& a, const StreetAddress& b) {
  if (a.streets.empty() || b.streets.empty()) return AddressMatch::kCompatible;
  return std::min(match_street_lists(a.streets, b.streets), match_numbers(a, b));
}

}  // namespace reckon
