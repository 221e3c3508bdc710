// NameIndex; see name_index.h. Linear probing at a load factor under 0.7.
#include "recognize/places/name_index.h"

#include <bit>

namespace reckon::places {

NameIndex::NameIndex(std::size_t expected_keys) {
  const std::size_t size = std::bit_ceil(expected_keys * 2 + 16);
  slots_.resize(size);
  mask_ = size - 1;
  const std::size_t words = std::bit_ceil(expected_keys * 12 / 64 + 1);
  filter_.assign(words, 0);
  filter_mask_ = words - 1;
  postings_.reserve(expected_keys);
}

NameIndex::Slot& NameIndex::slot_for(std::uint64_t hash) {
  if ((used_ + 1) * 10 > slots_.size() * 7) grow();
  std::size_t i = hash & mask_;
  while (slots_[i].hash != 0 && slots_[i].hash != hash) i = (i + 1) & mask_;
  Slot& s = slots_[i];
  if (s.hash == 0) {
    s.hash = hash;
    ++used_;
    remember(hash);
  }
  return s;
}

void NameIndex::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.size() * 2, Slot{});
  mask_ = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.hash == 0) continue;
    std::size_t i = s.hash & mask_;
    while (slots_[i].hash != 0) i = (i + 1) & mask_;
    slots_[i] = s;
  }
}

void NameIndex::add(std::uint64_t hash, std::uint32_t value) {
  Slot& s = slot_for(hash);
  s.flags |= kName;
  if (s.head != kEnd && postings_[s.head].value == value) return;
  postings_.push_back({value, s.head});
  s.head = static_cast<std::uint32_t>(postings_.size() - 1);
}

void NameIndex::add_prefix(std::uint64_t hash) {
  slot_for(hash).flags |= kPrefix;
}

}  // namespace reckon::places
