// RUN: %check_async_tidy %s async-await-foreign-task %t -- --quiet -- -I%S/Inputs
//
// The notes: where the task is declared, where it is started (at most three
// location notes: the start in restartAgain() is not shown), and the remedy
// for the task's library.
#include "std_task.h"

using test::startFetch;
using test::Task;

class Loader {
public:
  Loader() : pending_(startFetch()) {}

  Task load() {
    co_await pending_;
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: awaiting 'pending_', a future started elsewhere (a data member), outside a join scope can deadlock if the work that completes it needs this thread [async-await-foreign-task]
    // CHECK-NOTES: :44:20: note: 'pending_' is declared here
    // CHECK-NOTES: :13:14: note: 'pending_' is started here
    // CHECK-NOTES: :34:20: note: 'pending_' is started here
    // CHECK-NOTES: :[[@LINE-5]]:5: note: join the work that completes it with 'std::execution::counting_scope' (C++26), keep a lazy task instead of an eager one, or create the task in the awaiting function
  }

  Task viaLocal() {
    auto &F = pending_;
    co_await F;
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: awaiting 'F', a future started elsewhere (a local variable holding a data member)
    // CHECK-NOTES: :[[@LINE-3]]:11: note: 'F' is declared here
    // CHECK-NOTES: :44:20: note: 'pending_' is declared here
    // CHECK-NOTES: :13:14: note: 'pending_' is started here
    // CHECK-NOTES: :[[@LINE-5]]:5: note: join the work that completes it with
  }

  void restart() { pending_ = startFetch(); }
  void restartAgain() { pending_ = startFetch(); }

  Task viaPromise() {
    co_await promise_.get_future();
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: awaiting 'promise_.get_future()', a future started elsewhere (the task of completion source 'promise_', a data member)
    // CHECK-NOTES: :45:21: note: 'promise_' is declared here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: join the work that completes it with
  }

  std::future<int> pending_;
  std::promise<int> promise_;
};
