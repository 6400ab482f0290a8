// RUN: %check_async_tidy %s async-blocking-wait %t -- -- -isystem %inputs

// A sleep or a condition-variable wait in a coroutine names the coroutine
// library's own timer or event (the catalog's AsyncAlternative facts), and
// the generic remedy where the catalog knows none. Mock headers in
// test/Inputs/include; QCoro and Asio are in qt.cpp and asio.cpp.

#include <async_simple/coro/Lazy.h>
#include <concurrencpp/concurrencpp.h>
#include <coro/coro.hpp>
#include <corral/corral.h>
#include <folly/coro/Task.h>
#include <seastar/core/coroutine.hh>
#include <seastar/core/future.hh>

#include <chrono>
#include <condition_variable>
#include <coroutine>
#include <functional>
#include <mutex>
#include <thread>

using namespace std::chrono_literals;

concurrencpp::result<void> concurrencppSleeps() {
  std::this_thread::sleep_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking wait 'std::this_thread::sleep_for' inside coroutine 'concurrencppSleeps' {{.*}}; 'co_await' a delay object from the runtime's timer queue ('timer_queue::make_delay_object(duration, executor)') instead [async-blocking-wait]
  co_return;
}

concurrencpp::result<void> concurrencppWaits(std::condition_variable &cv,
                                             std::mutex &m) {
  std::unique_lock<std::mutex> lock(m);
  cv.wait(lock);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking wait 'std::condition_variable::wait' inside coroutine 'concurrencppWaits' {{.*}}; use a 'concurrencpp::async_condition_variable' ('co_await cv.await(executor, lock, predicate)') instead [async-blocking-wait]
  co_return;
}

folly::coro::Task<void> follySleeps() {
  std::this_thread::sleep_until(std::chrono::steady_clock::now() + 1s);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking wait 'std::this_thread::sleep_until' inside coroutine 'follySleeps' {{.*}}; 'co_await folly::coro::sleep(duration)' instead [async-blocking-wait]
  co_return;
}

folly::coro::Task<void> follyWaits(std::condition_variable_any &cv,
                                   std::mutex &m) {
  std::unique_lock<std::mutex> lock(m);
  cv.wait_for(lock, 1s);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking wait 'std::condition_variable_any::wait_for' inside coroutine 'follyWaits' {{.*}}; 'co_await' a 'folly::coro::Baton' that the notifier posts instead [async-blocking-wait]
  co_return;
}

coro::task<void> libcoroSleeps() {
  std::this_thread::sleep_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking wait 'std::this_thread::sleep_for' inside coroutine 'libcoroSleeps' {{.*}}; 'co_await scheduler->yield_for(duration)' (or 'schedule_after') on the 'coro::scheduler' instead [async-blocking-wait]
  co_return;
}

async_simple::coro::Lazy<void> asyncSimpleSleeps() {
  std::this_thread::sleep_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking wait 'std::this_thread::sleep_for' inside coroutine 'asyncSimpleSleeps' {{.*}}; 'co_await async_simple::coro::sleep(duration)' instead [async-blocking-wait]
  co_return;
}

seastar::future<> seastarSleeps() {
  std::this_thread::sleep_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking wait 'std::this_thread::sleep_for' inside coroutine 'seastarSleeps' {{.*}}; 'co_await seastar::sleep(duration)' instead [async-blocking-wait]
  co_return;
}

corral::Task<void> corralSleeps() {
  std::this_thread::sleep_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking wait 'std::this_thread::sleep_for' inside coroutine 'corralSleeps' stalls the event-loop thread{{.*}}; 'co_await corral::sleepFor(io, duration)' instead [async-blocking-wait]
  co_return;
}

// A lambda coroutine of a library names that library's timer too.
void lambdas() {
  auto L = []() -> folly::coro::Task<void> {
    std::this_thread::sleep_for(1ms);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking wait 'std::this_thread::sleep_for' inside {{.*}}; 'co_await folly::coro::sleep(duration)' instead [async-blocking-wait]
    co_return;
  };
  (void)L;
}

//===--- The generic remedy -------------------------------------------------===//

// A coroutine of a task type the catalog does not know: the generic remedy.
struct unknown_task {
  struct promise_type {
    unknown_task get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};

unknown_task unknownSleeps(std::condition_variable &cv, std::mutex &m) {
  std::this_thread::sleep_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking wait 'std::this_thread::sleep_for' inside coroutine 'unknownSleeps' {{.*}}; use an async timer [async-blocking-wait]
  std::unique_lock<std::mutex> lock(m);
  cv.wait(lock);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking wait 'std::condition_variable::wait' inside coroutine 'unknownSleeps' {{.*}}; use an async event or condition variable [async-blocking-wait]
  co_return;
}

// A condition-variable wait in a libcoro coroutine names
// coro::condition_variable.
coro::task<void> libcoroWaits(std::condition_variable &cv, std::mutex &m) {
  std::unique_lock<std::mutex> lock(m);
  cv.wait(lock, [] { return true; });
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking wait 'std::condition_variable::wait' inside coroutine 'libcoroWaits' {{.*}}; use a 'coro::condition_variable' ('co_await cv.wait(lock, predicate)' with the lock of 'co_await mutex.scoped_lock()') instead [async-blocking-wait]
  co_return;
}

// Other blocking primitives keep their own remedy, whatever the library.
folly::coro::Task<void> follyJoins(std::thread &t) {
  t.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking wait 'std::thread::join' inside coroutine 'follyJoins' {{.*}}; join the thread from a thread that may block [async-blocking-wait]
  co_return;
}

// A zero-duration sleep is a yield, not a wait: no report, whatever the
// library.
folly::coro::Task<void> follyYields() {
  std::this_thread::sleep_for(0ms);
  co_return;
}
