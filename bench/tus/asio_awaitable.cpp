// Benchmark TU: Asio (Debian's libasio-dev) with C++20 coroutines: a TCP echo
// server and client, timers, strands, channels and awaitable operators.
// Compile flags: -std=c++20 -DASIO_HAS_CO_AWAIT -DASIO_HAS_STD_COROUTINE
#include <asio.hpp>
#include <asio/experimental/as_tuple.hpp>
#include <asio/experimental/awaitable_operators.hpp>
#include <asio/experimental/channel.hpp>
#include <chrono>
#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

using asio::awaitable;
using asio::use_awaitable;
using asio::ip::tcp;
using namespace asio::experimental::awaitable_operators;
using namespace std::chrono_literals;

namespace bench_asio {

using message_channel =
    asio::experimental::channel<void(asio::error_code, std::string)>;

awaitable<void> echo_once(tcp::socket &socket) {
  char data[1024];
  std::size_t n =
      co_await socket.async_read_some(asio::buffer(data), use_awaitable);
  co_await asio::async_write(socket, asio::buffer(data, n), use_awaitable);
}

awaitable<void> echo(tcp::socket socket) {
  try {
    for (;;)
      co_await echo_once(socket);
  } catch (const std::exception &) {
  }
}

awaitable<void> watchdog(std::chrono::steady_clock::duration timeout) {
  asio::steady_timer timer(co_await asio::this_coro::executor);
  timer.expires_after(timeout);
  co_await timer.async_wait(use_awaitable);
}

awaitable<void> echo_with_timeout(tcp::socket socket) {
  co_await (echo(std::move(socket)) || watchdog(10s));
}

awaitable<void> listener(unsigned short port) {
  auto executor = co_await asio::this_coro::executor;
  tcp::acceptor acceptor(executor, {tcp::v4(), port});
  for (;;) {
    tcp::socket socket = co_await acceptor.async_accept(use_awaitable);
    asio::co_spawn(executor, echo_with_timeout(std::move(socket)),
                   asio::detached);
  }
}

awaitable<std::string> request(tcp::endpoint endpoint, std::string text) {
  auto executor = co_await asio::this_coro::executor;
  tcp::socket socket(executor);
  co_await socket.async_connect(endpoint, use_awaitable);
  co_await asio::async_write(socket, asio::buffer(text), use_awaitable);
  std::string reply(text.size(), '\0');
  co_await asio::async_read(socket, asio::buffer(reply), use_awaitable);
  co_return reply;
}

class session_registry {
public:
  explicit session_registry(asio::io_context &io)
      : strand_(asio::make_strand(io)) {}

  awaitable<void> add(int id, std::string name) {
    co_await asio::post(strand_, use_awaitable);
    sessions_[id] = std::move(name);
  }

  awaitable<std::size_t> size() {
    co_await asio::post(strand_, use_awaitable);
    co_return sessions_.size();
  }

  void remove_later(int id) {
    asio::post(strand_, [this, id] { sessions_.erase(id); });
  }

private:
  asio::strand<asio::io_context::executor_type> strand_;
  std::map<int, std::string> sessions_;
};

awaitable<void> producer(message_channel &ch, int count) {
  for (int i = 0; i < count; ++i)
    co_await ch.async_send(asio::error_code{}, std::to_string(i),
                           use_awaitable);
  ch.close();
}

awaitable<std::size_t> consumer(message_channel &ch) {
  std::size_t total = 0;
  for (;;) {
    auto [ec, text] =
        co_await ch.async_receive(asio::experimental::as_tuple(use_awaitable));
    if (ec)
      break;
    total += text.size();
  }
  co_return total;
}

awaitable<void> pipeline(asio::io_context &io) {
  message_channel ch(io, 8);
  asio::co_spawn(io, producer(ch, 100), asio::detached);
  std::size_t n = co_await consumer(ch);
  (void)n;
}

awaitable<int> first_of(asio::io_context &io) {
  asio::steady_timer a(io, 5ms), b(io, 10ms);
  auto result =
      co_await (a.async_wait(use_awaitable) || b.async_wait(use_awaitable));
  co_return static_cast<int>(result.index());
}

struct thread_pool_job {
  asio::thread_pool pool{2};
  std::mutex mutex;
  std::vector<int> results;

  std::future<int> submit(int v) {
    return asio::post(pool, asio::use_future([v] { return v * 2; }));
  }
  void collect(int v) {
    asio::post(pool, [this, v] {
      std::lock_guard<std::mutex> lock(mutex);
      results.push_back(v);
    });
  }
  void join() { pool.join(); }
};

int run_all() {
  asio::io_context io;
  session_registry registry(io);
  asio::co_spawn(io, listener(5555), asio::detached);
  asio::co_spawn(io, registry.add(1, "one"), asio::detached);
  asio::co_spawn(io, pipeline(io), asio::detached);
  auto f = asio::co_spawn(io, first_of(io), asio::use_future);
  asio::co_spawn(io, request({asio::ip::make_address("127.0.0.1"), 5555}, "hi"),
                 [](std::exception_ptr, std::string) {});
  asio::signal_set signals(io, SIGINT, SIGTERM);
  signals.async_wait([&](auto, auto) { io.stop(); });
  io.run();
  thread_pool_job job;
  auto g = job.submit(21);
  job.collect(1);
  job.join();
  return f.get() + g.get();
}

} // namespace bench_asio

int main() { return bench_asio::run_all(); }
