// The file the hostile-configuration tests run on: valid C++20 with a wait in
// a coroutine and a completion under a lock, so every check has work to do.
// Small declarations stand in for <future> and <mutex>, whose parse would
// dominate the test's run time.
#include <coroutine>

namespace std {
template <typename T> class shared_future {
public:
  const T &get() const;
};
template <typename T> class promise {
public:
  void set_value(const T &);
};
class mutex {
public:
  void lock();
  void unlock();
};
template <typename M> class lock_guard {
public:
  explicit lock_guard(M &);
  ~lock_guard();
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

void completes(std::promise<int> &p, std::mutex &m) {
  std::lock_guard<std::mutex> g(m);
  p.set_value(1);
}

#ifdef WITH_MYLIB
// For the configuration tests that name mylib's types (hostile-config.test).
namespace mylib {
template <typename T> class Future {
public:
  T get();
};
} // namespace mylib

task waitsOnMylib(mylib::Future<int> f) {
  (void)f.get();
  co_return;
}
#endif
