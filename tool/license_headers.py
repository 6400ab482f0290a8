#!/usr/bin/env python3
# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Checks (default) or adds (--fix) the license lines at the top of every
source file of the repository, as LLVM has them:

    // Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
    // See LICENSE for license information.
    // SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

Source files are the code, build and script files of checks/, tool/, bench/,
the test harness and helper scripts, and every CMakeLists.txt. Test inputs
(the lit tests, mock headers, corpora) carry none, as in LLVM, and neither
does the example project, whose line numbers the docs quote.

    tool/license_headers.py [--fix] [ROOT]
"""

import argparse
import os
import subprocess
import sys
import tempfile

SPDX = "SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception"
LINES = ["Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.",
         "See LICENSE for license information.",
         SPDX]
# How far down the license must start: after a banner or a shebang.
HEAD_LINES = 12

C_LIKE = (".cpp", ".h", ".def", ".h.in")
HASH_LIKE = (".py", ".sh", ".cmake")
HASH_NAMES = ("CMakeLists.txt", "async-tidy-audit", "pre-commit-async-tidy", "run")


def in_scope(rel):
    parts = rel.split("/")
    name = parts[-1]
    if name == "CMakeLists.txt":
        return True
    if parts[0] == ".ci":
        return name == "run"
    if parts[0] == "test":
        # The harness and the helper scripts, not the tests and their inputs.
        if name.endswith(".py") and "corpus" not in parts:
            return True
        return parts[1:2] == ["fuzz"] and name.endswith((".cpp", ".h")) and len(parts) == 3
    if parts[0] == "bench":
        return len(parts) == 2 and name.endswith((".py", ".sh"))
    if parts[0] in ("checks", "tool"):
        return name.endswith(C_LIKE + HASH_LIKE) or name in HASH_NAMES
    return False


def tracked_files(root):
    try:
        # Only a checkout's own top level: a folder inside another checkout
        # (a test's scratch directory in the build tree) is walked instead.
        top = subprocess.run(["git", "-C", root, "rev-parse", "--show-toplevel"],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             universal_newlines=True, check=True).stdout.strip()
        if os.path.realpath(top) != os.path.realpath(root):
            raise OSError("not the top level of a checkout")
        out = subprocess.run(["git", "-C", root, "ls-files", "-z"], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, check=True).stdout.decode()
        return sorted(f for f in out.split("\0") if f)
    except (OSError, subprocess.CalledProcessError):
        files = []
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = [d for d in dirnames if not d.startswith((".", "build"))]
            for f in filenames:
                files.append(os.path.relpath(os.path.join(dirpath, f), root))
        return sorted(files)


def has_license(text):
    return any(SPDX in line for line in text.splitlines()[:HEAD_LINES])


def with_license(rel, text):
    lines = text.splitlines(keepends=True)
    if rel.endswith(C_LIKE):
        block = ["// " + l + "\n" for l in LINES]
        if lines and lines[0].startswith("//===-"):
            # After the banner "//===--- File.cpp - title ---===//", which a
            # long title continues on the next line.
            end = 0
            while end + 1 < len(lines) and not lines[end].rstrip().endswith("//") \
                    and end < 2:
                end += 1
            return "".join(lines[:end + 1] + ["//\n"] + block + lines[end + 1:])
        return "".join(block + ["\n"] + lines)
    block = ["# " + l + "\n" for l in LINES]
    at = 1 if lines and lines[0].startswith("#!") else 0
    return "".join(lines[:at] + block + lines[at:])


def write_atomically(path, text):
    fd, temp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".license.")
    try:
        with os.fdopen(fd, "w") as f:
            f.write(text)
        os.chmod(temp, os.stat(path).st_mode & 0o7777)
        os.replace(temp, path)
    except BaseException:
        if os.path.exists(temp):
            os.unlink(temp)
        raise


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("root", nargs="?",
                        default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    parser.add_argument("--fix", action="store_true", help="add the missing license lines")
    args = parser.parse_args()

    missing = []
    checked = 0
    for rel in tracked_files(args.root):
        if not in_scope(rel):
            continue
        path = os.path.join(args.root, rel)
        if not os.path.isfile(path):
            continue
        checked += 1
        with open(path, encoding="utf-8") as f:
            text = f.read()
        if has_license(text):
            continue
        missing.append(rel)
        if args.fix:
            write_atomically(path, with_license(rel, text))
    for rel in missing:
        print(("added license to " if args.fix else "missing license: ") + rel)
    print("source files: %d, without license lines: %d%s"
          % (checked, len(missing), " (fixed)" if args.fix and missing else ""))
    sys.exit(1 if missing and not args.fix else 0)


if __name__ == "__main__":
    main()
