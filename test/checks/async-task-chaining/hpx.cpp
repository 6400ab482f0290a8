// HPX futures (mock headers).
// RUN: %check_async_tidy %s async-task-chaining %t -- -config="{}" -- -isystem %inputs

#include <hpx/future.hpp>
#include <utility>

class Stepper {
public:
  void step() {
    last_ = last_.then([](hpx::future<void>) {});
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'last_' is re-chained onto itself, forming a private task queue that cannot be joined; serialize with 'hpx::mutex' or an HPX semaphore instead [async-task-chaining]
  }
  void stepSync() {
    last_ = std::move(last_).then(hpx::launch::sync, [](hpx::future<void>) {});
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'last_' is re-chained onto itself
  }
  void stepShared() {
    shared_ = shared_.then([](hpx::shared_future<int>) { return 1; });
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'shared_' is re-chained onto itself
  }
  void combine(hpx::future<void> next) {
    last_ = hpx::when_all(std::move(last_), std::move(next)).then([](auto) {});
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'last_' is re-chained onto itself
  }

  //===--- Near misses ----------------------------------------------------===//
  void restart() { last_ = hpx::make_ready_future(); }
  void adopt(hpx::future<void> other) {
    last_ = other.then([](hpx::future<void>) {});
  }
  void fresh() {
    last_ = hpx::make_ready_future().then([](hpx::future<void>) {});
  }
  void combineOthers(hpx::future<void> a, hpx::future<void> b) {
    last_ = hpx::when_all(std::move(a), std::move(b)).then([](auto) {});
  }
  void move(hpx::future<void> other) { last_ = std::move(other); }

private:
  hpx::future<void> last_ = hpx::make_ready_future();
  hpx::shared_future<int> shared_;
};

// A local chain, joined before the function returns.
void batch(int n) {
  hpx::future<void> done = hpx::make_ready_future();
  for (int i = 0; i < n; ++i)
    done = done.then([](hpx::future<void>) {});
  done.get();
}
