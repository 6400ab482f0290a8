// Coroutines whose promise types are invalid: missing members, no
// promise_type at all, a promise_type that is not a class, an awaiter
// without await_* members, an operator co_await returning garbage.
// RUN: %no_crash --expect=error %s -- %all_options -- -std=c++20 | FileCheck %s
// CHECK: === plugin
// CHECK: error:
// CHECK: === binary
// CHECK: error:
#include <coroutine>
#include <future>
#include <mutex>

struct no_promise {};
no_promise coro_without_promise(std::future<int> f) {
  f.get();
  co_return;
}

struct bad_promise {
  struct promise_type {
    // get_return_object, initial_suspend, final_suspend are missing.
    void return_void() {}
  };
};
bad_promise coro_bad_promise(std::future<int> f) {
  f.wait();
  co_await std::suspend_always{};
}

struct int_promise {
  using promise_type = int;
};
int_promise coro_int_promise(std::shared_future<int> f) {
  f.get();
  co_return;
}

struct bad_awaiter {};
struct ok_task {
  struct promise_type {
    ok_task get_return_object() { return {}; }
    std::suspend_never initial_suspend() { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};
ok_task awaits_non_awaitable(std::future<int> &member) {
  co_await bad_awaiter{};
  co_await member;
  co_yield 1;
}

struct weird_co_await {
  int operator co_await() { return 0; }
};
ok_task awaits_weird() { co_await weird_co_await{}; }

void not_a_coroutine_function() {
  co_await std::suspend_always{};
}

struct mixed_promise {
  struct promise_type {
    mixed_promise get_return_object() { return {}; }
    std::suspend_never initial_suspend() { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void return_value(int) {}
    void unhandled_exception() {}
  };
};
mixed_promise both_returns(std::promise<int> &p, std::mutex &m) {
  std::lock_guard<std::mutex> g(m);
  p.set_value(1);
  co_return;
}

auto lambda_coroutine = [](std::future<int> f) -> no_promise {
  co_return f.get();
};
