// RUN: %check_async_tidy %s async-blocking-wait %t -- \
// RUN:   -config="{CheckOptions: { \
// RUN:     async.BlockingFunctions: 'mylib::Future::get;mylib::Future::wait_for;mylib::wait_all;mylib::StatusFuture::get;mylib::StatusFuture::wait_for;mylib::StatusFuture::wait_until', \
// RUN:     async.ReadinessChecks: 'mylib::Future::is_ready', \
// RUN:     async.ReadyStatuses: 'mylib::Status::ready;mylib::State::done', \
// RUN:     async.PendingStatuses: 'mylib::pending;mylib::State::running', \
// RUN:     async.ContinuationSinks: 'mylib::Executor::post', \
// RUN:     async-blocking-wait.ThreadAssertingFunctions: 'mylib::EventLoop::assertInLoopThread'}}"

// Adding a blocking function for your own future type is a .clang-tidy
// edit: the catalog options (global 'async.<Key>' or check-local
// 'async-blocking-wait.<Key>') teach the check about mylib::Future, its
// readiness check, its executor and its event-loop thread assertion.

#include <coroutine>
#include <functional>

namespace mylib {
template <typename T> class Future {
public:
  T get();
  bool wait_for(int milliseconds);
  bool is_ready() const;
  T peek() const;
};
template <typename T> void wait_all(Future<T> &a, Future<T> &b);

// Timed waits that answer with a status: ReadyStatuses/PendingStatuses say
// which answers prove completion (an unscoped enumerator may be written with
// or without its enumeration).
enum Status { ready, pending };
enum class State { done, running };
template <typename T> class StatusFuture {
public:
  T get();
  Status wait_for(int milliseconds);
  State wait_until(int deadline);
};

struct Executor {
  void post(std::function<void()> work);
  void run(std::function<void()> work);
};

struct EventLoop {
  void assertInLoopThread() const;
  void assertNotInLoopThread() const;
};

struct task {
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};
} // namespace mylib

void use(int);

// Positives.

mylib::task getInCoroutine(mylib::Future<int> f) {
  use(f.get());
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking wait 'mylib::Future::get' inside coroutine 'getInCoroutine' can starve the executor: once its threads all wait like this, none is left to run the work they wait for; 'co_await' it or attach a continuation instead [async-blocking-wait]
  mylib::Future<int> g;
  mylib::wait_all(f, g);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking wait 'mylib::wait_all' inside coroutine 'getInCoroutine'
  co_return;
}

void postBlocks(mylib::Executor &ex, mylib::Future<int> &f) {
  ex.post([&f] { f.wait_for(100); });
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: blocking wait 'mylib::Future::wait_for' inside continuation passed to 'mylib::Executor::post' can starve the executor: once its threads all wait like this, none is left to run the work they wait for
}

mylib::task statusSaysPending(mylib::StatusFuture<int> f) {
  if (f.wait_for(0) == mylib::pending)
    use(f.get());
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking wait 'mylib::StatusFuture::get' inside coroutine 'statusSaysPending'
  co_return;
}

void onLoop(mylib::EventLoop &loop, mylib::Future<int> &f) {
  loop.assertInLoopThread();
  use(f.get());
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking wait 'mylib::Future::get' inside function 'onLoop' that must run on an event-loop thread
}

// Hard negatives.

void sync(mylib::Future<int> f) { use(f.get()); }

mylib::task provenReady(mylib::Future<int> f) {
  if (f.is_ready())
    use(f.get());
  if (!f.is_ready())
    co_return;
  use(f.get());
}

mylib::task provenByStatus(mylib::StatusFuture<int> f) {
  if (f.wait_for(0) == mylib::ready)
    use(f.get());
  if (f.wait_until(0) != mylib::State::running)
    use(f.get());
  if (f.wait_until(0) == mylib::State::done)
    use(f.get());
  co_return;
}

mylib::task polls(mylib::Future<int> f) {
  f.wait_for(0);
  use(f.peek());
  co_return;
}

void notASink(mylib::Executor &ex, mylib::Future<int> &f) {
  ex.run([&f] { use(f.get()); });
}

void assertsTheOpposite(mylib::EventLoop &loop, mylib::Future<int> &f) {
  loop.assertNotInLoopThread();
  use(f.get());
}
