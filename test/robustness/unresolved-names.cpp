// Unresolved names and types: calls named like blocking waits, completions
// and chaining calls whose callee or object type is unknown.
// RUN: %no_crash --expect=error %s -- %all_options -- -std=c++20 | FileCheck %s
// CHECK: === plugin
// CHECK: error:
// CHECK: === binary
#include <coroutine>
#include <future>

struct task {
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_never initial_suspend() { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};

task uses_unknown(UnknownFuture f, unknown::executor &ex) {
  f.get();
  f.wait_for(std::chrono::seconds(1));
  mylib::Future<int> g = ex.run();
  g.get();
  co_await f;
  co_await undeclared_function();
  std::future<NoSuchType> h;
  h.get();
  sync_wait(undeclared_task());
  co_return;
}

struct Holder {
  NotAType last_;
  void chain() { last_ = last_.then([] {}); }
  void complete() { promise_.set_value(undeclared); }
};

void continuations(UnknownExecutor &ex, std::future<int> &f) {
  ex.post([&] { f.get(); });
  asio::post(ex, [&] { f.wait(); });
  folly::via(&ex).thenValue([&](int) { f.get(); });
}

template <typename T> void dependent_unknown(T t) {
  t.undeclared_member().get();
  typename T::future_type f = t.make();
  f.get();
}
