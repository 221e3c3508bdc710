// `reckon tallies --db PATH [--format table|json|csv|geojson] [filters]`: lists the cumulative
// tallies reports give ("23 civilians killed since 27 September"), as stated, in date order.
#include <cstdio>

#include "args.h"
#include "commands.h"
#include "listing.h"

namespace reckon::cli {
namespace {

int usage(const std::string& error) {
  return print_usage(
      "tallies", error,
      "usage: reckon tallies --db PATH [--format table|json|csv|geojson] [--place NAME]\n"
      "                      [--country CC] [--from YYYY-MM-DD] [--to YYYY-MM-DD]\n"
      "  --from/--to  tallies whose as-of date is in the range\n");
}

}  // namespace

int run_tallies(int argc, char** argv) {
  Args args(argc, argv, {"db", "format", "place", "country", "from", "to"}, {"help"});
  if (!args.ok()) return usage(args.error());
  if (args.has("help")) return usage("");
  ListingOptions options;
  if (auto error = read_listing_options(args, options)) return usage(*error);
  TallyFilter filter;
  filter.place = args.get_or("place", "");
  filter.country = args.get_or("country", "");
  if (auto error = read_date_range(args, filter.from, filter.to)) return usage(*error);
  return stream_listing<TallyWriter>("tallies", options, filter, &IncidentStore::scan_tallies);
}

}  // namespace reckon::cli
