// Lexicon files: tab-separated lines under data/lexicon/, '#' comments, read once into tables
// that look words up by string_view without allocating.
//
// WordMap and WordSet are flat open-addressing tables rather than std::unordered_map: the
// recognizers and the extractor probe them once or more per token, and a node-based map costs a
// modulo by a prime, a pointer chase per node and (libstdc++ does not cache the hash of a string
// key with a noexcept hash) a re-hash of every node it walks past. Here a probe reads one 8-byte
// slot holding 32 bits of the hash beside the entry's index, so a miss - the common case, most
// words are in no lexicon - touches no key at all, and most misses are turned away by a filter on
// the word's length and first and last letters before it is even hashed. Entries sit in one
// vector in insertion order. Like any flat table, inserting may move the entries: take pointers
// and references into a table only once it is built (lexicons are built once, then only read).
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace reckon {

// Every byte of a string of 1-8 bytes in one value, with no loop over bytes: two 4-byte loads that
// may overlap, or the first, middle and last of up to three bytes (in the low 24 bits). Strings of
// one length pack to different values, so (packed, length) identifies a short word.
[[gnu::always_inline]] inline std::uint64_t pack_short(std::string_view s) noexcept {
  const char* p = s.data();
  const std::size_t n = s.size();
  if (n >= 4) {
    std::uint32_t head;
    std::uint32_t tail;
    std::memcpy(&head, p, 4);
    std::memcpy(&tail, p + n - 4, 4);
    return head | static_cast<std::uint64_t>(tail) << 32;
  }
  return static_cast<std::uint64_t>(static_cast<unsigned char>(p[0])) |
         static_cast<std::uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8 |
         static_cast<std::uint64_t>(static_cast<unsigned char>(p[n - 1])) << 16;
}

// A fast 64-bit hash for short strings (words and phrases): 8 bytes per multiply-xorshift round.
// Values are not stable across versions: tables are built in memory at load, never stored.
inline std::uint64_t hash_word(std::string_view s) noexcept {
  std::uint64_t h = 0x9E3779B97F4A7C15ull ^ (s.size() * 0xFF51AFD7ED558CCDull);
  const char* p = s.data();
  std::size_t n = s.size();
  while (n >= 8) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
    h ^= h >> 31;
    p += 8;
    n -= 8;
  }
  if (n > 0) {
    // The last 1-7 bytes in at most two loads; the length is already in `h`, so keys of one
    // length that differ still differ here.
    const std::uint64_t w = pack_short(std::string_view(p, n));
    h = (h ^ w) * 0x94D049BB133111EBull;
    h ^= h >> 29;
  }
  h *= 0xD6E8FEB86659FD93ull;
  h ^= h >> 32;
  return h;
}

// Equality of two words without a call to memcmp, which costs more than the compare itself on
// keys this short: the sizes, then two loads a side that may overlap (every byte is compared).
inline bool same_word(std::string_view a, std::string_view b) noexcept {
  const std::size_t n = a.size();
  if (n != b.size()) return false;
  const char* p = a.data();
  const char* q = b.data();
  if (n > 16) return std::memcmp(p, q, n) == 0;
  if (n >= 8) {
    std::uint64_t p0, p1, q0, q1;
    std::memcpy(&p0, p, 8);
    std::memcpy(&p1, p + n - 8, 8);
    std::memcpy(&q0, q, 8);
    std::memcpy(&q1, q + n - 8, 8);
    return ((p0 ^ q0) | (p1 ^ q1)) == 0;
  }
  if (n >= 4) {
    std::uint32_t p0, p1, q0, q1;
    std::memcpy(&p0, p, 4);
    std::memcpy(&p1, p + n - 4, 4);
    std::memcpy(&q0, q, 4);
    std::memcpy(&q1, q + n - 4, 4);
    return ((p0 ^ q0) | (p1 ^ q1)) == 0;
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (p[i] != q[i]) return false;
  }
  return true;
}

struct StringViewHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return static_cast<std::size_t>(hash_word(s)); }
};

namespace lexicon_detail {

struct KeyOfSet {
  static std::string_view key(const std::string& e) { return e; }
};
struct KeyOfMap {
  template <typename P>
  static std::string_view key(const P& e) { return e.first; }
};

// The shared open-addressing index over a vector of entries. Slot = (hash >> 32) << 32 | index+1.
template <typename Entry, typename KeyOf>
class FlatTable {
 public:
  using value_type = Entry;
  using iterator = typename std::vector<Entry>::iterator;
  using const_iterator = typename std::vector<Entry>::const_iterator;

  std::size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }
  iterator begin() { return entries_.begin(); }
  iterator end() { return entries_.end(); }
  const_iterator begin() const { return entries_.begin(); }
  const_iterator end() const { return entries_.end(); }

