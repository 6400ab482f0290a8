// A home-made completion source whose policy is a flag of a flags
// enumeration (TaskCreationOptions-like), and sources held as members.
// RUN: %check_async_tidy %s async-inline-continuation %t -- \
// RUN:   -config="{CheckOptions: {async.AsyncPolicyTypes: 'app::completion_source=app::options::run_async;app::plain_source=app::policy::run_async', async.CompletionFunctions: 'app::completion_source::set_result;app::plain_source::set_result'}}" \
// RUN:   -- -std=c++17

#include <mutex>

namespace app {
enum class options : unsigned {
  none = 0,
  long_running = 1,
  run_async = 2,
};
constexpr options operator|(options A, options B) {
  return static_cast<options>(static_cast<unsigned>(A) |
                              static_cast<unsigned>(B));
}

template <typename T> class completion_source {
public:
  completion_source() = default;
  explicit completion_source(options) {}
  void set_result(T) {}
};

// A plain (not flags) policy enumeration.
enum class policy { run_inline, run_async };
class plain_source {
public:
  plain_source() = default;
  explicit plain_source(policy) {}
  void set_result(int) {}
};
} // namespace app

using app::completion_source;
using app::options;

std::mutex Mutex;

// The policy inside a flags expression is the policy.
void flagsNegatives() {
  completion_source<int> A(options::long_running | options::run_async);
  completion_source<int> B(options::run_async | options::long_running);
  completion_source<int> C{options::long_running | options::run_async};
  const auto Opts = options::long_running | options::run_async;
  completion_source<int> D(Opts);
  constexpr options Constexpr = options::run_async | options::none;
  completion_source<int> E{Constexpr};
  completion_source<int> F(static_cast<options>(2));
}

// The flags lack the policy: the fix-it adds it to the existing argument.
void flagsPositives() {
  completion_source<int> A(options::long_running);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: 'completion_source<int>' is constructed without 'app::options::run_async'
  // CHECK-FIXES: {{^}}  completion_source<int> A(options::long_running | app::options::run_async);
  const auto Opts = options::long_running | options::none;
  completion_source<int> B(Opts);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: 'completion_source<int>' is constructed without
  // CHECK-FIXES: {{^}}  completion_source<int> B(Opts | app::options::run_async);
}

// A plain enumeration: the inline enumerator is replaced by the async one.
void plainPolicy() {
  app::plain_source Src(app::policy::run_inline);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'app::plain_source' is constructed without 'app::policy::run_async'
  // CHECK-FIXES: {{^}}  app::plain_source Src(app::policy::run_async);
  app::plain_source Good(app::policy::run_async);
}

// Members constructed with the policy resume nothing inline: completing them
// under a lock is fine.
class WithPolicyInClass {
public:
  void done() {
    std::lock_guard<std::mutex> Lock(Mutex);
    Src.set_result(1);
  }

private:
  completion_source<int> Src{options::run_async};
};

class WithPolicyInConstructor {
public:
  WithPolicyInConstructor() : Src(options::long_running | options::run_async) {}
  explicit WithPolicyInConstructor(int) : WithPolicyInConstructor() {}
  void done() {
    std::lock_guard<std::mutex> Lock(Mutex);
    Src.set_result(1);
  }

private:
  completion_source<int> Src;
};

void localWithPolicy() {
  completion_source<int> Local(options::run_async);
  std::lock_guard<std::mutex> Lock(Mutex);
  Local.set_result(1);
}

// A member declared without its policy that no constructor initializes:
// reported at the declaration, and completing it under a lock too.
class WithoutPolicy {
public:
  void done() {
    std::lock_guard<std::mutex> Lock(Mutex);
    Src.set_result(1);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'app::completion_source::set_result' resumes waiting coroutines inline on this thread while 'Lock' is held
  }

private:
  completion_source<int> Src;
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: member 'Src' of type 'completion_source<int>' is default-constructed without 'app::options::run_async'
  // CHECK-FIXES: {{^}}  completion_source<int> Src{app::options::run_async};
};

// One constructor leaves the member out: reported at the declaration.
class OneConstructorLeavesItOut {
public:
  OneConstructorLeavesItOut() : Src(options::run_async) {}
  explicit OneConstructorLeavesItOut(int) {}

private:
  app::plain_source Other{app::policy::run_async};
  completion_source<int> Src;
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: member 'Src' of type 'completion_source<int>' is default-constructed without
  // CHECK-FIXES: {{^}}  completion_source<int> Src{app::options::run_async};
};

// A member of a class nested in a class template: reported, but the fix-it
// made for one instantiation would not compile for another (Outer<int>).
template <typename T> struct Outer {
  struct Inner {
    T Src;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: member 'Src' of type 'app::completion_source<int>' is default-constructed without
    // CHECK-FIXES: {{^}}    T Src;
  };
};
Outer<completion_source<int>>::Inner NestedWithPolicyType;
Outer<int>::Inner NestedWithInt;

// Every constructor initializes it with the policy: silent.
class EveryConstructorPasses {
public:
  EveryConstructorPasses() : Src(options::run_async) {}
  explicit EveryConstructorPasses(int) : Src{options::run_async} {}

private:
  completion_source<int> Src;
};

// A constructor defined elsewhere: cannot tell, silent.
class DefinedElsewhere {
public:
  DefinedElsewhere();

private:
  completion_source<int> Src;
};

// A reference member or pointer constructs nothing.
class Holder {
  completion_source<int> &Ref;
  completion_source<int> *Ptr = nullptr;

public:
  explicit Holder(completion_source<int> &R) : Ref(R) {}
};
