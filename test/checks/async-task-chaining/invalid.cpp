// Invalid code: no crash, and nothing flagged in expressions with errors.
// REQUIRES: boost
// RUN: %check_async_tidy --no-recompile %s async-task-chaining %t

#define BOOST_THREAD_VERSION 4
#include <boost/thread/future.hpp>
#include <utility>

using Future = boost::future<void>;

class Broken {
public:
  void undeclaredWork() { last_ = last_.then(undeclared); }
  // CHECK-MESSAGES: :[[@LINE-1]]:46: error: use of undeclared identifier 'undeclared' [clang-diagnostic-error]
  void undeclaredMember() { missing_ = missing_.then([](Future) {}); }
  // CHECK-MESSAGES: :[[@LINE-1]]:29: error: use of undeclared identifier 'missing_' [clang-diagnostic-error]
  // CHECK-MESSAGES: :[[@LINE-2]]:40: error: use of undeclared identifier 'missing_' [clang-diagnostic-error]
  void badCoroutine() { task_ = chain(std::move(task_)); }
  void wrongArity() { last_ = last_.then(); }
  // CHECK-MESSAGES: :[[@LINE-1]]:37: error: no matching member function for call to 'then' [clang-diagnostic-error]

private:
  Future last_;
  Incomplete task_;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: unknown type name 'Incomplete' [clang-diagnostic-error]
};
