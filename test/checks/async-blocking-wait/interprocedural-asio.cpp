// RUN: %check_async_tidy %s async-blocking-wait %t -- -config="{}" -- -std=c++20 %asio_flags

// Blocking reached through helpers and named handlers with real Asio headers
// (issue 14). The expected diagnostics are at the end of the file.

#include <asio.hpp>
#include <functional>
#include <future>
#include <thread>

std::future<int> startLookup();

// Helpers: one blocks on a future, one runs the loop re-entrantly, one
// polls with a zero timeout.
int lookupNow() { return startLookup().get(); }
void drainLoop(asio::io_context &io) { io.run(); }
int lookupIfReady(std::future<int> &f) {
  if (f.wait_for(std::chrono::seconds(0)) == std::future_status::ready)
    return f.get();
  return 0;
}

asio::awaitable<void> coroutineCallsHelpers(asio::io_context &io,
                                            std::future<int> &f) {
  lookupNow();
  drainLoop(io);
  lookupIfReady(f);
  co_return;
}

void postedLambda(asio::thread_pool &pool) {
  asio::post(pool, [] {
    int value = lookupNow();
    (void)value;
  });
}

// Handlers passed by name: their bodies are the async context.
class Session {
public:
  explicit Session(asio::io_context &io) : io_(io), timer_(io) {}
  void start() {
    asio::post(io_, std::bind(&Session::onPosted, this));
    timer_.async_wait(
        std::bind(&Session::onTimer, this, std::placeholders::_1));
    asio::post(io_, [this] { onForwarded(); });
  }
  void onPosted() { lookupNow(); }
  void onTimer(const std::error_code &) { pending_.wait(); }
  void onForwarded() { io_.run_one(); }
  // Never handed to Asio: a plain member.
  void notAHandler() { pending_.wait(); }

private:
  asio::io_context &io_;
  asio::steady_timer timer_;
  std::shared_future<int> pending_;
};

void freeHandler() { lookupNow(); }
void postFreeHandler(asio::io_context &io) { asio::post(io, &freeHandler); }

// Not async: main, a std::thread, a helper called only from there.
int main() {
  asio::io_context io;
  lookupNow();
  std::thread worker([] { lookupNow(); });
  worker.join();
  drainLoop(io);
}

// CHECK-NOTES: :25:3: warning: call to 'lookupNow' blocks in 'std::future::get' inside coroutine 'coroutineCallsHelpers'
// CHECK-NOTES: :15:40: note: 'lookupNow' blocks here on 'std::future::get'; use a future from an async library and 'co_await' it
// CHECK-NOTES: :26:3: warning: call to 'drainLoop' blocks in 'asio::io_context::run' inside coroutine 'coroutineCallsHelpers'
// CHECK-NOTES: :16:43: note: 'drainLoop' blocks here on 'asio::io_context::run'; 'co_await' the operation instead of running the loop re-entrantly
// CHECK-NOTES: :33:17: warning: call to 'lookupNow' blocks in 'std::future::get' inside continuation passed to 'asio::post'
// CHECK-NOTES: :15:40: note: 'lookupNow' blocks here on 'std::future::get'; attach the work that needs the result as a continuation instead of waiting for it (in a coroutine: use a future from an async library and 'co_await' it)
// CHECK-NOTES: :32:3: note: the callable runs as a continuation or executor task of 'asio::post'
// CHECK-NOTES: :48:21: warning: call to 'lookupNow' blocks in 'std::future::get' inside callback 'Session::onPosted' passed to 'asio::post'
// CHECK-NOTES: :15:40: note: 'lookupNow' blocks here on 'std::future::get'; attach the work that needs the result as a continuation instead of waiting for it (in a coroutine: use a future from an async library and 'co_await' it)
// CHECK-NOTES: :43:5: note: 'Session::onPosted' is passed here by name; it runs as a continuation or executor task of 'asio::post'
// CHECK-NOTES: :49:52: warning: blocking wait 'std::shared_future::wait' inside callback 'Session::onTimer' passed to 'asio::basic_waitable_timer::async_wait'
// CHECK-NOTES: :44:12: note: 'Session::onTimer' is passed here by name; it runs as a continuation or executor task of 'asio::basic_waitable_timer::async_wait'
// CHECK-NOTES: :50:28: warning: blocking wait 'asio::io_context::run_one' inside callback 'Session::onForwarded' passed to 'asio::post'
// CHECK-NOTES: :46:5: note: 'Session::onForwarded' is passed here by name; it runs as a continuation or executor task of 'asio::post'
// CHECK-NOTES: :60:22: warning: call to 'lookupNow' blocks in 'std::future::get' inside callback 'freeHandler' passed to 'asio::post'
// CHECK-NOTES: :15:40: note: 'lookupNow' blocks here on 'std::future::get'; attach the work that needs the result as a continuation instead of waiting for it (in a coroutine: use a future from an async library and 'co_await' it)
// CHECK-NOTES: :61:46: note: 'freeHandler' is passed here by name; it runs as a continuation or executor task of 'asio::post'
