// The legacy pricing engine, written with Boost.Thread futures.
#include <boost/thread/future.hpp>

namespace shop {

static int basePrice(int sku) { return 100 + sku; }
static int margin(int sku) { return sku % 7; }
static void recompute(int sku) { (void)sku; }

class PricingEngine {
public:
  // Hazard: last_ is re-chained onto itself: a private queue of repricings
  // that cannot be joined or cancelled.
  void reprice(int sku) {
    last_ = last_.then([sku](boost::future<void> previous) {
      previous.get(); // the antecedent is ready here: this never blocks
      recompute(sku);
    });
  }

  // Blocking on the tail of that queue.
  void waitIdle() { last_.wait(); }

  // Hazard: the continuation blocks on another future; the thread it runs
  // on is held until that future is ready.
  boost::future<int> quote(int sku) {
    boost::shared_future<int> base =
        boost::async([sku] { return basePrice(sku); }).share();
    return boost::async([sku] { return margin(sku); })
        .then([base](boost::future<int> m) { return base.get() + m.get(); });
  }

  // Correct: combine the two futures and continue when both are ready.
  boost::future<int> quoteAsync(int sku) {
    boost::future<int> base = boost::async([sku] { return basePrice(sku); });
    boost::future<int> m = boost::async([sku] { return margin(sku); });
    return boost::when_all(std::move(base), std::move(m)).then([](auto both) {
      auto parts = both.get();
      return std::get<0>(parts).get() + std::get<1>(parts).get();
    });
  }

private:
  boost::future<void> last_ = boost::make_ready_future();
};

int priceOf(int sku) {
  PricingEngine engine;
  engine.reprice(sku);
  engine.waitIdle();
  return engine.quoteAsync(sku).get(); // main thread: blocking is fine here
}

} // namespace shop
