// Mirrors folly/coro/SharedPromise.h (folly::coro::SharedPromise<T>). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <folly/Portability.h>

#if FOLLY_HAS_COROUTINES

#include <cstddef>
#include <optional>

#include <folly/ExceptionWrapper.h>
#include <folly/Try.h>
#include <folly/Unit.h>
#include <folly/coro/Promise.h>

namespace folly {
namespace coro {

/// Baton-based promise that hands out any number of coro::Future<T>.
template <typename T>
class SharedPromise {
  using TryType = Try<lift_unit_t<T>>;

 public:
  SharedPromise() = default;
  SharedPromise(SharedPromise&&) noexcept = default;
  SharedPromise& operator=(SharedPromise&&) noexcept = default;
  SharedPromise(const SharedPromise&) = delete;
  SharedPromise& operator=(const SharedPromise&) = delete;

  folly::coro::Future<T> getFuture() const { return {}; }
  std::size_t size() const { return 0; }
  bool isFulfilled() const { return false; }
  std::optional<TryType> poll() const { return std::nullopt; }

  void setException(folly::exception_wrapper&&) {}
  template <typename U = T>
  void setValue(U&&) {}
  template <typename U = T>
    requires std::is_void_v<U>
  void setValue() {}
  void setTry(TryType&&) {}
};

} // namespace coro
} // namespace folly

#endif // FOLLY_HAS_COROUTINES
