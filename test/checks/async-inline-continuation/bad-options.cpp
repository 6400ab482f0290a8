// Malformed entries and unknown options are errors naming the option.
// RUN: not %async-tidy %s --checks='-*,async-inline-continuation' \
// RUN:   -config="{CheckOptions: {async-inline-continuation.AsyncPolicyTypes: 'mylib::tcs', async-inline-continuation.StrictMod: true, async-inline-continuation.LockGuardTypes: 'not a name'}}" \
// RUN:   -- -std=c++20 2>&1 | FileCheck %s
// RUN: not %clang_tidy --load=%async_tidy_plugin %s --checks='-*,async-inline-continuation' \
// RUN:   -config="{CheckOptions: {async-inline-continuation.AsyncPolicyTypes: 'mylib::tcs', async-inline-continuation.StrictMod: true, async-inline-continuation.LockGuardTypes: 'not a name'}}" \
// RUN:   -- -std=c++20 2>&1 | FileCheck %s

// CHECK-DAG: error: invalid value in option 'async-inline-continuation.AsyncPolicyTypes': entry 'mylib::tcs' needs the policy argument after '=', e.g. 'mylib::task_completion_source=mylib::continuation_policy::run_async' [clang-tidy-config]
// CHECK-DAG: error: invalid value in option 'async-inline-continuation.LockGuardTypes': 'not a name' is not a qualified name (expected an entry such as 'mylib::SpinLockGuard') [clang-tidy-config]
// CHECK-DAG: error: unknown option 'async-inline-continuation.StrictMod'; did you mean 'async-inline-continuation.StrictMode'? [clang-tidy-config]
void f() {}
