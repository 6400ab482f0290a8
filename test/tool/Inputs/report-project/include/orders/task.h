#pragma once
#include <coroutine>
#include <future>

namespace orders {
// A minimal eager coroutine type that can co_await a std::future.
struct Task {
  struct promise_type {
    Task get_return_object() { return {}; }
    std::suspend_never initial_suspend() { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
    template <typename T> auto await_transform(std::future<T> &F) {
      struct Awaiter {
        std::future<T> &F;
        bool await_ready() { return true; }
        void await_suspend(std::coroutine_handle<>) {}
        T await_resume() { return F.get(); }
      };
      return Awaiter{F};
    }
  };
};
} // namespace orders
