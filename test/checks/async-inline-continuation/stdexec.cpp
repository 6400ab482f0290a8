// RUN: %check_async_tidy %s async-inline-continuation %t -- -- -isystem %inputs

// stdexec (mock headers in test/Inputs/include): the receiver completion
// CPOs (stdexec::set_value/set_error/set_stopped objects) run the
// downstream chain synchronously inside the call; flagged under a lock
// (without one only in StrictMode).

#include <stdexec/execution.hpp>

#include <exception>
#include <mutex>
#include <utility>

std::mutex Mutex;

struct Receiver {
  using receiver_concept = stdexec::receiver_t;
  void set_value(int) && noexcept {}
  void set_error(std::exception_ptr) && noexcept {}
  void set_stopped() && noexcept {}
};

struct Operation {
  Receiver Rcvr;
  int Value = 0;
  bool Cancelled = false;

  void startUnderLock() noexcept {
    std::lock_guard<std::mutex> Lock(Mutex);
    stdexec::set_value(std::move(Rcvr), Value);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'stdexec::set_value' resumes waiting coroutines inline on this thread while 'Lock' is held, so one that takes the same lock or waits for this thread deadlocks; complete after releasing the lock or complete through 'continues_on(scheduler)' on the consumer side [async-inline-continuation]
  }

  void stopUnderLock() noexcept {
    std::unique_lock<std::mutex> Lock(Mutex);
    if (Cancelled)
      stdexec::set_stopped(std::move(Rcvr));
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'stdexec::set_stopped' resumes waiting coroutines inline on this thread while 'Lock' is held
  }

  // Hard negatives: the lock is released before completing; no lock at all
  // (flagged only in StrictMode); a lambda defined under the lock runs later.
  void completeAfterUnlock() noexcept {
    int V;
    {
      std::lock_guard<std::mutex> Lock(Mutex);
      V = Value;
    }
    stdexec::set_value(std::move(Rcvr), V);
  }

  void completeAfterExplicitUnlock() noexcept {
    std::unique_lock<std::mutex> Lock(Mutex);
    int V = Value;
    Lock.unlock();
    stdexec::set_value(std::move(Rcvr), V);
  }

  void completeWithoutLock() noexcept {
    stdexec::set_error(std::move(Rcvr), std::exception_ptr());
  }

  auto deferredCompletion() noexcept {
    std::lock_guard<std::mutex> Lock(Mutex);
    return [this] { stdexec::set_value(std::move(Rcvr), Value); };
  }
};
