// The file the hostile-configuration tests run on: valid C++20 with a wait in
// a coroutine and a completion under a lock, so every check has work to do.
#include <coroutine>
#include <future>
#include <mutex>

struct task {
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_never initial_suspend() { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};

task waits(std::shared_future<int> f) {
  (void)f.get();
  co_return;
}

void completes(std::promise<int> &p, std::mutex &m) {
  std::lock_guard<std::mutex> g(m);
  p.set_value(1);
}
