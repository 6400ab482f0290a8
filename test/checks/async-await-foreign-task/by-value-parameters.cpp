// RUN: %check_async_tidy -check-suffixes=DEFAULT %s async-await-foreign-task %t -- --quiet -- -I%S/Inputs
// RUN: %check_async_tidy -check-suffixes=FLAG %s async-await-foreign-task %t -- \
// RUN:   -config="{CheckOptions: {async-await-foreign-task.FlagByValueParameters: true}}" -- -I%S/Inputs
//
// FlagByValueParameters: a task received by value (or by rvalue reference)
// was handed over by the caller; it is reported only with the option.
#include "std_task.h"

using test::Task;

Task byValue(std::future<int> F) {
  co_await F;
  // CHECK-MESSAGES-FLAG: :[[@LINE-1]]:3: warning: awaiting foreign task 'F' (a by-value parameter)
}

Task byRvalueReference(std::future<int> &&F) {
  co_await std::move(F);
  // CHECK-MESSAGES-FLAG: :[[@LINE-1]]:3: warning: awaiting foreign task 'F' (an rvalue reference parameter)
}

Task byReference(std::future<int> &F) {
  co_await F;
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:3: warning: awaiting foreign task 'F' (a reference parameter)
  // CHECK-MESSAGES-FLAG: :[[@LINE-2]]:3: warning: awaiting foreign task 'F' (a reference parameter)
}

// Re-assigned before the await: created here, with or without the option.
Task reassigned(std::future<int> F) {
  F = test::startFetch();
  co_await F;
}
