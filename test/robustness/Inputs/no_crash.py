#!/usr/bin/env python3
# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Runs async-tidy over odd or invalid code and fails on a crash or a hang.

Usage (from a lit RUN line, through the %no_crash substitution):

  %no_crash [options] <source> [-- <clang-tidy args> [-- <compiler args>]]

For each front end (the clang-tidy plugin and the async-tidy executable) it
runs clang-tidy with --checks=-*,async-* (unless the arguments name checks)
on a copy of <source>, and fails when
  - the process died from a signal or printed a crash report (stack dump,
    "PLEASE submit a bug report");
  - it did not finish within --timeout seconds (a hang);
  - the exit status is not the expected one (--expect=ok: 0, --expect=error:
    non-zero, --expect=any: either);
  - with --fix-unchanged: -fix changed the file (the input only has hazards
    inside macro expansions, or none at all, so no fix-it may be applied).
The clang-tidy output of each front end is printed after a "=== <front end>"
line, for FileCheck.
"""

import argparse
import os
import shutil
import signal
import subprocess
import sys

CRASH_MARKERS = ["PLEASE submit a bug report", "Stack dump:", "LLVM ERROR",
                 "Assertion `", "Segmentation fault", "terminate called"]


def fail(message):
    sys.stderr.write("no_crash: FAIL: " + message + "\n")
    sys.exit(1)


def split_args(rest):
    if rest and rest[0] == "--":
        rest = rest[1:]
    if "--" in rest:
        i = rest.index("--")
        return rest[:i], rest[i + 1:]
    return rest, []


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plugin", required=True)
    parser.add_argument("--async-tidy", required=True)
    parser.add_argument("--clang-tidy", required=True)
    parser.add_argument("--frontend", default="both",
                        choices=["plugin", "binary", "both"])
    parser.add_argument("--expect", default="any", choices=["ok", "error", "any"])
    parser.add_argument("--fix-unchanged", action="store_true")
    parser.add_argument("--timeout", type=float, default=600)
    parser.add_argument("--temp", required=True)
    parser.add_argument("source")
    args, rest = parser.parse_known_args()
    tidy_args, compiler_args = split_args(rest)
    if not any(a.startswith(("-checks", "--checks")) for a in tidy_args):
        tidy_args = ["--checks=-*,async-*"] + tidy_args
    if not any(a.startswith(("-config", "--config")) for a in tidy_args):
        tidy_args = ["--config={}"] + tidy_args
    # Until a check is registered, "-*,async-*" enables nothing. The flag is
    # new in clang-tidy 18; clang-tidy 16 does not know it.
    help_text = subprocess.run([args.clang_tidy, "--help"], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL,
                               universal_newlines=True).stdout
    if "allow-no-checks" in help_text:
        tidy_args = ["--allow-no-checks"] + tidy_args

    frontends = ["plugin", "binary"] if args.frontend == "both" else [args.frontend]
    for frontend in frontends:
        workdir = args.temp + "." + frontend
        shutil.rmtree(workdir, ignore_errors=True)
        os.makedirs(workdir)
        temp = os.path.join(workdir, os.path.basename(args.source))
        shutil.copyfile(args.source, temp)
        with open(temp, "rb") as f:
            original = f.read()
        tool = ([args.clang_tidy, "--load=" + args.plugin]
                if frontend == "plugin" else [args.async_tidy])
        cmd = tool + [temp] + (["-fix"] if args.fix_unchanged else []) + \
            tidy_args + ["--"] + compiler_args
        try:
            result = subprocess.run(cmd, stdout=subprocess.PIPE,
                                    stderr=subprocess.STDOUT,
                                    timeout=args.timeout)
        except subprocess.TimeoutExpired:
            fail("%s did not finish within %gs (hang?): %s"
                 % (frontend, args.timeout, " ".join(cmd)))
        output = result.stdout.decode("utf-8", "replace")
        print("=== " + frontend)
        print(output.replace(workdir + os.sep, ""))
        sys.stdout.flush()
        if result.returncode < 0:
            fail("%s was killed by signal %s" % (
                frontend, signal.Signals(-result.returncode).name))
        for marker in CRASH_MARKERS:
            if marker in output:
                fail("%s printed a crash report (%r)" % (frontend, marker))
        if args.expect == "ok" and result.returncode != 0:
            fail("%s exited with %d, expected 0" % (frontend, result.returncode))
        if args.expect == "error" and result.returncode == 0:
            fail("%s exited with 0, expected an error" % frontend)
        if args.fix_unchanged:
            with open(temp, "rb") as f:
                if f.read() != original:
                    fail("%s applied a fix-it (inside a macro expansion?)"
                         % frontend)


if __name__ == "__main__":
    main()
