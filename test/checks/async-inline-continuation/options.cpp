// Options: StrictMode, IncludeThreadWakingSources, user lock guards and
// completion functions (a built-in std::promise entry opts that one in).
// RUN: %check_async_tidy %s async-inline-continuation %t
// RUN: %check_async_tidy -check-suffixes=STRICT,WAKING %s async-inline-continuation %t -- \
// RUN:   -config="{CheckOptions: {async-inline-continuation.StrictMode: true, async-inline-continuation.IncludeThreadWakingSources: true, async-inline-continuation.LockGuardTypes: 'mylib::SpinGuard'}}"
// RUN: %check_async_tidy -check-suffixes=CONFIGURED %s async-inline-continuation %t -- \
// RUN:   -config="{CheckOptions: {async.CompletionFunctions: 'std::promise::set_value'}}"

#include <future>
#include <mutex>

namespace cppcoro {
class single_consumer_event {
public:
  void set() noexcept;
};
} // namespace cppcoro

namespace mylib {
struct SpinLock {};
struct SpinGuard {
  explicit SpinGuard(SpinLock &);
  ~SpinGuard();
};
} // namespace mylib

std::mutex Mutex;
mylib::SpinLock Spin;

void strictWithoutLock(cppcoro::single_consumer_event &Event) {
  Event.set();
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:3: warning: 'cppcoro::single_consumer_event::set' resumes waiting coroutines inline on this thread, inside this call, so one that blocks or waits for this thread deadlocks it; await it through 'cppcoro::resume_on(scheduler, event)' [async-inline-continuation]
}

void promiseUnderLock(std::promise<int> &Promise) {
  std::lock_guard<std::mutex> Lock(Mutex);
  Promise.set_value(1);
  // CHECK-MESSAGES-WAKING: :[[@LINE-1]]:3: warning: 'std::promise::set_value' wakes the threads waiting for it while 'Lock' is held, so the woken threads may need the same lock; complete after releasing the lock [async-inline-continuation]
  // CHECK-MESSAGES-CONFIGURED: :[[@LINE-2]]:3: warning: 'std::promise::set_value' wakes the threads waiting for it while 'Lock' is held
}

void promiseWithoutLock(std::promise<int> &Promise) { Promise.set_value(1); }

// A guard of a type the check does not know is not a held lock: silent until
// LockGuardTypes names it (and, without StrictMode, a completion outside a
// lock is fine).
void userGuard(cppcoro::single_consumer_event &Event) {
  mylib::SpinGuard Guard(Spin);
  Event.set();
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:3: warning: 'cppcoro::single_consumer_event::set' resumes waiting coroutines inline on this thread while 'Guard' is held
}
