// RUN: %check_async_tidy %s async-await-foreign-task %t -- --quiet -- -I%S/Inputs
//
// std::future / std::shared_future / std::promise, awaited through a small
// coroutine type (Inputs/std_task.h) and waited on with get()/wait().
#include "std_task.h"
#include <chrono>
#include <memory>

using test::startFetch;
using test::startShared;
using test::Task;
using namespace std::chrono_literals;

std::future<int> g_future;
namespace ns {
std::shared_future<int> config;
}

class Loader {
public:
  // --- Positives -----------------------------------------------------------

  Task awaitMember() {
    int V = co_await pending_;
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: awaiting 'pending_', a future started elsewhere (a data member), outside a join scope can deadlock if the work that completes it needs this thread [async-await-foreign-task]
    (void)V;
  }

  Task awaitMemberMoved() {
    co_await std::move(this->pending_);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: awaiting 'pending_', a future started elsewhere (a data member)
  }

  Task awaitStaticMember() {
    co_await shared_;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: awaiting 'shared_', a future started elsewhere (a static data member)
  }

  Task awaitGlobals() {
    co_await g_future;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: awaiting 'g_future', a future started elsewhere (a global variable)
    co_await ns::config;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: awaiting 'config', a future started elsewhere (a global variable)
  }

  Task awaitStaticLocal() {
    static std::shared_future<int> Cached = startShared();
    co_await Cached;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: awaiting 'Cached', a future started elsewhere (a static local variable)
  }

  Task awaitReferenceParameter(std::future<int> &F,
                               const std::shared_future<int> &S) {
    co_await F;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: awaiting 'F', a future started elsewhere (a reference parameter)
    co_await S;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: awaiting 'S', a future started elsewhere (a reference parameter)
  }

  Task awaitPointerParameter(std::future<int> *F) {
    co_await *F;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: awaiting 'F', a future started elsewhere (a pointer parameter)
  }

  Task awaitMemberPromise() {
    co_await promise_.get_future();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: awaiting 'promise_.get_future()', a future started elsewhere (the task of completion source 'promise_', a data member)
  }

  Task awaitLocalHoldingMember() {
    std::future<int> F = std::move(pending_);
    co_await F;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: awaiting 'F', a future started elsewhere (a local variable holding a data member)
    auto &R = other_;
    co_await R;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: awaiting 'R', a future started elsewhere (a local variable holding a data member)
    std::future<int> *P = &other_;
    co_await *P;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: awaiting 'P', a future started elsewhere (a local variable holding a data member)
  }

  Task awaitLocalHoldingPromiseTask() {
    std::future<int> F = promise_.get_future();
    co_await std::move(F);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: awaiting 'F', a future started elsewhere (a local variable holding the task of completion source 'promise_', a data member)
  }

  Task awaitMemberOfForeignObject(Loader &Other, Loader *Peer) {
    co_await Other.pending_;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: awaiting 'pending_', a future started elsewhere (a data member)
    co_await Peer->other_;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: awaiting 'other_', a future started elsewhere (a data member)
  }

  Task awaitThroughSmartPointer() {
    co_await *owned_;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: awaiting 'owned_', a future started elsewhere (a data member)
  }

  Task blockingWaits() {
    int V = pending_.get();
    // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: blocking wait on 'pending_', a future started elsewhere (a data member), outside a join scope can deadlock if the work that completes it needs this thread [async-await-foreign-task]
    shared_.wait();
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: blocking wait on 'shared_', a future started elsewhere (a static data member)
    other_.wait_for(5s);
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: blocking wait on 'other_', a future started elsewhere (a data member)
    owned_->wait();
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: blocking wait on 'owned_', a future started elsewhere (a data member)
    (void)V;
    co_return;
  }

  Task coroutineLambda() {
    auto L = [this]() -> Task {
      co_await pending_;
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: awaiting 'pending_', a future started elsewhere (a data member)
    };
    L();
    co_return;
  }

  // A member assigned later in the function does not count.
  Task assignedAfterTheAwait() {
    co_await pending_;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: awaiting 'pending_', a future started elsewhere (a data member)
    pending_ = startFetch();
  }

  // Re-assigning a member from another member keeps it foreign.
  Task assignedFromForeign() {
    pending_ = std::move(other_);
    co_await pending_;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: awaiting 'pending_', a future started elsewhere (a data member)
  }

