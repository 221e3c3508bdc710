// The embedded asset table. cmake/ServeDeps.cmake generates web_assets.cc, which defines
// reckon_serve_web_assets(): the files of web/dist with their bytes, and sets
// RECKON_SERVE_WEB_ASSETS. Without it (ServeDeps not included) the stage still builds, serving
// the API and a page that says how to build the dashboard.
#include "serve/assets.h"

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

extern "C" {
struct ReckonWebAsset {
  const char* path;
  const char* begin;
  const char* end;
};
#ifdef RECKON_SERVE_WEB_ASSETS
// Null-terminated by an entry whose path is null.
const ReckonWebAsset* reckon_serve_web_assets();
#else
const ReckonWebAsset* reckon_serve_web_assets() {
  static const ReckonWebAsset kNone[] = {{nullptr, nullptr, nullptr}};
  return kNone;
}
#endif
}

namespace reckon::serve {
namespace {

std::string_view content_type_for(std::string_view path) {
  struct Type {
    std::string_view extension;
    std::string_view type;
  };
  static constexpr Type kTypes[] = {
      {".html", "text/html; charset=utf-8"}, {".js", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},   {".json", "application/json"},
      {".svg", "image/svg+xml"},             {".png", "image/png"},
      {".ico", "image/x-icon"},              {".woff2", "font/woff2"},
      {".txt", "text/plain; charset=utf-8"}, {".webmanifest", "application/manifest+json"},
  };
  for (const Type& t : kTypes) {
    if (path.size() >= t.extension.size() &&
        path.substr(path.size() - t.extension.size()) == t.extension)
      return t.type;
  }
  return "application/octet-stream";
}

// FNV-1a: an ETag only has to change when the bytes do.
std::string etag_of(std::string_view bytes) {
  std::uint64_t h = 14695981039346656037ull;
  for (unsigned char c : bytes) h = (h ^ c) * 1099511628211ull;
  char buf[24];
  std::snprintf(buf, sizeof buf, "\"%016llx\"", static_cast<unsigned long long>(h));
  return buf;
}

struct Table {
  std::vector<Asset> assets;
  std::vector<std::string> etags;
};

const Table& table() {
  static const Table t = [] {
    Table built;
    for (const ReckonWebAsset* a = reckon_serve_web_assets(); a->path != nullptr; ++a) {
      const std::string_view bytes(a->begin, static_cast<std::size_t>(a->end - a->begin));
      built.etags.push_back(etag_of(bytes));
      built.assets.push_back({a->path, bytes, content_type_for(a->path), {}});
    }
    for (std::size_t i = 0; i < built.assets.size(); ++i) built.assets[i].etag = built.etags[i];
    return built;
  }();
  return t;
}

const Asset* lookup(std::string_view path) {
  for (const Asset& a : table().assets)
    if (a.path == path) return &a;
  return nullptr;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

const Asset* find_asset(std::string_view path) {
  if (ends_with(path, ".br") || ends_with(path, ".gz")) return nullptr;
  return lookup(path);
}

const Asset* find_encoded_asset(std::string_view path, std::string_view coding) {
  const std::string_view suffix = coding == "br" ? ".br" : coding == "gzip" ? ".gz" : "";
  if (suffix.empty()) return nullptr;
  return lookup(std::string(path) + std::string(suffix));
}

std::size_t asset_count() { return table().assets.size(); }

std::string_view missing_dashboard_page() {
  return R"(<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>reckon</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family: system-ui, sans-serif; max-width: 40em; margin: 2em auto; padding: 0 1em">
<h1>reckon</h1>
<p>The API is running, but this binary was built without the dashboard.</p>
<p>Build it with <code>npm ci &amp;&amp; npm run build</code> in <code>web/</code>, then rebuild
reckon (CMake embeds <code>web/dist</code>).</p>
<p>The API answers at <a href="/api/incidents">/api/incidents</a>,
<a href="/api/tallies">/api/tallies</a> and <a href="/api/status">/api/status</a>.</p>
</body></html>
)";
}

}  // namespace reckon::serve
