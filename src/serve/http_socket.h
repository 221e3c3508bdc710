// The connection loop of the socket server, in reckon's hands rather than httplib's, for two
// things httplib 0.11 cannot be told:
//   - TCP_NODELAY on every accepted socket. Without it a keep-alive answer written in two sends
//     (headers, then body) waits for the client's delayed ACK: ~40 ms per request on Linux.
//   - A deadline per request. httplib's read time-out restarts with every byte, so a client
//     sending one byte a second holds a thread for ever; here the whole request (line, headers
//     and body) must arrive within HttpSettings::request_deadline_ms of its first byte, or the
//     connection is closed.
// SocketHttpServer overrides httplib's per-connection entry point (process_and_close_socket)
// and runs the same keep-alive loop over a Stream of its own, which reads through a small
// buffer (httplib's line reader asks for one byte at a time) and waits with poll() for no
// longer than the read time-out or what is left of the deadline, whichever is shorter.
#pragma once

#include <functional>

#include <httplib.h>

namespace reckon::serve {

class SocketHttpServer final : public httplib::Server {
 public:
  // The read, write and keep-alive time-outs are httplib's own settings (install_handlers sets
  // them); the deadline is this class's (HttpSettings::request_deadline_ms).
  explicit SocketHttpServer(int request_deadline_ms) : request_deadline_ms_(request_deadline_ms) {}

  // Called with each accepted socket once its options are set, before its first request is read
  // (tests check the options with getsockopt). Set before the server runs.
  void set_connection_observer(std::function<void(socket_t)> observer) {
    observer_ = std::move(observer);
  }

 private:
  bool process_and_close_socket(socket_t sock) override;

  int request_deadline_ms_;
  std::function<void(socket_t)> observer_;
};

}  // namespace reckon::serve
