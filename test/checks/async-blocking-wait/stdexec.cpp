// RUN: %check_async_tidy %s async-blocking-wait %t -- -- -isystem %inputs

// stdexec (mock headers in test/Inputs/include): the callable object
// stdexec::sync_wait inside exec::task and stdexec::task coroutines, and in
// continuations passed to stdexec::then. sync_wait returns an
// optional<tuple<...>>, so the co_await fix-it is offered only when the
// result is unused.

#include <exec/static_thread_pool.hpp>
#include <exec/task.hpp>
#include <stdexec/execution.hpp>

#include <thread>
#include <utility>

exec::task<int> inner();
int use(int);

//===--- Positives with a fix-it (result unused) --------------------------===//

exec::task<void> unusedInExecTask(exec::static_thread_pool &pool) {
  stdexec::sync_wait(stdexec::just(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking wait 'stdexec::sync_wait' inside coroutine 'unusedInExecTask' can starve the executor: once its threads all wait like this, none is left to run the work they wait for; 'co_await' the sender instead [async-blocking-wait]
  // CHECK-FIXES: {{^}}  co_await stdexec::just(1);
  stdexec::sync_wait(stdexec::schedule(pool.get_scheduler()));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking wait 'stdexec::sync_wait' inside coroutine 'unusedInExecTask'
  // CHECK-FIXES: {{^}}  co_await stdexec::schedule(pool.get_scheduler());
  stdexec::sync_wait(stdexec::just(2) | stdexec::then([](int v) { return v; }));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking wait 'stdexec::sync_wait' inside coroutine 'unusedInExecTask'
  // CHECK-FIXES: {{^}}  co_await (stdexec::just(2) | stdexec::then([](int v) { return v; }));
  co_return;
}

stdexec::task<void> unusedInStdexecTask() {
  (void)stdexec::sync_wait(stdexec::just());
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking wait 'stdexec::sync_wait' inside coroutine 'unusedInStdexecTask'
  // CHECK-FIXES: {{^}}  (void)co_await stdexec::just();
  co_return;
}

//===--- Positives without a fix-it ---------------------------------------===//

exec::task<int> resultUsed() {
  auto result = stdexec::sync_wait(stdexec::just(3));
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: blocking wait 'stdexec::sync_wait' inside coroutine 'resultUsed'
  auto [value] = *stdexec::sync_wait(stdexec::just(4));
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: blocking wait 'stdexec::sync_wait' inside coroutine 'resultUsed'
  stdexec::sync_wait_with_variant(stdexec::just(5));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking wait 'stdexec::sync_wait_with_variant' inside coroutine 'resultUsed'
  co_return std::get<0>(*result) + value;
}

#define BLOCK(s) stdexec::sync_wait(s)
exec::task<void> inMacro() {
  BLOCK(stdexec::just());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking wait 'stdexec::sync_wait' inside coroutine 'inMacro'
  // CHECK-FIXES: {{^}}  BLOCK(stdexec::just());
  co_return;
}

//===--- Continuations ----------------------------------------------------===//

void thenBlocks(exec::static_thread_pool &pool) {
  auto work = stdexec::then(stdexec::schedule(pool.get_scheduler()), [] {
    stdexec::sync_wait(stdexec::just());
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking wait 'stdexec::sync_wait' inside continuation passed to 'stdexec::then' can starve the executor: once its threads all wait like this, none is left to run the work they wait for
  });
  auto piped = stdexec::just() | stdexec::then([] {
                 stdexec::sync_wait(stdexec::just());
                 // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: blocking wait 'stdexec::sync_wait' inside continuation passed to 'stdexec::then'
               });
  (void)work;
  (void)piped;
}

//===--- Hard negatives ---------------------------------------------------===//

int main() {
  stdexec::sync_wait(stdexec::just());
  auto r = stdexec::sync_wait(stdexec::just(1));
  return std::get<0>(*r);
}

// Returns a task without being a coroutine: runs in its caller.
exec::task<int> notACoroutine() {
  stdexec::sync_wait(stdexec::just());
  return inner();
}

// Senders and lazy tasks awaited correctly.
exec::task<int> awaitsCorrectly(exec::static_thread_pool &pool) {
  co_await stdexec::schedule(pool.get_scheduler());
  int a = co_await stdexec::just(1);
  int b = co_await inner();
  co_return a + b;
}

// Plain lambdas and threads started from a coroutine are not part of it; a
// continuation that does not block is fine.
exec::task<void> plainLambdas() {
  auto later = [] { stdexec::sync_wait(stdexec::just()); };
  std::thread worker([] { stdexec::sync_wait(stdexec::just()); });
  worker.detach();
  auto fine = stdexec::just(1) | stdexec::then([](int v) { return v + 1; });
  (void)later;
  (void)fine;
  co_return;
}

// Unevaluated operands wait for nothing.
exec::task<void> unevaluated() {
  using Result = decltype(stdexec::sync_wait(stdexec::just(1)));
  Result r;
  (void)r;
  co_return;
}

// Waits reached through a call (a helper, an immediately invoked lambda) are
// reported at the call; unevaluated operands wait for nothing.
static void blockingHelper() { stdexec::sync_wait(stdexec::just()); }
exec::task<void> callsHelper() {
  blockingHelper();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'blockingHelper' blocks in 'stdexec::sync_wait' inside coroutine 'callsHelper'
  [] { stdexec::sync_wait(stdexec::just()); }();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to the lambda blocks in 'stdexec::sync_wait' inside coroutine 'callsHelper'
  constexpr bool NoThrow = noexcept(stdexec::sync_wait(stdexec::just()));
  static_assert(sizeof(stdexec::sync_wait_with_variant(stdexec::just(1))) > 0);
  (void)NoThrow;
  co_return;
}

void syncVariant() { stdexec::sync_wait_with_variant(stdexec::just(1)); }
