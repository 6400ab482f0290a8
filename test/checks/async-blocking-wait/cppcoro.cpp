// RUN: %check_async_tidy %s async-blocking-wait %t -- -- -isystem %inputs

// cppcoro (mock headers in test/Inputs/include): the function template
// cppcoro::sync_wait inside cppcoro::task / shared_task coroutines. The
// fix-it 'co_await x' is offered when the result is unused or has the type
// 'co_await x' yields (cppcoro tasks await anything).

#include <cppcoro/shared_task.hpp>
#include <cppcoro/static_thread_pool.hpp>
#include <cppcoro/sync_wait.hpp>
#include <cppcoro/task.hpp>
#include <cppcoro/when_all_ready.hpp>

#include <thread>
#include <utility>

cppcoro::task<int> inner();
cppcoro::task<void> sideEffect();
cppcoro::shared_task<int> sharedInner();
int use(int);

//===--- Positives with a fix-it ------------------------------------------===//

cppcoro::task<int> outer() {
  co_return cppcoro::sync_wait(inner());
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: blocking wait 'cppcoro::sync_wait' inside coroutine 'outer' can starve the executor: once its threads all wait like this, none is left to run the work they wait for; 'co_await' the awaitable instead [async-blocking-wait]
  // CHECK-FIXES: {{^}}  co_return co_await inner();
}

cppcoro::task<void> unusedResult(cppcoro::static_thread_pool &pool) {
  cppcoro::sync_wait(sideEffect());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking wait 'cppcoro::sync_wait' inside coroutine 'unusedResult'
  // CHECK-FIXES: {{^}}  co_await sideEffect();
  cppcoro::sync_wait(pool.schedule());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking wait 'cppcoro::sync_wait' inside coroutine 'unusedResult'
  // CHECK-FIXES: {{^}}  co_await pool.schedule();
  (void)cppcoro::sync_wait(inner());
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking wait 'cppcoro::sync_wait' inside coroutine 'unusedResult'
  // CHECK-FIXES: {{^}}  (void)co_await inner();
  co_return;
}

cppcoro::shared_task<int> inSharedTask() {
  int n = cppcoro::sync_wait(sharedInner()) + 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking wait 'cppcoro::sync_wait' inside coroutine 'inSharedTask'
  // CHECK-FIXES: {{^}}  int n = co_await sharedInner() + 1;
  co_return n;
}

void coroutineLambda() {
  auto l = []() -> cppcoro::task<int> {
    co_return cppcoro::sync_wait(inner());
    // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: blocking wait 'cppcoro::sync_wait' inside coroutine lambda
    // CHECK-FIXES: {{^}}    co_return co_await inner();
  };
  (void)l;
}

//===--- Positives without a fix-it ---------------------------------------===//

cppcoro::task<int> noFixes() {
  // when_all_ready yields a tuple of tasks: no catalog result type to compare.
  auto both = cppcoro::sync_wait(cppcoro::when_all_ready(inner(), inner()));
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: blocking wait 'cppcoro::sync_wait' inside coroutine 'noFixes'
  (void)both;
  try {
    co_return 0;
  } catch (...) {
    use(cppcoro::sync_wait(inner()));
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking wait 'cppcoro::sync_wait' inside coroutine 'noFixes'
  }
}

#define WAIT(x) cppcoro::sync_wait(x)
cppcoro::task<int> inMacro() {
  co_return WAIT(inner());
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: blocking wait 'cppcoro::sync_wait' inside coroutine 'inMacro'
  // CHECK-FIXES: {{^}}  co_return WAIT(inner());
}

//===--- Hard negatives ---------------------------------------------------===//

// Synchronous code: where sync_wait belongs.
int main() {
  cppcoro::sync_wait(sideEffect());
  return cppcoro::sync_wait(inner());
}

// A function returning a task without being a coroutine runs synchronously
// in its caller.
cppcoro::task<int> notACoroutine() {
  cppcoro::sync_wait(sideEffect());
  return inner();
}

// Lazy tasks awaited correctly.
cppcoro::task<int> awaitsCorrectly(cppcoro::static_thread_pool &pool) {
  co_await pool.schedule();
  co_await sideEffect();
  int a = co_await inner();
  int b = co_await sharedInner();
  co_return a + b;
}

// Plain lambdas and threads started from a coroutine are not part of it.
cppcoro::task<void> plainLambdas() {
  auto later = [] { return cppcoro::sync_wait(inner()); };
  std::thread worker([] { cppcoro::sync_wait(sideEffect()); });
  worker.detach();
  (void)later;
  co_return;
}

// Unevaluated operands wait for nothing.
cppcoro::task<int> unevaluated() {
  using Result = decltype(cppcoro::sync_wait(inner()));
  constexpr bool NoThrow = noexcept(cppcoro::sync_wait(inner()));
  Result r = NoThrow ? 1 : 2;
  co_return r;
}

// Same name elsewhere.
namespace mine {
template <typename T> int sync_wait(T &&) { return 0; }
} // namespace mine
cppcoro::task<int> otherSyncWait() { co_return mine::sync_wait(inner()); }

// An immediately invoked lambda runs on the coroutine's thread: calling it
// blocks there, and is reported at the call.
cppcoro::task<int> immediatelyInvoked() {
  int n = [] { return cppcoro::sync_wait(inner()); }();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: call to the lambda blocks in 'cppcoro::sync_wait' inside coroutine 'immediatelyInvoked'
  co_return n;
}
