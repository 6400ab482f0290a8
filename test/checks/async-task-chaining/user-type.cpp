// A home-made future and coroutine task type. Without configuration only
// the plain chaining form is flagged (then() takes a callable and returns the
// receiver's class: see unconfigured.cpp); the rest needs the user to tell
// the catalog: ChainingFunctions for the chaining form through other calls,
// CombinatorFunctions for the combinator form, EagerTaskTypes/LazyTaskTypes
// for the coroutine form; check-local and global ('async.') keys both work.
// RUN: %check_async_tidy %s async-task-chaining %t
// RUN: %check_async_tidy -check-suffixes=USER %s async-task-chaining %t -- \
// RUN:   -config="{CheckOptions: {async-task-chaining.ChainingFunctions: 'mylib::future::then; mylib::future::ensure', async-task-chaining.CombinatorFunctions: 'mylib::when_all', async-task-chaining.EagerTaskTypes: 'mylib::future;mylib::task'}}"
// RUN: %check_async_tidy -check-suffixes=USER,GLOBAL %s async-task-chaining %t -- \
// RUN:   -config="{CheckOptions: {async.ChainingFunctions: 'mylib::future::then;mylib::future::ensure', async.CombinatorFunctions: '::mylib::when_all', async.LazyTaskTypes: 'mylib::task', async.EagerTaskTypes: 'mylib::future'}}"

#include <coroutine>
#include <utility>

namespace mylib {

template <class T> class future {
public:
  template <class F> future<T> then(F &&f) &&;
  template <class F> future<T> ensure(F &&f) &&;
  future<T> via(int executor) &&;
  // Not a chaining function: it does not attach a continuation.
  future<T> &&detach() &&;
  T get() &&;
};

template <class T> future<T> when_all(future<T> a, future<T> b);
template <class T> future<T> make_ready();

template <class T = void> struct task {
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) const noexcept {}
  void await_resume() const noexcept {}
};

} // namespace mylib

// An unrelated class with a method named 'then': never configured, never
// flagged.
struct Promise {
  Promise then(int);
};

// Coroutines that await their first parameter before anything else.
mylib::task<> after(mylib::task<> previous, int work) {
  co_await std::move(previous);
  (void)work;
}
mylib::task<> afterByRef(mylib::task<> &previous) {
  co_await previous;
}
template <class T> mylib::task<> afterTemplate(T previous) {
  co_await std::move(previous);
}
// Coroutines that do not.
mylib::task<> ignores(mylib::task<> previous) { co_return; }
mylib::task<> awaitsLater(mylib::task<> previous, mylib::task<> other) {
  co_await std::move(other);
  co_await std::move(previous);
}
mylib::task<> returnsFirst(mylib::task<> previous, bool skip) {
  if (skip)
    co_return;
  co_await std::move(previous);
}
mylib::task<> awaitsInLambda(mylib::task<> previous) {
  auto inner = [&]() -> mylib::task<> { co_await std::move(previous); };
  co_await inner();
}
// Not a coroutine at all.
mylib::task<> forwards(mylib::task<> previous) { return previous; }
// Declared here, defined elsewhere: its body cannot be seen.
mylib::task<> opaque(mylib::task<> previous);

class Queue {
public:
  void push(int work) {
    last_ = std::move(last_).then([work] {});
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'last_' is re-chained onto itself, forming a private task queue that cannot be joined; serialize with an async mutex, strand or serial executor instead [async-task-chaining]
    // CHECK-MESSAGES-USER: :[[@LINE-2]]:5: warning: 'last_' is re-chained onto itself, forming a private task queue that cannot be joined; serialize with an async mutex, strand or serial executor instead [async-task-chaining]
  }
  void pushVia(int work) {
    last_ = std::move(last_).via(1).then([work] {}).ensure([] {});
    // CHECK-MESSAGES-USER: :[[@LINE-1]]:5: warning: 'last_' is re-chained onto itself
  }
  void combine(mylib::future<void> next) {
    last_ = mylib::when_all(std::move(last_), std::move(next));
    // CHECK-MESSAGES-USER: :[[@LINE-1]]:5: warning: 'last_' is re-chained onto itself
  }
  void chainTask(int work) {
    task_ = after(std::move(task_), work);
    // CHECK-MESSAGES-USER: :[[@LINE-1]]:5: warning: 'task_' is re-chained onto itself, forming a private task queue that cannot be joined; serialize with an async mutex, strand or serial executor instead [async-task-chaining]
    task_ = afterByRef(task_);
    // CHECK-MESSAGES-USER: :[[@LINE-1]]:5: warning: 'task_' is re-chained onto itself
    task_ = afterTemplate(std::move(task_));
    // CHECK-MESSAGES-USER: :[[@LINE-1]]:5: warning: 'task_' is re-chained onto itself
    task_ = member(std::move(task_));
    // CHECK-MESSAGES-USER: :[[@LINE-1]]:5: warning: 'task_' is re-chained onto itself
    task_ = [](mylib::task<> p) -> mylib::task<> {
      // CHECK-MESSAGES-USER: :[[@LINE-1]]:5: warning: 'task_' is re-chained onto itself
      co_await std::move(p);
    }(std::move(task_));
  }

  //===--- Near misses ----------------------------------------------------===//
  void nearMisses(mylib::future<void> next, mylib::task<> other) {
    last_ = mylib::make_ready<void>();
    last_ = std::move(next).then([] {});
    last_ = mylib::make_ready<void>().then([] {});
    last_ = std::move(last_).detach();
    last_ = std::move(last_).via(1);
    last_ = mylib::when_all(std::move(next), mylib::make_ready<void>());
    promise_ = promise_.then(1);
    task_ = after(std::move(other), 1);
    task_ = ignores(std::move(task_));
    task_ = awaitsLater(std::move(task_), std::move(other));
    task_ = returnsFirst(std::move(task_), true);
    task_ = awaitsInLambda(std::move(task_));
    task_ = forwards(std::move(task_));
    task_ = opaque(std::move(task_));
  }

private:
  mylib::task<> member(mylib::task<> previous) { co_await previous; }

  mylib::future<void> last_;
  mylib::task<> task_;
  Promise promise_;
};
