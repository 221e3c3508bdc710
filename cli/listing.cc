// The listing commands' shared options and output (see listing.h).
#include "listing.h"

#include <unistd.h>

namespace reckon::cli {

std::optional<std::string> read_listing_options(const Args& args, ListingOptions& options) {
  if (!args.positional().empty()) return "unexpected argument '" + args.positional().front() + "'";
  const std::optional<std::string> db = args.get("db");
  if (!db || db->empty()) return "--db PATH is required";
  options.db = *db;
  const std::string format_name = args.get_or("format", isatty(STDOUT_FILENO) ? "table" : "json");
  const std::optional<ExportFormat> format = parse_export_format(format_name);
  if (!format) return "unknown format '" + format_name + "' (table, json, csv or geojson)";
  options.format = *format;
  return std::nullopt;
}

std::optional<std::string> read_date_range(const Args& args, std::optional<CivilDate>& from,
                                           std::optional<CivilDate>& to) {
  for (const auto& [name, target] : {std::pair{"from", &from}, std::pair{"to", &to}}) {
    if (!args.has(name)) continue;
    *target = parse_iso_date(*args.get(name));
    if (!*target) return "--" + std::string(name) + " takes a date as YYYY-MM-DD";
  }
  return std::nullopt;
}

int report_failure(const char* command, const Status& status) {
  std::fprintf(stderr, "reckon %s: %s\n", command, status.message().c_str());
  return 1;
}

void flush_listing(std::string& out, bool all) {
  if (!all && out.size() < (1u << 16)) return;
  std::fwrite(out.data(), 1, out.size(), stdout);
  out.clear();
  if (all) std::fflush(stdout);
}

}  // namespace reckon::cli
