// Syntax errors around async code: clang-tidy reports the compiler errors
// (exit status 1); the checks must not crash on the broken AST.
// RUN: %no_crash --expect=error %s -- %all_options -- -std=c++20 | FileCheck %s
// CHECK: === plugin
// CHECK: error:
// CHECK: === binary
// CHECK: error:
#include <coroutine>
#include <future>
#include <mutex>

struct task {
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_never initial_suspend() { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};

task missing_semicolon(std::future<int> f) {
  int v = f.get()
  co_return;
}

task unbalanced(std::future<int> f) {
  if (f.valid() {
    f.wait();
  }
  co_await std::suspend_always{};
}

void lambda_broken(std::promise<int> &p, std::mutex &m) {
  std::lock_guard<std::mutex> g(m);
  auto l = [&](int x { p.set_value(x); };
  l(1);
}

task stray_co_await() {
  co_await ;
  co_return 1 2;
}

void get_on_nothing() { auto v = .get(); }

task half_statement(std::shared_future<int> f) {
  f.get().
}
