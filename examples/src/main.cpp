// The service's entry point: ordinary synchronous code, where waiting for a
// future is what you are supposed to do. async-tidy stays silent here.
#include <QCoreApplication>
#include <QFuture>
#include <QtConcurrent/QtConcurrent>
#include <future>

namespace shop {
int priceOf(int sku);
}

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  std::future<int> price =
      std::async(std::launch::async, [] { return shop::priceOf(7); });
  QFuture<int> stock = QtConcurrent::run([] { return 3; });
  return price.get() + stock.result() > 0 ? 0 : 1;
}
