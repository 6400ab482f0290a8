// REQUIRES: asio
// RUN: %check_async_tidy %s async-await-foreign-task %t -- --quiet -- %asio_flags
//
// Standalone Asio 1.22 (real headers): an eager experimental::promise held
// in a member and awaited through async_wait() in an asio::awaitable
// coroutine; a std::future member waited on inside a coroutine and inside a
// posted handler.
#include <asio.hpp>
#include <asio/experimental/promise.hpp>
#include <chrono>
#include <future>

using Timer = asio::steady_timer;
using TimerPromise = decltype(std::declval<Timer &>().async_wait(
    asio::experimental::use_promise));

std::future<int> startFetch();

class Session {
public:
  explicit Session(asio::io_context &Io)
      : timer_(Io), done_(timer_.async_wait(asio::experimental::use_promise)) {}

  // --- Positives -----------------------------------------------------------

  asio::awaitable<void> awaitMemberPromise() {
    co_await done_.async_wait(asio::use_awaitable);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: awaiting 'done_', a future started elsewhere (a data member), outside a join scope can deadlock if the work that completes it needs this thread [async-await-foreign-task]
  }

  asio::awaitable<int> blockOnMemberFuture() {
    co_return result_.get();
    // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: blocking wait on 'result_', a future started elsewhere (a data member)
  }

  void blockInPostedHandler(asio::io_context &Io) {
    asio::post(Io, [this] { result_.wait(); });
    // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: blocking wait on 'result_', a future started elsewhere (a data member)
  }

  // --- Negatives -----------------------------------------------------------

  asio::awaitable<void> awaitLocalPromise(asio::io_context &Io) {
    Timer T(Io);
    auto P = T.async_wait(asio::experimental::use_promise);
    co_await P.async_wait(asio::use_awaitable);
  }

  asio::awaitable<void> guardedByComplete() {
    if (done_.complete())
      co_await done_.async_wait(asio::use_awaitable);
  }

  // A lazy awaitable, even when it is a member.
  asio::awaitable<void> awaitLazyMember() { co_await lazy(); }

  asio::awaitable<int> freshFuture() { co_return startFetch().get(); }

  // Not an async context.
  int plain() { return result_.get(); }

private:
  asio::awaitable<void> lazy();
  Timer timer_;
  TimerPromise done_;
  std::future<int> result_;
};
