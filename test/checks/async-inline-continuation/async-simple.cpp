// RUN: %check_async_tidy %s async-inline-continuation %t -- -- -isystem %inputs

// async_simple (mock headers in test/Inputs/include): Promise::setValue runs
// the future's continuation inline unless the future has an executor:
// reported under a lock. ConditionVariable::notify* wakes Lazy waiters, which
// are rescheduled through their executor: not reported (async_simple's own
// tests notify under an async lock).

#include <async_simple/Promise.h>
#include <async_simple/coro/ConditionVariable.h>
#include <async_simple/coro/Mutex.h>

#include <mutex>

std::mutex Mutex;

void setUnderLock(async_simple::Promise<int> &P) {
  std::lock_guard<std::mutex> Lock(Mutex);
  P.setValue(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'async_simple::Promise::setValue' may run continuations inline on this thread while 'Lock' is held{{.*}}; complete after releasing the lock or give the future an executor ('std::move(future).via(executor)') or call 'forceSched()' on the promise
}

//===--- Hard negatives ----------------------------------------------------===//

void notifyUnderLock(
    async_simple::coro::ConditionVariable<async_simple::coro::Mutex> &CV) {
  std::unique_lock<std::mutex> Lock(Mutex);
  CV.notifyAll();
}

void setWithoutLock(async_simple::Promise<int> &P) { P.setValue(1); }

void notifyAfterUnlock(
    async_simple::coro::ConditionVariable<async_simple::coro::Mutex> &CV) {
  std::unique_lock<std::mutex> Lock(Mutex);
  Lock.unlock();
  CV.notify();
}
