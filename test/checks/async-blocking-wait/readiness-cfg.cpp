// RUN: %check_async_tidy %s async-blocking-wait %t

// Readiness proofs are answered on the function's CFG (FunctionCFGs.h): a
// proof counts when it holds on every path that reaches the wait, and a
// write to the future between the proof and the wait undoes it.

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
void yieldNow();
bool more();
std::future<int> startLookup();
std::shared_future<int> startShared();

// Positives.

// The future is proven ready in one branch only: the wait after the join
// still blocks on the other path.
task provenInOneBranch(std::future<int> f, bool fast) {
  if (fast) {
    f.wait();
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking wait 'std::future::wait'
  }
  use(f.get());
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking wait 'std::future::get'
  co_return;
}

// The same with the readiness check as the branch condition.
task checkedInOneBranch(std::future<int> f, bool fast) {
  if (fast && f.wait_for(0s) == std::future_status::ready)
    use(1);
  use(f.get());
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking wait 'std::future::get'
  co_return;
}

// A new future is stored between the proof and the wait.
task reassignedAfterWait(std::future<int> f) {
  f.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking wait 'std::future::wait'
  f = startLookup();
  use(f.get());
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking wait 'std::future::get'
  co_return;
}

// The reassignment happens on one path between the proof and the wait.
task reassignedOnOnePath(std::future<int> f, bool retry) {
  f.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking wait 'std::future::wait'
  if (retry)
    f = startLookup();
  use(f.get());
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking wait 'std::future::get'
  co_return;
}

// The proof is after the wait in the loop body: the first iteration blocks.
task proofAfterWaitInLoop(std::shared_future<int> f) {
  while (more()) {
    use(f.get());
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking wait 'std::shared_future::get'
    f.wait();
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking wait 'std::shared_future::wait'
  }
  co_return;
}

// A local declared in the loop is a new future on every iteration: the
// previous iteration's wait proves nothing about it.
task freshLocalEachIteration() {
  std::shared_future<int> last;
  while (more()) {
    std::shared_future<int> f = startShared();
    use(f.get());
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking wait 'std::shared_future::get'
    f.wait();
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking wait 'std::shared_future::wait'
    last = f;
  }
  co_return;
}

// The early return leaves when the future is ready, the opposite of a guard.
task returnsWhenReady(std::future<int> f) {
  if (f.wait_for(0s) == std::future_status::ready)
    co_return;
  use(f.get());
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking wait 'std::future::get'
}

// The status variable is overwritten on one path before it is tested.
task statusOverwrittenOnOnePath(std::future<int> f, bool reset) {
  auto status = f.wait_for(0s);
  if (reset)
    status = std::future_status::timeout;
  if (status == std::future_status::ready)
    use(1);
  else
    co_return;
  use(f.get());
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking wait 'std::future::get'
}

// Negatives.

// Proven on both branches: silent.
task provenOnBothBranches(std::future<int> f, bool fast) {
  if (fast)
    f.wait();
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking wait 'std::future::wait'
  else
    while (f.wait_for(0s) != std::future_status::ready)
      yieldNow();
  use(f.get());
  co_return;
}

// Proven inside the loop, before the wait, on every iteration.
task proofInsideLoop(std::shared_future<int> f) {
  while (more()) {
    f.wait();
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking wait 'std::shared_future::wait'
    use(f.get());
  }
  co_return;
}

// Proven before the loop, and nothing in the loop writes the future.
task proofBeforeLoop(std::shared_future<int> f) {
  f.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking wait 'std::shared_future::wait'
  for (int i = 0; i < 3; ++i)
    use(f.get());
  co_return;
}

// An early return on every path where the future is not ready.
task earlyReturn(std::future<int> f, bool cancelled) {
  if (cancelled)
    co_return;
  if (f.wait_for(0s) != std::future_status::ready)
    co_return;
  use(f.get());
}

// An early return from a nested block.
task earlyReturnNested(std::future<int> f, bool log) {
  {
    if (log)
      use(0);
    if (f.wait_for(0s) != std::future_status::ready) {
      use(1);
      co_return;
    }
  }
  use(f.get());
}

// `continue` skips the wait when the future is not ready.
task continueUnlessReady(std::shared_future<int> f) {
  while (more()) {
    if (f.wait_for(0s) != std::future_status::ready)
      continue;
    use(f.get());
  }
  co_return;
}

// The reassignment is before the proof.
task reassignedBeforeProof(std::future<int> f) {
  f = startLookup();
  f.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking wait 'std::future::wait'
  use(f.get());
  co_return;
}

// Awaited in both arms of a conditional operator's branches.
task waitedThenReadyInCondition(std::future<int> f, bool a) {
  use(a ? (f.wait(), 1) : (f.wait(), 2));
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: blocking wait 'std::future::wait'
  // CHECK-MESSAGES: :[[@LINE-2]]:30: warning: blocking wait 'std::future::wait'
  use(f.get());
  co_return;
}

// The status variable holds the readiness answer on every path.
task statusOnEveryPath(std::future<int> f, bool log) {
  auto status = f.wait_for(0s);
  if (log)
    use(0);
  if (status != std::future_status::ready)
    co_return;
  use(f.get());
}

// A lambda's proof is its own: the wait in it is judged on its own CFG.
task proofInLambda(std::shared_future<int> f) {
  auto check = [f] {
    if (f.wait_for(0s) == std::future_status::ready)
      use(f.get());
  };
  check();
  co_return;
}
