// Home-made (non-library) async types for async-tidy configuration tests: a
// user-written task_completion_source, eager task and future in namespace mylib.
// Declaration-shape mock for async-tidy tests; not modelled on any library.
#pragma once

#include <exception>
#include <type_traits>
#include <utility>

#if defined(__cpp_impl_coroutine)
#include <coroutine>
#endif

namespace mylib {

/// How set_result() resumes the awaiting coroutine.
enum class continuation_policy {
  inline_resume, ///< inside set_result(), on the producer's thread (the default)
  run_async,     ///< queued to another thread (RunContinuationsAsynchronously)
};

template <typename T>
class task;

template <typename T>
class future;

namespace detail {
template <typename T>
struct future_value {
  using type = T;
};
template <typename T>
struct future_value<future<T>> {
  using type = T;
};
} // namespace detail

/// A user-defined future: get() blocks, then() chains a continuation.
template <typename T>
class future {
public:
  future() = default;
  future(future&&) noexcept = default;
  future& operator=(future&&) noexcept = default;
  future(const future&) = delete;
  future& operator=(const future&) = delete;

  bool is_ready() const noexcept { return false; }

  /// Blocks the calling thread until the value is available.
  void wait() const {}

  /// Blocks the calling thread until the value is available.
  T get() { std::terminate(); }

  template <typename F>
  auto then(F&&) -> future<typename detail::future_value<
      typename std::conditional_t<std::is_void_v<T>, std::invoke_result<F>,
                                  std::invoke_result<F, T>>::type>::type> {
    return {};
  }
};

#if defined(__cpp_impl_coroutine)
namespace detail {
template <typename T>
struct promise_result {
  template <typename U>
  void return_value(U&&) {}
};
template <>
struct promise_result<void> {
  void return_void() noexcept {}
};
} // namespace detail

/// An eager coroutine task (starts running immediately), awaitable once.
template <typename T>
class task {
public:
  struct promise_type : detail::promise_result<T> {
    task get_return_object() noexcept {
      return task{std::coroutine_handle<promise_type>::from_promise(*this)};
    }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void unhandled_exception() noexcept {}
  };

  task() noexcept = default;
  explicit task(std::coroutine_handle<promise_type> h) noexcept : handle_(h) {}
  task(task&& other) noexcept : handle_(std::exchange(other.handle_, {})) {}
  task& operator=(task&& other) noexcept {
    handle_ = std::exchange(other.handle_, {});
    return *this;
  }
  task(const task&) = delete;
  task& operator=(const task&) = delete;
  ~task() {}

  bool is_ready() const noexcept { return !handle_ || handle_.done(); }

  struct awaiter {
    std::coroutine_handle<promise_type> handle;
    bool await_ready() const noexcept { return !handle || handle.done(); }
    void await_suspend(std::coroutine_handle<>) noexcept {}
    T await_resume() { std::terminate(); }
  };

  awaiter operator co_await() && noexcept { return awaiter{handle_}; }
  awaiter operator co_await() & noexcept { return awaiter{handle_}; }

private:
  std::coroutine_handle<promise_type> handle_;
};
#endif // __cpp_impl_coroutine

/// A home-made completion source. By default set_result() resumes the
/// awaiting coroutine inline, on the producer's thread.
template <typename T>
class task_completion_source {
public:
  task_completion_source() : policy_(continuation_policy::inline_resume) {}
  explicit task_completion_source(continuation_policy policy)
      : policy_(policy) {}

  task_completion_source(const task_completion_source&) = delete;
  task_completion_source& operator=(const task_completion_source&) = delete;

  continuation_policy policy() const noexcept { return policy_; }

  void set_result(T value) { (void)value; }
  bool try_set_result(T value) {
    (void)value;
    return true;
  }
  void set_exception(std::exception_ptr) {}

#if defined(__cpp_impl_coroutine)
  /// The consumer side: an eager, awaitable task.
  mylib::task<T> task() { std::terminate(); }
#endif

  /// A blocking/chaining future view of the same result.
  mylib::future<T> get_future() { return {}; }

private:
  continuation_policy policy_;
};

template <>
class task_completion_source<void> {
public:
  task_completion_source() : policy_(continuation_policy::inline_resume) {}
  explicit task_completion_source(continuation_policy policy)
      : policy_(policy) {}

  task_completion_source(const task_completion_source&) = delete;
  task_completion_source& operator=(const task_completion_source&) = delete;

  continuation_policy policy() const noexcept { return policy_; }

  void set_result() {}
  bool try_set_result() { return true; }
  void set_exception(std::exception_ptr) {}

#if defined(__cpp_impl_coroutine)
  mylib::task<void> task() { std::terminate(); }
#endif

  mylib::future<void> get_future() { return {}; }

private:
  continuation_policy policy_;
};

} // namespace mylib
