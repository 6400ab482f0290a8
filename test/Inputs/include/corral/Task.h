// Mirrors corral/Task.h (corral::Task<T>, a lazy coroutine task run by an event loop). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <coroutine>
#include <exception>

namespace corral {

template <class T = void>
class Task;

namespace detail {
template <class T>
struct TaskReturn {
  template <class U>
  void return_value(U &&) {}
};
template <>
struct TaskReturn<void> {
  void return_void() noexcept {}
};
} // namespace detail

template <class T>
class [[nodiscard]] Task {
public:
  struct promise_type : detail::TaskReturn<T> {
    Task get_return_object() { return Task{}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void unhandled_exception() { std::terminate(); }
  };
  Task() = default;
  Task(Task &&) noexcept {}
  Task &operator=(Task &&) noexcept { return *this; }
  ~Task() {}

  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  T await_resume() { std::terminate(); }
};

} // namespace corral
