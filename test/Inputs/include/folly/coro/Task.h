// Mirrors folly/coro/Task.h (folly::coro::Task<T>, TaskWithExecutor<T>, co_withExecutor). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <folly/Portability.h>

#if FOLLY_HAS_COROUTINES

#include <exception>
#include <type_traits>
#include <utility>

#include <folly/CancellationToken.h>
#include <folly/Executor.h>
#include <folly/Try.h>
#include <folly/Unit.h>
#include <folly/coro/Coroutine.h>
#include <folly/coro/CurrentExecutor.h>
#include <folly/coro/Traits.h>
#include <folly/coro/ViaIfAsync.h>
#include <folly/futures/Future.h>
#include <folly/lang/CustomizationPoint.h>

namespace folly {
namespace coro {

template <typename T = void>
class Task;

template <typename T = void>
class TaskWithExecutor;

namespace detail {

class TaskPromiseBase {
 protected:
  struct FinalAwaiter {
    bool await_ready() noexcept { return false; }
    template <typename Promise>
    coroutine_handle<> await_suspend(coroutine_handle<Promise>) noexcept {
      return noop_coroutine();
    }
    void await_resume() noexcept {}
  };

  struct CurrentExecutorAwaiter {
    folly::Executor* executor;
    bool await_ready() noexcept { return true; }
    void await_suspend(coroutine_handle<>) noexcept {}
    folly::Executor* await_resume() noexcept { return executor; }
  };

 public:
  TaskPromiseBase() noexcept = default;

  suspend_always initial_suspend() noexcept { return {}; }
  FinalAwaiter final_suspend() noexcept { return {}; }

  /// Every `co_await expr` in a Task becomes
  /// `co_viaIfAsync(executor_, expr)`: the Task resumes on its own executor.
  template <typename Awaitable>
  auto await_transform(Awaitable&& awaitable) {
    return folly::coro::co_viaIfAsync(
        executor_.get_alias(), static_cast<Awaitable&&>(awaitable));
  }

  CurrentExecutorAwaiter await_transform(co_current_executor_t) noexcept {
    return CurrentExecutorAwaiter{executor_.get()};
  }

  folly::Executor::KeepAlive<> getExecutor() const noexcept {
    return executor_;
  }

 protected:
  folly::Executor::KeepAlive<> executor_;
  folly::CancellationToken cancelToken_;
};

template <typename Promise, typename T>
class TaskPromiseCrtpBase : public TaskPromiseBase {
 public:
  using StorageType = T;

  Task<T> get_return_object() noexcept;
  void unhandled_exception() noexcept {}
  Try<lift_unit_t<StorageType>>& result() { return result_; }

 protected:
  Try<lift_unit_t<StorageType>> result_;
};

template <typename T>
class TaskPromise final : public TaskPromiseCrtpBase<TaskPromise<T>, T> {
 public:
  TaskPromise() noexcept = default;

  template <typename U = T>
    requires std::is_convertible_v<U&&, T>
  void return_value(U&&) {}
};

template <>
class TaskPromise<void> final
    : public TaskPromiseCrtpBase<TaskPromise<void>, void> {
 public:
  TaskPromise() noexcept = default;
  void return_void() noexcept {}
};

namespace adl {
// ADL should prefer your `friend co_withExecutor` over this dummy overload.
void co_withExecutor();

struct WithExecutorFunction {
  template <typename Awaitable>
  auto operator()(Executor::KeepAlive<> executor, Awaitable awaitable) const
      -> decltype(co_withExecutor(std::move(executor), std::move(awaitable))) {
    return co_withExecutor(std::move(executor), std::move(awaitable));
  }
};
} // namespace adl

} // namespace detail

/// `auto taskWithExec = co_withExecutor(std::move(exec), std::move(task));`
FOLLY_DEFINE_CPO(detail::adl::WithExecutorFunction, co_withExecutor)

/// A Task bound to an executor; start() it or co_await it.
template <typename T>
class [[nodiscard]] TaskWithExecutor {
  using handle_t = coroutine_handle<detail::TaskPromise<T>>;
  using StorageType = typename detail::TaskPromise<T>::StorageType;

  class Awaiter {
   public:
    bool await_ready() noexcept { return false; }
    template <typename Promise>
    coroutine_handle<> await_suspend(coroutine_handle<Promise>) noexcept {
      return noop_coroutine();
    }
    T await_resume() { std::terminate(); }
  };

