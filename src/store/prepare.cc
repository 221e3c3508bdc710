// Preparing a document for the store: records copied out of the Document and a content hash of
// its text, computed off the database thread (see PreparedDocument in reckon/store.h).
#include <bit>
#include <cstdio>
#include <cstring>

#include "reckon/reconcile.h"
#include "reckon/store.h"

namespace reckon {
namespace {

std::uint64_t byteswap(std::uint64_t x) {  // std::byteswap is C++23
  std::uint64_t out = 0;
  for (int b = 0; b < 8; ++b) out = (out << 8) | ((x >> (8 * b)) & 0xFF);
  return out;
}

}  // namespace

std::string content_hash(std::string_view text) {
  // FNV-1a over 8-byte words then the tail: fast, and 64 bits make an accidental collision
  // between two different reports in one database vanishingly unlikely. Not a defence against a
  // deliberately crafted collision, which an ingest of trusted reports does not need.
  std::uint64_t h = 1469598103934665603ull;
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t word;  // the bytes read as a little-endian number, whatever the host
    std::memcpy(&word, text.data() + i, sizeof word);  // one load: GCC did not merge the bytes
    if constexpr (std::endian::native == std::endian::big) word = byteswap(word);
    h = (h ^ word) * 1099511628211ull;
    h ^= h >> 29;
  }
  for (; i < text.size(); ++i) h = (h ^ static_cast<unsigned char>(text[i])) * 1099511628211ull;
  h ^= static_cast<std::uint64_t>(text.size());
  h *= 0x9E3779B97F4A7C15ull;
  h ^= h >> 32;
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
  return hex;
}

PreparedDocument prepare_document(const Document& doc, const Extraction& extraction) {
  PreparedDocument p;
  p.id = doc.id;
  p.source = doc.source;
  p.content_hash = content_hash(doc.text);
  p.text = doc.text;
  p.published = doc.published;
  p.outlet = doc.outlet;
  p.author = doc.author;
  p.title = doc.title;
  p.url = doc.url;
  p.claims.reserve(extraction.claims.size());
  for (std::size_t i = 0; i < extraction.claims.size(); ++i) {
    p.claims.push_back(make_claim_record(doc, extraction.claims[i], static_cast<std::uint32_t>(i)));
  }
  for (std::size_t i = 0; i < extraction.tallies.size(); ++i) {
    p.tallies.push_back(
        make_tally_record(doc, extraction.tallies[i], static_cast<std::uint32_t>(i)));
  }
  return p;
}

std::string_view to_string(IngestOutcome outcome) {
  switch (outcome) {
    case IngestOutcome::kAdded:
      return "added";
    case IngestOutcome::kReplaced:
      return "replaced";
    case IngestOutcome::kUnchanged:
      return "unchanged";
    case IngestOutcome::kDuplicateText:
      return "duplicate text";
  }
  return "added";
}

Result<std::vector<Incident>> IncidentStore::incidents(const IncidentFilter& filter) {
  std::vector<Incident> out;
  Status status = scan_incidents(filter, [&](const Incident& i) { out.push_back(i); });
  if (!status.ok()) return status;
  return out;
}

}  // namespace reckon
