// RUN: %check_async_tidy %s async-blocking-wait %t -- -config="{}" -- %qt_flags

// Blocking reached through helpers and slots passed by name with Qt 6 and
// QCoro (issue 14). The expected diagnostics are at the end of the file.

#include <QCoroFuture>
#include <QCoroTask>
#include <QFuture>
#include <QObject>
#include <QTimer>
#include <QtConcurrent/QtConcurrent>

QFuture<int> computeAsync();

int computeNow() {
  QFuture<int> f = computeAsync();
  return f.result();
}
int resultIfFinished(QFuture<int> &f) { return f.isFinished() ? f.result() : 0; }

QCoro::Task<int> coroutineCallsHelpers(QFuture<int> f) {
  int a = computeNow();
  int b = resultIfFinished(f);
  co_return a + b;
}

class Refresher : public QObject {
public:
  void arm() {
    QTimer::singleShot(0, this, &Refresher::onTimeout);
    QTimer::singleShot(10, this, [this] { onForwarded(); });
  }
  void onTimeout() { computeNow(); }
  void onForwarded() { pending_.waitForFinished(); }
  // Not handed to Qt: a plain member.
  void refreshNow() { computeNow(); }

private:
  QFuture<void> pending_;
};

// QtConcurrent::run runs the helper on a pool thread that may block.
void runOnPool() { (void)QtConcurrent::run(computeNow); }

int main() { return computeNow(); }

// CHECK-NOTES: :22:11: warning: call to 'computeNow' blocks in 'QFuture::result' inside coroutine 'coroutineCallsHelpers'
// CHECK-NOTES: :17:12: note: 'computeNow' blocks here on 'QFuture::result'; 'co_await' the future (QCoro) or attach a continuation with a context
// CHECK-NOTES: :33:22: warning: call to 'computeNow' blocks in 'QFuture::result' inside callback 'Refresher::onTimeout' passed to 'QTimer::singleShot'
// CHECK-NOTES: :17:12: note: 'computeNow' blocks here on 'QFuture::result'; 'co_await' the future (QCoro) or attach a continuation with a context
// CHECK-NOTES: :30:5: note: 'Refresher::onTimeout' is passed here by name; it runs as a continuation or executor task of 'QTimer::singleShot'
// CHECK-NOTES: :34:33: warning: blocking wait 'QFuture::waitForFinished' inside callback 'Refresher::onForwarded' passed to 'QTimer::singleShot'
// CHECK-NOTES: :31:5: note: 'Refresher::onForwarded' is passed here by name; it runs as a continuation or executor task of 'QTimer::singleShot'
