// RUN: %check_async_tidy -check-suffixes=DEFAULT %s async-blocking-wait %t
// RUN: %check_async_tidy -check-suffixes=ALWAYS,REGEX %s async-blocking-wait %t -- \
// RUN:   -config="{CheckOptions: {async-blocking-wait.FlagBlockingPrimitives: 'Always', async-blocking-wait.NonBlockingFunctions: '^ui::.*::on[A-Z]'}}"
// RUN: %check_async_tidy -check-suffixes=NEVER %s async-blocking-wait %t -- \
// RUN:   -config="{CheckOptions: {async-blocking-wait.FlagBlockingPrimitives: 'Never'}}"

// FlagBlockingPrimitives: plain thread primitives (sleep, join, condition
// variable and latch waits) are flagged in coroutines by default ('Coroutines'),
// everywhere an async context is with 'Always', never with 'Never'.
// NonBlockingFunctions: a regex on qualified names of must-not-block
// functions (UI handlers, event-loop callbacks); no default.

#include <chrono>
#include <coroutine>
#include <future>
#include <thread>

using namespace std::chrono_literals;

struct task {
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};

void use(int);

task sleepInCoroutine() {
  std::this_thread::sleep_for(5ms);
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:3: warning: blocking wait 'std::this_thread::sleep_for' inside coroutine 'sleepInCoroutine'
  // CHECK-MESSAGES-ALWAYS: :[[@LINE-2]]:3: warning: blocking wait 'std::this_thread::sleep_for' inside coroutine 'sleepInCoroutine'
  co_return;
}

// Futures are flagged whatever the primitive policy.
task futureInCoroutine(std::future<int> f) {
  use(f.get());
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:9: warning: blocking wait 'std::future::get'
  // CHECK-MESSAGES-ALWAYS: :[[@LINE-2]]:9: warning: blocking wait 'std::future::get'
  // CHECK-MESSAGES-NEVER: :[[@LINE-3]]:9: warning: blocking wait 'std::future::get'
  co_return;
}

[[clang::annotate("async::nonblocking")]] void onRender(std::thread &t) {
  t.join();
  // CHECK-MESSAGES-ALWAYS: :[[@LINE-1]]:5: warning: blocking wait 'std::thread::join' inside must-not-block function 'onRender' stalls the event-loop thread: nothing else runs on it until the wait returns; join the thread from a thread that may block [async-blocking-wait]
}

namespace ui {
struct Window {
  void onClick(std::future<int> &f);
  void refresh(std::future<int> &f);
  template <typename T> void onResize(std::future<T> &f) { use(f.get()); }
  // CHECK-MESSAGES-REGEX: :[[@LINE-1]]:66: warning: blocking wait 'std::future::get' inside must-not-block function 'ui::Window::onResize'
};

void Window::onClick(std::future<int> &f) {
  use(f.get());
  // CHECK-MESSAGES-REGEX: :[[@LINE-1]]:9: warning: blocking wait 'std::future::get' inside must-not-block function 'ui::Window::onClick' can deadlock the event-loop thread that must complete it; attach the work that needs the result as a continuation instead of waiting for it (in a coroutine: use a future from an async library and 'co_await' it) [async-blocking-wait]
  std::this_thread::sleep_for(1ms);
  // CHECK-MESSAGES-ALWAYS: :[[@LINE-1]]:3: warning: blocking wait 'std::this_thread::sleep_for' inside must-not-block function 'ui::Window::onClick'
}

// Hard negatives: the regex does not match these.
void Window::refresh(std::future<int> &f) { use(f.get()); }
void onClick(std::future<int> &f) { use(f.get()); }
} // namespace ui

namespace app {
struct Window {
  void onClick(std::future<int> &f) { use(f.get()); }
};
} // namespace app

void instantiate(ui::Window &w, std::future<long> &f) { w.onResize(f); }

// Ordinary code: never flagged, whatever the options.
int main() {
  std::thread t([] { std::this_thread::sleep_for(1ms); });
  t.join();
  std::future<int> f = std::async([] { return 1; });
  return f.get();
}
