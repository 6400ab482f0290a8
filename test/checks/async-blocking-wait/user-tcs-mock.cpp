// RUN: %check_async_tidy %s async-blocking-wait %t -- \
// RUN:   -config="{CheckOptions: { \
// RUN:     async.BlockingFunctions: 'mylib::future::get;mylib::future::wait', \
// RUN:     async.ReadinessChecks: 'mylib::future::is_ready', \
// RUN:     async.ContinuationSinks: 'mylib::future::then'}}" \
// RUN:   -- -isystem %inputs

// The home-made future and eager task of test/Inputs/include/async_tidy_test/
// user_tcs.h, taught to the check through the catalog options (see also
// user-configured.cpp, whose inline mylib::Future has a timed wait_for).
// mylib::task is not a catalog coroutine task, so no fix-it is offered.

#include <async_tidy_test/user_tcs.h>

#include <thread>

int use(int);

// Positives.

mylib::task<int> getInCoroutine(mylib::task_completion_source<int> &source) {
  mylib::future<int> f = source.get_future();
  co_return f.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: blocking wait 'mylib::future::get' inside coroutine 'getInCoroutine' can starve the executor: once its threads all wait like this, none is left to run the work they wait for; 'co_await' it or attach a continuation instead [async-blocking-wait]
}

void continuationWaits(mylib::future<int> f, mylib::future<int> &other) {
  f.then([&other](int v) {
    other.wait();
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking wait 'mylib::future::wait' inside continuation passed to 'mylib::future::then'
    return v;
  });
}

// Hard negatives.

int syncCode(mylib::future<int> f) {
  f.wait();
  return f.get();
}

mylib::task<int> awaitsTheTask(mylib::task_completion_source<int> &source) {
  co_return co_await source.task();
}

mylib::task<int> provenReady(mylib::future<int> f, mylib::future<int> g) {
  int v = 0;
  if (f.is_ready())
    v += f.get();
  if (!g.is_ready())
    co_return v;
  co_return v + g.get();
}

mylib::task<void> plainLambdas(mylib::future<int> &f) {
  auto later = [&f] { return f.get(); };
  std::thread worker([&f] { f.wait(); });
  worker.detach();
  (void)later;
  co_return;
}
