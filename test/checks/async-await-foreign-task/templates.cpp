// RUN: %check_async_tidy %s async-await-foreign-task %t -- --quiet -- -I%S/Inputs
//
// Class templates, function templates, dependent types and templates that
// are never instantiated.
#include "std_task.h"

using test::startFetch;
using test::Task;

// A member of a class template, with a non-dependent type: reported once,
// however often the template is instantiated.
template <typename Tag> class Cache {
public:
  Task get() {
    co_await value_;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: awaiting 'value_', a future started elsewhere (a data member)
  }
  Task refresh() {
    value_ = startFetch();
    co_await value_;
  }

private:
  std::future<int> value_;
};
template class Cache<int>;
template class Cache<char>;

// A dependent member type: checked in the instantiations, only those whose
// type is an eager task.
struct NotATask {
  bool await_ready() const { return true; }
  void await_suspend(std::coroutine_handle<>) {}
  int await_resume() { return 0; }
};

template <typename Future> class Holder {
public:
  Task wait() {
    co_await held_;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: awaiting 'held_', a future started elsewhere (a data member)
  }

private:
  Future held_;
};
template class Holder<std::future<int>>;
template class Holder<NotATask>;

// A dependent promise type: the co_await is a DependentCoawaitExpr in the
// template, and an ordinary one in each instantiation.
template <typename R> struct GenericTask {
  struct promise_type {
    GenericTask get_return_object() { return {}; }
    std::suspend_never initial_suspend() { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};

template <typename R> struct Generic {
  NotATask pending_;
  GenericTask<R> run() { co_await pending_; }
};
template struct Generic<int>;

// A function template taking the future by reference.
template <typename F> Task awaitRef(F &Future) {
  co_await Future;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: awaiting 'Future', a future started elsewhere (a reference parameter)
}
void useAwaitRef(std::future<int> &F, NotATask &N) {
  awaitRef(F);
  awaitRef(N);
}

// A forwarding reference hands the task over.
template <typename F> Task awaitForwarded(F &&Future) {
  co_await static_cast<F &&>(Future);
}
void useAwaitForwarded() { awaitForwarded(startFetch()); }

// Never instantiated: a member access through the dependent 'this' is
// type-dependent, so only instantiations can be checked.
template <typename T> class NeverUsed {
  Task run() {
    co_await fixed_;
    co_await dependent_;
  }
  std::future<int> fixed_;
  T dependent_;
};

// A never-instantiated function template: with a non-dependent promise type
// and operand, the template itself is checked; with a dependent parameter
// the promise type is dependent, and nothing can be.
extern std::future<int> g_future;
template <typename T> Task neverCalled() {
  co_await g_future;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: awaiting 'g_future', a future started elsewhere (a global variable)
}
template <typename T> Task neverCalledDependent(T &Unused) {
  co_await g_future;
  co_await Unused;
}

// A generic coroutine lambda capturing this.
struct WithGenericLambda {
  std::future<int> pending_;
  void start() {
    auto L = [this](auto) -> Task {
      co_await pending_;
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: awaiting 'pending_', a future started elsewhere (a data member)
    };
    L(1);
    L(2.0);
  }
};
