// reckon: the command line over the library. Each subcommand lives in its own cli/*.cc file;
// this file only dispatches.
#include <cstdio>
#include <cstring>
#include <string_view>

#include "commands.h"

namespace {

struct Command {
  const char* name;
  int (*run)(int, char**);
  const char* summary;
};

constexpr Command kCommands[] = {
    {"tag", reckon::cli::run_tag, "print every number, date, place and address found in reports"},
    {"extract", reckon::cli::run_extract, "print each report's attributed claims and tallies"},
    {"ingest", reckon::cli::run_ingest, "store reports' claims in a database and reconcile them"},
    {"incidents", reckon::cli::run_incidents, "list reconciled incidents (table, json, csv, geojson)"},
    {"tallies", reckon::cli::run_tallies, "list cumulative tallies"},
    {"show", reckon::cli::run_show, "show one incident with every claim and its quote"},
    {"serve", reckon::cli::run_serve, "serve the dashboard and JSON API over a database"},
};

int usage(FILE* to) {
  std::fprintf(to, "usage: reckon COMMAND [OPTIONS] [ARGS]\n\ncommands:\n");
  for (const Command& c : kCommands) std::fprintf(to, "  %-10s %s\n", c.name, c.summary);
  std::fprintf(to, "\n'reckon COMMAND --help' describes a command's options.\n");
  return to == stdout ? 0 : 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage(stderr);
  std::string_view name = argv[1];
  if (name == "--help" || name == "-h") return usage(stdout);
  if (name == "help" && argc == 2) return usage(stdout);
  if (name == "help") {
    // `reckon help COMMAND` succeeds when the command exists: scripts use it to probe.
    for (const Command& c : kCommands) {
      if (std::strcmp(c.name, argv[2]) == 0) return 0;
    }
    return 2;
  }
  for (const Command& c : kCommands) {
    if (name == c.name) return c.run(argc - 1, argv + 1);
  }
  std::fprintf(stderr, "reckon: unknown command '%s'\n", argv[1]);
  return usage(stderr);
}
