// Qt 6 QFuture and QCoro::Task (real headers): the chaining form, and the
// coroutine form through a QCoro coroutine that awaits the previous task.
// REQUIRES: qt6, qcoro
// RUN: %check_async_tidy %s async-task-chaining %t -- -config="{}" -- %qt_flags

#include <QCoroFuture>
#include <QCoroTask>
#include <QFuture>
#include <QtConcurrent/QtConcurrent>
#include <utility>

static void writeLine(int line) { (void)line; }

// Awaits the previous task before doing its own work.
static QCoro::Task<> appendAfter(QCoro::Task<> previous, int line) {
  co_await std::move(previous);
  writeLine(line);
}
// Starts its own work first: the previous task is not a prerequisite.
static QCoro::Task<> appendBefore(QCoro::Task<> previous, int line) {
  co_await QtConcurrent::run(writeLine, line);
  co_await std::move(previous);
}

class AuditLog {
public:
  void append(int line) {
    m_last = m_last.then(QtFuture::Launch::Async, [line] { writeLine(line); });
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'm_last' is re-chained onto itself, forming a private task queue that cannot be joined; serialize with thread confinement: a worker QObject in one QThread fed by queued signals, or a QThreadPool with maxThreadCount 1 instead [async-task-chaining]
  }
  void appendOnPool(int line) {
    m_last = m_last.then(QThreadPool::globalInstance(), [line] { writeLine(line); });
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'm_last' is re-chained onto itself
  }
  void recover() {
    m_last = m_last.onFailed([] {});
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'm_last' is re-chained onto itself
  }
  void appendTask(int line) {
    m_task = appendAfter(std::move(m_task), line);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'm_task' is re-chained onto itself, forming a private task queue that cannot be joined; serialize with thread confinement (QCoro has no async mutex) instead [async-task-chaining]
  }
  void thenTask() {
    m_task = m_task.then([] {});
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'm_task' is re-chained onto itself, forming a private task queue that cannot be joined; serialize with thread confinement (QCoro has no async mutex) instead
  }

  //===--- Near misses ----------------------------------------------------===//
  void restart() { m_last = QtFuture::makeReadyFuture(); }
  void rotate() {
    m_last = QtConcurrent::run(writeLine, 1).then([] { writeLine(2); });
  }
  void adopt(QFuture<void> other) {
    m_last = other.then([] {});
    m_other = m_last.then([] {});
  }
  void keep() { m_last = m_last; }
  void appendTaskFirst(int line) {
    m_task = appendBefore(std::move(m_task), line);
  }
  void flush() { m_last.waitForFinished(); }

private:
  QFuture<void> m_last = QtFuture::makeReadyFuture();
  QFuture<void> m_other;
  QCoro::Task<> m_task;
};

// A local chain, joined before the function returns.
void writeBatch(int n) {
  QFuture<void> done = QtFuture::makeReadyFuture();
  for (int i = 0; i < n; ++i)
    done = done.then(QtFuture::Launch::Async, [i] { writeLine(i); });
  done.waitForFinished();
}
