// Mirrors yaclib/coro/future.hpp (coroutines returning yaclib::Future<V, E>). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <yaclib/async/future.hpp>
#include <yaclib/coro/coro.hpp>

#include <exception>

namespace yaclib::detail {

template <typename V>
struct PromiseReturn {
  template <typename U>
  void return_value(U &&) {}
};
template <>
struct PromiseReturn<void> {
  void return_void() noexcept {}
};

template <typename V, typename E, bool Lazy, bool Shared>
struct PromiseType : PromiseReturn<V> {
  Future<V, E> get_return_object() { return {}; }
  yaclib_std::suspend_never initial_suspend() noexcept { return {}; }
  yaclib_std::suspend_never final_suspend() noexcept { return {}; }
  void unhandled_exception() { std::terminate(); }
};

} // namespace yaclib::detail

template <typename V, typename E, typename... Args>
struct yaclib_std::coroutine_traits<yaclib::Future<V, E>, Args...> final {
  using promise_type = yaclib::detail::PromiseType<V, E, false, false>;
};
