#include <asio.hpp>
#include <asio/experimental/promise.hpp>

using Timer = asio::steady_timer;

class Session {
public:
  explicit Session(asio::io_context &Io)
      : Tick(Io), Done(Tick.async_wait(asio::experimental::use_promise)) {}

  asio::awaitable<void> finish() {
    co_await Done.async_wait(asio::use_awaitable);
  }

private:
  Timer Tick;
  decltype(std::declval<Timer &>().async_wait(
      asio::experimental::use_promise)) Done;
};