  const_iterator find(std::string_view key) const {
    const std::size_t i = lookup(key);
    return i == kNone ? entries_.end() : entries_.begin() + static_cast<std::ptrdiff_t>(i);
  }
  iterator find(std::string_view key) {
    const std::size_t i = lookup(key);
    return i == kNone ? entries_.end() : entries_.begin() + static_cast<std::ptrdiff_t>(i);
  }
  bool contains(std::string_view key) const { return lookup(key) != kNone; }
  std::size_t count(std::string_view key) const { return contains(key) ? 1 : 0; }

  void reserve(std::size_t n) {
    entries_.reserve(n);
    if (n * 2 > slots_.size()) rehash(n * 2);
  }
  void clear() {
    entries_.clear();
    slots_.clear();
    mask_ = 0;
    shapes_.fill(0);
  }

 protected:
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

  std::size_t index_of(std::string_view key, std::uint64_t h) const {
    if (slots_.empty()) return kNone;
    const auto tag = static_cast<std::uint32_t>(h >> 32);
    for (std::size_t i = static_cast<std::size_t>(h) & mask_;; i = (i + 1) & mask_) {
      const std::uint64_t s = slots_[i];
      if (s == 0) return kNone;
      if (static_cast<std::uint32_t>(s >> 32) == tag) {
        const std::size_t e = static_cast<std::uint32_t>(s) - 1;
        if (same_word(KeyOf::key(entries_[e]), key)) return e;
      }
    }
  }

  // A miss on the shape filter costs no hash at all.
  std::size_t lookup(std::string_view key) const {
    return may_hold(key) ? index_of(key, hash_word(key)) : kNone;
  }

  // Appends `e` (whose key hashes to `h` and is not in the table) and indexes it.
  iterator append(Entry&& e, std::uint64_t h) {
    if ((entries_.size() + 1) * 2 > slots_.size()) rehash(slots_.empty() ? 16 : slots_.size() * 2);
    const std::string_view key = KeyOf::key(e);
    shapes_[shape_row(key)] |= 1u << letter(key.empty() ? '\0' : key.back());
    entries_.push_back(std::move(e));
    place(h, entries_.size() - 1);
    return entries_.end() - 1;
  }

 private:
  // Shape filter: bit (last letter) of shapes_[length & 15][first letter] is set when some key
  // has that shape; letters a-z, anything else as one more class. Most words of running text
  // are in no lexicon, and most of those are turned away here before they are hashed.
  static constexpr std::array<std::uint8_t, 256> kLetters = [] {
    std::array<std::uint8_t, 256> t{};
    for (int c = 0; c < 256; ++c)
      t[static_cast<std::size_t>(c)] = static_cast<std::uint8_t>(c >= 'a' && c <= 'z' ? c - 'a' : 26);
    return t;
  }();
  static std::size_t letter(char c) { return kLetters[static_cast<unsigned char>(c)]; }
  static std::size_t shape_row(std::string_view key) {
    return (key.size() & 15) * 27 + letter(key.empty() ? '\0' : key.front());
  }
  bool may_hold(std::string_view key) const {
    return (shapes_[shape_row(key)] >> letter(key.empty() ? '\0' : key.back()) & 1u) != 0;
  }

  void place(std::uint64_t h, std::size_t index) {
    std::size_t i = static_cast<std::size_t>(h) & mask_;
    while (slots_[i] != 0) i = (i + 1) & mask_;
    slots_[i] = (h >> 32 << 32) | static_cast<std::uint64_t>(index + 1);
  }
  void rehash(std::size_t at_least) {
    std::size_t n = 16;
    while (n < at_least) n *= 2;
    slots_.assign(n, 0);
    mask_ = n - 1;
    for (std::size_t e = 0; e < entries_.size(); ++e) place(hash_word(KeyOf::key(entries_[e])), e);
  }

  std::vector<Entry> entries_;
  std::vector<std::uint64_t> slots_;
  std::size_t mask_ = 0;
  std::array<std::uint32_t, 16 * 27> shapes_{};
};

}  // namespace lexicon_detail

// A map from lowercase words (or phrases) to values, looked up by string_view.
template <typename V>
class WordMap : public lexicon_detail::FlatTable<std::pair<std::string, V>, lexicon_detail::KeyOfMap> {
  using Base = lexicon_detail::FlatTable<std::pair<std::string, V>, lexicon_detail::KeyOfMap>;

 public:
  using key_type = std::string;
  using mapped_type = V;
  using typename Base::iterator;

  WordMap() = default;
  WordMap(std::initializer_list<std::pair<std::string_view, V>> init) {
    for (const auto& [k, v] : init) emplace(k, v);
  }

