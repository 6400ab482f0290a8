// RUN: %check_async_tidy %s async-blocking-wait %t -- -- -isystem %inputs

// libcoro (mock headers in test/Inputs/include): the function template
// coro::sync_wait inside coro::task coroutines, with the co_await fix-it
// when the result is unused or has the type 'co_await x' yields.

#include <coro/coro.hpp>

#include <thread>
#include <utility>

coro::task<int> inner();
coro::task<void> sideEffect();
int use(int);

//===--- Positives with a fix-it ------------------------------------------===//

coro::task<int> outer() {
  co_return coro::sync_wait(inner());
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: blocking wait 'coro::sync_wait' inside coroutine 'outer' can starve the executor: once its threads all wait like this, none is left to run the work they wait for; 'co_await' the awaitable instead [async-blocking-wait]
  // CHECK-FIXES: {{^}}  co_return co_await inner();
}

coro::task<void> unusedResult(coro::thread_pool &pool, coro::event &e) {
  coro::sync_wait(sideEffect());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking wait 'coro::sync_wait' inside coroutine 'unusedResult'
  // CHECK-FIXES: {{^}}  co_await sideEffect();
  coro::sync_wait(pool.schedule());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking wait 'coro::sync_wait' inside coroutine 'unusedResult'
  // CHECK-FIXES: {{^}}  co_await pool.schedule();
  coro::sync_wait(e);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking wait 'coro::sync_wait' inside coroutine 'unusedResult'
  // CHECK-FIXES: {{^}}  co_await e;
  co_return;
}

coro::task<int> sameType(coro::task<int> t) {
  int n = coro::sync_wait(std::move(t)) * 2;
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking wait 'coro::sync_wait' inside coroutine 'sameType'
  // CHECK-FIXES: {{^}}  int n = co_await std::move(t) * 2;
  co_return n;
}

//===--- Positives without a fix-it ---------------------------------------===//

coro::task<int> noFixes() {
  // when_all yields a tuple: no catalog result type to compare.
  auto both = coro::sync_wait(coro::when_all(inner(), inner()));
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: blocking wait 'coro::sync_wait' inside coroutine 'noFixes'
  (void)both;
  static int once = coro::sync_wait(inner());
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: blocking wait 'coro::sync_wait' inside coroutine 'noFixes'
  co_return once;
}

//===--- Hard negatives ---------------------------------------------------===//

int main() {
  coro::sync_wait(sideEffect());
  return coro::sync_wait(inner());
}

coro::task<int> notACoroutine() {
  coro::sync_wait(sideEffect());
  return inner();
}

coro::task<int> awaitsCorrectly(coro::thread_pool &pool, coro::event &e) {
  co_await pool.schedule();
  co_await e;
  co_await sideEffect();
  co_return co_await inner();
}

// Plain lambdas and threads started from a coroutine are not part of it.
coro::task<void> plainLambdas() {
  auto later = [] { return coro::sync_wait(inner()); };
  std::thread worker([] { coro::sync_wait(sideEffect()); });
  worker.detach();
  (void)later;
  co_return;
}

coro::task<int> unevaluated() {
  using Result = decltype(coro::sync_wait(inner()));
  Result r = sizeof(coro::sync_wait(inner()));
  co_return r;
}

// An immediately invoked lambda runs on the coroutine's thread: calling it
// blocks there, and is reported at the call.
coro::task<int> immediatelyInvoked() {
  int n = [] { return coro::sync_wait(inner()); }();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: call to the lambda blocks in 'coro::sync_wait' inside coroutine 'immediatelyInvoked'
  co_return n;
}
