// RUN: %check_async_tidy %s async-task-chaining %t -- -- -std=c++17
// RUN: %check_async_tidy -check-suffixes=NAMES %s async-task-chaining %t -- \
// RUN:   -config="{CheckOptions: {async-task-chaining.ChainingMemberNames: 'enqueue'}}" -- -std=c++17

// Home-made futures nobody configured: a member named like a chaining
// operation (ChainingMemberNames) that takes a callable and returns the
// class of its receiver, or a smart pointer to it, is a chaining function.

#include <functional>
#include <memory>
#include <utility>

namespace home {
template <class T> class Future {
public:
  template <class F> Future<int> then(F &&f) const { return {}; }
  template <class F> Future<int> thenValue(F &&f) && { return {}; }
  template <class F> Future<void> ContinueWith(F &&f) { return {}; }
  template <class F> Future<void> enqueue(F &&f) { return {}; }
};

// lisu188/vstd's chain: `_future = _future->thenAsync(f)`.
class Chain {
public:
  std::shared_ptr<Chain> thenAsync(std::function<void()> f) { return {}; }
};
} // namespace home

class Log {
public:
  void append(int line) {
    last_ = last_.then([line](int) { return line; });
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'last_' is re-chained onto itself, forming a private task queue that cannot be joined; serialize with an async mutex, strand or serial executor instead [async-task-chaining]
    other_ = other_.ContinueWith([] {});
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'other_' is re-chained onto itself
    chain_ = chain_->thenAsync([] {});
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'chain_' is re-chained onto itself
    auto later = [this] { last_ = last_.then([](int) { return 0; }); };
    // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'last_' is re-chained onto itself
    later();
  }

  // The two-step form through a local.
  void appendTwoStep(int line) {
    auto previous = std::move(last_);
    last_ = std::move(previous).thenValue([line](int) { return line; });
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'last_' is re-chained onto itself
  }

  static void appendStatic() {
    tail_ = tail_.then([](int) { return 1; });
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'tail_' is re-chained onto itself
  }

  // A configured name replaces the defaults.
  void appendNamed() {
    other_ = other_.enqueue([] {});
    // CHECK-MESSAGES-NAMES: :[[@LINE-1]]:5: warning: 'other_' is re-chained onto itself
  }

private:
  home::Future<int> last_;
  home::Future<void> other_;
  std::shared_ptr<home::Chain> chain_;
  static home::Future<int> tail_;
};

home::Future<int> globalTail;
void appendGlobal() {
  globalTail = globalTail.then([](int) { return 2; });
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'globalTail' is re-chained onto itself
}

//===--- Hard negatives ----------------------------------------------------===//

namespace near {
struct Step {};
struct Pipeline {
  // then() returning another type.
  template <class F> Step then(F &&) { return {}; }
};
struct Builder {
  Builder with(int) const { return *this; }
  template <class F> Builder with(F &&) const { return *this; }
};
struct Config {
  Config setTimeout(int) { return *this; }
  Config &setName(const char *) { return *this; }
};
struct Cursor {
  Cursor next() const { return *this; }
};
struct Node {
  Node *next() { return this; }
  template <class F> Node *then(F &&) { return this; }
};
} // namespace near

class NearMisses {
public:
  void run(home::Future<int> other) {
    pipeline_ = near::Pipeline{};
    builder_ = builder_.with(1);
    builder_ = builder_.with([] {});
    config_ = config_.setTimeout(5);
    config_ = config_.setName("x");
    cursor_ = cursor_.next();
    node_ = node_->next();
    node_ = node_->then([] {});
    // Chained onto another future, not onto itself.
    last_ = other.then([](int) { return 1; });
    auto previous = std::move(other);
    last_ = std::move(previous).thenValue([](int) { return 1; });
    // A local chain ends with the function.
    home::Future<int> local;
    local = local.then([](int) { return 1; });
  }

private:
  near::Pipeline pipeline_;
  near::Builder builder_;
  near::Config config_;
  near::Cursor cursor_;
  near::Node *node_ = nullptr;
  home::Future<int> last_;
};
