// Mirrors async_simple/Future.h (async_simple::Future<T>: get() && and wait() block; thenValue/thenTry run inline unless the future has an executor; makeReadyFuture; collectAll). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <async_simple/Executor.h>
#include <async_simple/Try.h>

#include <exception>
#include <type_traits>
#include <utility>
#include <vector>

namespace async_simple {

template <typename T>
class Future {
public:
  using value_type = T;
  Future() = default;
  Future(const Future &) = delete;
  Future &operator=(const Future &) = delete;
  Future(Future &&) {}
  Future &operator=(Future &&) { return *this; }
  ~Future() {}

  bool valid() const { return true; }
  bool hasResult() const { return false; }
  /// Blocks the calling thread until the future has a value.
  T get() && { std::terminate(); }
  /// Blocks the calling thread until the future has a value.
  void wait() {}
  Future<T> via(Executor *executor) && {
    (void)executor;
    return Future<T>{};
  }
  template <typename F>
  auto thenTry(F &&f) && {
    (void)f;
    return Future<std::invoke_result_t<F, Try<T> &&>>{};
  }
  template <typename F>
  auto thenValue(F &&f) && {
    (void)f;
    if constexpr (std::is_void_v<T>)
      return Future<std::invoke_result_t<F>>{};
    else
      return Future<std::invoke_result_t<F, T>>{};
  }
  template <typename F>
  auto then(F &&f) && {
    return std::move(*this).thenValue(std::forward<F>(f));
  }
};

template <typename T>
Future<std::decay_t<T>> makeReadyFuture(T &&v) {
  (void)v;
  return {};
}
inline Future<void> makeReadyFuture() { return {}; }

template <typename T>
Future<std::vector<Try<T>>> collectAll(std::vector<Future<T>> &&futures) {
  (void)futures;
  return {};
}

} // namespace async_simple