 public:
  ~TaskWithExecutor() {}
  TaskWithExecutor(TaskWithExecutor&& t) noexcept : coro_(t.coro_) {}
  TaskWithExecutor& operator=(TaskWithExecutor t) noexcept {
    coro_ = t.coro_;
    return *this;
  }

  folly::Executor* executor() const noexcept { return nullptr; }

  /// Start on the bound executor; the SemiFuture completes with the result.
  SemiFuture<lift_unit_t<StorageType>> start() && {
    return SemiFuture<lift_unit_t<StorageType>>::makeEmpty();
  }
  template <typename F>
  void start(F&&, folly::CancellationToken = {}, void* = nullptr) && {}

  /// Start inline on the current thread (runs until the first suspension).
  template <typename F>
  void startInlineUnsafe(F&&, folly::CancellationToken = {}, void* = nullptr) && {}
  SemiFuture<lift_unit_t<StorageType>> startInlineUnsafe() && {
    return SemiFuture<lift_unit_t<StorageType>>::makeEmpty();
  }

  Awaiter operator co_await() && noexcept { return Awaiter{}; }

  std::pair<Task<T>, Executor::KeepAlive<>> unwrap() &&;

 private:
  friend class Task<T>;
  explicit TaskWithExecutor(handle_t coro) noexcept : coro_(coro) {}
  handle_t coro_;
};

/// A lazily-started coroutine task. Not directly awaitable outside a folly
/// coroutine: it is a semi-awaitable (see co_viaIfAsync) that inherits the
/// awaiting Task's executor, and every `co_await` inside it resumes on that
/// executor (RunContinuationsAsynchronously by default).
template <typename T>
class [[nodiscard]] Task {
 public:
  using promise_type = detail::TaskPromise<T>;
  using StorageType = typename promise_type::StorageType;

 private:
  using handle_t = coroutine_handle<promise_type>;

  class Awaiter {
   public:
    explicit Awaiter(handle_t coro) noexcept : coro_(coro) {}
    bool await_ready() noexcept { return false; }
    template <typename Promise>
    handle_t await_suspend(coroutine_handle<Promise>) noexcept {
      return coro_;
    }
    T await_resume() { std::terminate(); }
    folly::Try<StorageType> await_resume_try() { std::terminate(); }

   private:
    handle_t coro_;
  };

 public:
  Task(const Task& t) = delete;
  Task(Task&& t) noexcept : coro_(std::exchange(t.coro_, {})) {}
  ~Task() {}
  Task& operator=(Task t) noexcept {
    std::swap(coro_, t.coro_);
    return *this;
  }

  /// `co_withExecutor(executor, std::move(task))`
  friend TaskWithExecutor<T> co_withExecutor(
      Executor::KeepAlive<>, Task task) noexcept {
    return TaskWithExecutor<T>{task.coro_};
  }

  [[deprecated("Legacy form, prefer `co_withExecutor(exec, yourTask())`.")]]
  TaskWithExecutor<T> scheduleOn(Executor::KeepAlive<> executor) && noexcept {
    return co_withExecutor(std::move(executor), std::move(*this));
  }

  /// Converts a Task into a SemiFuture (started lazily when given an executor).
  SemiFuture<folly::lift_unit_t<StorageType>> semi() && {
    return SemiFuture<folly::lift_unit_t<StorageType>>::makeEmpty();
  }

  friend auto co_viaIfAsync(
      Executor::KeepAlive<>, Task<T>&& t) noexcept {
    // Child task inherits the awaiting task's executor.
    return Awaiter{std::exchange(t.coro_, {})};
  }

 private:
  friend class detail::TaskPromiseCrtpBase<detail::TaskPromise<T>, T>;
  friend class TaskWithExecutor<T>;
  explicit Task(handle_t coro) noexcept : coro_(coro) {}
  handle_t coro_;
};

template <typename Promise, typename T>
inline Task<T>
detail::TaskPromiseCrtpBase<Promise, T>::get_return_object() noexcept {
  return Task<T>{coroutine_handle<Promise>::from_promise(
      *static_cast<Promise*>(this))};
}

template <class T>
Task<T> makeTask(T t) {
  co_return t;
}
inline Task<void> makeTask() {
  co_return;
}

} // namespace coro
} // namespace folly

#endif // FOLLY_HAS_COROUTINES
