// Benchmark TU: libstdc++ only — <future>, <coroutine>, threads, a thread
// pool, a hand-written task type with a scheduler, a generator, stop tokens,
// latches and semaphores.
#include <algorithm>
#include <atomic>
#include <barrier>
#include <chrono>
#include <condition_variable>
#include <coroutine>
#include <deque>
#include <exception>
#include <functional>
#include <future>
#include <latch>
#include <map>
#include <mutex>
#include <numeric>
#include <optional>
#include <ranges>
#include <semaphore>
#include <shared_mutex>
#include <stop_token>
#include <string>
#include <thread>
#include <utility>
#include <variant>
#include <vector>

namespace bench_std {

class thread_pool {
public:
  explicit thread_pool(unsigned n) {
    for (unsigned i = 0; i < n; ++i)
      workers_.emplace_back([this](std::stop_token st) { loop(st); });
  }
  ~thread_pool() {
    for (auto &w : workers_)
      w.request_stop();
    cv_.notify_all();
  }
  template <typename F> auto submit(F f) -> std::future<decltype(f())> {
    auto task =
        std::make_shared<std::packaged_task<decltype(f())()>>(std::move(f));
    auto fut = task->get_future();
    {
      std::lock_guard<std::mutex> lock(mutex_);
      queue_.emplace_back([task] { (*task)(); });
    }
    cv_.notify_one();
    return fut;
  }
  void post(std::function<void()> fn) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      queue_.push_back(std::move(fn));
    }
    cv_.notify_one();
  }

private:
  void loop(std::stop_token st) {
    while (!st.stop_requested()) {
      std::function<void()> job;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        cv_.wait(lock, st, [&] { return !queue_.empty(); });
        if (queue_.empty())
          return;
        job = std::move(queue_.front());
        queue_.pop_front();
      }
      job();
    }
  }
  std::mutex mutex_;
  std::condition_variable_any cv_;
  std::deque<std::function<void()>> queue_;
  std::vector<std::jthread> workers_;
};

template <typename T> class task {
public:
  struct promise_type {
    std::optional<T> value;
    std::exception_ptr error;
    std::coroutine_handle<> continuation;
    task get_return_object() {
      return task{std::coroutine_handle<promise_type>::from_promise(*this)};
    }
    std::suspend_always initial_suspend() noexcept { return {}; }
    auto final_suspend() noexcept {
      struct final_awaiter {
        bool await_ready() noexcept { return false; }
        std::coroutine_handle<>
        await_suspend(std::coroutine_handle<promise_type> h) noexcept {
          auto c = h.promise().continuation;
          return c ? c : std::noop_coroutine();
        }
        void await_resume() noexcept {}
      };
      return final_awaiter{};
    }
    void return_value(T v) { value = std::move(v); }
    void unhandled_exception() { error = std::current_exception(); }
  };
  explicit task(std::coroutine_handle<promise_type> h) : h_(h) {}
  task(task &&o) noexcept : h_(std::exchange(o.h_, {})) {}
  ~task() {
    if (h_)
      h_.destroy();
  }
  bool await_ready() const noexcept { return false; }
  std::coroutine_handle<> await_suspend(std::coroutine_handle<> c) {
    h_.promise().continuation = c;
    return h_;
  }
  T await_resume() {
    if (h_.promise().error)
      std::rethrow_exception(h_.promise().error);
    return std::move(*h_.promise().value);
  }

private:
  std::coroutine_handle<promise_type> h_;
};

template <typename T> class generator {
public:
  struct promise_type {
    T current{};
    generator get_return_object() {
      return generator{
          std::coroutine_handle<promise_type>::from_promise(*this)};
    }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(T v) {
      current = std::move(v);
      return {};
    }
    void return_void() {}
    void unhandled_exception() { std::terminate(); }
  };
  explicit generator(std::coroutine_handle<promise_type> h) : h_(h) {}
  ~generator() {
    if (h_)
      h_.destroy();
  }
  bool next() {
    h_.resume();
    return !h_.done();
  }
  const T &value() const { return h_.promise().current; }

private:
  std::coroutine_handle<promise_type> h_;
};

struct schedule_on {
  thread_pool &pool;
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<> h) {
    pool.post([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};

generator<int> naturals(int limit) {
  for (int i = 0; i < limit; ++i)
    co_yield i;
}

task<int> add(int a, int b) { co_return a + b; }

task<int> sum_squares(thread_pool &pool, std::vector<int> values) {
  co_await schedule_on{pool};
  int total = 0;
  for (int v : values | std::views::transform([](int x) { return x * x; }))
    total = co_await add(total, v);
  co_return total;
}

task<std::string> describe(thread_pool &pool, int n) {
  co_await schedule_on{pool};
  int s = co_await sum_squares(pool, std::vector<int>(n, 2));
  co_return std::to_string(s);
}

class registry {
public:
  void set(std::string key, int value) {
    std::unique_lock lock(mutex_);
    values_[std::move(key)] = value;
  }
  std::optional<int> get(const std::string &key) const {
    std::shared_lock lock(mutex_);
    auto it = values_.find(key);
    if (it == values_.end())
      return std::nullopt;
    return it->second;
  }

private:
  mutable std::shared_mutex mutex_;
  std::map<std::string, int> values_;
};

class notifier {
public:
  std::shared_future<int> ready() { return ready_; }
  void publish(int v) {
    std::promise<int> p;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      std::swap(p, promise_);
    }
    p.set_value(v);
  }

private:
  std::mutex mutex_;
  std::promise<int> promise_;
  std::shared_future<int> ready_ = promise_.get_future().share();
};

int run_all() {
  thread_pool pool(2);
  registry reg;
  notifier note;
  std::latch started(2);
  std::barrier sync(2);
  std::counting_semaphore<2> slots(2);
  std::vector<std::future<int>> futures;
  for (int i = 0; i < 8; ++i)
    futures.push_back(pool.submit([i] { return i * i; }));
  auto async_sum = std::async(std::launch::async, [&] {
    return std::accumulate(
        futures.begin(), futures.end(), 0,
        [](int acc, std::future<int> &f) { return acc + f.get(); });
  });
  std::jthread a([&] {
    started.count_down();
    slots.acquire();
    reg.set("a", 1);
    slots.release();
    sync.arrive_and_wait();
  });
  std::jthread b([&] {
    started.count_down();
    note.publish(5);
    sync.arrive_and_wait();
  });
  started.wait();
  auto gen = naturals(10);
  int g = 0;
  while (gen.next())
    g += gen.value();
  auto t = describe(pool, 4);
  (void)t;
  return async_sum.get() + note.ready().get() + g + reg.get("a").value_or(0);
}

} // namespace bench_std

int main() { return bench_std::run_all(); }
