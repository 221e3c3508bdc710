// NameIndex; see name_index.h. Linear probing at a load factor under 0.7.
#include "recognize/places/name_index.h"

#include <bit>
#include <cstring>

namespace reckon::places {

NameIndex::NameIndex(std::size_t expected_keys) {
  const std::size_t size = std::bit_ceil(expected_keys * 2 + 16);
  slots_.resize(size);
  mask_ = size - 1;
  const std::size_t words = std::bit_ceil(expected_keys * 12 / 64 + 1);
  filter_.assign(words, 0);
  filter_mask_ = words - 1;
  postings_.reserve(expected_keys);
  view_own();
}

NameIndex::NameIndex(const NameIndex& other)
    : slots_(other.slots_),
      postings_(other.postings_),
      filter_(other.filter_),
      filter_mask_(other.filter_mask_),
      mask_(other.mask_),
      used_(other.used_),
      view_(other.view_),
      backing_(other.backing_) {
  if (backing_ == nullptr) view_own();  // a built index: view the copied vectors
}

NameIndex& NameIndex::operator=(const NameIndex& other) {
  if (this != &other) *this = NameIndex(other);
  return *this;
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
  view_own();
}

void NameIndex::add_prefix(std::uint64_t hash) {
  slot_for(hash).flags |= kPrefix;
  view_own();
}

void NameIndex::save(std::string& out) const {
  const std::uint64_t sizes[4] = {view_.slot_count, view_.posting_count, view_.filter_words, used_};
  out.append(reinterpret_cast<const char*>(sizes), sizeof sizes);
  out.append(reinterpret_cast<const char*>(view_.slots), view_.slot_count * sizeof(Slot));
  out.append(reinterpret_cast<const char*>(view_.postings), view_.posting_count * sizeof(Posting));
  out.append(reinterpret_cast<const char*>(view_.filter), view_.filter_words * sizeof(std::uint64_t));
}

bool NameIndex::attach(std::string_view& bytes, std::shared_ptr<const void> backing) {
  std::uint64_t sizes[4] = {};
  if (bytes.size() < sizeof sizes) return false;
  std::memcpy(sizes, bytes.data(), sizeof sizes);
  const std::uint64_t slot_count = sizes[0], posting_count = sizes[1], filter_words = sizes[2];
  if (!std::has_single_bit(slot_count) || !std::has_single_bit(filter_words) ||
      slot_count > (std::uint64_t{1} << 28) || filter_words > (std::uint64_t{1} << 26) ||
      posting_count >= kEnd)
    return false;
  const std::uint64_t need = slot_count * sizeof(Slot) + posting_count * sizeof(Posting) +
                             filter_words * sizeof(std::uint64_t);
  if (need > bytes.size() - sizeof sizes) return false;
  const char* p = bytes.data() + sizeof sizes;
  if (reinterpret_cast<std::uintptr_t>(p) % alignof(Slot) != 0) return false;
  View v;
  v.slots = reinterpret_cast<const Slot*>(p);
  v.postings = reinterpret_cast<const Posting*>(p + slot_count * sizeof(Slot));
  v.filter = reinterpret_cast<const std::uint64_t*>(p + slot_count * sizeof(Slot) +
                                                    posting_count * sizeof(Posting));
  v.slot_count = slot_count;
  v.posting_count = posting_count;
  v.filter_words = filter_words;
  slots_ = {};
  postings_ = {};
  filter_ = {};
  view_ = v;
  mask_ = slot_count - 1;
  filter_mask_ = filter_words - 1;
  used_ = static_cast<std::size_t>(sizes[3]);  // as saved: informative only
  backing_ = backing ? std::move(backing) : std::make_shared<int>(0);
  bytes.remove_prefix(sizeof sizes + need);
  return true;
}

}  // namespace reckon::places
