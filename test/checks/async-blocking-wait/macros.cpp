// REQUIRES: qt6, qcoro
// RUN: %check_async_tidy %s async-blocking-wait %t -- -config="{}" -- %qt_flags

// A blocking wait written inside a macro expansion is reported, but never
// rewritten: the macro may be used where co_await is not allowed.

#include <QCoroFuture>
#include <QCoroTask>
#include <QFuture>

#define RESULT_OF(f) (f).result()
#define WAIT_ALL(f) \
  do {              \
    (f).waitForFinished(); \
  } while (false)

QCoro::Task<int> inMacro(QFuture<int> lookup) {
  WAIT_ALL(lookup);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking wait 'QFuture::waitForFinished' inside coroutine 'inMacro'
  // The wait in the macro returned: the result is ready (a wait that
  // returned proves readiness, through the macro's do-while too).
  co_return RESULT_OF(lookup);
}

// The same macro used twice: two findings.
QCoro::Task<int> twice(QFuture<int> a, QFuture<int> b) {
  int x = RESULT_OF(a);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking wait 'QFuture::result' inside coroutine 'twice'
  int y = RESULT_OF(b);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking wait 'QFuture::result' inside coroutine 'twice'
  co_return x + y;
}

// A macro argument holding the whole call is still a macro expansion.
#define IDENTITY(x) x
QCoro::Task<int> argument(QFuture<int> lookup) {
  co_return IDENTITY(lookup.result());
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: blocking wait 'QFuture::result' inside coroutine 'argument'
}

// Outside a coroutine nothing is reported, macro or not.
int sync(QFuture<int> lookup) { return RESULT_OF(lookup); }
