// C++17 code without coroutines: the chaining and combinator forms work the
// same (a user future configured through the catalog options).
// RUN: %check_async_tidy %s async-task-chaining %t -- \
// RUN:   -config="{CheckOptions: {async-task-chaining.ChainingFunctions: 'lib::Future::then', async-task-chaining.CombinatorFunctions: 'lib::whenBoth'}}" \
// RUN:   -- -std=c++17

#include <utility>

namespace lib {
class Future {
public:
  template <class F> Future then(F &&) &&;
  Future then(int) const &;
};
Future whenBoth(Future, Future);
Future ready();
} // namespace lib

class Log {
public:
  void write() {
    last_ = std::move(last_).then([] {});
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'last_' is re-chained onto itself, forming a private task queue that cannot be joined; serialize with an async mutex, strand or serial executor instead [async-task-chaining]
    last_ = last_.then(1);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'last_' is re-chained onto itself
    last_ = lib::whenBoth(std::move(last_), lib::ready());
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'last_' is re-chained onto itself
  }
  void nearMisses(lib::Future other) {
    last_ = lib::ready().then(1);
    last_ = std::move(other).then([] {});
    last_ = lib::whenBoth(lib::ready(), std::move(other));
  }

private:
  lib::Future last_;
};
