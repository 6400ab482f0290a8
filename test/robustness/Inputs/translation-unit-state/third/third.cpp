// Input of translation-unit-state.test: the three files have the same byte
// layout, so each wait's 'get' is at the same offset in all three, with a
// different meaning in each.
#include <coroutine>
#include <future>

struct task {
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};

std::future<int> start();

class Cache {
public:
  // P: a local future, blocked on in every file.
  task waitLocal() {
    std::future<int> mine = start();
    mine.get();
    co_return;
  }
  // Q: a future passed by value: not a foreign one.
  task waitQ(std::future<int> ownedFut) {
    ownedFut.get();
    co_return;
  }
  // R: a local future, so only async-blocking-wait reports it.
  task waitR() {
    std::future<int> mine2 = start();
    mine2.get();
    co_return;
  }

private:
  std::future<int> pending_ = start();
  std::future<int> other = start();
};
