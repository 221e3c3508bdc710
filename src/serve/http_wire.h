// How reckon's Api sits behind cpp-httplib, in one place, so that the server on a socket and the
// socket-free InMemoryHttp (fuzzing, tests) run the same code: the same limits, the same
// pre-routing and error handlers, httplib's own request parser.
//
// InMemoryHttp feeds the bytes one client sends on one connection through httplib's
// Server::process_request (protected, reached from a subclass) over a Stream backed by memory,
// the way httplib's keep-alive loop does on a socket. What differs from a socket is only what a
// socket adds: timeouts, the thread pool, the listen backlog.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "reckon/server.h"

namespace httplib {
class Server;
}

namespace reckon::serve {

struct HttpSettings {
  std::size_t max_body_bytes = std::size_t{1} << 20;
  bool log_requests = false;  // one line per request on stderr
  std::size_t keep_alive_max_count = 100;
  int keep_alive_seconds = 5;
  // A client that sends nothing for this long (mid-request or between requests) is dropped.
  int read_timeout_seconds = 10;
  int write_timeout_seconds = 10;
  // On a socket: the whole request (line, headers, body) must arrive within this long of its
  // first byte, or the connection is closed (a client trickling bytes is not served for ever).
  int request_deadline_ms = 10000;
};

// Sets the limits, time-outs and handlers on `http`; every request is answered by `api`, which
// must outlive `http`.
void install_handlers(httplib::Server& http, Api& api, const HttpSettings& settings);

// One request and its answer as httplib finally wrote it.
struct WireExchange {
  std::string method;  // as parsed; empty when the request line could not be read
  std::string path;    // decoded, without the query string
  int status = 0;
  std::string content_type;
  std::string content_encoding;
  std::string body;  // empty for HEAD and 304
};

struct WireConversation {
  std::string written;                   // every byte written back to the client
  std::vector<WireExchange> exchanges;   // one per request answered, in order
  bool closed_by_server = false;         // the server ended the connection before the input did
};

class InMemoryHttp {
 public:
  InMemoryHttp(Api& api, const HttpSettings& settings);
  ~InMemoryHttp();
  InMemoryHttp(const InMemoryHttp&) = delete;
  InMemoryHttp& operator=(const InMemoryHttp&) = delete;

  // Answers the requests in `client_bytes` as one connection would, at most
  // settings.keep_alive_max_count of them. Not thread-safe (one conversation at a time).
  WireConversation converse(std::string_view client_bytes);

  class Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace reckon::serve
