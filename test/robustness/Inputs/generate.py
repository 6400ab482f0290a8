#!/usr/bin/env python3
# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Generates stress inputs for the robustness tests.

  generate.py nested-lambdas DEPTH   lambdas (continuations and plain ones)
                                     nested DEPTH deep in a coroutine, with a
                                     blocking wait in the innermost one
  generate.py huge-function N        one coroutine of N statements mixing
                                     waits, awaits, locks and completions
  generate.py deep-expression N      a blocking wait buried in an expression
                                     nested N parentheses deep
"""
import sys

PRELUDE = """#include <coroutine>
#include <future>
#include <mutex>
#include <utility>

struct task {
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_never initial_suspend() { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};
struct Executor {
  template <typename F> void post(F f) { f(); }
};
"""


def nested_lambdas(depth):
    out = [PRELUDE, "task nested(Executor &ex, std::shared_future<int> f) {"]
    for i in range(depth):
        # Alternate between a continuation handed to the executor and a plain
        # lambda that is called at once.
        if i % 2 == 0:
            out.append("  " * (i + 1) + "ex.post([&] {")
        else:
            out.append("  " * (i + 1) + "[&] {")
    out.append("  " * (depth + 1) + "(void)f.get();")
    for i in reversed(range(depth)):
        out.append("  " * (i + 1) + ("});" if i % 2 == 0 else "}();"))
    out.append("  co_return;\n}")
    return "\n".join(out)


def huge_function(n):
    out = [PRELUDE,
           "task huge(std::shared_future<int> f, std::promise<int> *ps, "
           "std::mutex &m) {",
           "  int acc = 0;"]
    for i in range(n):
        k = i % 6
        if k == 0:
            out.append("  acc += f.get();")
        elif k == 1:
            out.append("  co_await std::suspend_never{};")
        elif k == 2:
            out.append("  { std::lock_guard<std::mutex> g(m); "
                       "ps[%d].set_value(acc); }" % (i % 7))
        elif k == 3:
            out.append("  if (acc > %d) acc -= %d;" % (i, i))
        elif k == 4:
            out.append("  for (int j = 0; j < 2; ++j) acc ^= j + %d;" % i)
        else:
            out.append("  f.wait();")
    out.append("  co_return;\n}")
    return "\n".join(out)


def deep_expression(n):
    return "\n".join([
        PRELUDE,
        "task deep(std::shared_future<int> f) {",
        "  int v = " + "(" * n + "f.get()" + " + 1)" * n + ";",
        "  (void)v;",
        "  co_return;",
        "}"])


def main():
    kind, n = sys.argv[1], int(sys.argv[2])
    sys.stdout.write({"nested-lambdas": nested_lambdas,
                      "huge-function": huge_function,
                      "deep-expression": deep_expression}[kind](n) + "\n")


if __name__ == "__main__":
    main()
