// One finding for google-explicit-constructor and one for
// async-blocking-wait, to tell which checks ran on a file.
#include <coroutine>

struct Implicit { Implicit(int); };

namespace std {
template <typename T> class shared_future {
public:
  const T &get() const;
};
} // namespace std

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
