#!/usr/bin/env python3
# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Compares, for a set of header-filter settings, where clang-tidy shows the
async-* findings with where it shows a stock check's (google-explicit-
headers), planted next to the async finding in every header of
Inputs/reported-code; and the count of hidden async findings the checks hand
to the audit (ASYNC_TIDY_LEFT_OUT_FILE, from checks/support/ParentIndex.cpp's
copy of clang-tidy's filter) with clang-tidy's own count of the hidden stock
findings ("Suppressed N warnings (N in non-user code)"), system headers
aside (the checks do not analyse them without --system-headers).

  header_filter_parity.py CLANG_TIDY [--load=PLUGIN] -- INPUTS_DIR SCRATCH"""

import os
import re
import subprocess
import sys

SETTINGS = [
    [],
    ["--header-filter=.*"],
    ["--header-filter=user"],
    ["--header-filter=.*", "--exclude-header-filter=excluded"],
    ["--header-filter=user|excluded", "--exclude-header-filter=user"],
    ["--config={HeaderFilterRegex: 'excluded'}"],
    ["--system-headers"],
    ["--system-headers", "--header-filter=.*"],
]
WARNING = re.compile(r"^(.*?):\d+:\d+: warning: .* \[([\w-]+)\]$", re.M)
SUPPRESSED = re.compile(r"Suppressed \d+ warnings \((\d+) in non-user code")


def run(tool, inputs, setting, checks, left_out=None):
    env = dict(os.environ)
    env.pop("ASYNC_TIDY_LEFT_OUT_FILE", None)
    if left_out:
        env["ASYNC_TIDY_LEFT_OUT_FILE"] = left_out
    cmd = tool + ["--checks=-*," + checks] + setting + [
        os.path.join(inputs, "main.cpp"), "--", "-std=c++20",
        "-isystem", os.path.join(inputs, "lib"),
        "-I", os.path.join(inputs, "user"),
        "-I", os.path.join(inputs, "excluded")]
    out = subprocess.run(cmd, env=env, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, universal_newlines=True)
    return out.stdout


def main():
    sep = sys.argv.index("--")
    tool = sys.argv[1:sep]
    inputs, scratch = sys.argv[sep + 1:sep + 3]
    failures = 0
    for setting in SETTINGS:
        left_out = os.path.join(scratch, "left-out")
        if os.path.exists(left_out):
            os.remove(left_out)
        both = run(tool, inputs, setting,
                   "async-blocking-wait,misc-definitions-in-headers", left_out)
        shown = {"async": set(), "stock": set()}
        for path, check in WARNING.findall(both):
            kind = "stock" if check == "misc-definitions-in-headers" else "async"
            if not path.endswith(".cpp"):  # the stock check is for headers
                shown[kind].add(os.path.basename(path))
        stock = run(tool, inputs, setting, "misc-definitions-in-headers")
        hidden = SUPPRESSED.search(stock)
        hidden_stock = int(hidden.group(1)) if hidden else 0
        # The stock hit of lib_waits.h is hidden unless --system-headers;
        # the checks do not analyse (so do not count) system headers.
        if "--system-headers" not in setting:
            hidden_stock -= 1
        counted = 0
        if os.path.exists(left_out):
            with open(left_out) as f:
                counted = len(set(f.read().splitlines()))
        verdict = "same" if shown["async"] == shown["stock"] and \
            counted == hidden_stock else "DIFFERENT"
        failures += verdict != "same"
        print("%s: %s; shown: %s; hidden: %d counted, %d by clang-tidy" % (
            " ".join(setting) or "(defaults)", verdict,
            " ".join(sorted(shown["async"])) or "-", counted, hidden_stock))
        if shown["async"] != shown["stock"]:
            print("  stock check shown in: %s" % " ".join(sorted(shown["stock"])))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
