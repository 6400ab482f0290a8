// RUN: %check_async_tidy %s async-blocking-wait %t -- -- -isystem %inputs

// folly (mock headers in test/Inputs/include): Future/SemiFuture waits and
// the callable object folly::coro::blockingWait inside folly::coro::Task
// coroutines, with the co_await fix-its (the harness recompiles the fixed
// file); continuations passed to thenValue/via/Executor::add and the event
// base; a function asserting the event-base thread.

#include <folly/coro/BlockingWait.h>
#include <folly/coro/Task.h>
#include <folly/executors/CPUThreadPoolExecutor.h>
#include <folly/executors/ManualExecutor.h>
#include <folly/futures/Future.h>
#include <folly/io/async/EventBase.h>
#include <folly/synchronization/Baton.h>

#include <chrono>
#include <thread>
#include <utility>

// Mock gap: the free function folly::via(executor, func) (folly/futures/
// Future.h) is not in the mock headers yet.
namespace folly {
template <class Func> Future<Unit> via(Executor::KeepAlive<>, Func &&) {
  return makeFuture();
}
} // namespace folly

struct Text {
  int size() const;
};
folly::coro::Task<int> fetch();
folly::SemiFuture<int> lookup();
int use(int);

//===--- Coroutines: warnings with a co_await fix-it ----------------------===//

folly::coro::Task<int> movedGet(folly::SemiFuture<int> f) {
  co_return std::move(f).get();
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: blocking wait 'folly::SemiFuture::get' inside coroutine 'movedGet' can starve the executor: once its threads all wait like this, none is left to run the work they wait for; use 'co_await std::move(future)' [async-blocking-wait]
  // CHECK-FIXES: {{^}}  co_return co_await std::move(f);
}

folly::coro::Task<int> localFutureGet() {
  folly::Future<int> f = folly::makeFuture(1);
  int v = std::move(f).get() + 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: blocking wait 'folly::Future::get' inside coroutine 'localFutureGet'
  // CHECK-FIXES: {{^}}  int v = co_await std::move(f) + 1;
  co_return v;
}

folly::coro::Task<int> objectUse(folly::SemiFuture<Text> t) {
  co_return std::move(t).get().size();
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: blocking wait 'folly::SemiFuture::get'
  // CHECK-FIXES: {{^}}  co_return (co_await std::move(t)).size();
}

folly::coro::Task<int> blockingWaitUsed() {
  int n = folly::coro::blockingWait(fetch());
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking wait 'folly::coro::blockingWait' inside coroutine 'blockingWaitUsed' can starve the executor: once its threads all wait like this, none is left to run the work they wait for; 'co_await' the awaitable instead [async-blocking-wait]
  // CHECK-FIXES: {{^}}  int n = co_await fetch();
  folly::coro::blockingWait(fetch());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking wait 'folly::coro::blockingWait'
  // CHECK-FIXES: {{^}}  co_await fetch();
  n += folly::coro::blocking_wait(lookup());
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking wait 'folly::coro::blocking_wait'
  // CHECK-FIXES: {{^}}  n += co_await lookup();
  co_return n;
}

//===--- Coroutines: warnings without a fix-it ----------------------------===//

folly::coro::Task<int> noFixes(folly::SemiFuture<int> &byReference,
                               folly::SemiFuture<int> timed,
                               folly::Future<int> waited,
                               folly::Future<int> tried,
                               folly::ManualExecutor &manual) {
  int a = std::move(byReference).get();
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: blocking wait 'folly::SemiFuture::get'
  int b = std::move(timed).get(std::chrono::milliseconds(100));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: blocking wait 'folly::SemiFuture::get'
  std::move(waited).wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: blocking wait 'folly::Future::wait'
  use(std::move(tried).getTry().value());
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: blocking wait 'folly::Future::getTry' {{.*}}; use 'co_await folly::coro::co_awaitTry(std::move(future))'
  try {
    use(a);
  } catch (...) {
    folly::SemiFuture<int> inHandler = lookup();
    use(std::move(inHandler).get());
    // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: blocking wait 'folly::SemiFuture::get'
  }
  folly::Future<int> driven = folly::makeFuture(2);
  use(std::move(driven).getVia(&manual));
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: blocking wait 'folly::Future::getVia'
  folly::Future<int> drivenToo = folly::makeFuture(3);
  std::move(drivenToo).waitVia(&manual);
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: blocking wait 'folly::Future::waitVia'
  co_return a + b;
}

