// Boost.Thread futures: set_value under a boost lock, launch::sync
// continuations.
// REQUIRES: boost
// RUN: %check_async_tidy %s async-inline-continuation %t -- -- -DBOOST_THREAD_VERSION=4

#include <boost/thread/future.hpp>
#include <boost/thread/locks.hpp>
#include <boost/thread/mutex.hpp>

boost::mutex Mutex;

void setUnderLock(boost::promise<int> &Promise) {
  boost::unique_lock<boost::mutex> Lock(Mutex);
  Promise.set_value(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'boost::promise::set_value' may run continuations inline on this thread while 'Lock' is held, so a continuation that takes the same lock or waits for this thread deadlocks; complete after releasing the lock; consumers should not attach 'boost::launch::sync' continuations [async-inline-continuation]
}

void setUnderLockGuard(boost::promise<void> &Promise) {
  boost::lock_guard<boost::mutex> Guard(Mutex);
  Promise.set_value();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'boost::promise::set_value' may run continuations inline on this thread while 'Guard' is held
}

void syncContinuation(boost::future<int> Future) {
  auto Next = Future.then(boost::launch::sync,
                          [](boost::future<int> F) { return F.get() + 1; });
  // CHECK-MESSAGES: :[[@LINE-2]]:27: warning: 'boost::launch::sync' makes 'boost::future::then' run the continuation inline, on the thread that completes the future or inside this call if it has already finished, so one that blocks or takes a lock held there deadlocks; use 'boost::launch::async' [async-inline-continuation]
  // CHECK-FIXES: {{^}}  auto Next = Future.then(boost::launch::async,
}

//===--- Hard negatives ----------------------------------------------------===//

void asyncContinuation(boost::future<int> Future) {
  auto Next = Future.then(boost::launch::async,
                          [](boost::future<int> F) { return F.get() + 1; });
}

void defaultContinuation(boost::future<int> Future) {
  auto Next = Future.then([](boost::future<int> F) { return F.get() + 1; });
}

void setAfterUnlock(boost::promise<int> &Promise) {
  boost::unique_lock<boost::mutex> Lock(Mutex);
  Lock.unlock();
  Promise.set_value(1);
}

void setWithoutLock(boost::promise<int> &Promise) { Promise.set_value(1); }

void syncOutsideThen() {
  boost::launch Policy = boost::launch::sync;
  (void)Policy;
}
