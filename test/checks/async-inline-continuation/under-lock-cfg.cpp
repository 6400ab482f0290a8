// Completions under a lock, decided on the CFG of the enclosing function: a
// lock counts as held when it is held on every path that reaches the
// completion (branches, loops, early returns, goto, switch). The statement
// walk this replaced saw only the statements before the completion in its
// enclosing blocks: it missed locks taken on both branches or kept past an
// early return, and reported completions that a goto or a switch case
// reaches without the lock.
// RUN: %check_async_tidy %s async-inline-continuation %t -- \
// RUN:   -config="{CheckOptions: {async.CompletionFunctions: 'mylib::Event::set'}}" -- -std=c++17 -fexceptions -fcxx-exceptions
// Each function's CFG is built once, however many completions it holds (one
// per function below that contains a completion outside a lambda, plus one
// per lambda body with a completion).
// RUN: env ASYNC_TIDY_COUNT_WORK=1 %async-tidy --checks='-*,async-inline-continuation' \
// RUN:   -config="{CheckOptions: {async.CompletionFunctions: 'mylib::Event::set'}}" %s -- -std=c++17 -fexceptions -fcxx-exceptions 2>&1 >/dev/null \
// RUN:   | FileCheck %s --check-prefix=BUILDS
// BUILDS: async-tidy cfg builds: 26{{$}}

#include <mutex>
#include <utility>

namespace mylib {
struct Event {
  void set();
};
} // namespace mylib

std::mutex M;
mylib::Event Ev;
bool more();
void work();
// An object with a destructor: its scope ends are elements of the CFG.
struct Trace {
  Trace();
  ~Trace();
};

//===--- Held on every path ------------------------------------------------===//

void lockedOnBothBranches(bool Cond) {
  if (Cond)
    M.lock();
  else
    M.lock();
  Ev.set();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: 'mylib::Event::set' resumes waiting coroutines inline on this thread while 'M' is held
  // CHECK-NOTES: :{{4[3-5]}}:5: note: 'M' is acquired here
  M.unlock();
}

void earlyReturnReleases(bool Cond) {
  std::unique_lock<std::mutex> Lk(M);
  if (Cond) {
    Lk.unlock();
    return;
  }
  Ev.set();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: 'mylib::Event::set' resumes {{.*}} while 'Lk' is held
  // CHECK-NOTES: :[[@LINE-7]]:32: note: 'Lk' is acquired here
}

void earlyReturnWhileHolding(bool Cond) {
  M.lock();
  if (Cond) {
    Ev.set();
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: 'mylib::Event::set' resumes {{.*}} while 'M' is held
    // CHECK-NOTES: :[[@LINE-4]]:3: note: 'M' is acquired here
    M.unlock();
    return;
  }
  M.unlock();
  Ev.set();
}

void relockedInLoop(int N) {
  std::unique_lock<std::mutex> Lk(M);
  for (int I = 0; I < N; ++I) {
    Lk.unlock();
    work();
    Lk.lock();
  }
  Ev.set();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: 'mylib::Event::set' resumes {{.*}} while 'Lk' is held
  // CHECK-NOTES: :{{[0-9]+}}:{{[0-9]+}}: note: 'Lk' is acquired here
}

void guardInLoopBody() {
  while (more()) {
    std::lock_guard<std::mutex> G(M);
    Ev.set();
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: 'mylib::Event::set' resumes {{.*}} while 'G' is held
    // CHECK-NOTES: :[[@LINE-3]]:33: note: 'G' is acquired here
  }
  Ev.set();
}

void gotoSkipsTheUnlock(bool Cond) {
  M.lock();
  if (Cond)
    goto Done;
  M.unlock();
  return;
Done:
  Ev.set();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: 'mylib::Event::set' resumes {{.*}} while 'M' is held
  // CHECK-NOTES: :[[@LINE-8]]:3: note: 'M' is acquired here
  M.unlock();
}

void unlockInAnotherCase(int K) {
  M.lock();
  switch (K) {
  case 0:
    M.unlock();
    return;
  case 1:
    Ev.set();
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: 'mylib::Event::set' resumes {{.*}} while 'M' is held
    // CHECK-NOTES: :[[@LINE-8]]:3: note: 'M' is acquired here
    break;
  }
  M.unlock();
}

void inHandler() {
  std::lock_guard<std::mutex> G(M);
  try {
    work();
  } catch (...) {
    Ev.set();
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: 'mylib::Event::set' resumes {{.*}} while 'G' is held
    // CHECK-NOTES: :[[@LINE-6]]:31: note: 'G' is acquired here
  }
}

