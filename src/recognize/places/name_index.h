// NameIndex: an open-addressing hash table from a name key's 64-bit hash to the places that
// bear that name, built once at load and read without allocation on the matching path.
//
// Each slot holds the hash, flags and the head of a linked list of postings in one shared array,
// so inserting while loading is O(1) and a lookup is one or two cache lines. Keys are identified
// by their hash alone: with under a million keys a false match on 64 bits is vanishingly rare,
// and it saves keeping a copy of every key. The flag kPrefix marks the first words of longer
// names ("el" of "el paso county"), so the matcher extends a name only while one can follow.
#pragma once

#include <cstdint>
#include <vector>

namespace reckon::places {

class NameIndex {
 public:
  enum Flag : std::uint32_t { kName = 1, kPrefix = 2 };
  static constexpr std::uint32_t kEnd = 0xFFFFFFFF;

  struct Slot {
    std::uint64_t hash = 0;  // 0: empty
    std::uint32_t head = kEnd;
    std::uint32_t flags = 0;
  };

  explicit NameIndex(std::size_t expected_keys = 1024);

  // Files `value` under `hash` (a name), unless it is already the most recent value there.
  void add(std::uint64_t hash, std::uint32_t value);
  // Marks `hash` as the beginning of a longer name.
  void add_prefix(std::uint64_t hash);

  // The slot for `hash`, or nullptr.
  const Slot* find(std::uint64_t hash) const {
    std::size_t i = hash & mask_;
    while (true) {
      const Slot& s = slots_[i];
      if (s.hash == hash) return &s;
      if (s.hash == 0) return nullptr;
      i = (i + 1) & mask_;
    }
  }
  std::uint32_t value(std::uint32_t posting) const { return postings_[posting].value; }
  std::uint32_t next(std::uint32_t posting) const { return postings_[posting].next; }
  std::size_t keys() const { return used_; }

 private:
  struct Posting {
    std::uint32_t value;
    std::uint32_t next;
  };
  Slot& slot_for(std::uint64_t hash);
  void grow();

  std::vector<Slot> slots_;
  std::vector<Posting> postings_;
  std::size_t mask_ = 0;
  std::size_t used_ = 0;
};

}  // namespace reckon::places
