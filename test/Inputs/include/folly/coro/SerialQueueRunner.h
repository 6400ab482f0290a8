// Mirrors folly/coro/SerialQueueRunner.h (folly::coro::SerialQueueRunner: add, run, done). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <exception>
#include <folly/Portability.h>

#if FOLLY_HAS_COROUTINES

#include <folly/coro/Task.h>

namespace folly {
namespace coro {

/// Runs coroutine work items one after another (serial across suspension
/// points), unlike a SequencedExecutor.
class SerialQueueRunner {
 public:
  using Work = Task<>;

  void add(Work task) { (void)task; std::terminate(); } // task must not throw when awaited!
  void done() { std::terminate(); }
  Task<> run() { std::terminate(); }
};

} // namespace coro
} // namespace folly

#endif // FOLLY_HAS_COROUTINES
