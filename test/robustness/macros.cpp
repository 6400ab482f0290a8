// Waits, awaits, completions, inline dispatches and chains that occur only
// inside macro expansions. The checks may warn, but no fix-it may be applied
// inside a macro expansion: -fix must leave the file unchanged.
// REQUIRES: asio
// RUN: %no_crash --expect=ok --fix-unchanged %s -- %all_options -- -std=c++20 %asio_flags
#include <asio.hpp>
#include <coroutine>
#include <future>
#include <mutex>
#include <utility>

#define WAIT(f) (f).get()
#define WAIT_ALL(f) (f).wait()
#define BLOCK_ON(expr) WAIT(expr)
#define AWAIT(x) co_await (x)
#define COMPLETE(p, v) (p).set_value(v)
#define DISPATCH(ex, fn) asio::dispatch(ex, fn)
#define CHAIN(last, f) last = std::move(last).then(f)
#define LOCKED(m, stmt)                                                        \
  do {                                                                         \
    std::lock_guard<std::mutex> guard_(m);                                     \
    stmt;                                                                      \
  } while (0)
#define CO_BODY(f)                                                             \
  {                                                                            \
    int v = (f).get();                                                         \
    (void)v;                                                                   \
    co_return;                                                                 \
  }
#define GET_MEMBER get
#define STD_FUTURE std::future<int>

struct task {
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_never initial_suspend() { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};

task waits_in_macros(std::future<int> a, std::shared_future<int> b,
                     STD_FUTURE c) {
  int x = WAIT(a);
  WAIT_ALL(b);
  int y = BLOCK_ON(b);
  int z = c.GET_MEMBER();
  AWAIT(std::suspend_always{});
  (void)x, (void)y, (void)z;
}

task body_in_macro(std::future<int> f) CO_BODY(f)

void completions(std::promise<int> &p, std::mutex &m) {
  LOCKED(m, COMPLETE(p, 1));
}

void dispatches(asio::io_context &io) {
  DISPATCH(io, [] {});
  DISPATCH(io.get_executor(), [] {});
}

asio::awaitable<void> asio_coro(std::future<int> f) {
  WAIT(f);
  co_return;
}

void continuation(asio::io_context &io, std::future<int> &f) {
  asio::post(io, [&] { WAIT(f); });
}
