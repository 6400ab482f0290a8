// RUN: %check_async_tidy %s async-await-foreign-task %t -- --quiet -- -I%S/Inputs
//
// folly and concurrencpp through small inline stand-ins with the real names;
// join-scopes.cpp covers folly on the shared mock headers.
#include <coroutine>
#include <utility>

namespace folly {
template <typename T> struct SemiFuture {
  bool await_ready() const { return false; }
  void await_suspend(std::coroutine_handle<>) {}
  T await_resume() { return T(); }
  bool isReady() const;
  T get() &&;
};
template <typename T> struct Future : SemiFuture<T> {};
template <typename T> struct Promise {
  SemiFuture<T> getSemiFuture();
  void setValue(T);
};
template <typename T> Future<T> makeFuture(T);
namespace coro {
template <typename T> struct Task {
  struct promise_type {
    Task get_return_object() { return {}; }
    std::suspend_always initial_suspend() { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_value(T) {}
    void unhandled_exception() {}
  };
  bool await_ready() const { return false; }
  void await_suspend(std::coroutine_handle<>) {}
  T await_resume() { return T(); }
};
template <> struct Task<void> {
  struct promise_type {
    Task get_return_object() { return {}; }
    std::suspend_always initial_suspend() { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  bool await_ready() const { return false; }
  void await_suspend(std::coroutine_handle<>) {}
  void await_resume() {}
};
struct AsyncScope {
  Task<void> joinAsync();
  void add(Task<void>);
};
template <typename T> T blockingWait(SemiFuture<T> &&);
} // namespace coro
} // namespace folly

namespace concurrencpp {
template <typename T> struct result {
  bool await_ready() const { return false; }
  void await_suspend(std::coroutine_handle<>) {}
  T await_resume() { return T(); }
  T get();
  struct promise_type {
    result get_return_object() { return {}; }
    std::suspend_never initial_suspend() { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_value(T) {}
    void unhandled_exception() {}
  };
};
template <typename T> struct lazy_result {
  bool await_ready() const { return false; }
  void await_suspend(std::coroutine_handle<>) {}
  T await_resume() { return T(); }
};
template <typename T> struct result_promise {
  result<T> get_result();
};
template <typename T> result<T> make_ready_result(T);
} // namespace concurrencpp

folly::SemiFuture<int> fetch();
folly::coro::Task<int> lazyFetch();

class FollyCache {
public:
  folly::coro::Task<int> positives() {
    int A = co_await std::move(inflight_);
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: awaiting 'inflight_', a future started elsewhere (a data member), outside a join scope can deadlock if the work that completes it needs this thread [async-await-foreign-task]
    int B = co_await promise_.getSemiFuture();
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: awaiting 'promise_.getSemiFuture()', a future started elsewhere (the task of completion source 'promise_', a data member)
    int C = folly::coro::blockingWait(std::move(inflight_));
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: blocking wait on 'inflight_', a future started elsewhere (a data member)
    co_return A + B + C;
  }

  folly::coro::Task<int> negatives() {
    co_await scope_.joinAsync();  // a join operation
    int A = co_await lazy_;       // lazy: starts here
    int B = co_await lazyFetch(); // lazy and fresh
    int C = co_await fetch();     // fresh
    int D = co_await std::move(ready_);
    folly::Promise<int> Local;
    int E = co_await Local.getSemiFuture();
    if (inflight_.isReady())
      co_await std::move(inflight_);
    co_return A + B + C + D + E;
  }

  FollyCache() : ready_(folly::makeFuture(0)) {}
  FollyCache(const FollyCache &Other) : ready_(Other.ready_) {}
  void reset() { ready_ = folly::makeFuture(1); }

private:
  folly::SemiFuture<int> inflight_;
  folly::Promise<int> promise_;
  folly::coro::AsyncScope scope_;
  folly::coro::Task<int> lazy_;
  folly::Future<int> ready_;
};

class ConcurrencppService {
public:
  concurrencpp::result<int> positives() {
    int A = co_await pending_;
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: awaiting 'pending_', a future started elsewhere (a data member)
    int B = co_await source_.get_result();
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: awaiting 'source_.get_result()', a future started elsewhere (the task of completion source 'source_', a data member)
    // pending_ was just awaited: get() no longer blocks (issue 17).
    co_return A + B + pending_.get();
  }

  concurrencpp::result<int> negatives() {
    int A = co_await lazy_;
    int B = co_await ready_;
    concurrencpp::result_promise<int> Local;
    int C = co_await Local.get_result();
    co_return A + B + C;
  }

private:
  concurrencpp::result<int> pending_;
  concurrencpp::result_promise<int> source_;
  concurrencpp::lazy_result<int> lazy_;
  concurrencpp::result<int> ready_ = concurrencpp::make_ready_result(1);
};
