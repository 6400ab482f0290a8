// RUN: %check_async_tidy --no-recompile %s async-await-foreign-task %t -- --quiet -- -I%S/Inputs
//
// Invalid code must not crash the check.
#include "std_task.h"

using test::Task;

class Broken {
  Task a() { co_await missing_; }
  // CHECK-MESSAGES: :[[@LINE-1]]:23: error: use of undeclared identifier 'missing_' [clang-diagnostic-error]
  Task b() { co_await pending_.nope(); }
  // CHECK-MESSAGES: :[[@LINE-1]]:32: error: no member named 'nope' in 'std::future<int>' [clang-diagnostic-error]
  Task c(Undeclared &U) { co_await U; }
  // CHECK-MESSAGES: :[[@LINE-1]]:10: error: unknown type name 'Undeclared' [clang-diagnostic-error]
  std::future<int> pending_;
};
