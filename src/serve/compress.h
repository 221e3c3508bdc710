// Response compression, done by the Api rather than by httplib (whose brotli runs at its slowest
// setting on every request): the page's files are compressed once at build time (.br and .gz
// beside each file in web/dist), and large API answers are gzipped at a fast level.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "reckon/server.h"

namespace reckon::serve {

// Whether an Accept-Encoding header value accepts `coding` ("gzip", "br"); "q=0" refuses.
bool accepts_encoding(std::string_view accept_encoding, std::string_view coding);

// gzip of `bytes` at a fast level; nullopt if zlib fails.
std::optional<std::string> gzip(std::string_view bytes);

// Gzips a large, compressible, not yet encoded response when the client accepts it.
void compress_response(const HttpRequest& request, HttpResponse& response);

}  // namespace reckon::serve
