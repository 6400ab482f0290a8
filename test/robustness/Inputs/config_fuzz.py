#!/usr/bin/env python3
# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Feeds format-string text and random bytes to every option of the async-*
checks, through every front end, and fails on a crash or a hang.

  config_fuzz.py --async-tidy BIN --plugin SO --clang-tidy BIN
                 [--async-clangd BIN --lsp-client PY] --target FILE --temp DIR

The option names come from `async-tidy --list-check-options` (what the checks
read), so a new option is fuzzed without changing this script. Each round
writes one .clang-tidy that sets every option (and a few unknown keys whose
names carry the same text) to a hostile value, then runs
  - async-tidy and clang-tidy --load=<plugin> on the target file: they must
    exit (an error exit is expected) without a signal or a crash report;
  - async-clangd (if given) opening the target in an LSP session under that
    .clang-tidy: it must publish the file's diagnostics and shut down
    cleanly.
The random rounds are seeded, so a failure reproduces.
"""

import argparse
import os
import random
import shutil
import subprocess
import sys

CRASH_MARKERS = ["PLEASE submit a bug report", "Stack dump:", "LLVM ERROR",
                 "Assertion `", "Segmentation fault", "terminate called"]

# Text that clang's diagnostic formatter would interpret if it were ever
# used as a format string.
FORMAT_PAYLOADS = [
    "%s", "%0", "%1%2%3%4%5%6%7%8%9", "%select{", "%select{a|b}0",
    "%plural{1:x|:y}0", "%diff{$|$}0,1", "%n%n%n%n", "100%sure::Future",
    "mylib::%0::get", "%%%", "%{", "%", "a::b%",
]
CLANGD_PAYLOADS = ["%s", "%select{", "100%sure::Future"]


def yaml_single_quoted(text):
    return "'" + text.replace("'", "''") + "'"


def random_text(rng):
    """Random printable and non-ASCII text (valid for YAML)."""
    alphabet = ("abcXYZ019_:;*%{}|$()[]<>=,.!? \t'\"\\" +
                "\u00e9\u00fc\u4e2d\u0000\u00ff\u202e\U0001F600")
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))


def random_bytes(rng):
    return bytes(rng.randint(0, 255) for _ in range(rng.randint(1, 40)))


def run(cmd, timeout, what, cwd=None):
    try:
        result = subprocess.run(cmd, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, timeout=timeout,
                                cwd=cwd)
    except subprocess.TimeoutExpired:
        sys.exit("config_fuzz: FAIL: %s did not finish within %ds: %s"
                 % (what, timeout, " ".join(cmd)))
    output = result.stdout.decode("utf-8", "replace")
    if result.returncode < 0:
        sys.exit("config_fuzz: FAIL: %s was killed by signal %d\n%s"
                 % (what, -result.returncode, output))
    for marker in CRASH_MARKERS:
        if marker in output:
            sys.exit("config_fuzz: FAIL: %s printed a crash report\n%s"
                     % (what, output))
    return result.returncode, output


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--async-tidy", required=True)
    parser.add_argument("--plugin", required=True)
    parser.add_argument("--clang-tidy", required=True)
    parser.add_argument("--async-clangd")
    parser.add_argument("--lsp-client")
    parser.add_argument("--target", required=True)
    parser.add_argument("--temp", required=True)
    parser.add_argument("--random-rounds", type=int, default=4)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()

    names = subprocess.run([args.async_tidy, "--list-check-options"],
                           stdout=subprocess.PIPE, universal_newlines=True,
                           check=True).stdout.split()
    if not any(n.startswith("async.") for n in names):
        sys.exit("config_fuzz: FAIL: no async.* option listed")
    rng = random.Random(args.seed)

    # Each round: one value per option (text for YAML, or raw bytes).
    rounds = []
    for payload in FORMAT_PAYLOADS:
        rounds.append(("format %r" % payload, payload))
    for i in range(args.random_rounds):
        rounds.append(("random text %d" % i, None))
    for i in range(args.random_rounds):
        rounds.append(("random bytes %d" % i, b""))

    shutil.rmtree(args.temp, ignore_errors=True)
    tidy_runs = clangd_runs = 0
    for index, (label, kind) in enumerate(rounds):
        root = os.path.join(args.temp, "round%d" % index)
        os.makedirs(os.path.join(root, "src"))
        target = os.path.join(root, "src", "target.cpp")
        shutil.copyfile(args.target, target)
        lines = [b"Checks: '-*,async-*'", b"CheckOptions:"]
        keys = list(names)
        # Unknown keys whose names carry the hostile text too.
        hostile_name = kind if isinstance(kind, str) else "X%s%0"
        keys += ["async." + hostile_name, "async-blocking-wait." + hostile_name,
                 "Async." + hostile_name]
        for key in keys:
            if kind is None:
                value = yaml_single_quoted(random_text(rng)).encode("utf-8")
            elif isinstance(kind, bytes):
                value = b"'" + random_bytes(rng).replace(b"'", b"''").replace(
                    b"\n", b" ").replace(b"\r", b" ") + b"'"
            else:
                value = yaml_single_quoted(kind).encode("utf-8")
            lines.append(b"  " + yaml_single_quoted(key).encode("utf-8") +
                         b": " + value)
        with open(os.path.join(root, ".clang-tidy"), "wb") as f:
            f.write(b"\n".join(lines) + b"\n")

        for frontend, tool in [
                ("async-tidy", [args.async_tidy]),
                ("plugin", [args.clang_tidy, "--load=" + args.plugin])]:
            run(tool + [target, "--", "-std=c++20"], 600,
                "%s (%s)" % (frontend, label))
            tidy_runs += 1
        # An LSP session costs more than a clang-tidy run: a few format
        # payloads and the first random round of each kind go through it.
        if args.async_clangd and (kind in CLANGD_PAYLOADS or
                                  label.endswith(" 0")):
            with open(os.path.join(root, ".clangd"), "w") as f:
                f.write("Diagnostics:\n  ClangTidy:\n    Add: [async-*]\n"
                        "    FastCheckFilter: Loose\n")
            code, output = run(
                [sys.executable, args.lsp_client, "--clangd",
                 args.async_clangd, "--root", root, "--file",
                 "src/target.cpp", "--flags=-std=c++20", "--timeout", "300"],
                330, "async-clangd (%s)" % label)
            if code != 0:
                sys.exit("config_fuzz: FAIL: async-clangd session failed (%s)"
                         "\n%s" % (label, output))
            clangd_runs += 1
    print("options: %d, rounds: %d, clang-tidy runs: %d, async-clangd "
          "sessions: %d, crashes: 0" % (len(names), len(rounds), tidy_runs,
                                        clangd_runs))


if __name__ == "__main__":
    main()
