#!/usr/bin/env python3
# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""expect_exit.py CODE CMD [ARGS...]: runs CMD (stdin/stdout/stderr
inherited) and fails unless it exits with CODE. lit's internal shell has no
$?, and `not` accepts any non-zero code."""
import subprocess
import sys

expected = int(sys.argv[1])
code = subprocess.call(sys.argv[2:])
if code != expected:
    sys.stderr.write("expect_exit: %s exited with %d, expected %d\n" % (
        sys.argv[2], code, expected))
    sys.exit(1)
