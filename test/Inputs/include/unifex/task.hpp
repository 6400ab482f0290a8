// Mirrors unifex/task.hpp (unifex::task<T> = _task::_task<T, false>::type, a scheduler-affine coroutine task). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <concepts>
#include <coroutine>
#include <exception>
#include <type_traits>
#include <utility>

#include <unifex/sender_concepts.hpp>

namespace unifex {
namespace _task {

template <typename T>
concept _has_member_co_await =
    requires(T&& t) { static_cast<T&&>(t).operator co_await(); };
template <typename T>
concept _has_free_co_await =
    requires(T&& t) { operator co_await(static_cast<T&&>(t)); };
template <typename T>
concept _is_awaiter = requires(T& t) {
  { t.await_ready() } -> std::convertible_to<bool>;
  t.await_resume();
};

/// Awaiter for a sender (as_awaitable): resumes with its single value.
template <typename Sender>
struct _sender_awaiter {
  bool await_ready() const noexcept { return false; }
  bool await_suspend(std::coroutine_handle<>) noexcept { return true; }
  sender_single_value_return_type_t<Sender> await_resume() { std::terminate(); }
};

template <typename T>
struct _return_value_or_void {
  struct type {
    template <typename Value>
    void return_value(Value&&) {}
  };
};
template <>
struct _return_value_or_void<void> {
  struct type {
    void return_void() noexcept {}
  };
};

template <typename T>
struct _values {
  using list = type_list<T>;
  template <template <typename...> class Variant, template <typename...> class Tuple>
  using value_types = Variant<Tuple<T>>;
};
template <>
struct _values<void> {
  using list = type_list<>;
  template <template <typename...> class Variant, template <typename...> class Tuple>
  using value_types = Variant<Tuple<>>;
};

template <typename T, bool nothrow>
struct _task {
  struct type;
};

template <typename T, bool nothrow>
struct _promise final : _return_value_or_void<T>::type {
  using task_t = typename _task<T, nothrow>::type;

  task_t get_return_object() noexcept;
  std::suspend_always initial_suspend() noexcept { return {}; }
  std::suspend_always final_suspend() noexcept { return {}; }
  void unhandled_exception() noexcept {}

  /// Scheduler-affine: awaited senders/awaitables are wrapped in
  /// with_scheduler_affinity(value, sched_).
  template <typename Value>
  decltype(auto) await_transform(Value&& value) {
    if constexpr (
        _has_member_co_await<Value> || _has_free_co_await<Value> ||
        _is_awaiter<Value>) {
      return static_cast<Value&&>(value);
    } else {
      return _sender_awaiter<std::remove_cvref_t<Value>>{};
    }
  }
};

template <typename T, bool nothrow>
struct [[nodiscard]] _task<T, nothrow>::type {
  using promise_type = _promise<T, nothrow>;

  template <
      template <typename...> class Variant,
      template <typename...> class Tuple>
  using value_types = typename _values<T>::template value_types<Variant, Tuple>;
  template <template <typename...> class Variant>
  using error_types = Variant<std::exception_ptr>;
  static constexpr bool sends_done = true;
  using _values_t = typename _values<T>::list;

  explicit type(std::coroutine_handle<promise_type> coro) noexcept : coro_(coro) {}
  type(type&& t) noexcept : coro_(std::exchange(t.coro_, {})) {}
  ~type() {}

  struct _awaiter {
    std::coroutine_handle<promise_type> coro_;
    bool await_ready() const noexcept { return false; }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<>) noexcept {
      return coro_;
    }
    T await_resume() { std::terminate(); }
  };

  _awaiter operator co_await() && noexcept {
    return _awaiter{std::exchange(coro_, {})};
  }

 private:
  std::coroutine_handle<promise_type> coro_;
};

template <typename T, bool nothrow>
typename _task<T, nothrow>::type
_promise<T, nothrow>::get_return_object() noexcept {
  return typename _task<T, nothrow>::type{
      std::coroutine_handle<_promise>::from_promise(*this)};
}

} // namespace _task

template <typename T>
using task = typename _task::_task<T, false>::type;

template <typename T>
using nothrow_task = typename _task::_task<T, true>::type;

} // namespace unifex
