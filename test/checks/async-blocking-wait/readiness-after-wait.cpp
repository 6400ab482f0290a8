// RUN: %check_async_tidy %s async-blocking-wait %t -- -- -isystem %inputs

// Readiness proven by what already happened to the same object earlier in the
// block (CompletionProofs): a status variable holding a timed wait's answer,
// a wait without a timeout that returned, and an await of the object itself.
// The wait itself stays reported; the get() after it does not.

#include <concurrencpp/concurrencpp.h>

#include <chrono>
#include <coroutine>
#include <future>

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

void use(int);

// The answer of a timed wait kept in a variable proves readiness like the
// inline form `if (f.wait_for(d) == ready)`.
task statusVariable(std::future<int> f) {
  auto status = f.wait_for(500ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: blocking wait 'std::future::wait_for'
  if (status == std::future_status::ready)
    use(f.get());
  const std::future_status Status2 = f.wait_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: blocking wait 'std::future::wait_for'
  if (Status2 != std::future_status::timeout)
    use(f.get());
  co_return;
}

// A wait that returned proves readiness for a later get() on the same object
// (concurrencpp's thread-sanitizer tests have this shape).
concurrencpp::result<int> waitThenGet(concurrencpp::result<int> res) {
  res.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking wait 'concurrencpp::result::wait'
  co_return res.get();
}

task stdWaitThenGet(std::future<int> f) {
  f.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking wait 'std::future::wait'
  use(f.get());
  co_return;
}

// An awaited object is complete.
concurrencpp::result<int> awaitedThenGet(concurrencpp::shared_result<int> sr) {
  co_await sr;
  co_return sr.get();
}

//===--- Hard negatives: no proof, still reported --------------------------===//

// The status variable is assigned again, from another future.
task reassignedStatus(std::future<int> f, std::future<int> g) {
  auto status = f.wait_for(0s);
  status = g.wait_for(0s);
  if (status == std::future_status::ready)
    use(f.get());
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking wait 'std::future::get'
  co_return;
}

// A status of another future.
task otherStatus(std::future<int> f, std::future<int> g) {
  auto status = g.wait_for(0s);
  if (status == std::future_status::ready)
    use(f.get());
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking wait 'std::future::get'
  co_return;
}

// A timed wait may return before the future is ready.
task timedWaitThenGet(std::future<int> f) {
  f.wait_for(1s);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking wait 'std::future::wait_for'
  use(f.get());
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking wait 'std::future::get'
  co_return;
}

// A wait on another object, or a wait on some paths only.
task waitOnOther(std::future<int> f, std::future<int> g, bool c) {
  g.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking wait 'std::future::wait'
  use(f.get());
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking wait 'std::future::get'
  co_return;
}

task waitOnSomePaths(std::future<int> g, bool c) {
  if (c)
    g.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking wait 'std::future::wait'
  use(g.get());
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking wait 'std::future::get'
  co_return;
}

// The object is replaced between the wait and the get.
std::future<int> another();
task replacedAfterWait(std::future<int> f) {
  f.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking wait 'std::future::wait'
  f = another();
  use(f.get());
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking wait 'std::future::get'
  co_return;
}

// Another object was awaited.
concurrencpp::result<int> awaitedOther(concurrencpp::shared_result<int> a,
                                       concurrencpp::shared_result<int> b) {
  co_await a;
  co_return b.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: blocking wait 'concurrencpp::shared_result::get'
  // CHECK-FIXES: {{^}}  co_return co_await b;
}
