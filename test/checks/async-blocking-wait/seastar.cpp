// RUN: %check_async_tidy %s async-blocking-wait %t -- -- -isystem %inputs

// Seastar (mock headers in test/Inputs/include): seastar::future get/wait in
// coroutines (with <seastar/core/coroutine.hh>) and continuations are
// flagged, with the co_await fix-it in a coroutine; inside seastar::async /
// seastar::thread, where get() is how Seastar code waits, they are not.

#include <seastar/core/coroutine.hh>
#include <seastar/core/future.hh>
#include <seastar/core/thread.hh>

#include <utility>

seastar::future<int> compute();
int use(int);

//===--- Coroutines -------------------------------------------------------===//

seastar::future<int> getInCoroutine(seastar::future<int> f) {
  co_return f.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: blocking wait 'seastar::future::get' inside coroutine 'getInCoroutine' can deadlock the event-loop thread that must complete it; 'co_await' the future, or run the code in 'seastar::async' [async-blocking-wait]
  // CHECK-FIXES: {{^}}  co_return co_await std::move(f);
}

seastar::future<int> localFuture() {
  seastar::future<int> f = compute();
  int v = f.get() + 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: blocking wait 'seastar::future::get' inside coroutine 'localFuture'
  // CHECK-FIXES: {{^}}  int v = co_await std::move(f) + 1;
  co_return v;
}

seastar::future<> waitInCoroutine(seastar::future<int> f) {
  f.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking wait 'seastar::future::wait' inside coroutine 'waitInCoroutine'
  co_return;
}

//===--- Continuations ----------------------------------------------------===//

seastar::future<int> thenBlocks(seastar::future<int> f,
                                seastar::future<int> other) {
  return f.then([o = std::move(other)](int v) mutable {
    return v + o.get();
    // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: blocking wait 'seastar::future::get' inside continuation passed to 'seastar::future::then' can deadlock the event-loop thread that must complete it
  });
}

//===--- Hard negatives ---------------------------------------------------===//

// Inside seastar::async and seastar::thread, get() waits by switching the
// seastar::thread's stack: the intended use.
seastar::future<int> inSeastarAsync(seastar::future<int> f) {
  return seastar::async([f = std::move(f)]() mutable { return f.get(); });
}

seastar::future<int> asyncFromCoroutine(seastar::future<int> f) {
  co_return co_await seastar::async([&f] {
    f.wait();
    return f.get();
  });
}

seastar::future<int> asyncFromContinuation(seastar::future<int> f,
                                           seastar::future<int> other) {
  return f.then([o = std::move(other)](int v) mutable {
    return seastar::async([&o, v] { return v + o.get(); });
  });
}

seastar::future<> inSeastarThread(seastar::future<int> f) {
  seastar::thread th([&f] { use(f.get()); });
  co_return;
}

// Awaited correctly.
seastar::future<int> awaitsCorrectly(seastar::future<int> f) {
  int a = co_await std::move(f);
  int b = co_await compute();
  co_return a + b;
}

// The antecedent of then_wrapped is available.
seastar::future<int> antecedent(seastar::future<int> f) {
  return f.then_wrapped([](seastar::future<int> self) { return self.get(); });
}

// Proven ready by available()/failed().
seastar::future<int> provenReady(seastar::future<int> f,
                                 seastar::future<int> g) {
  int v = 0;
  if (f.available())
    v += f.get();
  if (!g.available())
    co_return v;
  co_return v + g.get();
}

// Synchronous code.
int syncCode(seastar::future<int> f) { return f.get(); }
