// REQUIRES: qt6, qcoro
// RUN: %check_async_tidy %s async-blocking-wait %t -- -config="{}" -- %qt_flags

// Qt and QCoro, with the real Qt 6 and QCoro headers. <QCoroFuture> makes a
// QFuture awaitable in a QCoro::Task, so result() gets a co_await fix-it.

#include <QCoroFuture>
#include <QCoroTask>
#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QThreadPool>
#include <QTimer>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <QtConcurrent/QtConcurrent>

int compute();
void use(int);
QCoro::Task<int> fetchCount();

// Positives.

QCoro::Task<int> resultInTask() {
  QFuture<int> lookup = QtConcurrent::run(&compute);
  int count = lookup.result();
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: blocking wait 'QFuture::result' inside coroutine 'resultInTask' can deadlock the event-loop thread that must complete it; 'co_await' the future (QCoro) or attach a continuation with a context [async-blocking-wait]
  // CHECK-FIXES: {{^}}  int count = co_await lookup;
  co_return count;
}

QCoro::Task<int> takeResultInTask(QFuture<int> lookup) {
  co_return lookup.takeResult() + 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: blocking wait 'QFuture::takeResult' inside coroutine 'takeResultInTask'
  // CHECK-FIXES: {{^}}  co_return co_await lookup + 1;
}

QCoro::Task<> waitInTask(QFuture<void> done, QThreadPool *pool) {
  done.waitForFinished();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking wait 'QFuture::waitForFinished' inside coroutine 'waitInTask'
  pool->waitForDone();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking wait 'QThreadPool::waitForDone' inside coroutine 'waitInTask' stalls the event-loop thread: nothing else runs on it until the wait returns; attach a continuation to the pool's futures [async-blocking-wait]
  QEventLoop loop;
  loop.exec();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking wait 'QEventLoop::exec' inside coroutine 'waitInTask' runs an event loop re-entrantly on the event-loop thread: what called it stalls until the loop returns, which never happens if the awaited work needs the caller to return first; 'co_await' the operation (QCoro) instead of a nested event loop [async-blocking-wait]
  co_return;
}

QCoro::Task<int> waitForInTask() {
  int n = QCoro::waitFor(fetchCount());
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking wait 'QCoro::waitFor' inside coroutine 'waitForInTask' can deadlock the event-loop thread that must complete it; 'co_await' the task instead [async-blocking-wait]
  // CHECK-FIXES: {{^}}  int n = co_await fetchCount();
  co_return n;
}

// A coroutine lambda; the result is used as an object: parenthesized.
void coroutineLambda(QFuture<QString> name) {
  auto task = [name]() -> QCoro::Task<qsizetype> {
    co_return name.result().size();
    // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: blocking wait 'QFuture::result' inside coroutine lambda
    // CHECK-FIXES: {{^}}    co_return (co_await name).size();
  };
  task();
}

// Continuations: QFuture::then and a single-shot timer callback.
void thenBlocks(QFuture<int> first, QFuture<int> other) {
  first.then([other](int value) { use(value + other.result()); });
  // CHECK-MESSAGES: :[[@LINE-1]]:53: warning: blocking wait 'QFuture::result' inside continuation passed to 'QFuture::then' can deadlock the event-loop thread that must complete it
  QTimer::singleShot(0, [other]() mutable { other.waitForFinished(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:51: warning: blocking wait 'QFuture::waitForFinished' inside continuation passed to 'QTimer::singleShot'
}

// Hard negatives.

int main() {
  QFuture<int> f = QtConcurrent::run(&compute);
  f.waitForFinished();
  QThreadPool::globalInstance()->waitForDone();
  return f.result();
}

// Work handed to a thread pool is not a continuation.
void runOnPool(QFuture<int> other) {
  auto f = QtConcurrent::run([other] { return other.result(); });
  use(f.result());
}

// Proven ready.
QCoro::Task<int> provenReady(QFuture<int> lookup) {
  if (lookup.isFinished())
    co_return lookup.result();
  if (!lookup.isFinished())
    co_return 0;
  co_return lookup.result();
}

// The parent future handed to the continuation is complete.
void thenGetsParent(QFuture<int> first) {
  first.then([](QFuture<int> parent) { use(parent.result()); });
}

// A sleep in a QCoro coroutine names QCoro's timer; a condition-variable
// wait keeps the generic remedy (QCoro has no event type in the catalog).
QCoro::Task<> sleepsInTask(std::condition_variable &cv, std::mutex &m) {
  std::this_thread::sleep_for(std::chrono::milliseconds(10));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking wait 'std::this_thread::sleep_for' inside coroutine 'sleepsInTask' {{.*}}; 'co_await QCoro::sleepFor(duration)' instead [async-blocking-wait]
  std::unique_lock<std::mutex> lock(m);
  cv.wait(lock);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking wait 'std::condition_variable::wait' inside coroutine 'sleepsInTask' {{.*}}; use an async event or condition variable [async-blocking-wait]
  co_return;
}

// Polls.
QCoro::Task<> polls(QThreadPool *pool) {
  pool->waitForDone(0);
  co_return;
}

// A plain lambda in a coroutine.
QCoro::Task<> plainLambda(QFuture<int> f) {
  auto later = [f] { return f.result(); };
  QThreadPool::globalInstance()->start([later] { use(later()); });
  co_await f;
}

// Awaiting is the correct form.
QCoro::Task<int> awaits(QFuture<int> f) {
  const int value = co_await f;
  co_return value + co_await fetchCount();
}
