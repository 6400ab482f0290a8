// RUN: %check_async_tidy --no-recompile %s async-blocking-wait %t

// Broken code must not crash the check: unknown types, a coroutine whose
// task type has no promise, a call with the wrong arguments.

#include <coroutine>
#include <future>

struct task {
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};

struct no_promise {};

task unknownType(std::future<int> f) {
  Unknown u = f.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: unknown type name 'Unknown' [clang-diagnostic-error]
  // CHECK-MESSAGES: :[[@LINE-2]]:17: warning: blocking wait 'std::future::get' inside coroutine 'unknownType'
  co_return;
}

no_promise noPromise(std::future<int> f) {
  // CHECK-MESSAGES: :[[@LINE-1]]:12: error: this function cannot be a coroutine: 'std::coroutine_traits<no_promise, std::future<int>>' has no member named 'promise_type' [clang-diagnostic-error]
  f.get();
  co_return;
}

task wrongArguments(std::future<int> f) {
  f.get(42);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: error: too many arguments to function call, expected 0, have 1
  f.wait_for(undeclared);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: error: use of undeclared identifier 'undeclared' [clang-diagnostic-error]
  co_return;
}

template <typename T> task brokenTemplate(T t) {
  t.get() +;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: error: expected expression [clang-diagnostic-error]
  co_return;
}
void instantiate() { brokenTemplate(std::future<int>()); }
