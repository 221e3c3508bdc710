// LineReader: reads 1 MiB chunks, finds line ends with find (memchr), and keeps at most one chunk
// plus the current line in memory. The encoding is decided from the first bytes of the input.
#include "read/line_reader.h"

#include <cstring>

#include "read/input_bytes.h"

namespace reckon::read {

namespace {
constexpr std::size_t kChunk = 1u << 20;
}

void LineReader::detect_encoding() {
  const std::string_view bytes = held();
  const bool le = bytes.size() >= 2 && bytes[0] == '\xFF' && bytes[1] == '\xFE';
  const bool be = bytes.size() >= 2 && bytes[0] == '\xFE' && bytes[1] == '\xFF';
  if (le || be) {
    encoding_ = le ? Encoding::kUtf16Le : Encoding::kUtf16Be;
    encoding_note_ = std::string("UTF-16 (") + (le ? "little" : "big") +
                     "-endian, with a byte-order mark) converted to UTF-8";
    raw_.assign(bytes.substr(2));
    end_ = 0;
    convert_utf16(raw_.size());
    return;
  }
  encoding_ = Encoding::kUtf8;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;  // a UTF-8 BOM is dropped silently
}

// Converts the whole code units at the front of raw_ and appends them to buffer_; an incomplete
// unit or a high surrogate waiting for its pair stays in raw_ unless the input has ended.
void LineReader::convert_utf16(std::size_t raw_bytes) {
  (void)raw_bytes;
  std::size_t usable = raw_.size() & ~std::size_t{1};
  if (!eof_ && usable >= 2) {
    const std::size_t last = usable - 2;
    const auto hi =
        static_cast<unsigned char>(raw_[encoding_ == Encoding::kUtf16Le ? last + 1 : last]);
    if (hi >= 0xD8 && hi <= 0xDB) usable -= 2;  // keep a trailing high surrogate for the next chunk
  }
  if (!eof_ && usable == 0) return;
  if (eof_) usable = raw_.size();
  std::string piece;
  utf16_to_utf8(std::string_view(raw_).substr(0, usable), encoding_ == Encoding::kUtf16Le, piece);
  buffer_.resize(end_);
  buffer_ += piece;
  end_ = buffer_.size();
  raw_.erase(0, usable);
}

bool LineReader::fill() {
  if (eof_ || error_) return false;
  std::memmove(buffer_.data(), buffer_.data() + pos_, end_ - pos_);
  end_ -= pos_;
  pos_ = 0;
  const bool utf16 = encoding_ == Encoding::kUtf16Le || encoding_ == Encoding::kUtf16Be;
  std::size_t got = 0;
  if (utf16) {
    const std::size_t old = raw_.size();
    raw_.resize(old + kChunk);
    got = std::fread(raw_.data() + old, 1, kChunk, file_);
    raw_.resize(old + got);
  } else {
    if (buffer_.size() < end_ + kChunk) buffer_.resize(end_ + kChunk);
    got = std::fread(buffer_.data() + end_, 1, kChunk, file_);
    end_ += got;
  }
  if (got < kChunk) {
    if (std::ferror(file_)) error_ = true;
    eof_ = true;
  }
  const std::size_t before = end_;
  if (encoding_ == Encoding::kUnknown)
    detect_encoding();
  else if (utf16)
    convert_utf16(got);
  return end_ > before || got > 0;
}

LineReader::Outcome LineReader::next(std::string& line, std::size_t& skipped) {
  line.clear();
  skipped = 0;
  bool too_long = false;
  if (encoding_ == Encoding::kUnknown) fill();
  while (true) {
    const char* start = buffer_.data() + pos_;
    const std::size_t avail = end_ - pos_;
    const std::size_t newline = std::string_view(start, avail).find('\n');
    const bool nl = newline != std::string_view::npos;
    const std::size_t take = nl ? newline : avail;
    if (too_long || line.size() + take > max_) {
      too_long = true;
      skipped += line.size() + take;
      line.clear();
    } else {
      line.append(start, take);
    }
    pos_ += take;
    if (nl) {
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
