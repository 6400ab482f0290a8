// The check has no options of its own; the catalog keys it reads
// (ChainingFunctions, CombinatorFunctions, EagerTaskTypes, LazyTaskTypes,
// BlockingFunctions for the notes) are validated by the base class, which
// names the option in its error.
// RUN: not %async-tidy -checks='-*,async-task-chaining' -config="{CheckOptions: {async-task-chaining.ChainingFunction: 'a::b', async-task-chaining.ChainingFunctions: 'mylib::'}}" %s -- 2>&1 | FileCheck %s
// RUN: not %clang_tidy --load=%async_tidy_plugin -checks='-*,async-task-chaining' -config="{CheckOptions: {async-task-chaining.ChainingFunction: 'a::b', async-task-chaining.ChainingFunctions: 'mylib::'}}" %s -- 2>&1 | FileCheck %s
// CHECK-DAG: error: invalid value in option 'async-task-chaining.ChainingFunctions': 'mylib::' is not a qualified name (expected an entry such as 'mylib::Future::then') [clang-tidy-config]
// CHECK-DAG: error: unknown option 'async-task-chaining.ChainingFunction'; did you mean 'async-task-chaining.ChainingFunctions'? [clang-tidy-config]

int unused;
