// RUN: %check_async_tidy %s async-blocking-wait %t

// co_await fix-its on a small inline stand-in for folly (until the folly
// mock headers land): a move-only SemiFuture awaitable in folly::coro::Task,
// and the callable object folly::coro::blockingWait. The harness recompiles
// the fixed file.

#include <coroutine>
#include <utility>

namespace folly {
template <typename T> class SemiFuture {
public:
  SemiFuture() = default;
  SemiFuture(SemiFuture &&) = default;
  SemiFuture(const SemiFuture &) = delete;
  T get() &&;
  T get() &;
  T get(int timeoutMs) &&;
  bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  T await_resume() { return T(); }
};
namespace coro {
template <typename T> class Task {
public:
  struct promise_type {
    Task get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_value(T) {}
    void unhandled_exception() {}
  };
  bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  T await_resume() { return T(); }
};
struct blocking_wait_fn {
  template <typename T> T operator()(Task<T> task) const;
};
inline constexpr blocking_wait_fn blockingWait{};
} // namespace coro
} // namespace folly

struct Text {
  int size() const;
};
folly::coro::Task<int> fetch();
int use(int);

folly::coro::Task<int> movedGet(folly::SemiFuture<int> f) {
  co_return std::move(f).get();
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: blocking wait 'folly::SemiFuture::get' inside coroutine 'movedGet' can deadlock the executor thread that must complete it; use 'co_await std::move(future)' [async-blocking-wait]
  // CHECK-FIXES: {{^}}  co_return co_await std::move(f);
}

folly::coro::Task<int> lvalueGet() {
  folly::SemiFuture<int> f;
  int v = f.get() + 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: blocking wait 'folly::SemiFuture::get'
  // CHECK-FIXES: {{^}}  int v = co_await std::move(f) + 1;
  co_return v;
}

folly::coro::Task<int> objectUse(folly::SemiFuture<Text> t) {
  co_return std::move(t).get().size();
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: blocking wait 'folly::SemiFuture::get'
  // CHECK-FIXES: {{^}}  co_return (co_await std::move(t)).size();
}

folly::coro::Task<int> blockingWaitUsed() {
  int n = folly::coro::blockingWait(fetch());
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking wait 'folly::coro::blockingWait' inside coroutine 'blockingWaitUsed' can deadlock the executor thread that must complete it; 'co_await' the awaitable instead [async-blocking-wait]
  // CHECK-FIXES: {{^}}  int n = co_await fetch();
  folly::coro::blockingWait(fetch());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking wait 'folly::coro::blockingWait'
  // CHECK-FIXES: {{^}}  co_await fetch();
  co_return n;
}

// Warnings without a fix-it.

folly::coro::Task<int> noFixes(folly::SemiFuture<int> &byReference,
                               folly::SemiFuture<int> timed) {
  int a = std::move(byReference).get();
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: blocking wait 'folly::SemiFuture::get'
  int b = std::move(timed).get(100);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: blocking wait 'folly::SemiFuture::get'
  try {
    use(a);
  } catch (...) {
    folly::SemiFuture<int> inHandler;
    use(std::move(inHandler).get());
    // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: blocking wait 'folly::SemiFuture::get'
  }
  co_return a + b;
}

// Not a coroutine of the library: no fix-it, only the warning.
struct other_task {
  struct promise_type {
    other_task get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};
other_task otherCoroutine(folly::SemiFuture<int> f) {
  use(std::move(f).get());
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: blocking wait 'folly::SemiFuture::get'
  co_return;
}

// Hard negatives: synchronous code.
int main() {
  folly::SemiFuture<int> f;
  return std::move(f).get() + folly::coro::blockingWait(fetch());
}
