// A home-made completion source, the kind many code bases grow: an eager,
// awaitable result plus the producer side that completes it. Like .NET's
// TaskCompletionSource, it resumes awaiting coroutines inline on the
// completing thread unless it was created with continuation_policy::run_async.
// The example's .clang-tidy tells async-tidy about it (async.AsyncPolicyTypes).
#pragma once

#include <coroutine>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace shop {

enum class continuation_policy { run_inline, run_async };

template <typename T> class task_completion_source;

/// The consumer side: co_await it to get the value.
template <typename T> class task {
public:
  bool await_ready() const {
    std::lock_guard<std::mutex> lock(state_->mutex);
    return state_->value.has_value();
  }
  bool await_suspend(std::coroutine_handle<> waiter) {
    std::lock_guard<std::mutex> lock(state_->mutex);
    if (state_->value)
      return false;
    state_->waiters.push_back(waiter);
    return true;
  }
  T await_resume() { return *state_->value; }

private:
  friend class task_completion_source<T>;
  struct state {
    std::mutex mutex;
    std::optional<T> value;
    std::vector<std::coroutine_handle<>> waiters;
    continuation_policy policy = continuation_policy::run_inline;
  };
  explicit task(std::shared_ptr<state> s) : state_(std::move(s)) {}
  std::shared_ptr<state> state_;
};

/// The producer side.
template <typename T> class task_completion_source {
public:
  /// Waiters are resumed inline, inside set_result().
  task_completion_source() : state_(std::make_shared<state>()) {}
  explicit task_completion_source(continuation_policy policy)
      : state_(std::make_shared<state>()) {
    state_->policy = policy;
  }

  task<T> get_task() const { return task<T>(state_); }

  void set_result(T value) {
    std::vector<std::coroutine_handle<>> waiters;
    {
      std::lock_guard<std::mutex> lock(state_->mutex);
      state_->value = std::move(value);
      waiters.swap(state_->waiters);
    }
    for (std::coroutine_handle<> waiter : waiters) {
      if (state_->policy == continuation_policy::run_async)
        std::thread([waiter] { waiter.resume(); }).detach();
      else
        waiter.resume(); // runs the waiter's code on this thread, now
    }
  }

private:
  using state = typename task<T>::state;
  std::shared_ptr<state> state_;
};

} // namespace shop
