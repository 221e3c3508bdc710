// Buffered line reading from a FILE*, with a cap on line length that is enforced while reading:
// an oversize line is skipped to its end without ever being held in memory. Internal to read/.
#pragma once

#include <cstdio>
#include <string>

namespace reckon::read {

class LineReader {
 public:
  enum class Outcome { kLine, kTooLong, kEnd, kError };

  LineReader(std::FILE* file, std::size_t max_line_bytes) : file_(file), max_(max_line_bytes) {}

  // Reads the next line (without its '\n' or '\r\n') into `line`. kTooLong: the line was longer
  // than the cap and was skipped; `skipped` holds its length.
  Outcome next(std::string& line, std::size_t& skipped);
  std::size_t line_number() const { return line_number_; }

 private:
  bool fill();

  std::FILE* file_;
  std::size_t max_;
  std::string buffer_;
  std::size_t pos_ = 0;
  std::size_t line_number_ = 0;
  bool eof_ = false;
  bool error_ = false;
};

}  // namespace reckon::read
