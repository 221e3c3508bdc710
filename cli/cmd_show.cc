// `reckon show --db PATH ID [--format text|json]`: one incident with every claim, who made it,
// where and when it was published, and the quote it was read from.
#include <cstdio>

#include "args.h"
#include "commands.h"
#include "listing.h"

namespace reckon::cli {
namespace {

int usage(const std::string& error) {
  return print_usage("show", error,
                     "usage: reckon show --db PATH [--format text|json] ID\n"
                     "  ID: an incident id as `reckon incidents` lists it\n");
}

}  // namespace

int run_show(int argc, char** argv) {
  Args args(argc, argv, {"db", "format"}, {"help"});
  if (!args.ok()) return usage(args.error());
  if (args.has("help")) return usage("");
  const std::optional<std::string> db = args.get("db");
  if (!db || db->empty()) return usage("--db PATH is required");
  if (args.positional().size() != 1) return usage("give exactly one incident id");
  const std::string format = args.get_or("format", "text");
  if (format != "text" && format != "json")
    return usage("unknown format '" + format + "' (text or json)");
  const std::string& id = args.positional().front();

  Result<std::unique_ptr<IncidentStore>> store = open_store(*db, false);
  if (!store.ok()) return report_failure("show", store.status());
  Result<std::optional<Incident>> incident = store.value()->incident(id);
  if (!incident.ok()) return report_failure("show", incident.status());
  if (!incident->has_value()) {
    std::fprintf(stderr, "reckon show: no incident '%s' in %s\n", id.c_str(), db->c_str());
    return 1;
  }
  std::string out;
  if (format == "json") {
    write_incident_json(**incident, out);
    out.push_back('\n');
  } else {
    write_incident_text(**incident, out);
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

}  // namespace reckon::cli
