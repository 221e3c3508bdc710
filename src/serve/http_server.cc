// Server: the Api behind cpp-httplib (Debian's libcpp-httplib) on a socket. The handlers, limits
// and time-outs are installed by serve/http_wire.cc, shared with the socket-free InMemoryHttp
// that the fuzzer drives; this file adds what only a socket has: the thread pool, the listen
// backlog, the port. Each connection runs in serve/http_socket.cc (TCP_NODELAY, a deadline per
// request).
//
// Threads: a fixed pool (idle keep-alive connections each hold one, so it is sized well above the
// core count); the store is serialised inside Api. SIGPIPE is ignored process-wide: a client
// that goes away mid-answer must not end the server.
//
// cmake/ServeDeps.cmake links httplib and defines RECKON_SERVE_HTTPLIB; a build that does not
// include it gets a Server that explains so instead of a link error.
#include "reckon/server.h"

#ifndef RECKON_SERVE_HTTPLIB

namespace reckon {

class Server::Impl {};
Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Server::~Server() = default;
Result<std::unique_ptr<Server>> Server::open(const ServerOptions&) {
  return Status::Unsupported(
      "this reckon was built without cpp-httplib (include cmake/ServeDeps.cmake)");
}
int Server::port() const { return 0; }
Status Server::run() { return Status::Unsupported("no HTTP server in this build"); }
void Server::stop() {}

}  // namespace reckon

#else

#include <sys/socket.h>

#include <csignal>

#include <httplib.h>

#include "serve/http_socket.h"
#include "serve/http_wire.h"

namespace reckon {
namespace {

constexpr unsigned kDefaultThreads = 32;
constexpr int kListenBacklog = 1024;

}  // namespace

class Server::Impl {
 public:
  std::unique_ptr<IncidentStore> store;
  std::unique_ptr<Api> api;
  std::unique_ptr<serve::SocketHttpServer> http;
  int port = 0;
  int listen_socket = -1;
};

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Server::~Server() = default;

Result<std::unique_ptr<Server>> Server::open(const ServerOptions& options) {
  std::signal(SIGPIPE, SIG_IGN);
  auto impl = std::make_unique<Impl>();
  Result<std::unique_ptr<IncidentStore>> store = open_store(options.db, true);
  if (!store.ok()) return store.status();
  impl->store = std::move(store.value());
  ApiOptions api_options;
  api_options.max_body_bytes = options.max_body_bytes;
  api_options.loopback_only = is_loopback_host(options.host);
  impl->api = std::make_unique<Api>(*impl->store, api_options);

  impl->http = std::make_unique<serve::SocketHttpServer>(options.request_deadline_ms);
  httplib::Server& http = *impl->http;
  const unsigned threads = options.threads > 0 ? options.threads : kDefaultThreads;
  http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  serve::HttpSettings settings;
  settings.max_body_bytes = options.max_body_bytes;
  settings.log_requests = options.log_requests;
  settings.request_deadline_ms = options.request_deadline_ms;
  serve::install_handlers(http, *impl->api, settings);
  Impl* self = impl.get();

  // httplib's default socket options set SO_REUSEPORT, which would let a second server share
  // the port silently; SO_REUSEADDR alone gives a clear "in use" instead. The socket is kept to
  // widen httplib's listen backlog of 5, which drops connections when many clients arrive at
  // once (they then wait seconds for a retransmitted SYN).
  http.set_socket_options([self](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    self->listen_socket = sock;
  });
  if (options.port == 0) {
    impl->port = http.bind_to_any_port(options.host);
    if (impl->port <= 0) return Status::IoError("cannot listen on " + options.host);
  } else {
    if (options.port < 0 || options.port > 65535)
      return Status::InvalidInput("port " + std::to_string(options.port) + " is out of range");
    if (!http.bind_to_port(options.host, options.port))
      return Status::IoError("cannot listen on " + options.host + ":" + std::to_string(options.port) +
                             " (in use, or not an address of this machine)");
    impl->port = options.port;
  }
  if (impl->listen_socket >= 0) ::listen(impl->listen_socket, kListenBacklog);
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

int Server::port() const { return impl_->port; }

Status Server::run() {
  if (!impl_->http->listen_after_bind()) return Status::IoError("the server stopped with an error");
  return Status::Ok();
}

void Server::stop() { impl_->http->stop(); }

Api& Server::api() { return *impl_->api; }

}  // namespace reckon

#endif  // RECKON_SERVE_HTTPLIB
