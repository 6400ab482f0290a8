// RUN: %check_async_tidy %s async-inline-continuation %t -- -- -isystem %inputs
// RUN: %check_async_tidy %s async-inline-continuation %t -- \
// RUN:   -config="{CheckOptions: {async-inline-continuation.StrictMode: true}}" -- -isystem %inputs

// corral (mock headers in test/Inputs/include): Event::trigger() wakes the
// waiting tasks through the executor's run queue, never nested inside the
// call: not reported under a lock, in a task, or in StrictMode.

#include <corral/corral.h>

#include <mutex>

std::mutex Mutex;

void triggerUnderLock(corral::Event &E) {
  std::lock_guard<std::mutex> Lock(Mutex);
  E.trigger();
}

corral::Task<void> triggerInTask(corral::Event &E) {
  E.trigger();
  co_return;
}
