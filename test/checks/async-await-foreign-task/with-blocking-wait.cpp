// RUN: %check_async_tidy %s async-blocking-wait,async-await-foreign-task %t -- -- -std=c++20
// RUN: %check_async_tidy -check-suffixes=ALONE %s async-await-foreign-task %t -- -- -std=c++20

// One blocking wait on a future started elsewhere is one hazard: with both
// checks enabled it gets one diagnostic, async-blocking-wait's, with the
// foreign-task reason as notes; NOLINT for either check silences it. Each
// check keeps its own report where only it applies. The expected diagnostics
// are at the end of the file.

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

std::future<int> start();

class Cache {
public:
  task both() {
    pending_.get();
    co_return;
  }
  task silencedByForeignName() {
    pending_.get(); // NOLINT(async-await-foreign-task)
    co_return;
  }
  task silencedByBlockingName() {
    // NOLINTNEXTLINE(async-blocking-wait)
    pending_.get();
    co_return;
  }
  task silencedByGlob() {
    pending_.get(); // NOLINT(async-await-*)
    co_return;
  }
  // Only async-blocking-wait: the future was started here.
  task localOnly() {
    std::future<int> mine = start();
    mine.get();
    co_return;
  }
  // A helper reached from the coroutine that waits on the member: one
  // diagnostic at the call.
  int drain() { return pending_.get(); }
  task throughHelper() {
    drain();
    co_return;
  }

private:
  std::future<int> pending_ = start();
};

// CHECK-NOTES: :28:14: warning: blocking wait 'std::future::get' inside coroutine 'Cache::both'
// CHECK-NOTES: :28:14: note: 'pending_' is a future started elsewhere (a data member) and nothing here joins the work that completes it; if that work needs this thread, the wait never returns
// CHECK-NOTES: :59:20: note: 'pending_' is declared here
// CHECK-NOTES: :59:31: note: 'pending_' is started here
// CHECK-NOTES: :28:14: note: join the work that completes it with 'std::execution::counting_scope' (C++26), keep a lazy task instead of an eager one, or create the task in the awaiting function
// CHECK-NOTES: :47:10: warning: blocking wait 'std::future::get' inside coroutine 'Cache::localOnly'
// CHECK-NOTES: :54:5: warning: call to 'Cache::drain' blocks in 'std::future::get' inside coroutine 'Cache::throughHelper'
// CHECK-NOTES: :52:33: note: 'Cache::drain' blocks here on 'std::future::get'; use a future from an async library and 'co_await' it
// CHECK-NOTES: :52:33: note: 'pending_' is a future started elsewhere (a data member) and nothing here joins the work that completes it; if that work needs this thread, the wait never returns
// CHECK-NOTES: :59:20: note: 'pending_' is declared here
// CHECK-NOTES: :59:31: note: 'pending_' is started here
// CHECK-NOTES: :52:33: note: join the work that completes it with 'std::execution::counting_scope' (C++26), keep a lazy task instead of an eager one, or create the task in the awaiting function

// Alone, async-await-foreign-task reports its findings itself; a NOLINT
// for async-blocking-wait does not name it.

// CHECK-MESSAGES-ALONE: :28:14: warning: blocking wait on 'pending_', a future started elsewhere (a data member), outside a join scope
// CHECK-MESSAGES-ALONE: :37:14: warning: blocking wait on 'pending_', a future started elsewhere (a data member), outside a join scope
// CHECK-MESSAGES-ALONE: :54:5: warning: call to 'Cache::drain' blocks on 'pending_', a future started elsewhere (a data member), inside coroutine 'Cache::throughHelper'; it
