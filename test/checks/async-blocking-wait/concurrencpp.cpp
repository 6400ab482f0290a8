// RUN: %check_async_tidy %s async-blocking-wait %t -- -- -isystem %inputs

// concurrencpp (mock headers in test/Inputs/include): result/shared_result
// get/wait/wait_for inside concurrencpp::result and lazy_result coroutines
// (made coroutine types by std::coroutine_traits specialisations), with the
// co_await fix-it; executor tasks passed to post/submit.

#include <concurrencpp/concurrencpp.h>

#include <chrono>
#include <memory>
#include <thread>
#include <utility>

using namespace std::chrono_literals;

concurrencpp::result<int> compute();
int use(int);

//===--- Coroutines: warnings with a co_await fix-it ----------------------===//

concurrencpp::result<int> getInResult(concurrencpp::result<int> r) {
  co_return r.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: blocking wait 'concurrencpp::result::get' inside coroutine 'getInResult' can starve the executor: once its threads all wait like this, none is left to run the work they wait for; 'co_await' the result instead [async-blocking-wait]
  // CHECK-FIXES: {{^}}  co_return co_await std::move(r);
}

concurrencpp::result<int> localResult() {
  concurrencpp::result<int> r = compute();
  int v = r.get() * 2;
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: blocking wait 'concurrencpp::result::get' inside coroutine 'localResult'
  // CHECK-FIXES: {{^}}  int v = co_await std::move(r) * 2;
  co_return v;
}

concurrencpp::lazy_result<int> inLazyResult(concurrencpp::result<int> r) {
  co_return std::move(r).get();
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: blocking wait 'concurrencpp::result::get' inside coroutine 'inLazyResult'
  // CHECK-FIXES: {{^}}  co_return co_await std::move(r);
}

concurrencpp::result<int> sharedGet(concurrencpp::shared_result<int> s) {
  co_return s.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: blocking wait 'concurrencpp::shared_result::get' inside coroutine 'sharedGet'
  // CHECK-FIXES: {{^}}  co_return co_await s;
}

//===--- Coroutines: warnings without a fix-it ----------------------------===//

concurrencpp::result<void> waits(concurrencpp::result<int> r,
                                 concurrencpp::result<int> &byReference) {
  r.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking wait 'concurrencpp::result::wait' inside coroutine 'waits'
  r.wait_for(50ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking wait 'concurrencpp::result::wait_for' inside coroutine 'waits'
  use(byReference.get());
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: blocking wait 'concurrencpp::result::get' inside coroutine 'waits'
  co_return;
}

// In a template the wait is seen once per instantiation; a fix-it made for
// one would be wrong for another ('co_await std::move(f)' does not compile
// for Box), so there is none (ReportOnce.h).
struct Box {
  int get() { return 1; }
};
template <typename F> concurrencpp::result<int> genericGet(F f) {
  co_return f.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: blocking wait 'concurrencpp::result::get' inside coroutine 'genericGet'
  // CHECK-FIXES: {{^}}  co_return f.get();
}
void instantiateGenericGet() {
  genericGet(concurrencpp::result<int>());
  genericGet(Box());
}

//===--- Executor tasks ---------------------------------------------------===//

void postBlocks(std::shared_ptr<concurrencpp::thread_pool_executor> pool,
                concurrencpp::result<int> r, concurrencpp::result<int> s) {
  pool->post([r = std::move(r)]() mutable { use(r.get()); });
  // CHECK-MESSAGES: :[[@LINE-1]]:51: warning: blocking wait 'concurrencpp::result::get' inside continuation passed to 'concurrencpp::executor::post' can starve the executor: once its threads all wait like this, none is left to run the work they wait for
  pool->submit([s = std::move(s)]() mutable { s.wait(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:49: warning: blocking wait 'concurrencpp::result::wait' inside continuation passed to 'concurrencpp::executor::submit'
}

//===--- Hard negatives ---------------------------------------------------===//

int main() {
  concurrencpp::runtime runtime;
  concurrencpp::result<int> r = compute();
  r.wait();
  return r.get();
}

// Awaited correctly.
concurrencpp::result<int> awaitsCorrectly(concurrencpp::result<int> r) {
  int a = co_await std::move(r);
  int b = co_await compute();
  co_return a + b;
}

// Proven ready: status() or a zero-timeout wait_for() says it has a value.
concurrencpp::result<int> provenReady(concurrencpp::result<int> r,
                                      concurrencpp::result<int> s,
                                      concurrencpp::result<int> t) {
  int v = 0;
  if (r.status() == concurrencpp::result_status::value)
    v += r.get();
  if (s.wait_for(0ms) == concurrencpp::result_status::value)
    v += s.get();
  if (t.status() != concurrencpp::result_status::value)
    co_return v;
  co_return v + t.get();
}

// Zero timeouts are polls.
concurrencpp::result<void> polls(concurrencpp::result<int> r) {
  r.wait_for(0ms);
  r.wait_for(std::chrono::milliseconds::zero());
  co_return;
}

// A plain lambda, a thread, and an executor task that does not block.
concurrencpp::result<void>
plainLambdas(std::shared_ptr<concurrencpp::thread_pool_executor> pool,
             concurrencpp::result<int> r) {
  auto later = [&r] { return r.get(); };
  std::thread worker([&r] { r.wait(); });
  worker.detach();
  pool->post([] { use(1); });
  (void)later;
  co_return;
}

// Same names on unrelated types.
struct Cache {
  int get();
  void wait_for(std::chrono::milliseconds);
};
concurrencpp::result<int> unrelated(Cache &cache) {
  cache.wait_for(10ms);
  co_return cache.get();
}
