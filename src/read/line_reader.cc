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
  const bool le = buffer_.size() >= 2 && buffer_[0] == '\xFF' && buffer_[1] == '\xFE';
  const bool be = buffer_.size() >= 2 && buffer_[0] == '\xFE' && buffer_[1] == '\xFF';
  if (le || be) {
    encoding_ = le ? Encoding::kUtf16Le : Encoding::kUtf16Be;
    encoding_note_ = std::string("UTF-16 (") + (le ? "little" : "big") +
                     "-endian, with a byte-order mark) converted to UTF-8";
    raw_.assign(buffer_, 2, std::string::npos);
    buffer_.clear();
    convert_utf16(raw_.size());
    return;
  }
  encoding_ = Encoding::kUtf8;
  if (buffer_.compare(0, 3, "\xEF\xBB\xBF") == 0) pos_ = 3;  // a UTF-8 BOM is dropped silently
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
  buffer_ += piece;
  raw_.erase(0, usable);
}

bool LineReader::fill() {
  if (eof_ || error_) return false;
  buffer_.erase(0, pos_);
  pos_ = 0;
  const bool utf16 = encoding_ == Encoding::kUtf16Le || encoding_ == Encoding::kUtf16Be;
  std::string& target = utf16 ? raw_ : buffer_;
  const std::size_t old = target.size();
  target.resize(old + kChunk);
  const std::size_t got = std::fread(target.data() + old, 1, kChunk, file_);
  target.resize(old + got);
  if (got < kChunk) {
    if (std::ferror(file_)) error_ = true;
    eof_ = true;
  }
  const std::size_t before = buffer_.size();
  if (encoding_ == Encoding::kUnknown)
    detect_encoding();
  else if (utf16)
    convert_utf16(got);
  return buffer_.size() > before || got > 0;
}

LineReader::Outcome LineReader::next(std::string& line, std::size_t& skipped) {
  line.clear();
  skipped = 0;
  bool too_long = false;
  if (encoding_ == Encoding::kUnknown) fill();
  while (true) {
    const char* start = buffer_.data() + pos_;
    const std::size_t avail = buffer_.size() - pos_;
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
