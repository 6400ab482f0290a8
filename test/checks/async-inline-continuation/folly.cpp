// RUN: %check_async_tidy %s async-inline-continuation %t -- -- -isystem %inputs

// folly (mock headers in test/Inputs/include): the *Inline continuation
// variants (renamed by a fix-it), inline executors handed to futures
// (Promise::getFuture, toUnsafeFuture, InlineExecutor::instance() passed to
// via, or an inline executor object passed to via), and completions under a
// lock: Promise::setValue, and folly::coro::Baton::post /
// coro::Promise::setValue, which resume their waiters inside the call.

#include <folly/coro/Baton.h>
#include <folly/coro/Promise.h>
#include <folly/executors/CPUThreadPoolExecutor.h>
#include <folly/executors/InlineExecutor.h>
#include <folly/executors/QueuedImmediateExecutor.h>
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
  folly::QueuedImmediateExecutor Queued;
  (void)Queued;
  std::move(F).via(&Pool).thenValue([](int) {});
}

// Velox #8322: exchange callbacks ran inline through a QueuedImmediateExecutor
// handed to via().
void follyInlineExecutorObjects(folly::SemiFuture<int> S, folly::Future<int> F,
                                folly::SemiFuture<int> T) {
  folly::QueuedImmediateExecutor Queued;
  std::move(S).via(&Queued).thenValue([](int) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'folly::SemiFuture::via' with an inline executor runs the continuation inline{{.*}}; pass a real executor (a CPU or I/O thread pool)
  folly::InlineExecutor Inline;
  std::move(F).via(&Inline);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'folly::Future::via' with an inline executor
  // Reported once, at the factory call.
  std::move(T).via(&folly::QueuedImmediateExecutor::instance());
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'folly::QueuedImmediateExecutor::instance' gives continuations an inline executor
}

void follyCoroUnderLock(folly::coro::Baton &Baton,
                        folly::coro::Promise<int> &CoroPromise) {
  std::lock_guard<std::mutex> Lock(Mutex);
  Baton.post();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'folly::coro::Baton::post' resumes waiting coroutines inline on this thread while 'Lock' is held{{.*}}; complete after releasing the lock or wait for it only from a 'folly::coro::Task', which hops back to its executor
  CoroPromise.setValue(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'folly::coro::Promise::setValue' resumes waiting coroutines inline on this thread while 'Lock' is held
}

void follyCoroNegatives(folly::coro::Baton &Baton,
                        folly::coro::Promise<int> &CoroPromise) {
  Baton.post();
  CoroPromise.setValue(2);
}
