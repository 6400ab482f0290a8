// Every libstdc++ header, plus the C++20 concurrency headers, and a few
// instantiations of the async parts so the checks walk their template code.
#include <bits/stdc++.h>
#include <barrier>
#include <coroutine>
#include <future>
#include <latch>
#include <semaphore>
#include <stop_token>

struct sweep_task {
  struct promise_type {
    sweep_task get_return_object() { return {}; }
    std::suspend_never initial_suspend() { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};

sweep_task sweep_std() {
  auto f = std::async(std::launch::async, [] { return 1; });
  std::packaged_task<int()> pt([] { return 2; });
  std::promise<int> p;
  std::latch l(1);
  std::barrier b(1);
  std::counting_semaphore<4> s(1);
  std::jthread t([](std::stop_token st) { (void)st.stop_requested(); });
  std::shared_future<int> sf = p.get_future().share();
  (void)f, (void)sf, (void)l, (void)b, (void)s;
  co_await std::suspend_never{};
}