// Objects with destructors end their scopes in the try block and in the
// handler; the guard declared before the try is held in both.
void guardBeforeTryWithScopedObjects() {
  std::unique_lock<std::mutex> Lk(M);
  try {
    Trace InTry;
    work();
  } catch (...) {
    Trace InHandler;
    Ev.set();
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: 'mylib::Event::set' resumes {{.*}} while 'Lk' is held
    // CHECK-NOTES: :[[@LINE-8]]:32: note: 'Lk' is acquired here
  }
  Lk.unlock();
}

void movedGuardKeepsTheLock() {
  std::unique_lock<std::mutex> First(M);
  std::unique_lock<std::mutex> Second(std::move(First));
  Ev.set();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: 'mylib::Event::set' resumes {{.*}} while 'Second' is held
  // CHECK-NOTES: :[[@LINE-4]]:32: note: 'Second' is acquired here
}

void completionBeforeUnlockInOneExpression() {
  std::unique_lock<std::mutex> Lk(M);
  (Ev.set(), Lk.unlock());
  // CHECK-NOTES: :[[@LINE-1]]:4: warning: 'mylib::Event::set' resumes {{.*}} while 'Lk' is held
  // CHECK-NOTES: :[[@LINE-3]]:32: note: 'Lk' is acquired here
}

//===--- Hard negatives: not held on some path -----------------------------===//

void lockedOnOneBranch(bool Cond) {
  if (Cond)
    M.lock();
  Ev.set();
}

void lockedInLoopThatMayNotRun(int N) {
  for (int I = 0; I < N; ++I)
    M.lock();
  Ev.set();
}

void fallthroughFromALockingCase(int K) {
  switch (K) {
  case 0:
    M.lock();
    [[fallthrough]];
  case 1:
    Ev.set();
    break;
  }
}

void gotoAroundTheLock(bool Cond) {
  if (Cond)
    goto Skip;
  M.lock();
Skip:
  Ev.set();
}

void unlockInTheCondition(bool Ready) {
  std::unique_lock<std::mutex> Lk(M);
  if ((Lk.unlock(), Ready))
    Ev.set();
}

void unlockThenCompleteInOneExpression() {
  std::unique_lock<std::mutex> Lk(M);
  (Lk.unlock(), Ev.set());
}

void movedAwayGuard() {
  std::unique_lock<std::mutex> First(M);
  std::unique_lock<std::mutex> Second(std::move(First));
  Second.unlock();
  Ev.set();
}

void releasedOnEveryPath(bool Cond) {
  std::unique_lock<std::mutex> Lk(M);
  if (Cond)
    Lk.unlock();
  else
    Lk.unlock();
  Ev.set();
}

void guardScopeEndsInLoop() {
  for (int I = 0; I < 3; ++I) {
    std::lock_guard<std::mutex> G(M);
    work();
  }
  Ev.set();
}

void breakLeavesTheGuard() {
  while (more()) {
    std::lock_guard<std::mutex> G(M);
    if (more())
      break;
  }
  Ev.set();
}

void deadCodeAfterReturn() {
  std::lock_guard<std::mutex> G(M);
  return;
  Ev.set();
}

// Unwinding out of the try block destroys the guard before the handler runs.
void guardInTryReleasedByUnwinding() {
  try {
    std::lock_guard<std::mutex> G(M);
    work();
  } catch (...) {
    Ev.set();
  }
}

// The exception may come from M.lock() itself, which then did not lock.
void lockThatThrowsDoesNotHold() {
  try {
    M.lock();
    work();
  } catch (...) {
    Ev.set();
    return;
  }
  M.unlock();
}

void lambdaRunsWithoutTheCallersLock() {
  std::lock_guard<std::mutex> G(M);
  auto Later = [] { Ev.set(); };
  (void)Later;
}

void lambdaWithItsOwnLock() {
  auto Later = [] {
    std::lock_guard<std::mutex> G(M);
    Ev.set();
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: 'mylib::Event::set' resumes {{.*}} while 'G' is held
    // CHECK-NOTES: :[[@LINE-3]]:33: note: 'G' is acquired here
  };
  Later();
}

// Never instantiated: no CFG of a template pattern is built.
template <typename T> void pattern(T &Mutex) {
  std::lock_guard<T> G(Mutex);
  Ev.set();
}
