// Mirrors async_simple/coro/Lazy.h (async_simple::coro::Lazy<T>, a lazy coroutine task; via() gives a RescheduleLazy). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <async_simple/Executor.h>
#include <async_simple/Try.h>

#include <coroutine>
#include <exception>

namespace async_simple::coro {

template <typename T = void>
class Lazy;
template <typename T = void>
class RescheduleLazy;

namespace detail {
template <typename T>
struct LazyPromiseReturn {
  template <typename U>
  void return_value(U &&) {}
};
template <>
struct LazyPromiseReturn<void> {
  void return_void() noexcept {}
};
} // namespace detail

template <typename T>
class Lazy {
public:
  using ValueType = T;
  struct promise_type : detail::LazyPromiseReturn<T> {
    Lazy get_return_object() noexcept { return Lazy{}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void unhandled_exception() { std::terminate(); }
  };
  Lazy() = default;
  Lazy(Lazy &&) noexcept {}
  Lazy(const Lazy &) = delete;
  ~Lazy() {}

  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  T await_resume() { std::terminate(); }

  bool isReady() const { return false; }
  RescheduleLazy<T> via(Executor *ex) && {
    (void)ex;
    return {};
  }
  template <typename F>
  void start(F &&callback) {
    (void)callback;
  }
  Executor *getExecutor() { return nullptr; }
};

template <typename T>
class RescheduleLazy {
public:
  using ValueType = T;
  template <typename F>
  void start(F &&callback) {
    (void)callback;
  }
  Executor *getExecutor() { return nullptr; }
};

} // namespace async_simple::coro
