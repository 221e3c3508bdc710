// SocketHttpServer: httplib's keep-alive loop over a Stream with a per-request deadline, on
// sockets with TCP_NODELAY (see http_socket.h for why both).
//
// The loop is httplib's (process_server_socket_core in 0.11): wait up to the keep-alive
// time-out for the next request, answer at most keep_alive_max_count requests, tell the last
// one to close, stop when the server stops. Two things differ: one Stream lives for the whole
// connection, so bytes of a pipelined request read ahead are not lost; and a request whose
// deadline passed ends the connection, whatever httplib answered (a 400 when the deadline cut
// the headers, nothing when it cut the request line).
#include "serve/http_socket.h"

#ifdef RECKON_SERVE_HTTPLIB

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>

namespace reckon::serve {
namespace {

using Clock = std::chrono::steady_clock;
using Milliseconds = std::chrono::milliseconds;

// How often a connection waiting for its next request looks whether the server was stopped.
constexpr int kStopCheckMs = 100;

int to_ms(time_t sec, time_t usec) { return static_cast<int>(sec * 1000 + usec / 1000); }

// poll() for one event, retried on EINTR; true when the socket is ready.
bool wait_for(socket_t sock, short event, int timeout_ms) {
  pollfd p{sock, event, 0};
  for (;;) {
    const int n = ::poll(&p, 1, std::max(timeout_ms, 0));
    if (n >= 0) return n > 0;
    if (errno != EINTR) return false;
  }
}

void address_text(const sockaddr_storage& a, std::string& ip, int& port) {
  std::array<char, INET6_ADDRSTRLEN> text{};
  if (a.ss_family == AF_INET) {
    const auto& v4 = reinterpret_cast<const sockaddr_in&>(a);
    ::inet_ntop(AF_INET, &v4.sin_addr, text.data(), text.size());
    port = ntohs(v4.sin_port);
  } else if (a.ss_family == AF_INET6) {
    const auto& v6 = reinterpret_cast<const sockaddr_in6&>(a);
    ::inet_ntop(AF_INET6, &v6.sin6_addr, text.data(), text.size());
    port = ntohs(v6.sin6_port);
  }
  ip = text.data();
}

// One connection's socket, read through a buffer, every read bounded by the read time-out and
// by the current request's deadline.
class DeadlineStream final : public httplib::Stream {
 public:
  DeadlineStream(socket_t sock, int read_timeout_ms, int write_timeout_ms)
      : sock_(sock), read_timeout_ms_(read_timeout_ms), write_timeout_ms_(write_timeout_ms) {}

  // The next request's first byte is here: its deadline starts now.
  void start_request(int deadline_ms) {
    deadline_ = Clock::now() + Milliseconds(deadline_ms);
    deadline_passed_ = false;
  }
  bool deadline_passed() const { return deadline_passed_; }
  bool has_buffered() const { return begin_ < end_; }

  bool is_readable() const override {
    return has_buffered() || wait_for(sock_, POLLIN, read_timeout_ms_);
  }
  bool is_writable() const override { return wait_for(sock_, POLLOUT, write_timeout_ms_); }

  ssize_t read(char* ptr, size_t size) override {
    if (!has_buffered() && !fill()) return -1;
    const std::size_t n = std::min(size, end_ - begin_);
    std::copy_n(buffer_.data() + begin_, n, ptr);
    begin_ += n;
    return static_cast<ssize_t>(n);
  }

  ssize_t write(const char* ptr, size_t size) override {
    if (!is_writable()) return -1;
    return ::send(sock_, ptr, size, MSG_NOSIGNAL);
  }

  void get_remote_ip_and_port(std::string& ip, int& port) const override {
    sockaddr_storage a{};
    socklen_t length = sizeof a;
    if (::getpeername(sock_, reinterpret_cast<sockaddr*>(&a), &length) == 0) address_text(a, ip, port);
  }
  void get_local_ip_and_port(std::string& ip, int& port) const override {
    sockaddr_storage a{};
    socklen_t length = sizeof a;
    if (::getsockname(sock_, reinterpret_cast<sockaddr*>(&a), &length) == 0) address_text(a, ip, port);
  }
  socket_t socket() const override { return sock_; }

 private:
  // Refills the empty buffer; false at a time-out, the deadline, an error. At the end of the
  // input it is true with nothing read, and read() returns 0 as recv() does.
  bool fill() {
    const auto left = std::chrono::duration_cast<Milliseconds>(deadline_ - Clock::now()).count();
    if (left <= 0) {
      deadline_passed_ = true;
      return false;
    }
    const int wait_ms = static_cast<int>(std::min<long long>(read_timeout_ms_, left));
    if (!wait_for(sock_, POLLIN, wait_ms)) {
      deadline_passed_ = wait_ms < read_timeout_ms_;
      return false;
    }
    ssize_t n = 0;
    do {
      n = ::recv(sock_, buffer_.data(), buffer_.size(), 0);
    } while (n < 0 && errno == EINTR);
    if (n < 0) return false;
    begin_ = 0;
    end_ = static_cast<std::size_t>(n);
    return true;
  }

  socket_t sock_;
  int read_timeout_ms_;
  int write_timeout_ms_;
  Clock::time_point deadline_ = Clock::time_point::max();
  bool deadline_passed_ = false;
  std::array<char, 4096> buffer_{};
  std::size_t begin_ = 0;
  std::size_t end_ = 0;
};

}  // namespace

bool SocketHttpServer::process_and_close_socket(socket_t sock) {
  int yes = 1;
  ::setsockopt(sock, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
  if (observer_) observer_(sock);
  DeadlineStream stream(sock, to_ms(read_timeout_sec_, read_timeout_usec_),
                        to_ms(write_timeout_sec_, write_timeout_usec_));
  const auto next_request_arrives = [&] {
    const auto give_up = Clock::now() + std::chrono::seconds(keep_alive_timeout_sec_);
    while (svr_sock_ != INVALID_SOCKET) {
      if (stream.has_buffered() || wait_for(sock, POLLIN, kStopCheckMs)) return true;
      if (Clock::now() >= give_up) return false;
    }
    return false;
  };
  bool ok = false;
  for (std::size_t left = keep_alive_max_count_; left > 0 && next_request_arrives(); --left) {
    stream.start_request(request_deadline_ms_);
    bool connection_closed = false;
    ok = process_request(stream, left == 1, connection_closed, [](httplib::Request&) {});
    if (!ok || connection_closed || stream.deadline_passed()) break;
  }
  ::shutdown(sock, SHUT_RDWR);
  ::close(sock);
  return ok;
}

}  // namespace reckon::serve

#endif  // RECKON_SERVE_HTTPLIB
