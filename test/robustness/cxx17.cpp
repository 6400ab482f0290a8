// C++17 without coroutines: futures, promises and continuations exist, the
// coroutine parts of the checks must simply not apply.
// RUN: %no_crash --expect=ok %s -- %all_options -- -std=c++17
// RUN: %no_crash --expect=ok %s -- %all_options -- -std=c++14
#include <future>
#include <mutex>
#include <thread>

struct Service {
  std::mutex m_;
  std::promise<int> p_;
  std::shared_future<int> last_;
  void complete() {
    std::lock_guard<std::mutex> g(m_);
    p_.set_value(1);
  }
  void chain() {
    last_ = std::async(std::launch::async, [f = last_] { return f.get() + 1; }).share();
  }
};

int main() {
  Service s;
  std::thread t([&] { s.complete(); });
  int v = s.p_.get_future().get();
  t.join();
  return v == 1 ? 0 : 1;
}
