// `reckon incidents --db PATH [filters] [--format table|json|csv|geojson]`: lists the reconciled
// incidents, streaming them from the database so a listing of any size runs in bounded memory.
// The table is the default on a terminal, JSON (contract/OUTPUT.md section 2) otherwise.
#include <unistd.h>

#include <charconv>
#include <cstdio>

#include "args.h"
#include "commands.h"
#include "reckon/store.h"

namespace reckon::cli {
namespace {

int usage(const std::string& error) {
  if (!error.empty()) std::fprintf(stderr, "reckon incidents: %s\n", error.c_str());
  std::fprintf(
      stderr,
      "usage: reckon incidents --db PATH [--format table|json|csv|geojson] [--place NAME]\n"
      "                        [--country CC] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--kind TEXT]\n"
      "                        [--contested] [--min-killed N]\n"
      "  --place     incidents at this place (the incident's or any claim's), any case\n"
      "  --country   ISO 3166-1 alpha-2 code\n"
      "  --from/--to incidents whose date meets the range\n"
      "  --kind      incidents whose kind contains TEXT (\"strike\")\n"
      "  --contested only incidents whose claims disagree on a figure\n"
      "  --min-killed N  only incidents whose best killed figure is at least N\n");
  return 2;
}

std::optional<std::string> parse_filter(const Args& args, IncidentFilter& f) {
  f.place = args.get_or("place", "");
  f.country = args.get_or("country", "");
  f.kind = args.get_or("kind", "");
  f.contested_only = args.has("contested");
  for (const auto& [name, target] : {std::pair{"from", &f.from}, std::pair{"to", &f.to}}) {
    if (!args.has(name)) continue;
    *target = parse_iso_date(*args.get(name));
    if (!*target) return "--" + std::string(name) + " takes a date as YYYY-MM-DD";
  }
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
  if (!args.positional().empty())
    return usage("unexpected argument '" + args.positional().front() + "'");
  const std::optional<std::string> db = args.get("db");
  if (!db || db->empty()) return usage("--db PATH is required");
  const std::string format_name = args.get_or("format", isatty(STDOUT_FILENO) ? "table" : "json");
  const std::optional<ExportFormat> format = parse_export_format(format_name);
  if (!format) return usage("unknown format '" + format_name + "' (table, json, csv or geojson)");
  IncidentFilter filter;
  if (auto error = parse_filter(args, filter)) return usage(*error);

  Result<std::unique_ptr<IncidentStore>> store = open_store(*db, false);
  if (!store.ok()) {
    std::fprintf(stderr, "reckon incidents: %s\n", store.status().message().c_str());
    return 1;
  }
  std::string out;
  IncidentWriter writer(*format, out);
  const Status status = store.value()->scan_incidents(filter, [&](const Incident& incident) {
    writer.add(incident);
    if (out.size() >= (1u << 16)) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  });
  writer.finish();
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fflush(stdout);
  if (!status.ok()) {
    std::fprintf(stderr, "reckon incidents: %s\n", status.message().c_str());
    return 1;
  }
  return 0;
}

}  // namespace reckon::cli
