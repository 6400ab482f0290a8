// RUN: %check_async_tidy %s async-inline-continuation %t -- -- -isystem %inputs
// RUN: %check_async_tidy -check-suffixes=,STRICT %s async-inline-continuation %t -- \
// RUN:   -config="{CheckOptions: {async-inline-continuation.StrictMode: true}}" -- -isystem %inputs

// libcoro (mock headers in test/Inputs/include): event::set() and
// latch::count_down() without an executor resume waiters inline: flagged
// under a lock, and everywhere with StrictMode; the executor overloads
// (templates constrained on coro::concepts::executor) queue them and are
// never flagged.

#include <coro/coro.hpp>

#include <memory>
#include <mutex>

std::mutex Mutex;

void libcoroInline(coro::event &Event, coro::latch &Latch) {
  Event.set();
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:3: warning: 'coro::event::set' without an executor resumes waiting coroutines inline on this thread, inside this call, so one that blocks or waits for this thread deadlocks it; pass an executor: 'set(executor)' [async-inline-continuation]
  Event.set(coro::resume_order_policy::fifo);
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:3: warning: 'coro::event::set' without an executor
  Latch.count_down();
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:3: warning: 'coro::latch::count_down' without an executor {{.*}}; pass an executor: 'count_down(executor, n)'
}

void libcoroUnderLock(coro::event &Event) {
  std::lock_guard<std::mutex> Lock(Mutex);
  Event.set();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'coro::event::set' resumes waiting coroutines inline on this thread while 'Lock' is held, so one that takes the same lock or waits for this thread deadlocks; complete after releasing the lock or pass an executor: 'set(executor)' [async-inline-continuation]
}

void libcoroExecutorOverloads(coro::event &Event, coro::latch &Latch,
                              std::unique_ptr<coro::thread_pool> &Pool) {
  Event.set(Pool);
  Latch.count_down(Pool, 2);
  std::lock_guard<std::mutex> Lock(Mutex);
  Event.set(Pool, coro::resume_order_policy::fifo);
}

void libcoroAfterTheLock(coro::event &Event, coro::latch &Latch,
                         std::unique_ptr<coro::thread_pool> &Pool) {
  {
    std::lock_guard<std::mutex> Lock(Mutex);
    // A lambda defined under the lock runs later.
    auto Later = [&Event, &Pool] { Event.set(Pool); };
    (void)Later;
  }
  Latch.count_down(Pool);
}
