// The dashboard's files (web/dist, built by Vite) as linked into the binary by
// cmake/ServeDeps.cmake. The server answers a page request only from this table, by exact path,
// so no request can reach a file on disk (no path traversal, nothing to configure, no network).
#pragma once

#include <string_view>

namespace reckon::serve {

struct Asset {
  std::string_view path;          // relative to web/dist: "index.html", "assets/app.js"
  std::string_view bytes;
  std::string_view content_type;  // from the extension
  std::string_view etag;          // a quoted hash of the bytes
};

// The asset at `path` (relative, no leading '/'), or null. Thread-safe. The precompressed
// copies (.br, .gz) are not assets of their own: find_encoded_asset gives them.
const Asset* find_asset(std::string_view path);
// The copy of `path` compressed with `coding` ("br" or "gzip") at build time, or null.
const Asset* find_encoded_asset(std::string_view path, std::string_view coding);
// How many files were embedded (0 when web/dist was not built before the C++ build).
std::size_t asset_count();

// The page served at / when the dashboard was not built: it says how to build it.
std::string_view missing_dashboard_page();

}  // namespace reckon::serve
