#include <coroutine>
#include <future>
#include <mutex>

struct task {
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};

int quote(int);

task refreshPrice(std::future<int> Price) {
  quote(Price.get());
  co_return;
}