folly::coro::Task<void> batonInTask(folly::Baton<> &baton) {
  baton.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking wait 'folly::Baton::wait' inside coroutine 'batonInTask' {{.*}}; use 'folly::coro::Baton'
  co_return;
}

// Not a coroutine of the library: the warning without a fix-it.
struct other_task {
  struct promise_type {
    other_task get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};
other_task otherCoroutine(folly::SemiFuture<int> f) {
  use(std::move(f).get());
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: blocking wait 'folly::SemiFuture::get'
  co_return;
}

#define GET(f) std::move(f).get()
folly::coro::Task<int> inMacro(folly::SemiFuture<int> f) {
  co_return GET(f);
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: blocking wait 'folly::SemiFuture::get'
  // CHECK-FIXES: {{^}}  co_return GET(f);
}

//===--- Continuations and executor tasks ---------------------------------===//

void thenValueBlocks(folly::Future<int> f, folly::SemiFuture<int> other) {
  std::move(f).thenValue([o = std::move(other)](int v) mutable {
    return v + std::move(o).get();
    // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: blocking wait 'folly::SemiFuture::get' inside continuation passed to 'folly::Future::thenValue' can starve the executor: once its threads all wait like this, none is left to run the work they wait for; attach the work that needs the result as a continuation instead of waiting for it (in a coroutine: use 'co_await std::move(future)') [async-blocking-wait]
  });
}

void viaThenValue(folly::SemiFuture<int> s, folly::CPUThreadPoolExecutor &pool,
                  folly::SemiFuture<int> other) {
  std::move(s).via(&pool).thenValue([o = std::move(other)](int) mutable {
    folly::coro::blockingWait(std::move(o));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking wait 'folly::coro::blockingWait' inside continuation passed to 'folly::Future::thenValue'
  });
}

void freeVia(folly::Executor::KeepAlive<> ex, folly::SemiFuture<int> other) {
  folly::via(ex, [o = std::move(other)]() mutable { use(std::move(o).get()); });
  // CHECK-MESSAGES: :[[@LINE-1]]:70: warning: blocking wait 'folly::SemiFuture::get' inside continuation passed to 'folly::via'
}

void executorAdd(folly::Executor &ex, folly::CPUThreadPoolExecutor &pool,
                 folly::SemiFuture<int> &a, folly::SemiFuture<int> &b) {
  ex.add([&a] { use(std::move(a).get()); });
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: blocking wait 'folly::SemiFuture::get' inside continuation passed to 'folly::Executor::add'
  pool.add([&b] { use(std::move(b).get()); });
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: blocking wait 'folly::SemiFuture::get' inside continuation passed to 'folly::Executor::add'
}

void eventBaseTask(folly::EventBase &evb, folly::SemiFuture<int> &f) {
  evb.runInEventBaseThread([&f] { use(std::move(f).get()); });
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: blocking wait 'folly::SemiFuture::get' inside continuation passed to 'folly::EventBase::runInEventBaseThread' can deadlock the event-loop thread
}

//===--- Must-not-block: a function asserting the event-base thread -------===//

void onEventBase(folly::EventBase &evb, folly::SemiFuture<int> f) {
  evb.checkIsInEventBaseThread();
  use(std::move(f).get());
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: blocking wait 'folly::SemiFuture::get' inside function 'onEventBase' that must run on an event-loop thread
}

//===--- Hard negatives ---------------------------------------------------===//

// Synchronous code: where blocking belongs.
int main() {
  folly::SemiFuture<int> f = lookup();
  folly::Baton<> baton;
  baton.wait();
  return std::move(f).get() + folly::coro::blockingWait(fetch());
}

// A worker thread's function.
void worker(folly::SemiFuture<int> f) {
  std::thread t([&f] { use(std::move(f).get()); });
  t.join();
}

// Lazy tasks and futures awaited correctly.
folly::coro::Task<int> awaitsCorrectly(folly::SemiFuture<int> f) {
  int a = co_await fetch();
  int b = co_await std::move(f);
  co_return a + b;
}

// Proven ready by the library's readiness checks.
folly::coro::Task<int> provenReady(folly::SemiFuture<int> f,
                                   folly::Future<int> g,
                                   folly::Future<int> h) {
  int v = 0;
  if (f.isReady())
    v += std::move(f).get();
  if (g.hasValue() && v > 0)
    v += std::move(g).get();
  if (!h.isReady())
    co_return v;
  v += std::move(h).get();
  co_return v;
}

// Zero timeouts are polls.
folly::coro::Task<void> polls(folly::Future<int> f, folly::SemiFuture<int> s) {
  std::move(f).wait(std::chrono::milliseconds(0));
  std::move(s).wait(folly::HighResDuration::zero());
  co_return;
}

// A plain lambda inside a coroutine is not part of it; an unevaluated
// operand waits for nothing.
folly::coro::Task<void> plainLambda(folly::SemiFuture<int> f) {
  auto later = [&f] { return std::move(f).get(); };
  using Result = decltype(std::move(f).get());
  Result r = 0;
  use(r);
  (void)later;
  co_return;
}

// Thread primitives are flagged in coroutines only by default.
void batonInContinuation(folly::Future<int> f, folly::Baton<> &baton) {
  std::move(f).thenValue([&baton](int) { baton.wait(); });
}

// Not an assertion: a query of the event-base thread.
void queriesThread(folly::EventBase &evb, folly::SemiFuture<int> f) {
  if (!evb.isInEventBaseThread())
    use(std::move(f).get());
}

// Same names on unrelated types.
struct Cache {
  int get();
  void wait();
};
folly::coro::Task<int> unrelated(Cache &cache, folly::Try<int> t) {
  cache.wait();
  co_return cache.get() + t.value();
}

// Near-misses: accessors that never block (they throw if the future is not
// ready), more proofs of readiness, and waits in synchronous code.
folly::coro::Task<int> accessors(folly::SemiFuture<int> f) {
  int v = f.hasValue() ? f.value() : 0;
  if (auto polled = f.poll())
    v += polled->value();
  v += f.result().value();
  co_return v;
}

folly::coro::Task<int> moreProofs(folly::SemiFuture<int> a,
                                  folly::Future<int> b, folly::Future<int> c,
                                  bool enabled) {
  int v = 0;
  if (a.hasException())
    v += std::move(a).get();
  if (enabled && b.isReady())
    v += std::move(b).get();
  v += c.isReady() ? std::move(c).get() : 0;
  std::move(c).wait(folly::HighResDuration(0));
  co_return v;
}

folly::coro::Task<void> threadFromTask() {
  std::thread worker([] { folly::coro::blockingWait(fetch()); });
  worker.detach();
  int now = [] { return folly::coro::blockingWait(fetch()); }();
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: call to the lambda blocks in 'folly::coro::blockingWait' inside coroutine 'threadFromTask'
  use(now);
  co_return;
}

void syncDriving(folly::Future<int> f, folly::Future<int> g,
                 folly::ManualExecutor &manual) {
  use(std::move(f).getVia(&manual));
  std::move(g).waitVia(&manual);
}

// Continuations and executor tasks that do not block.
void nonBlockingContinuations(folly::Future<int> f, folly::Executor &ex) {
  std::move(f).thenValue([](int v) { return v + 1; });
  ex.add([] { use(1); });
}
