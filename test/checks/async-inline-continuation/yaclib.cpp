// RUN: %check_async_tidy %s async-inline-continuation %t -- -- -isystem %inputs

// YACLib (mock headers in test/Inputs/include): Promise::Set runs ThenInline
// continuations and resumes inline awaiters on the setting thread: reported
// under a lock. ThenInline opts into inline continuations; on a FutureOn the
// fix-it is Then(f), which runs on the future's executor.

#include <yaclib/async/contract.hpp>
#include <yaclib/async/run.hpp>
#include <yaclib/runtime/fair_thread_pool.hpp>

#include <mutex>
#include <utility>

std::mutex Mutex;

void setUnderLock(yaclib::Promise<int> &P) {
  std::lock_guard<std::mutex> Lock(Mutex);
  std::move(P).Set(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'yaclib::Promise::Set' may run continuations inline on this thread while 'Lock' is held{{.*}}; consumers should attach 'Then(executor, f)' or 'co_await AwaitOn(executor, future)'
}

void thenInline(yaclib::FairThreadPool &tp, yaclib::Future<int> F) {
  auto G = yaclib::Run(tp, [] { return 1; });
  std::move(G).ThenInline([](int) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'yaclib::FutureOn::ThenInline' may run the continuation inline{{.*}}; use 'Then', which schedules it
  // CHECK-FIXES: {{^}}  std::move(G).Then([](int) {});
  std::move(F).ThenInline([](int) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'yaclib::Future::ThenInline' gives continuations an inline executor{{.*}}; attach 'Then(executor, f)'
}

//===--- Hard negatives ----------------------------------------------------===//

void setWithoutLock(yaclib::Promise<int> &P) { std::move(P).Set(1); }

void thenOnExecutor(yaclib::FairThreadPool &tp, yaclib::Future<int> F) {
  std::move(F).Then(tp, [](int) {});
  auto G = yaclib::Run(tp, [] { return 1; });
  std::move(G).Then([](int) {});
}

void setAfterUnlock(yaclib::Promise<int> &P) {
  {
    std::lock_guard<std::mutex> Lock(Mutex);
  }
  std::move(P).Set(1);
}
