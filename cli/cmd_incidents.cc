// `reckon incidents --db PATH [filters] [--format table|json|csv|geojson]`: lists the reconciled
// incidents, streaming them from the database so a listing of any size runs in bounded memory
// (listing.h). The table is the default on a terminal, JSON (contract/OUTPUT.md section 2)
// otherwise.
#include <charconv>
#include <cstdio>

#include "args.h"
#include "commands.h"
#include "listing.h"

namespace reckon::cli {
namespace {

int usage(const std::string& error) {
  return print_usage(
      "incidents", error,
      "usage: reckon incidents --db PATH [--format table|json|csv|geojson] [--place NAME]\n"
      "                        [--country CC] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--kind TEXT]\n"
      "                        [--contested] [--min-killed N]\n"
      "  --place     incidents at this place (the incident's or any claim's), any case\n"
      "  --country   ISO 3166-1 alpha-2 code\n"
      "  --from/--to incidents whose date meets the range\n"
      "  --kind      incidents whose kind contains TEXT (\"strike\")\n"
      "  --contested only incidents whose claims disagree on a figure\n"
      "  --min-killed N  only incidents whose best killed figure is at least N\n");
}

std::optional<std::string> parse_filter(const Args& args, IncidentFilter& f) {
  f.place = args.get_or("place", "");
  f.country = args.get_or("country", "");
  f.kind = args.get_or("kind", "");
  f.contested_only = args.has("contested");
  if (auto error = read_date_range(args, f.from, f.to)) return error;
  if (const auto n = args.get("min-killed")) {
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(n->data(), n->data() + n->size(), value);
    if (ec != std::errc() || end != n->data() + n->size() || value < 0)
      return "--min-killed takes a number";
    f.min_killed = value;
  }
  return std::nullopt;
}

}  // namespace

int run_incidents(int argc, char** argv) {
  Args args(argc, argv, {"db", "format", "place", "country", "from", "to", "kind", "min-killed"},
            {"contested", "help"});
  if (!args.ok()) return usage(args.error());
  if (args.has("help")) return usage("");
  ListingOptions options;
  if (auto error = read_listing_options(args, options)) return usage(*error);
  IncidentFilter filter;
  if (auto error = parse_filter(args, filter)) return usage(*error);
  return stream_listing<IncidentWriter>("incidents", options, filter,
                                        &IncidentStore::scan_incidents);
}

}  // namespace reckon::cli
