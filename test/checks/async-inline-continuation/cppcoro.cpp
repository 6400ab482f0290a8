// RUN: %check_async_tidy %s async-inline-continuation %t -- -- -isystem %inputs

// cppcoro (mock headers in test/Inputs/include): events resume their waiter
// inline inside set(); flagged under a lock (and without one only in
// StrictMode, see options.cpp).

#include <cppcoro/single_consumer_event.hpp>

#include <mutex>

std::mutex Mutex;

void cppcoroUnderLock(cppcoro::single_consumer_event &Event) {
  std::unique_lock<std::mutex> Lock(Mutex);
  Event.set();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'cppcoro::single_consumer_event::set' resumes waiting coroutines inline on this thread while 'Lock' is held, {{.*}}; complete after releasing the lock or await it through 'cppcoro::resume_on(scheduler, event)'
}

void cppcoroWithoutLockNotStrict(cppcoro::single_consumer_event &Event) {
  Event.set();
}

void cppcoroAfterUnlock(cppcoro::single_consumer_event &Event) {
  std::unique_lock<std::mutex> Lock(Mutex);
  Lock.unlock();
  Event.set();
}
