// RUN: %check_async_tidy %s async-blocking-wait %t -- -- -isystem %inputs

// libunifex (mock headers in test/Inputs/include): the callable objects
// unifex::sync_wait and unifex::sync_wait_r<R> inside unifex::task
// coroutines (an alias of _task::_task<T, false>::type) and in
// continuations passed to unifex::then. sync_wait returns an optional, so
// the co_await fix-it is offered only when the result is unused.

#include <unifex/just.hpp>
#include <unifex/scheduler_concepts.hpp>
#include <unifex/static_thread_pool.hpp>
#include <unifex/sync_wait.hpp>
#include <unifex/task.hpp>
#include <unifex/then.hpp>

#include <thread>

unifex::task<int> inner();

//===--- Positives with a fix-it (result unused) --------------------------===//

unifex::task<void> unusedResult(unifex::static_thread_pool &pool) {
  unifex::sync_wait(unifex::just(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking wait 'unifex::sync_wait' inside coroutine 'unusedResult' can starve the executor: once its threads all wait like this, none is left to run the work they wait for; 'co_await' the sender instead [async-blocking-wait]
  // CHECK-FIXES: {{^}}  co_await unifex::just(1);
  unifex::sync_wait(unifex::schedule(pool.get_scheduler()));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking wait 'unifex::sync_wait' inside coroutine 'unusedResult'
  // CHECK-FIXES: {{^}}  co_await unifex::schedule(pool.get_scheduler());
  co_return;
}

//===--- Positives without a fix-it ---------------------------------------===//

unifex::task<int> resultUsed() {
  auto a = unifex::sync_wait(unifex::just(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: blocking wait 'unifex::sync_wait' inside coroutine 'resultUsed'
  // A task's value arrives wrapped in an optional: not the type co_await
  // yields.
  auto b = unifex::sync_wait(inner());
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: blocking wait 'unifex::sync_wait' inside coroutine 'resultUsed'
  auto c = unifex::sync_wait_r<int>(unifex::just(3));
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: blocking wait 'unifex::sync_wait_r' inside coroutine 'resultUsed'
  co_return *a + *b + *c;
}

//===--- Continuations ----------------------------------------------------===//

void thenBlocks(unifex::static_thread_pool &pool) {
  auto work = unifex::then(unifex::schedule(pool.get_scheduler()), [] {
    unifex::sync_wait(unifex::just());
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking wait 'unifex::sync_wait' inside continuation passed to 'unifex::then' can starve the executor: once its threads all wait like this, none is left to run the work they wait for
  });
  (void)work;
}

//===--- Hard negatives ---------------------------------------------------===//

int main() {
  unifex::sync_wait(unifex::just());
  return *unifex::sync_wait(unifex::just(1));
}

unifex::task<int> notACoroutine() {
  unifex::sync_wait(unifex::just());
  return inner();
}

unifex::task<int> awaitsCorrectly(unifex::static_thread_pool &pool) {
  co_await unifex::schedule(pool.get_scheduler());
  int a = co_await unifex::just(1);
  int b = co_await inner();
  co_return a + b;
}

unifex::task<void> plainLambdas() {
  auto later = [] { unifex::sync_wait(unifex::just()); };
  std::thread worker([] { unifex::sync_wait(unifex::just()); });
  worker.detach();
  auto fine = unifex::then(unifex::just(1), [](int v) { return v + 1; });
  (void)later;
  (void)fine;
  co_return;
}

unifex::task<void> unevaluated() {
  using Result = decltype(unifex::sync_wait(unifex::just(1)));
  Result r;
  (void)r;
  co_return;
}

// An immediately invoked lambda runs on the coroutine's thread: calling it
// blocks there, and is reported at the call.
unifex::task<int> immediatelyInvoked() {
  auto n = [] { return unifex::sync_wait(unifex::just(1)); }();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: call to the lambda blocks in 'unifex::sync_wait' inside coroutine 'immediatelyInvoked'
  co_return *n;
}
