#!/usr/bin/env python3
# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Fails when an async-* check's work grows faster than linearly with the
size of one function. Runs each check alone (every option on) on a generated
coroutine of N and of 4N statements with ASYNC_TIDY_COUNT_WORK=1, which makes
the checks count the steps of their walks (checks/support/WorkCounter.h), and
requires the count to grow by at most 4.5x (linear: 4x, plus the fixed cost
of the prelude; quadratic: 16x). Counting is deterministic: no timing, so no
flakes on a loaded machine; bench/ measures wall time.

  scaling.py <async-tidy> <all-options.yaml> <workdir> [N]
"""
import os
import re
import subprocess
import sys

CHECKS = ["async-await-foreign-task", "async-blocking-wait",
          "async-inline-continuation", "async-task-chaining"]
LIMIT = 4.5

tidy, config, workdir = sys.argv[1:4]
n = int(sys.argv[4]) if len(sys.argv) > 4 else 4000
here = os.path.dirname(os.path.abspath(__file__))
os.makedirs(workdir, exist_ok=True)


def source(size):
    path = os.path.join(workdir, "huge-%d.cpp" % size)
    with open(path, "w") as f:
        f.write(subprocess.run([sys.executable, os.path.join(here, "generate.py"),
                                "huge-function", str(size)], stdout=subprocess.PIPE,
                               universal_newlines=True, check=True).stdout)
    return path


def work(check, path):
    env = dict(os.environ, ASYNC_TIDY_COUNT_WORK="1")
    out = subprocess.run([tidy, "--config-file=" + config, "--checks=-*," + check,
                          path, "--", "-std=c++20"], stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, universal_newlines=True, env=env)
    counts = re.findall(r"^async-tidy work: (\d+)$", out.stderr, re.MULTILINE)
    return sum(int(c) for c in counts)


small_source, large_source = source(n), source(4 * n)
bad = []
for check in CHECKS:
    small, large = work(check, small_source), work(check, large_source)
    # A check that walks nothing on this code has nothing to grow.
    ratio = large / small if small else 0.0
    print("%s: %d steps at %d statements, %d at %d: x%.2f"
          % (check, small, n, large, 4 * n, ratio))
    if ratio > LIMIT:
        bad.append(check)
print("superlinear: " + (" ".join(bad) if bad else "none"))
sys.exit(1 if bad else 0)
