// RUN: %check_async_tidy %s async-blocking-wait %t -- -- -isystem %inputs

// HPX (mock headers in test/Inputs/include): hpx::future/shared_future waits
// inside HPX coroutines (hpx::future<T> is a coroutine return type and its
// own awaiter), with the co_await fix-it; continuations passed to .then,
// whose antecedent parameter is complete.

#include <hpx/future.hpp>

#include <chrono>
#include <thread>
#include <tuple>
#include <utility>

using namespace std::chrono_literals;

hpx::future<int> compute();
int use(int);

//===--- Coroutines: warnings with a co_await fix-it ----------------------===//

hpx::future<int> getInCoroutine(hpx::future<int> f) {
  co_return f.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: blocking wait 'hpx::future::get' inside coroutine 'getInCoroutine' can starve the executor: once its threads all wait like this, none is left to run the work they wait for; 'co_await' the future or attach '.then(...)' [async-blocking-wait]
  // CHECK-FIXES: {{^}}  co_return co_await std::move(f);
}

hpx::future<int> localFuture() {
  hpx::future<int> f = compute();
  int v = f.get() + 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: blocking wait 'hpx::future::get' inside coroutine 'localFuture'
  // CHECK-FIXES: {{^}}  int v = co_await std::move(f) + 1;
  co_return v;
}

hpx::future<int> sharedGet(hpx::shared_future<int> s) {
  co_return s.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: blocking wait 'hpx::shared_future::get' inside coroutine 'sharedGet'
  // CHECK-FIXES: {{^}}  co_return co_await s;
}

//===--- Coroutines: warnings without a fix-it ----------------------------===//

hpx::future<void> waits(hpx::future<int> f, hpx::future<int> &byReference) {
  f.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking wait 'hpx::future::wait' inside coroutine 'waits'
  f.wait_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking wait 'hpx::future::wait_for' inside coroutine 'waits'
  use(byReference.get());
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: blocking wait 'hpx::future::get' inside coroutine 'waits'
  co_return;
}

//===--- Continuations ----------------------------------------------------===//

hpx::future<int> thenBlocksOnOther(hpx::future<int> f,
                                   hpx::shared_future<int> base) {
  return f.then([base](hpx::future<int> self) {
    return self.get() + base.get();
    // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: blocking wait 'hpx::shared_future::get' inside continuation passed to 'hpx::future::then' can starve the executor: once its threads all wait like this, none is left to run the work they wait for
  });
}

//===--- Hard negatives ---------------------------------------------------===//

int main() {
  hpx::future<int> f = compute();
  f.wait();
  return f.get();
}

// Awaited correctly.
hpx::future<int> awaitsCorrectly(hpx::future<int> f) {
  int a = co_await std::move(f);
  int b = co_await compute();
  co_return a + b;
}

// The antecedent of a continuation is complete, and so are the futures
// taken out of a when_all result.
hpx::future<int> antecedents(hpx::future<int> f, hpx::future<int> a,
                             hpx::future<int> b) {
  auto g = f.then([](hpx::future<int> self) { return self.get() * 2; });
  auto h = f.then(hpx::launch::async,
                  [](hpx::future<int> &&self) { return self.get(); });
  auto both = hpx::when_all(std::move(a), std::move(b));
  return both.then(
      [](hpx::future<std::tuple<hpx::future<int>, hpx::future<int>>> all) {
        auto parts = all.get();
        return std::get<0>(parts).get() + std::get<1>(parts).get();
      });
}

// Proven ready by is_ready()/has_value() or a zero-timeout wait_for().
hpx::future<int> provenReady(hpx::future<int> f, hpx::future<int> g,
                             hpx::future<int> h) {
  int v = 0;
  if (f.is_ready())
    v += f.get();
  if (g.wait_for(0ms) == hpx::future_status::ready)
    v += g.get();
  if (!h.has_value())
    co_return v;
  co_return v + h.get();
}

// Zero timeouts are polls.
hpx::future<void> polls(hpx::future<int> f) {
  f.wait_for(0ms);
  f.wait_for(std::chrono::seconds(0));
  co_return;
}

// A plain lambda and a thread started from a coroutine are not part of it.
hpx::future<void> plainLambdas(hpx::future<int> f) {
  auto later = [&f] { return f.get(); };
  std::thread worker([&f] { f.wait(); });
  worker.detach();
  (void)later;
  co_return;
}
