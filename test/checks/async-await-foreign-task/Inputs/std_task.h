// A small coroutine type for the tests: its promise awaits std::future and
// std::shared_future (by handing the wait to another thread; the point here is
// only that `co_await fut` compiles).
#pragma once
#include <coroutine>
#include <future>
#include <thread>
#include <utility>

namespace test {

template <typename Future> struct FutureAwaiter {
  Future &F;
  bool await_ready() const { return false; }
  void await_suspend(std::coroutine_handle<> H) {
    std::thread([this, H] {
      F.wait();
      H.resume();
    }).detach();
  }
  auto await_resume() { return F.get(); }
};

struct Task {
  struct promise_type {
    Task get_return_object() { return {}; }
    std::suspend_never initial_suspend() { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
    template <typename T>
    FutureAwaiter<std::future<T>> await_transform(std::future<T> &F) {
      return {F};
    }
    template <typename T>
    FutureAwaiter<std::future<T>> await_transform(std::future<T> &&F) {
      return {F};
    }
    template <typename T>
    FutureAwaiter<const std::shared_future<T>>
    await_transform(const std::shared_future<T> &F) {
      return {F};
    }
    // Anything that is already an awaiter.
    template <typename A>
      requires requires(A &Awaiter) { Awaiter.await_ready(); }
    A &&await_transform(A &&Awaiter) {
      return static_cast<A &&>(Awaiter);
    }
  };
};

std::future<int> startFetch();
std::shared_future<int> startShared();

} // namespace test
