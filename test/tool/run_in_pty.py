#!/usr/bin/env python3
# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""run_in_pty.py CMD [ARGS...]: runs CMD with stdout and stderr on a
pseudo-terminal and prints what it wrote, with each carriage return and
"erase line" escape turned into a newline, then "pty: exit code N"."""
import os
import subprocess
import sys

master, slave = os.openpty()
proc = subprocess.Popen(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=slave,
                        stderr=slave)
os.close(slave)
output = bytearray()
while True:
    try:
        data = os.read(master, 4096)
    except OSError:  # EIO: the child closed the terminal.
        break
    if not data:
        break
    output.extend(data)
code = proc.wait()
text = output.decode("utf-8", "replace").replace("\x1b[K", "").replace(
    "\r\n", "\n").replace("\r", "\n")
sys.stdout.write(text)
print("pty: exit code %d" % code)
