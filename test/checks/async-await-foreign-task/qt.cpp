// REQUIRES: qt6, qcoro
// RUN: %check_async_tidy %s async-await-foreign-task %t -- --quiet -- %qt_flags
//
// Qt 6 futures and QCoro tasks, with the real headers. QCoro awaits a QFuture
// once <QCoroFuture> is included.
#include <QCoroFuture>
#include <QCoroTask>
#include <QFuture>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

QCoro::Task<int> fetch();
QFuture<int> compute();

class Widget {
public:
  // --- Positives -----------------------------------------------------------

  QCoro::Task<int> awaitTaskMember() {
    int V = co_await task_;
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: awaiting 'task_', a future started elsewhere (a data member)
    co_return V;
  }

  QCoro::Task<int> awaitFutureMember() {
    co_return co_await future_;
    // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: awaiting 'future_', a future started elsewhere (a data member)
  }

  QCoro::Task<int> awaitPromiseFuture() {
    co_return co_await promise_.future();
    // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: awaiting 'promise_.future()', a future started elsewhere (the task of completion source 'promise_', a data member)
  }

  QCoro::Task<int> awaitReferenceParameter(const QFuture<int> &F) {
    co_return co_await F;
    // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: awaiting 'F', a future started elsewhere (a reference parameter)
  }

  QCoro::Task<int> blockingInCoroutine() {
    future_.waitForFinished();
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: blocking wait on 'future_', a future started elsewhere (a data member)
    // The wait above returned: result() no longer blocks (issue 17).
    co_return future_.result();
  }

  void blockingInContinuation() {
    compute().then([this](int V) { return V + future_.result(); });
    // CHECK-MESSAGES: :[[@LINE-1]]:55: warning: blocking wait on 'future_', a future started elsewhere (a data member)
  }

  QCoro::Task<int> notReadyBranch() {
    if (!future_.isFinished())
      co_return co_await future_;
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: awaiting 'future_', a future started elsewhere (a data member)
    co_return 0;
  }

  // --- Negatives -----------------------------------------------------------

  QCoro::Task<int> freshTasks() {
    int A = co_await fetch();
    int B = co_await compute();
    QFuture<int> C = QtConcurrent::run([] { return 3; });
    int D = co_await C;
    co_return A + B + D + C.result();
  }

  QCoro::Task<int> localPromise() {
    QPromise<int> P;
    P.start();
    P.addResult(1);
    P.finish();
    co_return co_await P.future();
  }

  QCoro::Task<int> guardedByIsFinished() {
    if (future_.isFinished())
      co_return co_await future_;
    if (!other_.isFinished())
      co_return 0;
    co_return other_.result();
  }

  // Always assigned a ready future: awaiting it cannot wait for anything.
  QCoro::Task<int> awaitReadyMember() { co_return co_await ready_; }
  void resetReady() { ready_ = QtFuture::makeReadyFuture(2); }

  // Not a blocking wait: no async context.
  int notAsync() { return future_.result(); }

  // A continuation on the member itself receives the value.
  void continuation() {
    future_.then([](int V) { return V * 2; });
  }

  QCoro::Task<int> memberRestarted() {
    future_ = compute();
    co_return co_await future_;
  }

private:
  QCoro::Task<int> task_ = fetch();
  QFuture<int> future_;
  QFuture<int> other_;
  QPromise<int> promise_;
  QFuture<int> ready_ = QtFuture::makeReadyFuture(1);
};