  // The readiness check is on another future.
  Task readinessOfAnotherFuture() {
    if (other_.wait_for(0s) == std::future_status::ready)
      co_await pending_;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: awaiting 'pending_', a future started elsewhere (a data member)
  }

  // The branch where the future is not ready.
  Task readinessNegated() {
    if (pending_.wait_for(0s) != std::future_status::ready)
      co_await pending_;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: awaiting 'pending_', a future started elsewhere (a data member)
  }

  // --- Negatives -----------------------------------------------------------

  Task freshCall() { co_await startFetch(); }

  Task freshLocal() {
    std::future<int> F = startFetch();
    co_await F;
    auto S = startShared();
    co_await S;
    S.wait();
  }

  Task localAssignedFreshLater() {
    std::future<int> F;
    F = startFetch();
    co_await F;
  }

  Task localMixedSources(bool B) {
    std::future<int> F = std::move(pending_);
    if (B)
      F = startFetch();
    co_await F;
  }

  Task localPassedByReference() {
    std::future<int> F = std::move(pending_);
    refill(F);
    co_await F;
  }

  Task localSwapped() {
    std::future<int> F = std::move(pending_);
    std::swap(F, other_);
    co_await F;
  }

  Task localPromise() {
    std::promise<int> P;
    std::thread([&P] { P.set_value(1); }).detach();
    co_await P.get_future();
    auto F = P.get_future();
    F.wait();
  }

  Task memberAssignedFreshEarlier() {
    pending_ = startFetch();
    co_await pending_;
    other_ = startFetch();
    other_.get();
  }

  Task memberOfLocalObject() {
    Loader Local;
    co_await Local.pending_;
  }

  Task byValueParameter(std::future<int> F, std::shared_future<int> S) {
    co_await F;
    co_await S;
    S.get();
  }

  Task rvalueReferenceParameter(std::future<int> &&F) { co_await F; }

  Task guardedByReadiness() {
    if (pending_.wait_for(0s) == std::future_status::ready)
      co_await pending_;
    if (other_.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
      co_return;
    co_await other_;
    while (shared_.wait_for(0ms) != std::future_status::ready)
      co_await startFetch();
    shared_.get();
  }

  Task guardedByReadinessElse() {
    if (pending_.wait_for(0s) == std::future_status::timeout) {
      co_return;
    } else {
      pending_.get();
    }
  }

  // wait_for(0s) polls: it is not a wait.
  Task pollingIsNotWaiting() {
    (void)(pending_.wait_for(0s) == std::future_status::ready);
    (void)pending_.wait_for(std::chrono::seconds::zero());
    co_return;
  }

  // Blocking waits outside an async context are async-blocking-wait's
  // business and not hazards here.
  int notAsync() { return pending_.get(); }

  void plainLambdaInsideCoroutine() {
    auto L = [this] { return pending_.get(); };
    (void)L;
  }

  Task plainLambdaInCoroutine() {
    auto L = [this] { return pending_.get(); };
    (void)L;
    co_return;
  }

  // A captured local is judged in the function that declares it.
  void capturedOuterLocal() {
    std::future<int> F = std::move(pending_);
    auto L = [&F]() -> Task { co_await F; };
    // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: awaiting 'F', a future started elsewhere (a local variable holding a data member)
    L();
  }

  void capturedFreshLocal() {
    std::future<int> F = startFetch();
    auto L = [&F]() -> Task { co_await F; };
    L();
  }

  // A moved-in init-capture belongs to the lambda.
  void initCapture() {
    auto L = [F = std::move(pending_)]() mutable -> Task { co_await F; };
    L();
  }

  void refill(std::future<int> &F);

private:
  std::future<int> pending_;
  std::future<int> other_;
  static std::shared_future<int> shared_;
  std::promise<int> promise_;
  std::unique_ptr<std::future<int>> owned_;
};

// Free coroutines: no members, fresh futures only.
Task freeFunction(std::promise<int> P) {
  co_await P.get_future();
  co_await startFetch();
}

#define AWAIT_MEMBER(X) co_await X
struct Macro {
  std::future<int> F;
  Task run() {
    AWAIT_MEMBER(F);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: awaiting 'F', a future started elsewhere (a data member)
  }
};
