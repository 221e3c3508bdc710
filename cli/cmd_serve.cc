// `reckon serve --db PATH [--port 8080] [--host 127.0.0.1]`: the dashboard and its JSON API
// (web/API.md) over an incident database. It binds to this machine only unless --host says
// otherwise, makes no outside request, and stops cleanly on Ctrl-C or SIGTERM: the signals are
// blocked before any server thread starts and a watcher thread waits for them.
#include <pthread.h>

#include <charconv>
#include <csignal>
#include <cstdio>
#include <thread>

#include "args.h"
#include "commands.h"
#include "reckon/server.h"

namespace reckon::cli {
namespace {

int usage(const std::string& error) {
  if (!error.empty()) std::fprintf(stderr, "reckon serve: %s\n", error.c_str());
  std::fprintf(
      stderr,
      "usage: reckon serve --db PATH [--port N] [--host ADDRESS] [--max-body BYTES]\n"
      "                    [--threads N] [--request-deadline SECONDS] [--quiet]\n"
      "  Serves the dashboard (map, timeline, list, evidence, ingest) and the JSON API over the\n"
      "  database PATH (created when missing). See web/API.md for the routes.\n"
      "  --port      TCP port, default 8080 (0 picks a free one)\n"
      "  --host      address to bind, default 127.0.0.1 (this machine only); 0.0.0.0 shares the\n"
      "              dashboard with the local network, with no authentication\n"
      "  --max-body  largest accepted request body (a posted report), default 1048576 bytes\n"
      "  --threads   request threads, default 32\n"
      "  --request-deadline  seconds a request (headers and body) may take to arrive, default 10\n"
      "  --quiet     no line per request on stderr\n");
  return 2;
}

template <typename T>
bool parse_number(const std::string& text, T& out, T min, T max) {
  T value{};
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < min || value > max)
    return false;
  out = value;
  return true;
}

std::optional<std::string> parse_options(const Args& args, ServerOptions& options) {
  options.host = args.get_or("host", "127.0.0.1");
  if (options.host.empty()) return "--host takes an address";
  if (auto port = args.get("port"); port && !parse_number(*port, options.port, 0, 65535))
    return "--port takes a number from 0 to 65535";
  if (auto bytes = args.get("max-body");
      bytes && !parse_number<std::size_t>(*bytes, options.max_body_bytes, 1024, 1u << 30))
    return "--max-body takes a number of bytes from 1024 to 1073741824";
  if (auto threads = args.get("threads");
      threads && !parse_number(*threads, options.threads, 1u, 1024u))
    return "--threads takes a number from 1 to 1024";
  int deadline_seconds = options.request_deadline_ms / 1000;
  if (auto seconds = args.get("request-deadline");
      seconds && !parse_number(*seconds, deadline_seconds, 1, 3600))
    return "--request-deadline takes a number of seconds from 1 to 3600";
  options.request_deadline_ms = deadline_seconds * 1000;
  options.log_requests = !args.has("quiet");
  return std::nullopt;
}

}  // namespace

int run_serve(int argc, char** argv) {
  Args args(argc, argv, {"db", "port", "host", "max-body", "threads", "request-deadline"}, {"quiet", "help"});
  if (!args.ok()) return usage(args.error());
  if (args.has("help")) return usage("");
  if (!args.positional().empty())
    return usage("unexpected argument '" + args.positional().front() + "'");
  ServerOptions options;
  const std::optional<std::string> db = args.get("db");
  if (!db || db->empty()) return usage("--db PATH is required");
  options.db = *db;
  if (auto error = parse_options(args, options)) return usage(*error);

  // Block the stop signals in every thread; the watcher below takes them with sigwait.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  Result<std::unique_ptr<Server>> server = Server::open(options);
  if (!server.ok()) {
    std::fprintf(stderr, "reckon serve: %s\n", server.status().message().c_str());
    return 1;
  }
  Server& s = *server.value();
  const std::string shown_host = options.host.find(':') != std::string::npos
                                     ? "[" + options.host + "]" : options.host;
  std::fprintf(stderr, "reckon serve: http://%s:%d/ (database %s)\n", shown_host.c_str(), s.port(),
               options.db.c_str());
  if (!is_loopback_host(options.host))
    std::fprintf(stderr,
                 "reckon serve: warning: listening beyond this machine; anyone who can reach "
                 "it can read and add reports\n");
  std::fflush(stderr);

  std::thread watcher([&s, stop_signals] {
    int signal = 0;
    sigwait(&stop_signals, &signal);
    s.stop();
  });
  const Status status = s.run();
  // run() also returns when the listener fails: wake the watcher so it can be joined.
  pthread_kill(watcher.native_handle(), SIGTERM);
  watcher.join();
  if (!status.ok()) {
    std::fprintf(stderr, "reckon serve: %s\n", status.message().c_str());
    return 1;
  }
  std::fprintf(stderr, "reckon serve: stopped\n");
  return 0;
}

}  // namespace reckon::cli
