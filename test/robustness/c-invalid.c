// Invalid C: the compiler errors are reported, the checks are not run.
// RUN: %no_crash --expect=error %s -- %all_options -- -std=c11 | FileCheck %s
// CHECK: === plugin
// CHECK: error:
// CHECK: === binary
// CHECK: error:
void f(void) { co_await x; int y = ; }
