// Stock lookups: Qt futures consumed from QCoro coroutines.
#include <QCoroFuture>
#include <QCoroTask>
#include <QFuture>
#include <QString>
#include <QtConcurrent/QtConcurrent>

namespace shop {

static int queryStock(const QString &sku) { return sku.size(); }
static int loadStockLevels() { return 42; }

class Inventory {
public:
  Inventory() : warmup_(QtConcurrent::run(&loadStockLevels)) {}

  // Hazard: result() blocks the thread this coroutine runs on until the
  // lookup finishes; if that thread is the one that must deliver it (the
  // event loop, a one-thread pool), the service hangs.
  QCoro::Task<int> stockFor(QString sku) {
    QFuture<int> lookup = QtConcurrent::run(&queryStock, sku);
    int count = lookup.result();
    co_return count;
  }

  // Correct: suspend instead of blocking.
  QCoro::Task<int> stockForAsync(QString sku) {
    QFuture<int> lookup = QtConcurrent::run(&queryStock, sku);
    co_return co_await lookup;
  }

  // Hazard: warmup_ was started elsewhere (the constructor). This coroutine
  // cannot lend that work what it needs, so awaiting it here joins nothing.
  QCoro::Task<int> totalStock() {
    const int levels = co_await warmup_;
    co_return levels;
  }

  // Correct: the coroutine starts the work it awaits.
  QCoro::Task<int> totalStockFresh() {
    const int levels = co_await QtConcurrent::run(&loadStockLevels);
    co_return levels;
  }

private:
  QFuture<int> warmup_;
};

QCoro::Task<int> totalInventory() {
  Inventory inventory;
  const int a = co_await inventory.stockForAsync(QStringLiteral("sku-1"));
  const int b = co_await inventory.totalStockFresh();
  co_return a + b;
}

} // namespace shop
