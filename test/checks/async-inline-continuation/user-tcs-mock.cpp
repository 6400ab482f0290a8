// RUN: %check_async_tidy %s async-inline-continuation %t -- \
// RUN:   -config="{CheckOptions: { \
// RUN:     async.AsyncPolicyTypes: 'mylib::task_completion_source=mylib::continuation_policy::run_async', \
// RUN:     async.CompletionFunctions: 'mylib::task_completion_source::set_result'}}" \
// RUN:   -- -isystem %inputs

// A home-made completion source (test/Inputs/include/async_tidy_test/
// user_tcs.h: mylib::task_completion_source with an 'enum class
// continuation_policy { inline_resume, run_async }' constructor argument),
// configured the way a .clang-tidy file would: constructions without the
// policy get a fix-it that adds it; completing it under a lock is flagged.

#include <async_tidy_test/user_tcs.h>

#include <memory>
#include <mutex>

std::mutex Mutex;

void constructions() {
  mylib::task_completion_source<int> A;
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: 'mylib::task_completion_source<int>' is constructed without 'mylib::continuation_policy::run_async', so completing it runs continuations inline on the completing thread, where one that blocks or takes a lock held there deadlocks; pass 'mylib::continuation_policy::run_async' [async-inline-continuation]
  // CHECK-FIXES: {{^}}  mylib::task_completion_source<int> A(mylib::continuation_policy::run_async);
  mylib::task_completion_source<void> B{};
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: 'mylib::task_completion_source<void>' is constructed without
  // CHECK-FIXES: {{^}}  mylib::task_completion_source<void> B{mylib::continuation_policy::run_async};
  auto C = std::make_unique<mylib::task_completion_source<int>>();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'mylib::task_completion_source<int>' is constructed without
  // CHECK-FIXES: {{^}}  auto C = std::make_unique<mylib::task_completion_source<int>>(mylib::continuation_policy::run_async);
  // An explicit inline policy is what the option exists to catch; there is
  // no mechanical fix (the argument would have to be replaced).
  mylib::task_completion_source<int> D(mylib::continuation_policy::inline_resume);
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: 'mylib::task_completion_source<int>' is constructed without
}

struct Service {
  mylib::task_completion_source<int> Ready;
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: member 'Ready' of type 'mylib::task_completion_source<int>' is default-constructed without 'mylib::continuation_policy::run_async'
  // CHECK-FIXES: {{^}}  mylib::task_completion_source<int> Ready{mylib::continuation_policy::run_async};
  Service() {}
};

void completeUnderLock(mylib::task_completion_source<int> &Source) {
  std::lock_guard<std::mutex> Lock(Mutex);
  Source.set_result(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'mylib::task_completion_source::set_result' resumes waiting coroutines inline on this thread while 'Lock' is held
}

//===--- Hard negatives ----------------------------------------------------===//

void withPolicy(mylib::continuation_policy Runtime) {
  using mylib::continuation_policy;
  mylib::task_completion_source<int> A(mylib::continuation_policy::run_async);
  mylib::task_completion_source<void> B{continuation_policy::run_async};
  auto C = std::make_shared<mylib::task_completion_source<int>>(
      ::mylib::continuation_policy::run_async);
  constexpr auto Async = continuation_policy::run_async;
  mylib::task_completion_source<int> D(Async);
  // A run-time policy cannot be told apart: not flagged.
  mylib::task_completion_source<int> E(Runtime);
}

struct ServiceWithPolicy {
  mylib::task_completion_source<int> Ready{
      mylib::continuation_policy::run_async};
};

void completeWithoutLock(mylib::task_completion_source<int> &Source) {
  Source.set_result(1);
  {
    std::lock_guard<std::mutex> Lock(Mutex);
  }
  Source.set_result(2);
}

// Other types of the same header are not completion sources.
void otherTypes(mylib::future<int> F) { (void)F.is_ready(); }
