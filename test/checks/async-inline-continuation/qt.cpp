// Qt: QPromise completions under QMutexLocker, and QFuture::then without a
// launch policy or with Launch::Sync.
// REQUIRES: qt6
// RUN: %check_async_tidy %s async-inline-continuation %t -- -- %qt_flags

#include <QFuture>
#include <QMutex>
#include <QMutexLocker>
#include <QObject>
#include <QPromise>
#include <QThreadPool>

QMutex Mutex;

void finishUnderLock(QPromise<int> &Promise) {
  QMutexLocker Locker(&Mutex);
  // Storing a result is not a completion: continuations run on finish().
  Promise.addResult(1);
  Promise.finish();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'QPromise::finish' may run continuations inline on this thread while 'Locker' is held, so a continuation that takes the same lock or waits for this thread deadlocks; complete after releasing the lock; consumers should attach continuations with 'QtFuture::Launch::Async' or a context object [async-inline-continuation]
}

void finishUnderManualLock(QPromise<void> &Promise) {
  Mutex.lock();
  Promise.finish();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'QPromise::finish' may run continuations inline on this thread while 'Mutex' is held
  Mutex.unlock();
}

void thenWithoutPolicy(QFuture<int> Future) {
  Future.then([](int V) { return V + 1; });
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'QFuture::then' without a launch policy or context runs the continuation inline, on the thread that completes the future or inside this call if it has already finished, so one that blocks or takes a lock held there deadlocks; pass 'QtFuture::Launch::Async', a thread pool or a context object [async-inline-continuation]
  Future.onFailed([] { return 0; });
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'QFuture::onFailed' without a launch policy or context {{.*}}; pass a context object
  Future.onCanceled([] { return 0; });
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'QFuture::onCanceled' without a launch policy or context {{.*}}; pass a context object
}

void thenSync(QFuture<int> Future) {
  Future.then(QtFuture::Launch::Sync, [](int V) { return V; });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'QtFuture::Launch::Sync' makes 'QFuture::then' run the continuation inline, on the thread that completes the future or inside this call if it has already finished, so one that blocks or takes a lock held there deadlocks; use 'QtFuture::Launch::Async' [async-inline-continuation]
  // CHECK-FIXES: {{^}}  Future.then(QtFuture::Launch::Async, [](int V) { return V; });
  using QtFuture::Launch;
  Future.then(Launch::Sync, [](int V) { return V; });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'QtFuture::Launch::Sync' makes 'QFuture::then' run
  // CHECK-FIXES: {{^}}  Future.then(Launch::Async, [](int V) { return V; });
}

#define SYNC_POLICY QtFuture::Launch::Sync
void thenSyncFromMacro(QFuture<int> Future) {
  Future.then(SYNC_POLICY, [](int V) { return V; });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'QtFuture::Launch::Sync' makes 'QFuture::then' run
  // CHECK-FIXES: {{^}}  Future.then(SYNC_POLICY, [](int V) { return V; });
}

template <typename T> void thenInTemplate(QFuture<T> Future) {
  Future.then(QtFuture::Launch::Sync, [](T V) { return V; });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'QtFuture::Launch::Sync' makes 'QFuture::then' run
  // CHECK-FIXES: {{^}}  Future.then(QtFuture::Launch::Async, [](T V) { return V; });
}
template void thenInTemplate(QFuture<int>);

//===--- Hard negatives ----------------------------------------------------===//

void thenWithPolicyOrContext(QFuture<int> Future, QObject *Context,
                             QThreadPool *Pool) {
  Future.then(QtFuture::Launch::Async, [](int V) { return V; });
  Future.then(QtFuture::Launch::Inherit, [](int V) { return V; });
  Future.then(Pool, [](int V) { return V; });
  Future.then(Context, [](int V) { return V; });
  Future.onFailed(Context, [] { return 0; });
  Future.onCanceled(Context, [] { return 0; });
}

void finishAfterUnlock(QPromise<int> &Promise) {
  {
    QMutexLocker Locker(&Mutex);
    Promise.start();
  }
  Promise.finish();
}

void finishAfterManualUnlock(QPromise<int> &Promise) {
  Mutex.lock();
  Mutex.unlock();
  Promise.finish();
}

void finishAfterLockerUnlock(QPromise<int> &Promise) {
  QMutexLocker Locker(&Mutex);
  Locker.unlock();
  Promise.finish();
}

// relock() takes the lock again (the catalog lists QMutexLocker's methods).
void finishAfterLockerRelock(QPromise<int> &Promise) {
  QMutexLocker Locker(&Mutex);
  Locker.unlock();
  Promise.start();
  Locker.relock();
  Promise.finish();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'QPromise::finish' may run continuations inline on this thread while 'Locker' is held
}

void syncNotAsPolicy() {
  QtFuture::Launch L = QtFuture::Launch::Sync;
  (void)L;
}

// An already-finished future runs the continuation now, in this call, on this
// thread: nothing is resumed later on the thread of a completion.
void thenOnReadyFuture() {
  QtFuture::makeReadyFuture(1).then([](int V) { return V + 1; });
  QtFuture::makeReadyFuture().then([] { return 1; });
}

// A near miss: a future that is not known to be finished.
QFuture<int> pending();
void thenOnPendingFuture() {
  pending().then([](int V) { return V + 1; });
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'QFuture::then' without a launch policy or context runs the continuation inline
}