  // Inserts (key, V(args...)) unless the key is there; as std::unordered_map::try_emplace.
  template <typename... Args>
  std::pair<iterator, bool> try_emplace(std::string_view key, Args&&... args) {
    const std::uint64_t h = hash_word(key);
    const std::size_t i = this->index_of(key, h);
    if (i != Base::kNone) return {this->begin() + static_cast<std::ptrdiff_t>(i), false};
    return {this->append(std::pair<std::string, V>(std::piecewise_construct, std::forward_as_tuple(key),
                                                   std::forward_as_tuple(std::forward<Args>(args)...)),
                         h),
            true};
  }
  template <typename... Args>
  std::pair<iterator, bool> emplace(std::string_view key, Args&&... args) {
    return try_emplace(key, std::forward<Args>(args)...);
  }
  std::pair<iterator, bool> insert(std::pair<std::string, V> kv) {
    return try_emplace(kv.first, std::move(kv.second));
  }
  V& operator[](std::string_view key) { return try_emplace(key).first->second; }
};

// A set of lowercase words (or phrases), looked up by string_view.
class WordSet : public lexicon_detail::FlatTable<std::string, lexicon_detail::KeyOfSet> {
 public:
  using key_type = std::string;

  WordSet() = default;
  WordSet(std::initializer_list<std::string_view> init) {
    for (std::string_view w : init) emplace(w);
  }

  std::pair<iterator, bool> emplace(std::string_view key) {
    const std::uint64_t h = hash_word(key);
    const std::size_t i = index_of(key, h);
    if (i != kNone) return {begin() + static_cast<std::ptrdiff_t>(i), false};
    return {append(std::string(key), h), true};
  }
  std::pair<iterator, bool> insert(std::string_view key) { return emplace(key); }
};

// Calls `row` with the tab-separated fields of every non-comment, non-empty line of the embedded
// file `name` ("lexicon/months.tsv"). A missing file yields no rows (tests catch that).
void for_each_lexicon_row(std::string_view name, const std::function<void(const std::vector<std::string_view>&)>& row);

// The first column of every row, as a set.
WordSet load_word_set(std::string_view name);

template <typename V>
const V* find_word(const WordMap<V>& map, std::string_view key) {
  auto it = map.find(key);
  return it == map.end() ? nullptr : &it->second;
}

// A read-only index over a complete WordMap for the look-up done at every token: a word of one
// byte (punctuation, "a") is read from a table by that byte; words of 2-8 bytes (most of running
// text) are found by their packed bytes (pack_short) and length in a table at most a quarter full,
// so a probe compares two integers with no string hash or compare and most misses end on the
// first, empty, slot; longer words go to the map. Build it once the map no
// longer changes; it keeps a pointer to the map, so it is neither copied nor moved.
template <typename V>
class PackedWordIndex {
 public:
  PackedWordIndex() = default;
  PackedWordIndex(const PackedWordIndex&) = delete;
  PackedWordIndex& operator=(const PackedWordIndex&) = delete;

  void build(const WordMap<V>& words) {
    words_ = &words;
    std::size_t shorts = 0;
    for (const auto& [word, value] : words) shorts += is_short(word.size());
    std::size_t size = 16;
    while (size < shorts * 4) size *= 2;
    slots_.assign(size, Slot{});
    shift_ = 64 - std::countr_zero(size);
    std::uint32_t entry = 0;
    for (const auto& [word, value] : words) {
      if (word.size() == 1) one_byte_[static_cast<unsigned char>(word[0])] = &value;
      if (is_short(word.size())) {
        std::size_t i = home(pack_short(word), word.size());
        while (slots_[i].length != 0) i = (i + 1) & (size - 1);
        slots_[i] = {pack_short(word), static_cast<std::uint32_t>(word.size()), entry};
      }
      ++entry;
    }
  }

  [[gnu::always_inline]] const V* find(std::string_view word) const {
    const std::size_t n = word.size();
    if (n == 1) return one_byte_[static_cast<unsigned char>(word[0])];
    if (!is_short(n)) return find_word(*words_, word);
    const std::uint64_t packed = pack_short(word);
    for (std::size_t i = home(packed, n);; i = (i + 1) & (slots_.size() - 1)) {
      const Slot& s = slots_[i];
      if (s.length == 0) return nullptr;
      if (s.packed == packed && s.length == n) return &(words_->begin() + s.entry)->second;
    }
  }

 private:
  struct Slot {
    std::uint64_t packed = 0;
    std::uint32_t length = 0;  // 0: an empty slot; with `packed`, tells "abcd" from "abcdabcd"
    std::uint32_t entry = 0;   // index of the word in the map's entries
  };
  static constexpr bool is_short(std::size_t n) { return n > 1 && n <= 8; }
  std::size_t home(std::uint64_t packed, std::size_t length) const {
    return static_cast<std::size_t>(((packed ^ length) * 0x9E3779B97F4A7C15ull) >> shift_);
  }

  const WordMap<V>* words_ = nullptr;
  std::array<const V*, 256> one_byte_{};  // the one-byte words' values, by their byte
  std::vector<Slot> slots_;
  int shift_ = 64;
};

}  // namespace reckon
