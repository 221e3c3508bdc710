// Compression with zlib: gzip at level 1 (several hundred MB/s, and JSON listings still shrink
// five- to tenfold), only for bodies worth it.
#include "serve/compress.h"

#ifdef RECKON_SERVE_HTTPLIB  // cmake/ServeDeps.cmake links zlib along with httplib
#include <zlib.h>
#endif

#include <algorithm>
#include <cctype>

namespace reckon::serve {
namespace {

constexpr std::size_t kMinCompressBytes = 8192;

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

bool refused(std::string_view params) {
  // ";q=0", ";q=0.0", ";q=0.000"
  const std::size_t q = params.find("q=");
  if (q == std::string_view::npos) return false;
  std::string_view value = trim(params.substr(q + 2));
  if (value.empty() || value.front() != '0') return false;
  value.remove_prefix(1);
  if (!value.empty() && value.front() == '.') value.remove_prefix(1);
  return std::all_of(value.begin(), value.end(), [](char c) { return c == '0'; });
}

bool compressible(std::string_view content_type) {
  return content_type.rfind("text/", 0) == 0 || content_type.rfind("application/json", 0) == 0 ||
         content_type.rfind("application/geo+json", 0) == 0 ||
         content_type.rfind("image/svg+xml", 0) == 0;
}

}  // namespace

bool accepts_encoding(std::string_view header, std::string_view coding) {
  while (!header.empty()) {
    const std::size_t comma = header.find(',');
    std::string_view item = header.substr(0, comma);
    header = comma == std::string_view::npos ? std::string_view() : header.substr(comma + 1);
    const std::size_t semicolon = item.find(';');
    const std::string_view name = trim(item.substr(0, semicolon));
    const std::string_view params =
        semicolon == std::string_view::npos ? std::string_view() : item.substr(semicolon + 1);
    if (iequals(name, coding)) return !refused(params);
  }
  return false;
}

std::optional<std::string> gzip(std::string_view bytes) {
#ifndef RECKON_SERVE_HTTPLIB
  (void)bytes;
  return std::nullopt;
#else
  z_stream z{};
  // windowBits 15 + 16: a gzip wrapper rather than raw zlib.
  if (deflateInit2(&z, 1, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) return std::nullopt;
  std::string out;
  out.resize(deflateBound(&z, static_cast<uLong>(bytes.size())));
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  z.avail_in = static_cast<uInt>(bytes.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  const int result = deflate(&z, Z_FINISH);
  const std::size_t written = z.total_out;
  deflateEnd(&z);
  if (result != Z_STREAM_END) return std::nullopt;
  out.resize(written);
  return out;
#endif
}

void compress_response(const HttpRequest& request, HttpResponse& response) {
  if (response.body.size() < kMinCompressBytes || response.body.size() > (1u << 30)) return;
  if (!compressible(response.content_type)) return;
  for (const auto& [name, value] : response.headers)
    if (iequals(name, "Content-Encoding")) return;
  if (!accepts_encoding(request.accept_encoding, "gzip")) return;
  std::optional<std::string> packed = gzip(response.body);
  if (!packed) return;
  response.body = std::move(*packed);
  response.headers.emplace_back("Content-Encoding", "gzip");
  response.headers.emplace_back("Vary", "Accept-Encoding");
}

}  // namespace reckon::serve
