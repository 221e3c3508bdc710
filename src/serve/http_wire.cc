// The Api behind cpp-httplib. Every request goes through one pre-routing handler, so httplib's
// std::regex routes are never used; the handler copies the request into an HttpRequest, asks the
// Api, and copies the answer back with the security headers every page gets (a
// Content-Security-Policy that lets the page talk only to this server).
//
// InMemoryHttp drives the same httplib::Server through its protected process_request over a
// memory Stream, as httplib's keep-alive loop does over a socket, so the fuzzer and the tests
// reach httplib's parser and these handlers without a socket or a thread.
#include "serve/http_wire.h"

#include "serve/responses.h"

#ifdef RECKON_SERVE_HTTPLIB

#include <algorithm>
#include <cstdio>

#include <httplib.h>

namespace reckon::serve {
namespace {

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
  if (res.status == 416) message = "the Range header could not be read";
  if (res.status == 404) message = "not found";
  if (res.status >= 500) message = "internal error";
  std::string body = "{\"error\":\"" + message + "\",\"status\":" + std::to_string(res.status) + "}\n";
  res.set_content(body, "application/json");
}

// What httplib would do to an answer that reckon does itself or not at all, it must not see:
//   - compression: httplib compresses text/* and application/json answers itself, on every
//     request and with brotli at its slowest setting (seconds for the page script). The Api
//     compresses instead (prebuilt .br/.gz assets, fast gzip for large listings).
//   - byte ranges: httplib cuts any answer to a Range header, errors included, which turned
//     {"error": ...} into a fragment like `{"error":"t` or an empty 416 (found by fuzz_http).
//     Every answer here is a whole JSON document or a small asset, so Range is ignored, as
//     HTTP allows.
// The Request is httplib's own non-const object, passed as const.
void hide_what_the_api_handles(const httplib::Request& req) {
  auto& own = const_cast<httplib::Request&>(req);
  own.headers.erase("Accept-Encoding");
  own.headers.erase("Range");
  own.ranges.clear();
}

void answer(Api& api, bool log, const httplib::Request& req, httplib::Response& res) {
  const HttpRequest request = to_request(req);
  hide_what_the_api_handles(req);
  // The Api routes paths that start with '/'; httplib passes any request target on (`GET x`,
  // `GET http://host/`), which the asset lookup read as a page name without its first letter
  // (fuzz_http found `HEAD \x18` answered with index.html).
  if (request.path.empty() || request.path.front() != '/') {
    fill_response(error_response(400, "the request target must be a path starting with '/'"), res);
  } else {
    fill_response(api.handle(request), res);
  }
  if (log) std::fprintf(stderr, "%s %s %d\n", req.method.c_str(), req.path.c_str(), res.status);
}

}  // namespace

void install_handlers(httplib::Server& http, Api& api, const HttpSettings& settings) {
  // The body limit plus room for a JSON envelope; Api enforces the exact figure.
  http.set_payload_max_length(settings.max_body_bytes + 4096);
  http.set_keep_alive_max_count(settings.keep_alive_max_count);
  http.set_keep_alive_timeout(settings.keep_alive_seconds);
  http.set_read_timeout(settings.read_timeout_seconds, 0);
  http.set_write_timeout(settings.write_timeout_seconds, 0);
  Api* target = &api;
  const bool log = settings.log_requests;
  // httplib reads a request body only after the pre-routing handler, and then looks for a
  // route (std::regex, which reckon does not use). So: bodiless reads are answered before
  // routing; every other request finds no route, and reaches the error handler with its body
  // read and status 404, where the Api answers it. httplib's own refusals (413 body too large,
  // 400 unreadable request) arrive there with their status and get the API's JSON shape.
  http.set_pre_routing_handler([target, log](const httplib::Request& req, httplib::Response& res) {
    if (req.method != "GET" && req.method != "HEAD")
      return httplib::Server::HandlerResponse::Unhandled;
    answer(*target, log, req, res);
    return httplib::Server::HandlerResponse::Handled;
  });
  http.set_error_handler(httplib::Server::HandlerWithResponse(
      [target, log](const httplib::Request& req, httplib::Response& res) {
        if (res.status == 404 && req.method != "GET" && req.method != "HEAD") {
          answer(*target, log, req, res);
        } else if (res.body.empty()) {
          hide_what_the_api_handles(req);
          fill_error(req, res);
        }
        return httplib::Server::HandlerResponse::Handled;
      }));
  http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    res.status = 500;
    res.set_content("{\"error\":\"internal error\",\"status\":500}\n", "application/json");
  });
}

