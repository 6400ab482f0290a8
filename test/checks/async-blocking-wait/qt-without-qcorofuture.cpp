// REQUIRES: qt6, qcoro
// RUN: %check_async_tidy %s async-blocking-wait %t -- -config="{}" -- %qt_flags

// Without <QCoroFuture> a QFuture cannot be awaited in a QCoro::Task: the
// warning stays, the co_await fix-it is not offered.

#include <QCoroTask>
#include <QFuture>
#include <QtConcurrent/QtConcurrent>

int compute();

QCoro::Task<int> resultInTask() {
  QFuture<int> lookup = QtConcurrent::run(&compute);
  co_return lookup.result();
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: blocking wait 'QFuture::result' inside coroutine 'resultInTask'
}

QCoro::Task<int> fetch();

// QCoro::Task itself is awaitable without <QCoroFuture>.
QCoro::Task<int> waitForTask() {
  co_return QCoro::waitFor(fetch());
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: blocking wait 'QCoro::waitFor' inside coroutine 'waitForTask'
  // CHECK-FIXES: {{^}}  co_return co_await fetch();
}
