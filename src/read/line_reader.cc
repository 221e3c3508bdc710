#include "read/line_reader.h"

#include <cstring>

namespace reckon::read {

namespace {
constexpr std::size_t kChunk = 1u << 20;
}

bool LineReader::fill() {
  if (eof_ || error_) return false;
  buffer_.erase(0, pos_);
  pos_ = 0;
  const std::size_t old = buffer_.size();
  buffer_.resize(old + kChunk);
  const std::size_t got = std::fread(buffer_.data() + old, 1, kChunk, file_);
  buffer_.resize(old + got);
  if (got < kChunk) {
    if (std::ferror(file_)) error_ = true;
    eof_ = true;
  }
  return got > 0;
}

LineReader::Outcome LineReader::next(std::string& line, std::size_t& skipped) {
  line.clear();
  skipped = 0;
  bool too_long = false;
  while (true) {
    const char* start = buffer_.data() + pos_;
    const std::size_t avail = buffer_.size() - pos_;
    const void* nl = avail > 0 ? std::memchr(start, '\n', avail) : nullptr;
    const std::size_t take = nl != nullptr ? static_cast<std::size_t>(static_cast<const char*>(nl) - start) : avail;
    if (too_long || line.size() + take > max_) {
      too_long = true;
      skipped += line.size() + take;
      line.clear();
    } else {
      line.append(start, take);
    }
    pos_ += take;
    if (nl != nullptr) {
      ++pos_;
      ++line_number_;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      return too_long ? Outcome::kTooLong : Outcome::kLine;
    }
    if (!fill()) {
      if (error_) return Outcome::kError;
      if (line.empty() && !too_long) return Outcome::kEnd;
      ++line_number_;
      return too_long ? Outcome::kTooLong : Outcome::kLine;
    }
  }
}

}  // namespace reckon::read
