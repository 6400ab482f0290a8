// Qt 6 core and concurrent, and every QCoro header that needs only Qt's
// base modules, with a coroutine using them.
#include <QtConcurrent>
#include <QtCore>
#include <QCoro/QCoroAsyncGenerator>
#include <QCoro/QCoroCore>
#include <QCoro/QCoroDBus>
#include <QCoro/QCoroFuture>
#include <QCoro/QCoroGenerator>
#include <QCoro/QCoroIODevice>
#include <QCoro/QCoroNetwork>
#include <QCoro/QCoroProcess>
#include <QCoro/QCoroSignal>
#include <QCoro/QCoroTask>
#include <QCoro/QCoroThread>
#include <QCoro/QCoroTimer>

QCoro::Task<int> sweep_qt() {
  QFuture<int> f = QtConcurrent::run([] { return 1; });
  int v = co_await f;
  QTimer timer;
  timer.start(1);
  co_await timer;
  auto g = QtFuture::makeReadyFuture(2).then(QtFuture::Launch::Async, [](int x) { return x + 1; });
  co_return v + co_await g;
}
