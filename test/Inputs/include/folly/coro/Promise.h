// Mirrors folly/coro/Promise.h (folly::coro::Promise<T>, folly::coro::Future<T>, makePromiseContract). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <exception>
#include <folly/Portability.h>

#if FOLLY_HAS_COROUTINES

#include <type_traits>
#include <utility>

#include <folly/CancellationToken.h>
#include <folly/ExceptionWrapper.h>
#include <folly/Try.h>
#include <folly/coro/Baton.h>
#include <folly/coro/Coroutine.h>

namespace folly {
namespace coro {

template <typename T>
class Promise;
template <typename T>
class Future;

template <typename T>
std::pair<Promise<T>, Future<T>> makePromiseContract();

template <typename T>
Future<std::remove_cvref_t<T>> makeFuture(T&&);
template <typename T>
Future<T> makeFuture(exception_wrapper&&);
Future<void> makeFuture();

/// Producer side; setValue()/setException()/setResult() post a coro::Baton,
/// which resumes the awaiting coroutine inline.
template <typename T>
class Promise {
 public:
  Promise() = default;
  Promise(Promise&&) noexcept = default;
  Promise& operator=(Promise&&) noexcept = default;
  Promise(const Promise&) = delete;
  Promise& operator=(const Promise&) = delete;
  ~Promise() = default;

  bool valid() const noexcept { return true; }
  bool isFulfilled() const noexcept { return false; }

  template <typename... Args>
  void setValue(Args&&...) {}
  template <typename... Args>
  void setException(Args&&...) {}
  void setResult(Try<T>&&) {}

  template <typename... Args>
  bool trySetValue(Args&&...) {
    return true;
  }
  template <typename... Args>
  bool trySetException(Args&&...) {
    return true;
  }
  bool trySetResult(Try<T>&&) { return true; }
  template <typename Func>
  bool trySetWith(Func&&) {
    return true;
  }

  const CancellationToken& getCancellationToken() const { return ct_; }

 private:
  CancellationToken ct_;
};

/// Consumer side: an awaitable (`co_await std::move(future)`).
template <typename T>
class Future {
 public:
  class WaitOperation {
   public:
    bool await_ready() noexcept { return false; }
    bool await_suspend(coroutine_handle<>) noexcept { return true; }
    T await_resume() { std::terminate(); }
    folly::Try<T> await_resume_try() { std::terminate(); }
  };

  Future() = default;
  Future(Future&&) noexcept = default;
  Future& operator=(Future&&) noexcept = default;
  Future(const Future&) = delete;
  Future& operator=(const Future&) = delete;

  bool isReady() const noexcept { return false; }
  bool valid() const noexcept { return true; }

  [[nodiscard]] WaitOperation operator co_await() && noexcept { return {}; }
};

template <typename T>
std::pair<Promise<T>, Future<T>> makePromiseContract() {
  return {Promise<T>{}, Future<T>{}};
}

template <typename T>
Future<std::remove_cvref_t<T>> makeFuture(T&&) {
  return {};
}
template <typename T>
Future<T> makeFuture(exception_wrapper&&) {
  return {};
}
inline Future<void> makeFuture() {
  return {};
}

} // namespace coro
} // namespace folly

#endif // FOLLY_HAS_COROUTINES
