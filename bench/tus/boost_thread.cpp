// Benchmark TU: Boost.Thread futures (Debian's libboost-thread-dev), version 4
// (.then() continuations, when_all/when_any), promises completed under locks,
// shared mutexes, thread groups.
#define BOOST_THREAD_VERSION 4
#define BOOST_THREAD_PROVIDES_FUTURE_CONTINUATION
#define BOOST_THREAD_PROVIDES_FUTURE_WHEN_ALL_WHEN_ANY
#include <boost/thread.hpp>
#include <boost/thread/future.hpp>
#include <boost/thread/shared_mutex.hpp>
#include <map>
#include <string>
#include <vector>

namespace bench_boost {

class Quotes {
public:
  boost::future<double> price(const std::string &symbol) {
    return boost::async(boost::launch::async, [symbol] {
      return static_cast<double>(symbol.size());
    });
  }

  boost::future<std::string> describe(const std::string &symbol) {
    return price(symbol).then([symbol](boost::future<double> f) {
      return symbol + "=" + std::to_string(f.get());
    });
  }

  boost::future<double> total(std::vector<std::string> symbols) {
    std::vector<boost::future<double>> prices;
    for (const auto &s : symbols)
      prices.push_back(price(s));
    return boost::when_all(prices.begin(), prices.end())
        .then([](boost::future<std::vector<boost::future<double>>> all) {
          double sum = 0;
          for (auto &f : all.get())
            sum += f.get();
          return sum;
        });
  }

private:
  boost::shared_mutex mutex_;
};

class OrderBook {
public:
  boost::shared_future<int> next_fill() {
    boost::lock_guard<boost::mutex> lock(mutex_);
    return fill_.get_future().share();
  }

  void on_fill(int price) {
    boost::promise<int> done;
    {
      boost::lock_guard<boost::mutex> lock(mutex_);
      std::swap(done, fill_);
      last_price_ = price;
    }
    done.set_value(price);
  }

  int last_price() {
    boost::shared_lock<boost::shared_mutex> lock(rw_);
    return last_price_;
  }

private:
  boost::mutex mutex_;
  boost::shared_mutex rw_;
  boost::promise<int> fill_;
  int last_price_ = 0;
};

class Ledger {
public:
  void append(std::string entry) {
    boost::unique_lock<boost::mutex> lock(mutex_);
    entries_.push_back(std::move(entry));
    changed_.notify_all();
  }
  std::size_t wait_for_entries(std::size_t n) {
    boost::unique_lock<boost::mutex> lock(mutex_);
    changed_.wait(lock, [&] { return entries_.size() >= n; });
    return entries_.size();
  }

private:
  boost::mutex mutex_;
  boost::condition_variable changed_;
  std::vector<std::string> entries_;
};

int run_all() {
  Quotes quotes;
  OrderBook book;
  Ledger ledger;
  boost::thread_group threads;
  for (int i = 0; i < 4; ++i)
    threads.create_thread([&, i] { ledger.append(std::to_string(i)); });
  auto fill = book.next_fill();
  boost::thread filler([&] { book.on_fill(7); });
  auto description = quotes.describe("ACME");
  auto sum = quotes.total({"A", "BB", "CCC"});
  auto any = boost::when_any(quotes.price("X"), quotes.price("YY"));
  ledger.wait_for_entries(4);
  threads.join_all();
  filler.join();
  return fill.get() + static_cast<int>(sum.get()) +
         static_cast<int>(description.get().size()) +
         static_cast<int>(std::get<0>(any.get()).is_ready());
}

} // namespace bench_boost

int main() { return bench_boost::run_all(); }
