// Invalid code: no crash, and no report on what cannot be resolved.
// RUN: %check_async_tidy --no-recompile %s async-inline-continuation %t -- \
// RUN:   -config="{CheckOptions: {async.CompletionFunctions: 'mylib::Event::set', async.AsyncPolicyTypes: 'mylib::tcs=mylib::policy::run_async'}}"

#include <mutex>

namespace mylib {
struct Event {
  void set();
};
enum class policy { run_inline, run_async };
template <typename T> struct tcs {
  tcs();
  explicit tcs(policy);
};
} // namespace mylib

std::mutex M;

void unknownLock(mylib::Event &E) {
  std::lock_guard<UnknownMutex> Lock(M);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: error: use of undeclared identifier 'UnknownMutex' [clang-diagnostic-error]
  E.set();
}

void unknownSource() {
  std::lock_guard<std::mutex> Lock(M);
  undeclared.set();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: use of undeclared identifier 'undeclared' [clang-diagnostic-error]
  mylib::tcs<int> T(mylib::policy::no_such_policy);
  // CHECK-MESSAGES: :[[@LINE-1]]:36: error: no type named 'no_such_policy' in 'mylib::policy' [clang-diagnostic-error]
}

template <typename T> void dependent(T &Source) {
  std::lock_guard<std::mutex> Lock(M);
  Source.set();
  mylib::tcs<T> X(undeclared_policy);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: error: unknown type name 'undeclared_policy' [clang-diagnostic-error]
}
