// Completions under std locks. A home-made event configured as a completion
// source (CompletionFunctions entries resume inline).
// RUN: %check_async_tidy %s async-inline-continuation %t -- \
// RUN:   -config="{CheckOptions: {async.CompletionFunctions: 'mylib::Event::set;mylib::Event::set_all', async.LockableTypes: 'mylib::SpinLock'}}"
// C++17 code, without coroutines, is checked the same way.
// RUN: %check_async_tidy %s async-inline-continuation %t -- \
// RUN:   -config="{CheckOptions: {async.CompletionFunctions: 'mylib::Event::set;mylib::Event::set_all', async.LockableTypes: 'mylib::SpinLock'}}" -- -std=c++17

#include <mutex>
#include <shared_mutex>
#include <functional>

namespace mylib {
struct Event {
  void set();
  void set_all();
  void reset();
};
struct SpinLock {
  void lock();
  void unlock();
};
} // namespace mylib

std::mutex M;
std::shared_mutex SM;
mylib::Event Ev;
mylib::SpinLock Spin;

void lockGuard() {
  std::lock_guard<std::mutex> Lock(M);
  Ev.set();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: 'mylib::Event::set' resumes waiting coroutines inline on this thread while 'Lock' is held, so one that takes the same lock or waits for this thread deadlocks; complete after releasing the lock [async-inline-continuation]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'Lock' is acquired here
}

void scopedLockNested(bool Cond) {
  std::scoped_lock Both(M, SM);
  if (Cond) {
    for (int I = 0; I < 3; ++I) {
      Ev.set_all();
      // CHECK-NOTES: :[[@LINE-1]]:7: warning: 'mylib::Event::set_all' resumes waiting coroutines inline on this thread while 'Both' is held
      // CHECK-NOTES: :[[@LINE-5]]:20: note: 'Both' is acquired here
    }
  }
}

void uniqueLockOwning() {
  std::unique_lock<std::mutex> Lk(M);
  Ev.set();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: 'mylib::Event::set' resumes {{.*}} while 'Lk' is held
  // CHECK-NOTES: :[[@LINE-3]]:32: note: 'Lk' is acquired here
}

void sharedLock() {
  std::shared_lock Reader(SM);
  Ev.set();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: 'mylib::Event::set' resumes {{.*}} while 'Reader' is held
  // CHECK-NOTES: :[[@LINE-3]]:20: note: 'Reader' is acquired here
}

void manualLock() {
  M.lock();
  Ev.set();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: 'mylib::Event::set' resumes {{.*}} while 'M' is held
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'M' is acquired here
  M.unlock();
}

void userLockable() {
  Spin.lock();
  Ev.set();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: 'mylib::Event::set' resumes {{.*}} while 'Spin' is held
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'Spin' is acquired here
  Spin.unlock();
}

void deferredThenLocked() {
  std::unique_lock<std::mutex> Lk(M, std::defer_lock);
  Lk.lock();
  Ev.set();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: 'mylib::Event::set' resumes {{.*}} while 'Lk' is held
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'Lk' is acquired here
}

void ifInit() {
  if (std::lock_guard G(M); true) {
    Ev.set();
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: 'mylib::Event::set' resumes {{.*}} while 'G' is held
    // CHECK-NOTES: :[[@LINE-3]]:23: note: 'G' is acquired here
  }
}

struct Queue {
  std::mutex Mutex;
  mylib::Event Ready;
  void push() {
    std::lock_guard<std::mutex> Guard(Mutex);
    Ready.set();
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: 'mylib::Event::set' resumes {{.*}} while 'Guard' is held
    // CHECK-NOTES: :[[@LINE-3]]:33: note: 'Guard' is acquired here
  }
  void pushManual() {
    Mutex.lock();
    this->Ready.set();
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: 'mylib::Event::set' resumes {{.*}} while 'Mutex' is held
    // CHECK-NOTES: :[[@LINE-3]]:5: note: 'Mutex' is acquired here
    Mutex.unlock();
  }
};

// A class template completing under a lock: reported once.
template <typename T> struct Channel {
  std::mutex Mutex;
  T Event;
  void close() {
    std::lock_guard<std::mutex> Guard(Mutex);
    Event.set();
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: 'mylib::Event::set' resumes {{.*}} while 'Guard' is held
    // CHECK-NOTES: :[[@LINE-3]]:33: note: 'Guard' is acquired here
  }
};
template struct Channel<mylib::Event>;

// Never instantiated: nothing to report, and no crash.
template <typename T> struct Unused {
  std::mutex Mutex;
  T Event;
  void close() {
    std::lock_guard<std::mutex> Guard(Mutex);
    Event.set();
  }
};

//===--- Hard negatives ----------------------------------------------------===//

void afterScope() {
  {
    std::lock_guard<std::mutex> Lock(M);
    Ev.reset();
  }
  Ev.set();
}

void afterUnlock() {
  std::unique_lock<std::mutex> Lk(M);
  Lk.unlock();
  Ev.set();
}

void afterRelease() {
  std::unique_lock<std::mutex> Lk(M);
  Lk.release()->unlock();
  Ev.set();
}

void deferredNeverLocked() {
  std::unique_lock<std::mutex> Lk(M, std::defer_lock);
  Ev.set();
}

void tryLocked() {
  std::unique_lock<std::mutex> Lk(M, std::try_to_lock);
  Ev.set();
}

void defaultConstructed() {
  std::unique_lock<std::mutex> Lk;
  Ev.set();
}

void manualUnlocked() {
  M.lock();
  Ev.reset();
  M.unlock();
  Ev.set();
}

void differentRegion() {
  {
    std::lock_guard<std::mutex> Lock(M);
    Ev.reset();
  }
  {
    std::unique_lock<std::mutex> Other(M);
    Other.unlock();
    Ev.set();
  }
}

void conditionallyUnlocked(bool Cond) {
  std::unique_lock<std::mutex> Lk(M);
  if (Cond)
    Lk.unlock();
  Ev.set();
}

void lockInSiblingBranch(bool Cond) {
  if (Cond) {
    std::lock_guard<std::mutex> Lock(M);
    Ev.reset();
  } else {
    Ev.set();
  }
}

std::function<void()> lambdaRunsLater() {
  std::lock_guard<std::mutex> Lock(M);
  return [] { Ev.set(); };
}

void notACompletion() {
  std::lock_guard<std::mutex> Lock(M);
  Ev.reset();
}

void promiseIsNotFlaggedByDefault() {
  // std::promise only wakes blocked threads: see option tests.
}

struct LockReference {
  std::unique_lock<std::mutex> &Lk;
  void f() {
    std::unique_lock<std::mutex> &Ref = Lk;
    Ev.set();
  }
};
