// The dashboard server behind `reckon serve`: a JSON API over the incident store and the web page
// (web/, built by Vite and embedded in the binary), with no request ever leaving the machine.
//
// It is built in two layers so that each can be tested on its own:
//   - Api turns one HttpRequest into one HttpResponse. It knows nothing of sockets, so the
//     handlers are tested by calling it directly; every bad input gets a 4xx with a JSON message
//     {"error": "..."}, never a 5xx.
//   - Server puts an Api behind cpp-httplib on a host and port (127.0.0.1 unless told otherwise),
//     with a thread pool, a body size limit, time-outs and a deadline per request.
// The store is used from one thread at a time (see reckon/store.h), so Api serialises its calls
// to the store; extraction of a posted report runs outside that lock.
//
// The routes and their shapes are documented in web/API.md.
#pragma once

#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "reckon/status.h"
#include "reckon/store.h"

namespace reckon {

struct HttpRequest {
  std::string method;  // "GET", "POST", ...
  std::string path;    // decoded, without the query string: "/api/incidents/ID"
  std::vector<std::pair<std::string, std::string>> query;  // decoded, in order
  std::string content_type;                                // the Content-Type header, may be empty
  std::string body;
  std::string origin;           // the Origin header, empty when absent
  std::string host;             // the Host header, empty when absent
  std::string accept_encoding;  // the Accept-Encoding header
  std::string if_none_match;    // the If-None-Match header (asset revalidation)
};

struct HttpResponse {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // extra headers
};

struct ApiOptions {
  // Largest request body accepted (a posted report); larger ones get 413.
  std::size_t max_body_bytes = std::size_t{1} << 20;
  // Requests whose Host is not a loopback name are refused (a DNS-rebinding guard), unless the
  // server was bound to a non-loopback host on purpose.
  bool loopback_only = true;
};

class Api {
 public:
  explicit Api(IncidentStore& store, ApiOptions options = {});

  // Answers one request. Thread-safe.
  HttpResponse handle(const HttpRequest& request);

  const ApiOptions& options() const { return options_; }

 private:
  HttpResponse route(const HttpRequest& request);
  HttpResponse list_incidents(const HttpRequest& request);
  HttpResponse get_incident(const std::string& id);
  HttpResponse list_tallies(const HttpRequest& request);
  HttpResponse list_days(const HttpRequest& request);
  HttpResponse post_document(const HttpRequest& request);
  HttpResponse status();

  IncidentStore& store_;
  ApiOptions options_;
  std::mutex store_mutex_;
};

struct ServerOptions {
  std::string db;  // the store's location (an SQLite file path)
  std::string host = "127.0.0.1";
  int port = 8080;  // 0 picks a free port (see Server::port)
  std::size_t max_body_bytes = std::size_t{1} << 20;
  unsigned threads = 0;       // request threads; 0 = a default sized for many clients
  bool log_requests = false;  // one line per request on stderr
  // A request (line, headers and body) must arrive within this long of its first byte, or the
  // connection is closed: a client trickling bytes holds a thread no longer than this.
  int request_deadline_ms = 10000;
};

class Server {
 public:
  // Opens (or creates) the store and binds the socket; the server does not answer until run().
  static Result<std::unique_ptr<Server>> open(const ServerOptions& options);
  ~Server();

  int port() const;
  // Serves until stop() is called (from another thread or a signal handler's helper thread).
  Status run();
  void stop();
  Api& api();

  class Impl;

 private:
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// True for names that mean this machine: localhost, 127.0.0.0/8, ::1.
bool is_loopback_host(std::string_view host);

}  // namespace reckon
