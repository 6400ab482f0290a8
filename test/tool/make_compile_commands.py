#!/usr/bin/env python3
# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Writes BUILD/compile_commands.json for a test project copied to ROOT, with
absolute paths. Usage:
  make_compile_commands.py ROOT BUILD FILE[=EXTRA_FLAGS] ...
Every file gets -std=c++20 -I ROOT/include; EXTRA_FLAGS (space-separated) are
added for that file only."""
import json
import os
import shlex
import sys

root, build = (os.path.abspath(p) for p in sys.argv[1:3])
os.makedirs(build, exist_ok=True)
entries = []
for spec in sys.argv[3:]:
    name, _, extra = spec.partition("=")
    path = os.path.join(root, name)
    entries.append({
        "directory": build,
        "file": path,
        "arguments": ["clang++-19", "-std=c++20",
                      "-I" + os.path.join(root, "include")] +
                     shlex.split(extra) + ["-c", path, "-o",
                                           os.path.basename(name) + ".o"],
    })
with open(os.path.join(build, "compile_commands.json"), "w") as out:
    json.dump(entries, out, indent=2)
