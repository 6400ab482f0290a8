// Mirrors folly/futures/detail/Core.h (internal Core<T>, CoreBase::doCallback, DeferredExecutor::addFrom). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <utility>

#include <folly/Executor.h>
#include <folly/Try.h>
#include <folly/futures/detail/Types.h>

namespace folly {
namespace futures {
namespace detail {

/// Runs callbacks inline when the completing executor equals the stored one;
/// otherwise enqueues; otherwise stores them until via()/get().
class DeferredExecutor final {
 public:
  template <class F>
  void addFrom(Executor::KeepAlive<>&& completingKA, F&& func) {
    (void)completingKA;
    (void)func;
  }
};

class CoreBase {
 protected:
  /// Runs (or enqueues) the callback; inline only under
  /// InlineContinuation::permit on the same executor.
  void doCallback(Executor::KeepAlive<>&& completingKA, int priorState) {
    (void)completingKA;
    (void)priorState;
  }
};

template <typename T>
class Core final : private CoreBase {
 public:
  static Core* make() { return new Core(); }

  template <class F>
  void setCallback(F&& func, InlineContinuation allowInline) {
    (void)func;
    (void)allowInline;
  }

  void setResult(Try<T>&& t) { (void)t; }
  void setResult(Executor::KeepAlive<>&& completingKA, Try<T>&& t) {
    (void)completingKA;
    (void)t;
  }

  bool hasResult() const noexcept { return false; }
  bool hasCallback() const noexcept { return false; }
};

} // namespace detail
} // namespace futures
} // namespace folly
