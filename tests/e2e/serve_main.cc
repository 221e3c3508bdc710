// reckon_serve_e2e: `reckon serve` on its own, for the end-to-end test while (or where) the
// main `reckon` binary does not dispatch the serve command. Same code path: cli/cmd_serve.cc.
namespace reckon::cli {
int run_serve(int argc, char** argv);
}

int main(int argc, char** argv) { return reckon::cli::run_serve(argc, argv); }
