// REQUIRES: asio, boost
// RUN: %check_async_tidy %s async-blocking-wait %t -- -config="{}" -- -std=c++17

// Continuations and executor tasks in C++17 code without coroutines, with the
// real Boost.Thread and Asio headers: a lambda passed to boost::future::then,
// asio::post or an async_* operation runs on a thread the awaited work may
// need, however deep it is nested.

#define BOOST_THREAD_VERSION 4
#include <boost/thread/future.hpp>
#include <asio.hpp>
#include <chrono>
#include <future>
#include <thread>

void use(int);

// Positives.

boost::future<int> thenBlocksOnAnother(boost::future<int> first,
                                        boost::shared_future<int> other) {
  return first.then([other](boost::future<int> f) {
    return f.get() + other.get();
    // CHECK-NOTES: :[[@LINE-1]]:28: warning: blocking wait 'boost::shared_future::get' inside continuation passed to 'boost::future::then' can starve the executor: once its threads all wait like this, none is left to run the work they wait for; attach a continuation with '.then(...)' [async-blocking-wait]
    // CHECK-NOTES: :[[@LINE-3]]:16: note: the callable runs as a continuation or executor task of 'boost::future::then'
  });
}

void postBlocks(asio::io_context &io, std::future<int> &f) {
  asio::post(io, [&f] { use(f.get()); });
  // CHECK-NOTES: :[[@LINE-1]]:31: warning: blocking wait 'std::future::get' inside continuation passed to 'asio::post' can deadlock the event-loop thread that must complete it; attach the work that needs the result as a continuation instead of waiting for it (in a coroutine: use a future from an async library and 'co_await' it) [async-blocking-wait]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: the callable runs as a continuation or executor task of 'asio::post'
}

void dispatchOnExecutor(asio::io_context &io, std::shared_future<int> f) {
  asio::dispatch(io.get_executor(), [f] { f.wait(); });
  // CHECK-NOTES: :[[@LINE-1]]:45: warning: blocking wait 'std::shared_future::wait' inside continuation passed to 'asio::dispatch'
  // CHECK-NOTES: :[[@LINE-2]]:3: note: the callable runs
}

void timerHandler(asio::steady_timer &timer, std::future<int> &f) {
  timer.async_wait([&f](const asio::error_code &) { use(f.get()); });
  // CHECK-NOTES: :[[@LINE-1]]:59: warning: blocking wait 'std::future::get' inside continuation passed to 'asio::basic_waitable_timer::async_wait'
  // CHECK-NOTES: :[[@LINE-2]]:9: note: the callable runs
}

// Running the event loop re-entrantly from one of its handlers.
void nestedRun(asio::io_context &io) {
  asio::post(io, [&io] { io.run(); });
  // CHECK-NOTES: :[[@LINE-1]]:29: warning: blocking wait 'asio::io_context::run' inside continuation passed to 'asio::post' runs an event loop re-entrantly on the event-loop thread: what called it stalls until the loop returns, which never happens if the awaited work needs the caller to return first; return to the event loop and let it run the operation's completion instead of running the loop re-entrantly [async-blocking-wait]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: the callable runs
  asio::post(io, [&io] { io.run_one(); });
  // CHECK-NOTES: :[[@LINE-1]]:29: warning: blocking wait 'asio::io_context::run_one'
  // CHECK-NOTES: :[[@LINE-2]]:3: note: the callable runs
}

// A continuation nested deep inside plain lambdas is still a continuation.
void deepNesting(asio::io_context &io, std::future<int> &f) {
  auto outer = [&] {
    auto inner = [&] {
      asio::post(io, [&] { use(f.get()); });
      // CHECK-NOTES: :[[@LINE-1]]:34: warning: blocking wait 'std::future::get' inside continuation passed to 'asio::post'
      // CHECK-NOTES: :[[@LINE-2]]:7: note: the callable runs
    };
    inner();
  };
  outer();
}

// A function asserting that it runs on the strand must not block.
void onStrand(asio::strand<asio::io_context::executor_type> &strand,
              std::future<int> &f) {
  assert(strand.running_in_this_thread());
  use(f.get());
  // CHECK-NOTES: :[[@LINE-1]]:9: warning: blocking wait 'std::future::get' inside function 'onStrand' that must run on an event-loop thread can deadlock the event-loop thread that must complete it
  // CHECK-NOTES: :[[@LINE-3]]:17: note: this call asserts that the function runs on an event-loop or executor thread
}

// A continuation that does not get the future: a wait on something else.
boost::future<void> thenWaitsOnCaptured(boost::future<void> first,
                                        boost::future<int> &pending) {
  return first.then([&pending](boost::future<void>) {
    pending.wait();
    // CHECK-NOTES: :[[@LINE-1]]:13: warning: blocking wait 'boost::future::wait' inside continuation passed to 'boost::future::then'
    // CHECK-NOTES: :[[@LINE-3]]:16: note: the callable runs
  });
}

// Hard negatives.

// The antecedent handed to a continuation is complete.
boost::future<int> antecedent(boost::future<int> first) {
  return first.then([](boost::future<int> f) { return f.get() * 2; });
}

boost::future<void> antecedentVoid(boost::future<void> first) {
  return first.then([](boost::future<void> previous) { previous.get(); });
}

// Futures taken out of a when_all antecedent are complete too.
boost::future<int> whenAllParts(boost::future<int> a, boost::future<int> b) {
  return boost::when_all(std::move(a), std::move(b)).then([](auto both) {
    auto parts = both.get();
    return std::get<0>(parts).get() + std::get<1>(parts).get();
  });
}

// Proven ready inside the continuation.
boost::future<int> readyInside(boost::future<void> first,
                               boost::shared_future<int> other) {
  return first.then([other](boost::future<void>) {
    if (other.is_ready())
      return other.get();
    return 0;
  });
}

// Lambdas given to things that are not continuations.
void notContinuations(std::future<int> &f, asio::io_context &io) {
  std::thread t([&] { use(f.get()); });
  t.join();
  auto later = std::async(std::launch::async, [&] { return f.get(); });
  use(later.get());
  auto immediately = [&] { return f.get(); }();
  use(immediately);
  io.run();
}

// A plain lambda inside a continuation may run anywhere: not flagged.
void plainInsideContinuation(asio::io_context &io, std::future<int> &f) {
  asio::post(io, [&] {
    std::thread worker([&] { use(f.get()); });
    worker.detach();
  });
}

// Thread primitives in continuations are flagged only with
// FlagBlockingPrimitives: Always.
void primitivesInHandler(asio::io_context &io, std::thread &t) {
  asio::post(io, [&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
    t.join();
  });
}

// Zero-timeout polls in a handler.
void pollInHandler(asio::io_context &io, std::future<int> &f) {
  asio::post(io, [&] {
    if (f.wait_for(std::chrono::seconds(0)) == std::future_status::ready)
      use(f.get());
  });
}

// Sync code.
int main() {
  asio::io_context io;
  boost::promise<int> p;
  boost::future<int> f = p.get_future();
  p.set_value(1);
  io.run();
  return f.get();
}
