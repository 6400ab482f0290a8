// All of Asio, with C++20 coroutine support, and a coroutine using it.
#include <asio.hpp>
#include <asio/experimental/awaitable_operators.hpp>
#include <asio/experimental/channel.hpp>
#include <asio/experimental/parallel_group.hpp>

asio::awaitable<void> sweep_asio() {
  auto ex = co_await asio::this_coro::executor;
  asio::steady_timer t(ex);
  co_await t.async_wait(asio::use_awaitable);
  asio::experimental::channel<void(asio::error_code, int)> ch(ex, 1);
  (void)ch;
}

void sweep_asio_spawn(asio::io_context &io) {
  asio::co_spawn(io, sweep_asio(), asio::detached);
  asio::post(io, [] {});
}
