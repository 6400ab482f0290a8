// RUN: %check_async_tidy %s async-blocking-wait %t -- -- -std=c++17

// Blocking reached through helpers and named continuations with
// Boost.Thread futures (issue 14). The expected diagnostics are at the end of
// the file.

#define BOOST_THREAD_VERSION 4
#include <boost/thread/future.hpp>
#include <boost/thread/thread.hpp>
#include <functional>

boost::future<int> startLookup();

int waitFor(boost::future<int> &f) { return f.get(); }
int lookupNow() {
  boost::future<int> f = startLookup();
  return waitFor(f);
}
int readyOnly(boost::future<int> &f) { return f.is_ready() ? f.get() : 0; }

// A continuation that hands its completed antecedent to a helper: the
// helper's get() returns at once.
void antecedentToHelper(boost::future<int> f) {
  auto next = f.then([](boost::future<int> done) { return waitFor(done); });
  (void)next;
}

// A continuation that calls a helper which starts and waits for new work.
void helperInContinuation(boost::future<int> f) {
  auto next = f.then([](boost::future<int> done) {
    int first = done.get();
    return first + lookupNow();
  });
  (void)next;
}

// A continuation passed by name: its parameter is the antecedent, but the
// other future it waits for is not.
int onLookup(boost::future<int> done) {
  int value = done.get();
  boost::future<int> more = startLookup();
  return value + more.get();
}
void namedContinuation(boost::future<int> f) {
  auto next = f.then(&onLookup);
  (void)next;
}

// Not async: a boost::thread body, main.
int main() {
  boost::thread worker([] { lookupNow(); });
  worker.join();
  boost::future<int> f = startLookup();
  return readyOnly(f) + lookupNow();
}

// CHECK-NOTES: :32:20: warning: call to 'lookupNow' blocks in 'boost::future::get' inside continuation passed to 'boost::future::then'
// CHECK-NOTES: :17:10: note: 'lookupNow' calls 'waitFor' here
// CHECK-NOTES: :14:47: note: 'waitFor' blocks here on 'boost::future::get'; attach a continuation with '.then(...)'
// CHECK-NOTES: :30:17: note: the callable runs as a continuation or executor task of 'boost::future::then'
// CHECK-NOTES: :42:23: warning: blocking wait 'boost::future::get' inside callback 'onLookup' passed to 'boost::future::then'
// CHECK-NOTES: :45:17: note: 'onLookup' is passed here by name; it runs as a continuation or executor task of 'boost::future::then'
