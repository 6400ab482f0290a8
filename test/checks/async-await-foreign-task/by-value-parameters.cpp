// REQUIRES: boost
// RUN: %check_async_tidy -check-suffixes=DEFAULT %s async-await-foreign-task %t -- --quiet -- -I%S/Inputs
// RUN: %check_async_tidy -check-suffixes=FLAG %s async-await-foreign-task %t -- \
// RUN:   -config="{CheckOptions: {async-await-foreign-task.FlagByValueParameters: true}}" -- -I%S/Inputs
//
// FlagByValueParameters: a task received by value (or by rvalue reference)
// was handed over by the caller; it is reported only with the option.
#define BOOST_THREAD_VERSION 4
#include "std_task.h"
#include <boost/thread/future.hpp>

using test::Task;

Task byValue(std::future<int> F) {
  co_await F;
  // CHECK-MESSAGES-FLAG: :[[@LINE-1]]:3: warning: awaiting 'F', a future started elsewhere (a by-value parameter)
}

Task byRvalueReference(std::future<int> &&F) {
  co_await std::move(F);
  // CHECK-MESSAGES-FLAG: :[[@LINE-1]]:3: warning: awaiting 'F', a future started elsewhere (an rvalue reference parameter)
}

Task byReference(std::future<int> &F) {
  co_await F;
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:3: warning: awaiting 'F', a future started elsewhere (a reference parameter)
  // CHECK-MESSAGES-FLAG: :[[@LINE-2]]:3: warning: awaiting 'F', a future started elsewhere (a reference parameter)
}

// Re-assigned before the await: created here, with or without the option.
Task reassigned(std::future<int> F) {
  F = test::startFetch();
  co_await F;
}

// A continuation's own parameter is its antecedent, complete when the
// continuation runs: never reported, even with the option.
boost::future<int> computeLater();
boost::future<int> continuationParameter() {
  return computeLater().then([](boost::future<int> R) { return R.get(); });
}
boost::future<int> continuationParameterMoved() {
  return computeLater().then([](boost::future<int> R) {
    boost::future<int> Local = std::move(R);
    return Local.get();
  });
}
// The enclosing function's by-value parameter is not the antecedent.
boost::future<int> outerParameter(boost::future<int> Other) {
  return computeLater().then(
      [&Other](boost::future<int> R) { return R.get() + Other.get(); });
  // CHECK-MESSAGES-FLAG: :[[@LINE-1]]:63: warning: blocking wait on 'Other', a future started elsewhere (a by-value parameter)
}
