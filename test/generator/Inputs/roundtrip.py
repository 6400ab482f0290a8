#!/usr/bin/env python3
# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Runs tool/new_check.py on a copy of the repository, builds the copy and
runs the new check's test and the options-completeness test there: the
generator's promise is that the build and the suite pass right after it runs.

  roundtrip.py <project root> <build root of this suite> <scratch dir>
"""
import os
import re
import shutil
import subprocess
import sys

root, outer_build, scratch = sys.argv[1:4]
copy = os.path.join(scratch, "src")
build = os.path.join(scratch, "build")
shutil.rmtree(scratch, ignore_errors=True)


def run(cmd, **kw):
    print("$ " + " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, **kw)


# The tracked files as they are in the working tree (a developer's edits
# included); without git, everything but build trees.
try:
    files = subprocess.run(["git", "-C", root, "ls-files", "-z", "--cached", "--others",
                            "--exclude-standard"], stdout=subprocess.PIPE, check=True
                           ).stdout.decode().split("\0")
    for rel in filter(None, files):
        src = os.path.join(root, rel)
        if os.path.isfile(src):
            os.makedirs(os.path.dirname(os.path.join(copy, rel)), exist_ok=True)
            shutil.copy2(src, os.path.join(copy, rel))
except (OSError, subprocess.CalledProcessError):
    shutil.copytree(root, copy, ignore=shutil.ignore_patterns("build*", ".git"))

run([sys.executable, os.path.join(copy, "tool", "new_check.py"), "lock-order",
     "--summary", "Flags calls of configured functions inside coroutines."])

# The generated C++ is laid out as the project's .clang-format wants.
clang_format = shutil.which("clang-format-19") or shutil.which("clang-format")
if clang_format:
    run([clang_format, "--dry-run", "-Werror"] +
        [os.path.join(copy, "checks", f) for f in
         ("LockOrderCheck.h", "LockOrderCheck.cpp", "AsyncTidyModule.cpp")])
    print("clang-format: clean")

cache = open(os.path.join(outer_build, "CMakeCache.txt")).read()
def cached(var):
    m = re.search(r"^%s:[A-Z]+=(.*)$" % var, cache, re.M)
    return m.group(1) if m else ""

configure = ["cmake", "-S", copy, "-B", build, "-G", "Ninja", "-DCMAKE_BUILD_TYPE=Release",
             "-DASYNC_TIDY_BUILD_CLANGD=OFF"]
for var in ("LLVM_DIR", "CMAKE_CXX_COMPILER", "CMAKE_CXX_COMPILER_LAUNCHER"):
    if cached(var):
        configure.append("-D%s=%s" % (var, cached(var)))
run(configure, stdout=subprocess.DEVNULL)
run(["ninja", "-C", build, "AsyncTidy", "async-tidy"], stdout=subprocess.DEVNULL)
lit = cached("ASYNC_TIDY_LIT")
run([sys.executable, lit, "-v",
     os.path.join(build, "test", "checks", "async-lock-order"),
     os.path.join(build, "test", "robustness", "all-options-complete.test"),
     os.path.join(build, "test", "frontends", "list-checks-agree.test")])
# The new check is listed by both front ends, in order.
listed = subprocess.run([os.path.join(build, "bin", "async-tidy"), "--list-checks",
                         "-checks=-*,async-*"], stdout=subprocess.PIPE,
                        universal_newlines=True, check=True).stdout
print("listed: " + " ".join(re.findall(r"async-[a-z-]+", listed)))
shutil.rmtree(scratch, ignore_errors=True)
