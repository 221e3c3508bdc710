// The subcommands of `reckon`. Each takes the subcommand's own argv (argv[0] is its name) and
// returns the process exit status: 0 on success, 1 when some input was bad (the rest of the
// batch still processed), 2 on a usage error.
#pragma once

namespace reckon::cli {

int run_tag(int argc, char** argv);
int run_extract(int argc, char** argv);
int run_ingest(int argc, char** argv);
int run_incidents(int argc, char** argv);
int run_tallies(int argc, char** argv);
int run_show(int argc, char** argv);
int run_serve(int argc, char** argv);

}  // namespace reckon::cli
