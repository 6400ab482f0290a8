// RUN: %check_async_tidy -check-suffixes=SHORT %s async-inline-continuation %t -- \
// RUN:   -config="{CheckOptions: {async.AsyncPolicyTypes: 'legacy::completion_source=legacy::run_async'}}"
// RUN: %check_async_tidy -check-suffixes=LONG %s async-inline-continuation %t -- \
// RUN:   -config="{CheckOptions: {async.AsyncPolicyTypes: 'legacy::completion_source=legacy::policy::run_async'}}"

// An enumerator of an unscoped enumeration is declared in the enclosing
// scope: normalizedName() names it 'legacy::run_async'. The configured
// policy may be spelled either way, and the fix-it inserts it as written
// in the configuration (both spellings compile).

namespace legacy {
enum policy { run_inline, run_async };
template <typename T> class completion_source {
public:
  completion_source() = default;
  explicit completion_source(policy) {}
  void set(T) {}
};
} // namespace legacy

void constructions() {
  legacy::completion_source<int> A;
  // CHECK-MESSAGES-SHORT: :[[@LINE-1]]:34: warning: 'legacy::completion_source<int>' is constructed without 'legacy::run_async'
  // CHECK-FIXES-SHORT: {{^}}  legacy::completion_source<int> A(legacy::run_async);
  // CHECK-MESSAGES-LONG: :[[@LINE-3]]:34: warning: 'legacy::completion_source<int>' is constructed without 'legacy::policy::run_async'
  // CHECK-FIXES-LONG: {{^}}  legacy::completion_source<int> A(legacy::policy::run_async);
}

// Either spelling of the enumerator passes the policy, whichever the
// configuration uses.
void withPolicy() {
  legacy::completion_source<int> A(legacy::run_async);
  legacy::completion_source<int> B(legacy::policy::run_async);
  using namespace legacy;
  completion_source<int> C(run_async);
}
