// RUN: %check_async_tidy %s async-blocking-wait %t -- -- -isystem %inputs

// async_simple (mock headers in test/Inputs/include): syncAwait() and
// Future::get()/wait() block the calling thread; inside a Lazy coroutine the
// thread is an executor thread ("Do not syncAwait in the same executor with
// Lazy, this may lead to a deadlock", coro/SyncAwait.h).

#include <async_simple/Future.h>
#include <async_simple/Promise.h>
#include <async_simple/coro/Lazy.h>
#include <async_simple/coro/SyncAwait.h>

#include <utility>

using async_simple::coro::Lazy;

Lazy<int> compute();

Lazy<int> nested() {
  async_simple::coro::syncAwait(compute());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking wait 'async_simple::coro::syncAwait' inside coroutine 'nested'
  // CHECK-FIXES: {{^}}  co_await compute();
  co_return 1;
}

Lazy<int> futureGet(async_simple::Future<int> F, async_simple::Future<int> G) {
  G.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking wait 'async_simple::Future::wait' inside coroutine 'futureGet'
  co_return std::move(F).get();
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: blocking wait 'async_simple::Future::get' inside coroutine 'futureGet'
}

//===--- Hard negatives ----------------------------------------------------===//

// The top level may block.
int main() {
  async_simple::coro::syncAwait(compute());
  async_simple::Promise<int> P;
  return P.getFuture().hasResult() ? 0 : std::move(P.getFuture()).get();
}

// Awaited, not blocked on.
Lazy<int> awaited() { co_return co_await compute(); }

// Readiness proven by hasResult().
Lazy<int> checked(async_simple::Future<int> F) {
  if (F.hasResult())
    co_return std::move(F).get();
  co_return 0;
}
