// `reckon tallies --db PATH [--format table|json|csv|geojson] [filters]`: lists the cumulative
// tallies reports give ("23 civilians killed since 27 September"), as stated, in date order.
#include <unistd.h>

#include <cstdio>

#include "args.h"
#include "commands.h"
#include "reckon/store.h"

namespace reckon::cli {
namespace {

int usage(const std::string& error) {
  if (!error.empty()) std::fprintf(stderr, "reckon tallies: %s\n", error.c_str());
  std::fprintf(stderr,
               "usage: reckon tallies --db PATH [--format table|json|csv|geojson] [--place NAME]\n"
               "                      [--country CC] [--from YYYY-MM-DD] [--to YYYY-MM-DD]\n"
               "  --from/--to  tallies whose as-of date is in the range\n");
  return 2;
}

}  // namespace

int run_tallies(int argc, char** argv) {
  Args args(argc, argv, {"db", "format", "place", "country", "from", "to"}, {"help"});
  if (!args.ok()) return usage(args.error());
  if (args.has("help")) return usage("");
  if (!args.positional().empty())
    return usage("unexpected argument '" + args.positional().front() + "'");
  const std::optional<std::string> db = args.get("db");
  if (!db || db->empty()) return usage("--db PATH is required");
  const std::string format_name = args.get_or("format", isatty(STDOUT_FILENO) ? "table" : "json");
  const std::optional<ExportFormat> format = parse_export_format(format_name);
  if (!format) return usage("unknown format '" + format_name + "' (table, json, csv or geojson)");
  TallyFilter filter;
  filter.place = args.get_or("place", "");
  filter.country = args.get_or("country", "");
  for (const auto& [name, target] :
       {std::pair{"from", &filter.from}, std::pair{"to", &filter.to}}) {
    if (!args.has(name)) continue;
    *target = parse_iso_date(*args.get(name));
    if (!*target) return usage("--" + std::string(name) + " takes a date as YYYY-MM-DD");
  }

  Result<std::unique_ptr<IncidentStore>> store = open_store(*db, false);
  if (!store.ok()) {
    std::fprintf(stderr, "reckon tallies: %s\n", store.status().message().c_str());
    return 1;
  }
  std::string out;
  TallyWriter writer(*format, out);
  const Status status = store.value()->scan_tallies(filter, [&](const TallyRecord& tally) {
    writer.add(tally);
    if (out.size() >= (1u << 16)) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  });
  writer.finish();
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fflush(stdout);
  if (!status.ok()) {
    std::fprintf(stderr, "reckon tallies: %s\n", status.message().c_str());
    return 1;
  }
  return 0;
}

}  // namespace reckon::cli
