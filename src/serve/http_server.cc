// Server: the Api behind cpp-httplib (Debian's libcpp-httplib). Every request goes through one
// pre-routing handler, so httplib's std::regex routes are never used; the handler copies the
// request into an HttpRequest, asks the Api, and copies the answer back with the security
// headers every page gets (a Content-Security-Policy that lets the page talk only to this server).
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
#include <cstdio>

#include <httplib.h>

namespace reckon {
namespace {

constexpr unsigned kDefaultThreads = 32;
constexpr int kListenBacklog = 1024;
constexpr const char* kContentSecurityPolicy =
    "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
    "script-src 'self'; connect-src 'self'; font-src 'self'; object-src 'none'; "
    "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

HttpRequest to_request(const httplib::Request& req) {
  HttpRequest r;
  r.method = req.method;
  r.path = req.path;
  for (const auto& [name, value] : req.params) r.query.emplace_back(name, value);
  r.content_type = req.get_header_value("Content-Type");
  r.body = req.body;
  r.origin = req.get_header_value("Origin");
  r.host = req.get_header_value("Host");
  r.accept_encoding = req.get_header_value("Accept-Encoding");
  r.if_none_match = req.get_header_value("If-None-Match");
  return r;
}

void fill_response(const HttpResponse& from, httplib::Response& res) {
  res.status = from.status;
  for (const auto& [name, value] : from.headers) res.set_header(name.c_str(), value);
  res.set_header("Content-Security-Policy", kContentSecurityPolicy);
  res.set_header("Referrer-Policy", "no-referrer");
  if (from.status != 304) res.set_content(from.body, from.content_type.c_str());
}

// httplib's own refusals (413 body too large, 400 malformed request line) get the API's shape.
void fill_error(const httplib::Request&, httplib::Response& res) {
  std::string message = "the request could not be read";
  if (res.status == 413) message = "the request body is larger than the server's limit";
  if (res.status == 414) message = "the request line is too long";
  if (res.status == 404) message = "not found";
  if (res.status >= 500) message = "internal error";
  std::string body = "{\"error\":\"" + message + "\",\"status\":" + std::to_string(res.status) + "}\n";
  res.set_content(body, "application/json");
}

}  // namespace

class Server::Impl {
 public:
  std::unique_ptr<IncidentStore> store;
  std::unique_ptr<Api> api;
  httplib::Server http;
  int port = 0;
  bool log = false;
  int listen_socket = -1;

  void answer(const httplib::Request& req, httplib::Response& res) {
    const HttpRequest request = to_request(req);
    // httplib would compress text/* and application/json answers itself, on every request and
    // with brotli at its slowest setting (seconds for the page script). The Api compresses
    // instead (prebuilt .br/.gz assets, fast gzip for large listings), so httplib must not see
    // what the client accepts. The Request is httplib's own non-const object, passed as const.
    const_cast<httplib::Request&>(req).headers.erase("Accept-Encoding");
    fill_response(api->handle(request), res);
    if (log) std::fprintf(stderr, "%s %s %d\n", req.method.c_str(), req.path.c_str(), res.status);
  }
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
  impl->log = options.log_requests;

  httplib::Server& http = impl->http;
  const unsigned threads = options.threads > 0 ? options.threads : kDefaultThreads;
  http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  // The body limit plus room for a JSON envelope; Api enforces the exact figure.
  http.set_payload_max_length(options.max_body_bytes + 4096);
  http.set_keep_alive_max_count(100);
  http.set_keep_alive_timeout(5);
  http.set_read_timeout(10, 0);
  http.set_write_timeout(10, 0);
  Impl* self = impl.get();
  // httplib reads a request body only after the pre-routing handler, and then looks for a
  // route (std::regex, which reckon does not use). So: bodiless reads are answered before
  // routing; every other request finds no route, and reaches the error handler with its body
  // read and status 404, where the Api answers it. httplib's own refusals (413 body too large,
  // 400 unreadable request) arrive there with their status and get the API's JSON shape.
  http.set_pre_routing_handler([self](const httplib::Request& req, httplib::Response& res) {
    if (req.method != "GET" && req.method != "HEAD")
      return httplib::Server::HandlerResponse::Unhandled;
    self->answer(req, res);
    return httplib::Server::HandlerResponse::Handled;
  });
  http.set_error_handler(httplib::Server::HandlerWithResponse(
      [self](const httplib::Request& req, httplib::Response& res) {
        if (res.status == 404 && req.method != "GET" && req.method != "HEAD") {
          self->answer(req, res);
        } else if (res.body.empty()) {
          const_cast<httplib::Request&>(req).headers.erase("Accept-Encoding");  // see answer()
          fill_error(req, res);
        }
        return httplib::Server::HandlerResponse::Handled;
      }));
  http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    res.status = 500;
    res.set_content("{\"error\":\"internal error\",\"status\":500}\n", "application/json");
  });

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
  if (!impl_->http.listen_after_bind()) return Status::IoError("the server stopped with an error");
  return Status::Ok();
}

void Server::stop() { impl_->http.stop(); }

Api& Server::api() { return *impl_->api; }

}  // namespace reckon

#endif  // RECKON_SERVE_HTTPLIB
