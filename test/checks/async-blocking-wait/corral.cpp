// RUN: %check_async_tidy %s async-blocking-wait %t -- -- -isystem %inputs

// corral (mock headers in test/Inputs/include): corral::run() drives the event
// loop until the awaitable completes; inside a corral::Task, which runs on
// that event loop, it runs the loop re-entrantly.

#include <corral/corral.h>

struct EventLoop {};

corral::Task<int> compute();

corral::Task<int> nested(EventLoop &Loop) {
  int V = corral::run(Loop, compute());
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking wait 'corral::run' inside coroutine 'nested' runs an event loop re-entrantly on the event-loop thread
  co_return V;
}

//===--- Hard negatives ----------------------------------------------------===//

// The entry point from non-async code.
int main() {
  EventLoop Loop;
  return corral::run(Loop, compute());
}

corral::Task<int> awaited() { co_return co_await compute(); }
