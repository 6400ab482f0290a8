// REQUIRES: boost
// RUN: %check_async_tidy %s async-blocking-wait %t

// Boost.Thread (real headers, BOOST_THREAD_VERSION 4): futures have no
// coroutine adapter, so there is never a co_await fix-it; the remedy is a
// continuation.

#define BOOST_THREAD_VERSION 4
#include <boost/thread/future.hpp>
#include <boost/thread/latch.hpp>
#include <boost/thread/thread.hpp>
#include <coroutine>

struct task {
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};

void use(int);

// Positives.

task getInCoroutine(boost::future<int> f) {
  use(f.get());
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking wait 'boost::future::get' inside coroutine 'getInCoroutine' can starve the executor: once its threads all wait like this, none is left to run the work they wait for; attach a continuation with '.then(...)' [async-blocking-wait]
  co_return;
}

task waitsInCoroutine(boost::future<int> f, boost::shared_future<int> s,
                      boost::future<int> g) {
  f.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking wait 'boost::future::wait'
  use(s.get());
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking wait 'boost::shared_future::get'
  boost::wait_for_all(f, g);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking wait 'boost::wait_for_all' inside coroutine 'waitsInCoroutine' can starve the executor: once its threads all wait like this, none is left to run the work they wait for; use 'boost::when_all(...).then(...)' [async-blocking-wait]
  co_return;
}

task primitives(boost::thread &t, boost::latch &l) {
  t.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking wait 'boost::thread::join'
  l.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking wait 'boost::latch::wait'
  co_return;
}

// Hard negatives.

task provenReady(boost::future<int> f, boost::shared_future<int> s) {
  if (f.is_ready() && f.has_value())
    use(f.get());
  if (!s.is_ready())
    co_return;
  use(s.get());
}

task polls(boost::future<int> f) {
  f.wait_for(boost::chrono::milliseconds(0));
  co_return;
}

// Continuations get the completed antecedent.
boost::future<int> chain(boost::future<int> f) {
  return f.then([](boost::future<int> done) { return done.get() + 1; });
}

// A ready future.
task readyFactory() {
  boost::future<int> f = boost::make_ready_future(1);
  if (f.is_ready())
    use(f.get());
  co_return;
}

int main() {
  boost::promise<int> p;
  boost::future<int> f = p.get_future();
  p.set_value(3);
  boost::thread t([] {});
  t.join();
  return f.get();
}
