// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

// The prelude of every fuzz input, precompiled: the standard async headers
// and a few small task and executor types, so that mutated snippets can use
// futures, promises, locks and coroutines without including anything.
#include <coroutine>
#include <exception>
#include <functional>
#include <future>
#include <mutex>
#include <shared_mutex>
#include <utility>

namespace fz {
template <typename T = void> struct task {
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  void await_resume() noexcept {}
};
struct executor {
  template <typename F> void post(F f) { f(); }
  template <typename F> void dispatch(F f) { f(); }
};
} // namespace fz

namespace mylib {
template <typename T> struct Future {
  T get();
  bool is_ready() const;
  template <typename F> Future then(F f);
  bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  T await_resume();
};
template <typename T> Future<T> make_ready_future(T v);
struct Executor {
  template <typename F> void post(F f);
};
struct Event {
  void set();
};
struct SpinLock {
  void lock();
  void unlock();
};
struct SpinLockGuard {
  explicit SpinLockGuard(SpinLock &);
  ~SpinLockGuard();
};
enum class continuation_policy { inline_, run_async };
template <typename T> struct task_completion_source {
  task_completion_source();
  explicit task_completion_source(continuation_policy);
  void set_result(T);
  Future<T> task();
};
} // namespace mylib