namespace {

// A connection's bytes in memory: reads come from the client's bytes, writes are kept.
class MemoryStream final : public httplib::Stream {
 public:
  explicit MemoryStream(std::string_view in) : in_(in) {}
  bool is_readable() const override { return true; }
  bool is_writable() const override { return true; }
  ssize_t read(char* ptr, size_t size) override {
    const std::size_t n = std::min(size, in_.size() - position_);
    std::copy_n(in_.data() + position_, n, ptr);
    position_ += n;
    return static_cast<ssize_t>(n);
  }
  ssize_t write(const char* ptr, size_t size) override {
    out_.append(ptr, size);
    return static_cast<ssize_t>(size);
  }
  void get_remote_ip_and_port(std::string& ip, int& port) const override {
    ip = "127.0.0.1";
    port = 40000;
  }
  void get_local_ip_and_port(std::string& ip, int& port) const override {
    ip = "127.0.0.1";
    port = 8080;
  }
  socket_t socket() const override { return INVALID_SOCKET; }

  bool exhausted() const { return position_ >= in_.size(); }
  std::string& written() { return out_; }

 private:
  std::string_view in_;
  std::size_t position_ = 0;
  std::string out_;
};

// process_request is protected: the one thing this subclass adds is a way to call it.
class WireServer final : public httplib::Server {
 public:
  bool answer_one(httplib::Stream& stream, bool close_connection, bool& connection_closed) {
    return process_request(stream, close_connection, connection_closed, [](httplib::Request&) {});
  }
};

}  // namespace

class InMemoryHttp::Impl {
 public:
  WireServer http;
  std::size_t max_requests = 0;
  std::vector<WireExchange>* exchanges = nullptr;  // where the logger records, during converse
};

InMemoryHttp::InMemoryHttp(Api& api, const HttpSettings& settings) : impl_(std::make_unique<Impl>()) {
  install_handlers(impl_->http, api, settings);
  impl_->max_requests = settings.keep_alive_max_count;
  Impl* self = impl_.get();
  // httplib calls the logger once per answer written, with the final request and response.
  impl_->http.set_logger([self](const httplib::Request& req, const httplib::Response& res) {
    if (self->exchanges == nullptr) return;
    WireExchange e;
    e.method = req.method;
    e.path = req.path;
    e.status = res.status;
    e.content_type = res.get_header_value("Content-Type");
    e.content_encoding = res.get_header_value("Content-Encoding");
    e.body = res.body;
    self->exchanges->push_back(std::move(e));
  });
}

InMemoryHttp::~InMemoryHttp() = default;

WireConversation InMemoryHttp::converse(std::string_view client_bytes) {
  WireConversation conversation;
  MemoryStream stream(client_bytes);
  impl_->exchanges = &conversation.exchanges;
  // As httplib's keep-alive loop: the last allowed request is told to close the connection.
  for (std::size_t left = impl_->max_requests; left > 0 && !stream.exhausted(); --left) {
    bool connection_closed = false;
    const bool ok = impl_->http.answer_one(stream, left == 1, connection_closed);
    if (!ok || connection_closed) {
      conversation.closed_by_server = !stream.exhausted();
      break;
    }
  }
  impl_->exchanges = nullptr;
  conversation.written = std::move(stream.written());
  return conversation;
}

}  // namespace reckon::serve

#endif  // RECKON_SERVE_HTTPLIB
