// RUN: %check_async_tidy %s async-blocking-wait %t -- -- -isystem %inputs

// YACLib (mock headers in test/Inputs/include): Wait, WaitFor and
// Future::Get() && block; inside a coroutine they are reported. A future that
// was just awaited through AwaitOn/Await, or attached to a WaitGroup that was
// awaited, is complete: its Get() does not block (YACLib's own tests have this
// shape).

#include <yaclib/algo/wait_group.hpp>
#include <yaclib/async/contract.hpp>
#include <yaclib/async/run.hpp>
#include <yaclib/async/wait.hpp>
#include <yaclib/async/wait_for.hpp>
#include <yaclib/coro/await.hpp>
#include <yaclib/coro/await_on.hpp>
#include <yaclib/coro/future.hpp>
#include <yaclib/runtime/fair_thread_pool.hpp>

#include <chrono>
#include <utility>
#include <vector>

using namespace std::chrono_literals;

yaclib::Future<int> blocking(yaclib::Future<int> f, yaclib::Future<int> g) {
  yaclib::Wait(f);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking wait 'yaclib::Wait' inside coroutine 'blocking'
  yaclib::WaitFor(10ms, g);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking wait 'yaclib::WaitFor' inside coroutine 'blocking'
  auto r = std::move(g).Get();
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: blocking wait 'yaclib::FutureBase::Get' inside coroutine 'blocking'
  (void)r;
  co_return 1;
}

// Proven complete.
yaclib::Future<int> awaitOnThenGet(yaclib::FairThreadPool &tp,
                                   yaclib::Future<int> f1,
                                   yaclib::Future<int> f2) {
  co_await AwaitOn(tp, f1, f2);
  auto a = std::move(f1).Get().Ok();
  auto b = std::move(f2).Get().Ok();
  co_return a + b;
}

yaclib::Future<int> awaitRangeThenGet(yaclib::FairThreadPool &tp,
                                      std::vector<yaclib::Future<int>> fs) {
  co_await AwaitOn(tp, fs.begin(), fs.end());
  co_return std::move(fs[0]).Get().Ok() + std::move(fs[1]).Get().Ok();
}

yaclib::Future<int> awaitOtherRange(yaclib::FairThreadPool &tp,
                                    std::vector<yaclib::Future<int>> fs,
                                    std::vector<yaclib::Future<int>> gs) {
  co_await AwaitOn(tp, gs.begin(), gs.end());
  co_return std::move(fs[0]).Get().Ok();
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: blocking wait 'yaclib::FutureBase::Get'
}

yaclib::Future<int> awaitThenGet(yaclib::Future<int> f) {
  co_await yaclib::Await(f);
  co_return std::move(f).Get().Ok();
}

yaclib::Future<int> waitGroupThenGet(yaclib::FairThreadPool &tp,
                                     yaclib::Future<int> a,
                                     yaclib::Future<int> b) {
  yaclib::WaitGroup<> wg;
  wg.Attach(a, b);
  co_await wg.AwaitOn(tp);
  co_return std::move(a).Get().Ok() + std::move(b).Get().Ok();
}

// A blocking Wait that returned proves it too (the Wait is reported).
yaclib::Future<int> waitThenGet(yaclib::Future<int> f) {
  yaclib::Wait(f);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking wait 'yaclib::Wait'
  co_return std::move(f).Get().Ok();
}

//===--- Hard negatives of the proof: still reported ----------------------===//

yaclib::Future<int> awaitedAnother(yaclib::FairThreadPool &tp,
                                   yaclib::Future<int> f,
                                   yaclib::Future<int> g) {
  co_await AwaitOn(tp, g);
  co_return std::move(f).Get().Ok();
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: blocking wait 'yaclib::FutureBase::Get'
}

yaclib::Future<int> notAttached(yaclib::FairThreadPool &tp,
                                yaclib::Future<int> a,
                                yaclib::Future<int> b) {
  yaclib::WaitGroup<> wg;
  wg.Attach(a);
  co_await wg.AwaitOn(tp);
  co_return std::move(b).Get().Ok();
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: blocking wait 'yaclib::FutureBase::Get'
}

yaclib::Future<int> otherGroup(yaclib::FairThreadPool &tp,
                               yaclib::Future<int> a) {
  yaclib::WaitGroup<> wg1, wg2;
  wg1.Attach(a);
  co_await wg2.AwaitOn(tp);
  co_return std::move(a).Get().Ok();
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: blocking wait 'yaclib::FutureBase::Get'
}

yaclib::Future<int> timedWaitThenGet(yaclib::Future<int> f) {
  yaclib::WaitFor(1ms, f);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking wait 'yaclib::WaitFor'
  co_return std::move(f).Get().Ok();
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: blocking wait 'yaclib::FutureBase::Get'
}

// Outside an async context nothing is reported.
int plain(yaclib::Future<int> f) {
  yaclib::Wait(f);
  return std::move(f).Get().Ok();
}
