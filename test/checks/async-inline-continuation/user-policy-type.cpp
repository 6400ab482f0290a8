// A home-made completion source that takes a continuation policy, configured
// through AsyncPolicyTypes.
// RUN: %check_async_tidy %s async-inline-continuation %t -- \
// RUN:   -config="{CheckOptions: {async.AsyncPolicyTypes: 'mylib::task_completion_source=mylib::continuation_policy::run_async'}}"

#include <memory>
#include <utility>

namespace mylib {
enum class continuation_policy { run_inline, run_async };

template <typename T> class task_completion_source {
public:
  task_completion_source() = default;
  explicit task_completion_source(continuation_policy P) : Policy(P) {}
  task_completion_source(int Capacity, continuation_policy P)
      : Policy(P) {}
  explicit task_completion_source(const char *Name) {}
  task_completion_source(const task_completion_source &) = default;
  task_completion_source(task_completion_source &&) = default;
  void set_value(T) {}

private:
  continuation_policy Policy = continuation_policy::run_inline;
};
} // namespace mylib

using mylib::continuation_policy;
using mylib::task_completion_source;

void variables() {
  task_completion_source<int> A;
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: 'task_completion_source<int>' is constructed without 'mylib::continuation_policy::run_async', so completing it runs continuations inline on the completing thread, where one that blocks or takes a lock held there deadlocks; pass 'mylib::continuation_policy::run_async' [async-inline-continuation]
  // CHECK-FIXES: {{^}}  task_completion_source<int> A(mylib::continuation_policy::run_async);
  task_completion_source<int> B{};
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: 'task_completion_source<int>' is constructed without
  // CHECK-FIXES: {{^}}  task_completion_source<int> B{mylib::continuation_policy::run_async};
  task_completion_source<int> C(16, continuation_policy::run_inline);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: 'task_completion_source<int>' is constructed without
  task_completion_source<int> D("name");
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: 'task_completion_source<int>' is constructed without
}

void heapAndTemporaries() {
  auto *P = new task_completion_source<int>;
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'task_completion_source<int>' is constructed without
  // CHECK-FIXES: {{^}}  auto *P = new task_completion_source<int>(mylib::continuation_policy::run_async);
  delete P;
  auto *Q = new task_completion_source<int>();
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'task_completion_source<int>' is constructed without
  // CHECK-FIXES: {{^}}  auto *Q = new task_completion_source<int>(mylib::continuation_policy::run_async);
  delete Q;
  auto S = std::make_shared<task_completion_source<int>>();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'mylib::task_completion_source<int>' is constructed without
  // CHECK-FIXES: {{^}}  auto S = std::make_shared<task_completion_source<int>>(mylib::continuation_policy::run_async);
  auto U = std::make_unique<task_completion_source<int>>();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'mylib::task_completion_source<int>' is constructed without
  // CHECK-FIXES: {{^}}  auto U = std::make_unique<task_completion_source<int>>(mylib::continuation_policy::run_async);
  task_completion_source<int>().set_value(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'task_completion_source<int>' is constructed without
  // CHECK-FIXES: {{^}}  task_completion_source<int>(mylib::continuation_policy::run_async).set_value(1);
}

struct Service {
  Service() : Explicit() {}
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'task_completion_source<int>' is constructed without
  // CHECK-FIXES: {{^}}  Service() : Explicit(mylib::continuation_policy::run_async) {}
  task_completion_source<int> Explicit;
  task_completion_source<int> Defaulted;
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: member 'Defaulted' of type 'task_completion_source<int>' is default-constructed without 'mylib::continuation_policy::run_async'
  // CHECK-FIXES: {{^}}  task_completion_source<int> Defaulted{mylib::continuation_policy::run_async};
  task_completion_source<int> InClass{};
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: 'task_completion_source<int>' is constructed without
  // CHECK-FIXES: {{^}}  task_completion_source<int> InClass{mylib::continuation_policy::run_async};
};

#define MAKE_SOURCE(Name) task_completion_source<int> Name
void inMacro() {
  MAKE_SOURCE(M);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'task_completion_source<int>' is constructed without
  // CHECK-FIXES: {{^}}  MAKE_SOURCE(M);
}

//===--- Hard negatives ----------------------------------------------------===//

void withPolicy(continuation_policy Runtime) {
  task_completion_source<int> A(mylib::continuation_policy::run_async);
  task_completion_source<int> B{continuation_policy::run_async};
  task_completion_source<int> C(16, ::mylib::continuation_policy::run_async);
  auto *P = new task_completion_source<int>(continuation_policy::run_async);
  delete P;
  auto S = std::make_shared<task_completion_source<int>>(
      continuation_policy::run_async);
  // A run-time policy cannot be told: not flagged.
  task_completion_source<int> R(Runtime);
  // Copies and moves construct no new source.
  task_completion_source<int> Copy(A);
  task_completion_source<int> Moved(std::move(B));
  auto Shared = std::make_shared<task_completion_source<int>>(Copy);
}

struct WithPolicyMembers {
  WithPolicyMembers() : Explicit(continuation_policy::run_async) {}
  task_completion_source<int> Explicit;
  task_completion_source<int> InClass{continuation_policy::run_async};
};

template <typename... Args> auto forwarding(Args &&...A) {
  return task_completion_source<int>(std::forward<Args>(A)...);
}
void callsForwarding() { auto T = forwarding(continuation_policy::run_async); }

// A class with the same name elsewhere is not the configured type.
namespace other {
template <typename T> struct task_completion_source {};
} // namespace other
void otherType() { other::task_completion_source<int> X; }
