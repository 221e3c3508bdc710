// Buffered line reading from a FILE*, with a cap on line length that is enforced while reading:
// an oversize line is skipped to its end without ever being held in memory. A UTF-8 byte-order
// mark is dropped, and UTF-16 with a byte-order mark is converted to UTF-8 chunk by chunk, so a
// file of any size streams in bounded memory. Internal to the read stage.
#pragma once

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

namespace reckon::read {

class LineReader {
 public:
  enum class Outcome { kLine, kTooLong, kEnd, kError };

  LineReader(std::FILE* file, std::size_t max_line_bytes) : file_(file), max_(max_line_bytes) {}

  // Reads the next line (without its '\n' or '\r\n') into `line`. kTooLong: the line was longer
  // than the cap and was skipped; `skipped` holds its length.
  Outcome next(std::string& line, std::size_t& skipped);
  // Bytes already taken from the file (while sniffing its format) to read before the rest.
  void seed(std::string bytes) {
    buffer_ = std::move(bytes);
    end_ = buffer_.size();
  }
  std::size_t line_number() const { return line_number_; }
  // What the reader did to the encoding ("UTF-16 (little-endian) converted to UTF-8"), if anything.
  const std::optional<std::string>& encoding_note() const { return encoding_note_; }

 private:
  enum class Encoding { kUnknown, kUtf8, kUtf16Le, kUtf16Be };
  bool fill();
  void detect_encoding();
  void convert_utf16(std::size_t raw_bytes);
  std::string_view held() const { return {buffer_.data(), end_}; }

  std::FILE* file_;
  std::size_t max_;
  // The decoded bytes not yet read are buffer_[pos_, end_). Past end_ is room for the next chunk:
  // the buffer is not shrunk to end_, since growing a string again writes zeros over the room.
  std::string buffer_;
  std::size_t end_ = 0;
  std::string raw_;  // undecoded UTF-16 bytes, including a carried-over odd byte or high surrogate
  std::size_t pos_ = 0;
  std::size_t line_number_ = 0;
  Encoding encoding_ = Encoding::kUnknown;
  std::optional<std::string> encoding_note_;
  bool eof_ = false;
  bool error_ = false;
};

}  // namespace reckon::read
