// RUN: %check_async_tidy %s async-blocking-wait %t

// The standard library: std::future/std::shared_future waits and the blocking
// thread primitives, inside coroutines (real libstdc++ headers; the standard
// has no coroutine task type, so a minimal one is declared here).

#include <barrier>
#include <chrono>
#include <condition_variable>
#include <coroutine>
#include <future>
#include <latch>
#include <mutex>
#include <semaphore>
#include <thread>

using namespace std::chrono_literals;

struct task {
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};

std::future<int> startLookup();
void use(int);

// Positives.

task getInCoroutine(std::future<int> f) {
  use(f.get());
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking wait 'std::future::get' inside coroutine 'getInCoroutine' can starve the executor: once its threads all wait like this, none is left to run the work they wait for; use a future from an async library and 'co_await' it [async-blocking-wait]
  co_return;
}

task waitInCoroutine() {
  std::future<int> f = startLookup();
  f.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking wait 'std::future::wait' inside coroutine 'waitInCoroutine'
  f.wait_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking wait 'std::future::wait_for' inside coroutine 'waitInCoroutine'
  f.wait_until(std::chrono::steady_clock::now() + 1s);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking wait 'std::future::wait_until' inside coroutine 'waitInCoroutine'
  co_return;
}

task sharedFuture(std::shared_future<int> f) {
  use(f.get());
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking wait 'std::shared_future::get' inside coroutine 'sharedFuture'
  co_return;
}

task pointerToFuture(std::future<int> *f) {
  use(f->get());
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking wait 'std::future::get' inside coroutine 'pointerToFuture'
  co_return;
}

task primitives(std::thread &t, std::condition_variable &cv, std::mutex &m,
                std::latch &l, std::counting_semaphore<4> &s,
                std::barrier<> &b) {
  std::this_thread::sleep_for(1s);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking wait 'std::this_thread::sleep_for' inside coroutine 'primitives' stalls the executor thread: nothing else runs on it until the wait returns; use an async timer [async-blocking-wait]
  t.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking wait 'std::thread::join' inside coroutine 'primitives' stalls the executor thread: nothing else runs on it until the wait returns; join the thread from a thread that may block [async-blocking-wait]
  std::unique_lock<std::mutex> lock(m);
  cv.wait(lock);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking wait 'std::condition_variable::wait' inside coroutine 'primitives'
  l.arrive_and_wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking wait 'std::latch::arrive_and_wait' inside coroutine 'primitives'
  s.acquire();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking wait 'std::counting_semaphore::acquire' inside coroutine 'primitives'
  b.arrive_and_wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking wait 'std::barrier::arrive_and_wait' inside coroutine 'primitives'
  co_return;
}

// A coroutine lambda is a coroutine.
void spawnCoroutineLambda(std::future<int> &f) {
  auto body = [&]() -> task {
    use(f.get());
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking wait 'std::future::get' inside coroutine lambda
    co_return;
  };
  body();
}

// A wait that happens later: the guard is on another variable.
task guardOnOtherFuture(std::future<int> a, std::future<int> b) {
  if (a.wait_for(0s) == std::future_status::ready)
    use(b.get());
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking wait 'std::future::get'
  co_return;
}

// The guard is invalidated by a new value.
task guardThenReassigned(std::future<int> f) {
  if (f.wait_for(0s) != std::future_status::ready)
    co_return;
  f = startLookup();
  use(f.get());
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking wait 'std::future::get'
}

// A non-zero timeout is a wait (but once it said 'ready', get() is not).
task nonZeroPoll(std::future<int> f) {
  if (f.wait_for(1ms) == std::future_status::ready)
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking wait 'std::future::wait_for'
    use(f.get());
  co_return;
}

// A guard that does not exit does not prove anything.
task guardWithoutExit(std::future<int> f) {
  if (f.wait_for(0s) != std::future_status::ready)
    use(0);
  use(f.get());
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking wait 'std::future::get'
  co_return;
}

// Hard negatives.

// Ordinary synchronous code is where waiting belongs.
int main() {
  std::future<int> f = std::async(std::launch::async, [] { return 1; });
  std::thread worker([] { std::this_thread::sleep_for(1ms); });
  worker.join();
  return f.get();
}

void workerThread(std::future<int> f, std::latch &done) {
  f.wait();
  use(f.get());
  done.wait();
}

void testWaitsForResult() {
  auto f = std::async([] { return 2; });
  if (f.wait_for(1s) == std::future_status::timeout)
    return;
  use(f.get());
}

// A plain lambda inside a coroutine is not part of it (it may run anywhere).
task plainLambdaInCoroutine(std::future<int> &f) {
  auto later = [&] { return f.get(); };
  std::thread t([&] { use(later()); });
  t.detach();
  co_return;
}

// Proven ready: inside the then-branch of a readiness poll on the same
// future, including && chains and the else-branch of the negation.
task provenReady(std::future<int> f, std::shared_future<int> s, bool flag) {
  if (f.wait_for(0s) == std::future_status::ready)
    use(f.get());
  if (flag && std::future_status::ready == s.wait_for(std::chrono::seconds(0)))
    use(s.get());
  if (s.wait_for(std::chrono::milliseconds::zero()) != std::future_status::ready)
    use(0);
  else
    use(s.get());
  use(s.wait_for(0ms) == std::future_status::ready ? s.get() : 0);
  co_return;
}

// Proven ready after an early-exit guard in the same block.
task earlyReturnGuard(std::future<int> f) {
  if (f.wait_for(0s) != std::future_status::ready)
    co_return;
  use(1);
  use(f.get());
}

task earlyThrowGuard(std::shared_future<int> f, bool flag) {
  for (int I = 0; I < 3; ++I) {
    if (flag || f.wait_until(std::chrono::steady_clock::time_point::min()) !=
                    std::future_status::ready)
      continue;
    use(f.get());
  }
  if (!(f.wait_for(0s) == std::future_status::ready))
    throw 1;
  use(f.get());
  co_return;
}

// Zero timeouts are polls, not waits.
task polls(std::future<int> f, std::condition_variable &cv, std::mutex &m) {
  f.wait_for(0s);
  f.wait_for(std::chrono::seconds(0));
  f.wait_for(std::chrono::duration_cast<std::chrono::milliseconds>(0s));
  std::this_thread::sleep_for(0ms);
  std::unique_lock<std::mutex> lock(m);
  cv.wait_for(lock, 0s);
  co_return;
}

// Unevaluated operands never run.
task unevaluated(std::future<int> f) {
  using Result = decltype(f.get());
  static_assert(sizeof(f.get()) == sizeof(int));
  Result r = noexcept(f.get()) ? 1 : 0;
  use(r);
  co_return;
}

// Not blocking calls: same names elsewhere.
struct Cache {
  int get() const { return 1; }
  void wait() {}
};
task sameNames(Cache c, std::promise<int> p) {
  use(c.get());
  c.wait();
  p.set_value(1);
  co_return;
}
