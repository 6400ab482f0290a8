// Dependent code in templates that are never instantiated: the checks see
// unresolved member calls, dependent co_await operands and dependent locks.
// It is valid C++, so clang-tidy must succeed.
// RUN: %no_crash --expect=ok %s -- %all_options -- -std=c++20
#include <coroutine>
#include <future>
#include <mutex>
#include <utility>

template <typename Task> struct generic_task {
  struct promise_type {
    generic_task get_return_object() { return {}; }
    std::suspend_never initial_suspend() { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};

template <typename Fut, typename Ex, typename Promise, typename Mutex>
struct Service {
  Fut last_;
  Promise promise_;
  Mutex mutex_;
  Ex ex_;

  generic_task<Fut> run(Fut f) {
    auto v = f.get();
    f.wait();
    co_await std::move(f);
    co_await last_;
    co_await ex_.schedule();
    (void)v;
  }
  void chain() { last_ = last_.then([](auto) {}); }
  void chain2() { last_ = std::move(last_).then([this](auto) { return ex_.run(); }); }
  void complete(int v) {
    std::lock_guard<Mutex> g(mutex_);
    promise_.set_value(v);
    promise_.setValue(v);
    promise_.set_result(v);
  }
  template <typename F> void post(F f) {
    ex_.post([f, this] { last_.get(); f(); });
  }
  template <typename... Ts> auto all(Ts &&...ts) {
    return when_all(std::forward<Ts>(ts)...).get();
  }
};

template <typename T> auto free_dependent(T &t) -> decltype(t.get()) {
  return t.get();
}

template <typename T>
generic_task<T> dependent_coroutine(T t) {
  co_await t;
  t.get();
  std::future<T> f;
  f.get();
  std::promise<T> p;
  std::mutex m;
  std::lock_guard<std::mutex> g(m);
  p.set_value(T{});
}

template <template <typename> class F, typename T>
generic_task<T> template_template(F<T> f) {
  f.get();
  co_return;
}
