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

// An object with a destructor: its scope end is an element of the CFG.
struct Trace {
  Trace();
  ~Trace();
};

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

// The CFG has exception edges: a catch handler is reached from every call
// of the try block that may throw. The wait that threw did not complete, so
// it proves nothing in the handler.
task waitThrewInTry(std::future<int> f) {
  try {
    f.wait();
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking wait 'std::future::wait'
  } catch (...) {
    use(f.get());
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking wait 'std::future::get'
  }
  co_return;
}

// A call before the proof may throw: the handler runs without the proof.
task throwBeforeProof(std::future<int> f) {
  try {
    yieldNow();
    if (f.wait_for(0s) != std::future_status::ready)
      co_return;
  } catch (...) {
    use(f.get());
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking wait 'std::future::get'
  }
  co_return;
}

// The proof is in the handler of one path only; after the try the wait is
// reached from the try block too.
task provenInHandlerOnly(std::future<int> f) {
  try {
    yieldNow();
  } catch (...) {
    f.wait();
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking wait 'std::future::wait'
  }
  use(f.get());
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking wait 'std::future::get'
  co_return;
}

// The future is replaced inside the try; the handler runs after the
// replacement on the path where the call after it throws.
task replacedInTry(std::future<int> f) {
  f.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking wait 'std::future::wait'
  try {
    f = startLookup();
    yieldNow();
  } catch (...) {
    use(f.get());
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking wait 'std::future::get'
  }
  co_return;
}

// A loop whose scope ends destroy an object on every turn, and a proof
// after the wait: the first turn still blocks.
task proofAfterWaitWithScopedObject(std::shared_future<int> f) {
  while (more()) {
    Trace t;
    use(f.get());
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking wait 'std::shared_future::get'
    if (f.wait_for(0s) != std::future_status::ready)
      break;
  }
  co_return;
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

// Proven before the try: the handler is reached only through the try
// block, which does not write the future.
task provenBeforeTry(std::future<int> f) {
  f.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking wait 'std::future::wait'
  try {
    yieldNow();
  } catch (...) {
    use(f.get());
  }
  co_return;
}

// Proven in the try block before the only call that may throw, and the
// handler returns: the wait after the try is proven on every path.
task provenInTryBeforeThrowingCall(std::future<int> f) {
  try {
    if (f.wait_for(0s) != std::future_status::ready)
      co_return;
    yieldNow();
    use(f.get());
  } catch (...) {
    co_return;
  }
  use(f.get());
  co_return;
}

// Objects with destructors end their scopes between the proof and the wait
// (also on the edges of break and continue); nothing writes the future.
task scopedObjectsBetweenProofAndWait(std::shared_future<int> f) {
  {
    Trace t;
    if (f.wait_for(0s) != std::future_status::ready)
      co_return;
  }
  while (more()) {
    Trace inLoop;
    if (more())
      continue;
    Trace before;
    if (more())
      break;
    use(f.get());
  }
  Trace after;
  use(f.get());
  co_return;
}

// An early return from inside a try block with a scoped object.
task earlyReturnFromTry(std::future<int> f) {
  try {
    Trace t;
    if (f.wait_for(0s) != std::future_status::ready)
      co_return;
  } catch (...) {
    co_return;
  }
  use(f.get());
}
