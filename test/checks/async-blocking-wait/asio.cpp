// REQUIRES: asio
// RUN: %check_async_tidy %s async-blocking-wait %t -- -config="{}" -- -std=c++20 %asio_flags

// Asio (real standalone headers) with C++20 coroutines: running the
// io_context re-entrantly from a coroutine or a handler, and waiting on a
// std::future from asio::use_future.

#include <asio.hpp>
#include <asio/use_future.hpp>
#include <chrono>
#include <condition_variable>
#include <future>
#include <mutex>
#include <thread>

void use(std::size_t);

// Positives.

asio::awaitable<void> nestedRunInCoroutine(asio::io_context &io) {
  io.run();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking wait 'asio::io_context::run' inside coroutine 'nestedRunInCoroutine' runs an event loop re-entrantly on the event-loop thread: what called it stalls until the loop returns, which never happens if the awaited work needs the caller to return first; 'co_await' the operation instead of running the loop re-entrantly [async-blocking-wait]
  io.run_for(std::chrono::milliseconds(10));
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking wait 'asio::io_context::run_for'
  co_return;
}

asio::awaitable<void> futureInCoroutine(asio::steady_timer &timer) {
  std::future<void> done = timer.async_wait(asio::use_future);
  done.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking wait 'std::future::get' inside coroutine 'futureInCoroutine' can deadlock the event-loop thread that must complete it; use a future from an async library and 'co_await' it [async-blocking-wait]
  co_return;
}

// A sleep or a condition-variable wait in an Asio coroutine names Asio's
// timer and channel.
asio::awaitable<void> sleepsInCoroutine(std::condition_variable &cv,
                                        std::mutex &m) {
  std::this_thread::sleep_for(std::chrono::milliseconds(10));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking wait 'std::this_thread::sleep_for' inside coroutine 'sleepsInCoroutine' stalls the event-loop thread{{.*}}; 'co_await' a 'steady_timer''s 'async_wait(use_awaitable)' instead [async-blocking-wait]
  std::unique_lock<std::mutex> lock(m);
  cv.wait(lock);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking wait 'std::condition_variable::wait' inside coroutine 'sleepsInCoroutine' {{.*}}; 'co_await' an 'experimental::channel''s 'async_receive(use_awaitable)' (or a timer the notifier cancels) instead [async-blocking-wait]
  co_return;
}

void spawnWithBlockingHandler(asio::io_context &io, std::future<int> &f) {
  asio::co_spawn(io, nestedRunInCoroutine(io),
                 [&f](std::exception_ptr) { f.wait(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:47: warning: blocking wait 'std::future::wait' inside continuation passed to 'asio::co_spawn'
}

void handlerRunsLoop(asio::io_context &io, asio::steady_timer &timer) {
  timer.async_wait([&io](std::error_code) { io.run_one(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:48: warning: blocking wait 'asio::io_context::run_one' inside continuation passed to 'asio::basic_waitable_timer::async_wait'
}

// A coroutine lambda handed to co_spawn is a coroutine.
void spawnLambda(asio::io_context &io) {
  asio::co_spawn(
      io,
      [&io]() -> asio::awaitable<void> {
        io.poll();
        io.run();
        // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: blocking wait 'asio::io_context::run' inside coroutine lambda
        co_return;
      },
      asio::detached);
}

// Hard negatives.

asio::awaitable<void> awaitsInstead(asio::steady_timer &timer,
                                    asio::ip::tcp::socket &socket) {
  co_await timer.async_wait(asio::use_awaitable);
  char data[16];
  std::size_t n =
      co_await socket.async_read_some(asio::buffer(data), asio::use_awaitable);
  use(n);
}

// The usual place for run(): main, or a thread of a pool.
int main() {
  asio::io_context io;
  asio::steady_timer timer(io);
  asio::ip::tcp::socket socket(io);
  asio::co_spawn(io, awaitsInstead(timer, socket), asio::detached);
  std::thread worker([&io] { io.run(); });
  io.run();
  worker.join();
  return 0;
}
