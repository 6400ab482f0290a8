// RUN: %check_async_tidy %s async-await-foreign-task %t -- \
// RUN:   -config="{CheckOptions: { \
// RUN:     async.EagerTaskTypes: 'mylib::Future;mylib::Lazy', \
// RUN:     async.LazyTaskTypes: 'mylib::Lazy', \
// RUN:     async.TaskGetters: 'mylib::task_completion_source::task', \
// RUN:     async.BlockingFunctions: 'mylib::Future::get', \
// RUN:     async-await-foreign-task.JoinScopeGuards: 'mylib::JoinGuard', \
// RUN:     async-await-foreign-task.JoinFunctions: 'mylib::TaskScope::join', \
// RUN:     async-await-foreign-task.ReadyFactories: 'mylib::make_ready_future', \
// RUN:     async-await-foreign-task.ReadinessChecks: 'mylib::Future::is_ready'}}"
//
// A code base's own eager future, lazy task, completion source, join guard,
// join function, ready factory and readiness check, configured through the
// catalog options (global async.* keys and check-local ones).
#include <coroutine>

namespace mylib {

template <typename T> struct Future {
  bool await_ready() const { return false; }
  void await_suspend(std::coroutine_handle<>) {}
  T await_resume() { return T(); }
  T get();
  bool is_ready() const;
};

// Listed as both eager and lazy: lazy wins.
template <typename T> struct Lazy {
  bool await_ready() const { return false; }
  void await_suspend(std::coroutine_handle<>) {}
  T await_resume() { return T(); }
};

template <typename T> struct task_completion_source {
  Future<T> task() const;
  void set_result(T);
};

struct TaskScope {
  Future<int> join();
  Future<int> other();
};

struct JoinGuard {
  explicit JoinGuard(TaskScope &);
  ~JoinGuard();
};

template <typename T> Future<T> make_ready_future(T);
Future<int> start();

struct Task {
  struct promise_type {
    Task get_return_object() { return {}; }
    std::suspend_never initial_suspend() { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};

} // namespace mylib

using namespace mylib;

class Consumer {
public:
  // --- Positives -----------------------------------------------------------

  Task awaitMember() {
    co_await pending_;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: awaiting 'pending_', a future started elsewhere (a data member), outside a join scope can deadlock if the work that completes it needs this thread [async-await-foreign-task]
  }

  Task awaitSourceTask() {
    co_await tcs_.task();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: awaiting 'tcs_.task()', a future started elsewhere (the task of completion source 'tcs_', a data member)
  }

  Task blockOnMember() {
    pending_.get();
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: blocking wait on 'pending_', a future started elsewhere (a data member)
    co_return;
  }

  // The guard is in another block, which has ended.
  Task guardOutOfScope() {
    {
      JoinGuard Guard(scope_);
    }
    co_await pending_;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: awaiting 'pending_', a future started elsewhere (a data member)
  }

  // The guard is declared after the await.
  Task guardTooLate() {
    co_await pending_;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: awaiting 'pending_', a future started elsewhere (a data member)
    JoinGuard Guard(scope_);
  }

  // A guard in the enclosing function does not cover a lambda.
  void guardOutsideLambda() {
    JoinGuard Guard(scope_);
    auto L = [this]() -> Task {
      co_await pending_;
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: awaiting 'pending_', a future started elsewhere (a data member)
    };
    L();
  }

  // Another scope operation is not a join.
  Task notAJoin() {
    Future<int> F = scope_.other();
    co_await F;
    co_await scopeRef_.other();
  }

  // Readiness of another future.
  Task readinessOfAnother() {
    if (ready_.is_ready())
      co_await pending_;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: awaiting 'pending_', a future started elsewhere (a data member)
  }

  // Assigned a ready future in one place and a started one in another.
  Task mixedMember() {
    co_await mixed_;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: awaiting 'mixed_', a future started elsewhere (a data member)
  }
  void resetMixed() { mixed_ = start(); }

  // --- Negatives -----------------------------------------------------------

  Task insideJoinGuard() {
    JoinGuard Guard(scope_);
    co_await pending_;
    if (true) {
      co_await tcs_.task();
      pending_.get();
    }
  }

  Task guardInIfInit() {
    if (JoinGuard Guard(scope_); true)
      co_await pending_;
  }

  Task awaitJoin() {
    co_await scope_.join();
    co_await scopeRef_.join();
  }

  Task awaitLazyMember() { co_await lazy_; }

  Task localSource() {
    task_completion_source<int> Local;
    Local.set_result(1);
    co_await Local.task();
  }

  Task guardedByReadiness() {
    if (pending_.is_ready())
      co_await pending_;
    if (!pending_.is_ready())
      co_return;
    pending_.get();
  }

  Task readyMember() { co_await ready_; }
  void resetReady() { ready_ = make_ready_future(2); }

  Task freshTask() { co_await start(); }

private:
  Future<int> pending_;
  Lazy<int> lazy_;
  task_completion_source<int> tcs_;
  TaskScope scope_;
  TaskScope &scopeRef_ = scope_;
  Future<int> ready_ = make_ready_future(1);
  Future<int> mixed_ = make_ready_future(1);
};
