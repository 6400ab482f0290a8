// Configuration mistakes are errors that name the option, and the run fails.
// RUN: not %async-tidy %s --checks='-*,async-blocking-wait' \
// RUN:   -config="{CheckOptions: {async-blocking-wait.FlagBlockingPrimitives: 'Sometimes', async-blocking-wait.NonBlockingFunctions: 'on(Click', async-blocking-wait.FlagPrimitives: 'Always', async.BlockingFunctions: 'mylib::Future::', async.ContinuationSinks: 'mylib::2nd_*'}}" \
// RUN:   -- -std=c++20 2>&1 | FileCheck %s
// RUN: not %clang_tidy --load=%async_tidy_plugin %s --checks='-*,async-blocking-wait' \
// RUN:   -config="{CheckOptions: {async-blocking-wait.FlagBlockingPrimitives: 'Sometimes', async-blocking-wait.NonBlockingFunctions: 'on(Click', async-blocking-wait.FlagPrimitives: 'Always', async.BlockingFunctions: 'mylib::Future::', async.ContinuationSinks: 'mylib::2nd_*'}}" \
// RUN:   -- -std=c++20 2>&1 | FileCheck %s

// CHECK-DAG: error: invalid value 'Sometimes' for option 'async-blocking-wait.FlagBlockingPrimitives'; expected 'Coroutines', 'Always' or 'Never' [clang-tidy-config]
// CHECK-DAG: error: invalid regular expression 'on(Click' in option 'async-blocking-wait.NonBlockingFunctions': parentheses not balanced [clang-tidy-config]
// CHECK-DAG: error: unknown option 'async-blocking-wait.FlagPrimitives'; did you mean 'async-blocking-wait.FlagBlockingPrimitives'? [clang-tidy-config]
// CHECK-DAG: error: invalid value in option 'async.BlockingFunctions': 'mylib::Future::' is not a qualified name (expected an entry such as 'mylib::Future::get') [clang-tidy-config]
// A wildcard entry is still a name: no component starts with a digit.
// CHECK-DAG: error: invalid value in option 'async.ContinuationSinks': 'mylib::2nd_*' is not a qualified name

// Valid values are accepted silently.
// RUN: %async-tidy %s --checks='-*,async-blocking-wait' \
// RUN:   -config="{CheckOptions: {async-blocking-wait.FlagBlockingPrimitives: 'Never', async-blocking-wait.NonBlockingFunctions: '^ui::'}}" \
// RUN:   -- -std=c++20 2>&1 | FileCheck %s --allow-empty --check-prefix=VALID --implicit-check-not=error:
// VALID-NOT: clang-tidy-config

void f() {}
