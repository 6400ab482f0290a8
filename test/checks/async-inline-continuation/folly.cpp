// RUN: %check_async_tidy %s async-inline-continuation %t -- -- -isystem %inputs

// folly (mock headers in test/Inputs/include): the *Inline continuation
// variants (renamed by a fix-it), inline executors handed to futures
// (Promise::getFuture, toUnsafeFuture, InlineExecutor::instance() passed to
// via), and Promise::setValue under a lock. folly::coro::Baton and
// coro::Promise reschedule their waiters: never flagged.

#include <folly/coro/Baton.h>
#include <folly/coro/Promise.h>
#include <folly/executors/CPUThreadPoolExecutor.h>
#include <folly/executors/InlineExecutor.h>
#include <folly/futures/Future.h>
#include <folly/futures/Promise.h>

#include <mutex>
#include <utility>

std::mutex Mutex;

void follyInline(folly::Future<int> F, folly::Future<int> G,
                 folly::Promise<int> &P, folly::SemiFuture<int> S,
                 folly::SemiFuture<int> T) {
  std::move(F).thenValueInline([](int) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'folly::Future::thenValueInline' may run the continuation inline, inside this call or on the thread that completes the work, so one that blocks or takes a lock held there deadlocks; use 'thenValue', which schedules it [async-inline-continuation]
  // CHECK-FIXES: {{^}}  std::move(F).thenValue([](int) {});
  std::move(G).thenTryInline([](folly::Try<int>) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'folly::Future::thenTryInline' may run
  // CHECK-FIXES: {{^}}  std::move(G).thenTry([](folly::Try<int>) {});
  P.getFuture();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'folly::Promise::getFuture' gives continuations an inline executor: they run on the thread that completes the future, so one that blocks or takes a lock held there deadlocks; use 'getSemiFuture().via(executor)' [async-inline-continuation]
  std::move(S).toUnsafeFuture();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'folly::SemiFuture::toUnsafeFuture' gives continuations an inline executor
  std::move(T).via(&folly::InlineExecutor::instance());
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'folly::InlineExecutor::instance' gives continuations an inline executor{{.*}}; pass a real executor
}

void follyUnderLock(folly::Promise<int> &P) {
  Mutex.lock();
  P.setValue(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'folly::Promise::setValue' may run continuations inline on this thread while 'Mutex' is held
  Mutex.unlock();
}

void follyNegatives(folly::Future<int> F, folly::Promise<int> &P,
                    folly::SemiFuture<int> S, folly::CPUThreadPoolExecutor &Pool,
                    folly::coro::Baton &Baton,
                    folly::coro::Promise<int> &CoroPromise) {
  std::move(F).thenValue([](int) {});
  std::move(S).via(&Pool);
  P.getSemiFuture();
  P.setValue(1);
  folly::InlineExecutor &Inline = folly::InlineExecutor::instance();
  (void)Inline;
  std::lock_guard<std::mutex> Lock(Mutex);
  Baton.post();
  CoroPromise.setValue(2);
}
