// RUN: %check_async_tidy %s async-await-foreign-task %t -- --quiet -- -I%S/Inputs
//
// "Was this member given a task this function started before the await?"
// and "was the future proven ready before it?" are answered on the CFG:
// on every path that reaches the await, with no other write in between.
#include "std_task.h"
#include <chrono>

using test::startFetch;
using test::Task;
using namespace std::chrono_literals;

bool more();

// An object with a destructor: its scope ends are elements of the CFG.
struct Trace {
  Trace();
  ~Trace();
};

class Loader {
public:
  // --- Positives -----------------------------------------------------------

  // Started here on one path only: on the other the member holds whatever
  // another function stored.
  Task assignedOnOnePath(bool Refresh) {
    if (Refresh)
      pending_ = startFetch();
    co_await pending_;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: awaiting 'pending_', a future started elsewhere (a data member)
  }

  // Started here, then replaced by another member's task.
  Task replacedAfterStart() {
    pending_ = startFetch();
    pending_ = std::move(other_);
    co_await pending_;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: awaiting 'pending_', a future started elsewhere (a data member)
  }

  // Started here but only after the await, on a path that returns first.
  Task startedOnAnotherPath(bool Cached) {
    if (Cached) {
      pending_ = startFetch();
      co_return;
    }
    co_await pending_;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: awaiting 'pending_', a future started elsewhere (a data member)
  }

  // The assignment after the await in a loop does not cover the first turn.
  Task startedAfterAwaitInLoop() {
    while (more()) {
      co_await pending_;
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: awaiting 'pending_', a future started elsewhere (a data member)
      pending_ = startFetch();
    }
  }

  // The readiness check guards one branch; the await after the join is not
  // guarded.
  Task readyInOneBranch(bool Log) {
    if (Log && pending_.wait_for(0s) == std::future_status::ready)
      log();
    co_await pending_;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: awaiting 'pending_', a future started elsewhere (a data member)
  }

  // Started in the try block after a call that may throw: on the path
  // through the handler the assignment did not run.
  Task startedInTryOnly() {
    try {
      log();
      pending_ = startFetch();
    } catch (...) {
      log();
    }
    co_await pending_;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: awaiting 'pending_', a future started elsewhere (a data member)
  }

  // --- Negatives -----------------------------------------------------------

  // Started before the try; the handler does not write the member.
  Task startedBeforeTry() {
    pending_ = startFetch();
    try {
      log();
    } catch (...) {
      log();
    }
    co_await pending_;
  }

  // Started in the try block; the handler returns.
  Task startedInTryOrReturn() {
    try {
      log();
      pending_ = startFetch();
    } catch (...) {
      co_return;
    }
    co_await pending_;
  }

  // Objects with destructors end their scopes between the assignment and
  // the await, also on the edges of break.
  Task startedThenScopedObjects() {
    {
      Trace T;
      pending_ = startFetch();
    }
    while (more()) {
      Trace InLoop;
      if (more())
        break;
    }
    co_await pending_;
  }

  // Started here on both paths.
  Task assignedOnBothPaths(bool Fast) {
    if (Fast)
      pending_ = startFetch();
    else
      pending_ = startFetch();
    co_await pending_;
  }

  // Started here at the top of every turn of the loop.
  Task assignedInLoop() {
    while (more()) {
      pending_ = startFetch();
      co_await pending_;
    }
  }

  // Proven ready on every path by an early return.
  Task readyOrReturn() {
    if (pending_.wait_for(0s) != std::future_status::ready)
      co_return;
    co_await pending_;
  }

  // The unrelated write goes to another member.
  Task otherMemberWritten() {
    pending_ = startFetch();
    other_ = startFetch();
    co_await pending_;
  }

private:
  void log();
  std::future<int> pending_;
  std::future<int> other_;
};
