// Benchmark TU: Qt 6 core + concurrent with QCoro (Debian's qt6-base-dev and
// qcoro-qt6-dev): coroutines awaiting QFutures, signals, timers, threads and
// QIODevices; QtConcurrent work with .then() continuations.
// Compile flags: -std=c++20 -fPIC $(pkg-config --cflags Qt6Core Qt6Concurrent)
//   -I/usr/include/qcoro6 -I/usr/include/qcoro6/qcoro
//   -I/usr/include/qcoro6/QCoro
#include <QCoro/QCoroCore>
#include <QCoro/QCoroFuture>
#include <QCoro/QCoroIODevice>
#include <QCoro/QCoroProcess>
#include <QCoro/QCoroSignal>
#include <QCoro/QCoroTask>
#include <QCoro/QCoroThread>
#include <QCoro/QCoroTimer>
#include <QtConcurrent>
#include <QtCore>
#include <chrono>
#include <mutex>

using namespace std::chrono_literals;

namespace bench_qt {

class Worker : public QObject {
public:
  QFuture<int> compute(int v) {
    return QtConcurrent::run([v] { return v * v; });
  }
  QFuture<QString> describe(int v) {
    return compute(v).then([](int sq) { return QString::number(sq); });
  }
  QFuture<int> sumOf(QList<int> values) {
    return QtConcurrent::mappedReduced(
        values, [](int x) { return x * 2; }, [](int &acc, int x) { acc += x; });
  }
};

QCoro::Task<int> squareLater(Worker &w, int v) {
  QTimer timer;
  timer.setSingleShot(true);
  timer.start(1ms);
  co_await timer;
  const int r = co_await w.compute(v);
  co_return r;
}

QCoro::Task<QString> describeAll(Worker &w, QList<int> values) {
  QStringList parts;
  for (int v : values)
    parts << co_await w.describe(v);
  co_return parts.join(QLatin1Char(','));
}

QCoro::Task<QByteArray> readAllFrom(QIODevice &device) {
  QByteArray data;
  while (device.isOpen()) {
    const QByteArray chunk = co_await qCoro(device).readAll();
    if (chunk.isEmpty())
      break;
    data += chunk;
  }
  co_return data;
}

QCoro::Task<int> runProcess(QString program) {
  QProcess process;
  process.start(program, {QStringLiteral("--version")});
  co_await qCoro(process).waitForFinished(5s);
  co_return process.exitCode();
}

QCoro::Task<void> waitForTimeout(QTimer &timer) {
  co_await qCoro(&timer, &QTimer::timeout);
}

QCoro::Task<int> onOtherThread() {
  QThread thread;
  thread.start();
  co_await qCoro(&thread).waitForStarted();
  thread.quit();
  co_await qCoro(&thread).waitForFinished();
  co_return 0;
}

class Cache : public QObject {
public:
  QCoro::Task<QString> lookup(int key) {
    if (auto it = entries_.constFind(key); it != entries_.cend())
      co_return *it;
    QString value = co_await worker_.describe(key);
    {
      std::lock_guard<std::mutex> lock(mutex_);
      entries_.insert(key, value);
    }
    co_return value;
  }

  void prefetch(QList<int> keys) {
    for (int key : keys)
      worker_.describe(key).then(this, [this, key](QString value) {
        std::lock_guard<std::mutex> lock(mutex_);
        entries_.insert(key, value);
      });
  }

private:
  Worker worker_;
  std::mutex mutex_;
  QHash<int, QString> entries_;
};

class Pipeline : public QObject {
public:
  QFuture<int> start() {
    QPromise<int> promise;
    QFuture<int> future = promise.future();
    promise.start();
    promise.addResult(42);
    promise.finish();
    return future;
  }
  QCoro::Task<int> chained() {
    const int a = co_await start();
    const int b = co_await QtConcurrent::run([a] { return a + 1; });
    co_return a + b;
  }
};

int runAll(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  Worker worker;
  Cache cache;
  Pipeline pipeline;
  QBuffer buffer;
  buffer.open(QIODevice::ReadOnly);
  QTimer::singleShot(0, [&] {
    QCoro::connect(squareLater(worker, 3), &app, [&](int) {});
    QCoro::connect(describeAll(worker, {1, 2, 3}), &app, [&](QString) {});
    QCoro::connect(cache.lookup(7), &app, [&](QString) { app.quit(); });
    QCoro::connect(readAllFrom(buffer), &app, [](QByteArray) {});
    QCoro::connect(pipeline.chained(), &app, [](int) {});
  });
  cache.prefetch({1, 2});
  const int total = worker.sumOf({1, 2, 3}).result();
  return app.exec() + total;
}

} // namespace bench_qt

int main(int argc, char **argv) { return bench_qt::runAll(argc, argv); }
