// Mirrors yaclib/coro/await.hpp (yaclib::Await(futures...) and operator co_await(FutureBase&&): resume inline on the completing thread). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <yaclib/async/future.hpp>
#include <yaclib/coro/coro.hpp>

namespace yaclib {
namespace detail {

struct AwaitAwaiter {
  bool await_ready() const noexcept { return false; }
  void await_suspend(yaclib_std::coroutine_handle<>) noexcept {}
  void await_resume() noexcept {}
};

template <typename V, typename E>
struct TransferAwaiter {
  bool await_ready() const noexcept { return false; }
  void await_suspend(yaclib_std::coroutine_handle<>) noexcept {}
  Result<V, E> await_resume() noexcept { return {}; }
};

} // namespace detail

template <typename... Waited>
auto Await(Waited &...waited) noexcept {
  ((void)waited, ...);
  return detail::AwaitAwaiter{};
}

template <typename V, typename E>
auto operator co_await(FutureBase<V, E> &&future) noexcept {
  (void)future;
  return detail::TransferAwaiter<V, E>{};
}

} // namespace yaclib
