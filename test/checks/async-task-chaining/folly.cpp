// folly futures (mock headers): single-continuation futures must be
// reassigned, so the idiom is `last_ = std::move(last_).thenValue(...)`.
// RUN: %check_async_tidy %s async-task-chaining %t -- -config="{}" -- -isystem %inputs

#include <folly/executors/InlineExecutor.h>
#include <folly/futures/Future.h>
#include <utility>

class Flusher {
public:
  void push(int n) {
    last_ = std::move(last_).thenValue([n](folly::Unit) { (void)n; });
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'last_' is re-chained onto itself, forming a private task queue that cannot be joined; serialize with 'folly::coro::Mutex', 'folly::coro::SerialQueueRunner' or a 'folly::SerialExecutor' instead [async-task-chaining]
  }
  void pushTry() {
    last_ = std::move(last_).thenTry([](folly::Try<folly::Unit>) {});
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'last_' is re-chained onto itself
  }
  void pushVia(folly::Executor *ex) {
    last_ = std::move(last_).via(ex).thenValue([](folly::Unit) {}).ensure([] {});
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'last_' is re-chained onto itself
  }
  void pushInline() {
    this->last_ = std::move(last_).thenValueInline([](folly::Unit) {});
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'last_' is re-chained onto itself
  }
  // A SemiFuture tail, deferred, and through toUnsafeFuture().
  void defer() {
    semi_ = std::move(semi_).deferValue([](folly::Unit) {});
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'semi_' is re-chained onto itself
    semi_ = std::move(semi_).toUnsafeFuture().thenValue([](folly::Unit) {});
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'semi_' is re-chained onto itself
  }
  // The combinator form, continued back to the tail's type.
  void collect(folly::SemiFuture<folly::Unit> next) {
    semi_ = folly::collectAll(std::move(semi_), std::move(next))
                .deferValue([](auto &&) {});
    // CHECK-MESSAGES: :[[@LINE-2]]:5: warning: 'semi_' is re-chained onto itself
  }

  //===--- Near misses ----------------------------------------------------===//
  void restart() { last_ = folly::makeFuture(); }
  void builder(folly::Executor *ex) {
    last_ = folly::makeFuture().via(ex).thenValue([](folly::Unit) {});
  }
  void adopt(folly::Future<folly::Unit> other) {
    last_ = std::move(other).thenValue([](folly::Unit) {});
  }
  void rebind(folly::Executor *ex) { last_ = std::move(last_).via(ex); }
  void semiOnly() { semi_ = std::move(last_).semi(); }
  void collectOthers(folly::SemiFuture<folly::Unit> a,
                     folly::SemiFuture<folly::Unit> b) {
    semi_ = folly::collectAll(std::move(a), std::move(b))
                .deferValue([](auto &&) {});
  }
  void drain() { std::move(last_).get(); }

private:
  folly::Future<folly::Unit> last_ = folly::makeFuture();
  folly::SemiFuture<folly::Unit> semi_ = folly::makeSemiFuture();
};

// A local chain, joined before the function returns.
void batch(int n) {
  folly::Future<folly::Unit> done = folly::makeFuture();
  for (int i = 0; i < n; ++i)
    done = std::move(done).thenValue([](folly::Unit) {});
  std::move(done).get();
}
