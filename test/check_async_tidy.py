#!/usr/bin/env python3
# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Runs one async-tidy lit test, the way LLVM's check_clang_tidy.py does.

Usage (from a lit RUN line, through the %check_async_tidy substitution):

  %check_async_tidy [options] <source> <checks> <temp> \
      [-- <clang-tidy args> [-- <compiler args>]]

For each front end (the clang-tidy plugin and/or the async-tidy executable):
  1. copies <source> to a temporary file with the CHECK lines blanked out;
  2. runs clang-tidy with --checks='-*,<checks>' and -fix on it;
  3. checks the diagnostics against CHECK-MESSAGES (warnings and errors) or
     CHECK-NOTES (also notes) with FileCheck; unexpected diagnostics fail;
  4. checks the fixed file against CHECK-FIXES; fixes that were applied but
     not checked fail the test;
  5. recompiles the fixed file with clang++ -fsyntax-only, so a fix-it that
     breaks the build fails the test.
When both front ends run, their diagnostics must also be identical.

Options:
  --frontend=plugin|binary|both   (default: $ASYNC_TIDY_FRONTENDS or 'both')
  -check-suffix(es)=A[,B]         use CHECK-MESSAGES-A etc. instead; an empty
                                  entry (",A") also uses plain CHECK-MESSAGES
                                  (one or two dashes, as in check_clang_tidy.py)
  --no-recompile                  the input is deliberately invalid code
  --expect-clang-tidy-failure     clang-tidy must exit non-zero (bad config)
"""

import argparse
import os
import re
import shlex
import shutil
import subprocess
import sys


def fail(message):
    sys.stderr.write("check_async_tidy: FAIL: " + message + "\n")
    sys.exit(1)


def run(cmd, **kwargs):
    sys.stderr.write("check_async_tidy: running: " +
                     " ".join(shlex.quote(c) for c in cmd) + "\n")
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          universal_newlines=True, **kwargs)


def split_args(rest):
    """Splits '[-- tidy args [-- compiler args]]'."""
    tidy, compiler = [], []
    # argparse's parse_known_args already drops the first "--", so
    # "-- -- <compiler args>" arrives as "-- <compiler args>".
    if rest and rest[0] == "--" and rest.count("--") > 1:
        rest = rest[1:]
    if "--" in rest:
        i = rest.index("--")
        tidy, compiler = rest[:i], rest[i + 1:]
    else:
        tidy = rest
    return tidy, compiler


def main():
    parser = argparse.ArgumentParser(add_help=True)
    parser.add_argument("--frontend",
                        default=os.environ.get("ASYNC_TIDY_FRONTENDS", "both"),
                        choices=["plugin", "binary", "both"])
    # check_clang_tidy.py spells it with one dash; accept both. An unknown
    # option would otherwise be passed on to clang-tidy, whose failure must
    # not go unnoticed either (see check_one).
    parser.add_argument("-check-suffix", "-check-suffixes", "--check-suffix",
                        "--check-suffixes", dest="check_suffix", default=None)
    parser.add_argument("--no-recompile", action="store_true")
    parser.add_argument("--expect-clang-tidy-failure", action="store_true")
    parser.add_argument("--plugin", required=True)
    parser.add_argument("--async-tidy", required=True)
    parser.add_argument("--clang-tidy", required=True)
    parser.add_argument("--clangxx", required=True)
    parser.add_argument("--filecheck", required=True)
    parser.add_argument("source")
    parser.add_argument("checks")
    parser.add_argument("temp")
    args, rest = parser.parse_known_args()
    tidy_args, compiler_args = split_args(rest)

    is_c = args.source.endswith(".c")
    if not is_c and not any(a.startswith("-std=") or a.startswith("--std=")
                            for a in compiler_args):
        compiler_args = ["-std=c++20"] + compiler_args
    if not any(a.startswith(("-config", "--config")) for a in tidy_args):
        # Keep .clang-tidy files around the build tree out of the test.
        tidy_args = ["--config={}"] + tidy_args
    if not any(a.lstrip("-").startswith("header-filter") for a in tidy_args):
        # Diagnostics of the main file only, in every clang-tidy version:
        # clang-tidy 22 made '.*' the default header filter, so the headers
        # of the libraries a test includes with -I (pkg-config's Qt flags)
        # would report too.
        tidy_args = ["--header-filter="] + tidy_args

    with open(args.source, encoding="utf-8") as f:
        text = f.read()

    suffixes = [""] if args.check_suffix is None else \
        [s.strip() for s in args.check_suffix.split(",")]
    for s in suffixes:
        if s and not re.match(r"^[A-Z0-9\-]+$", s):
            fail("invalid check suffix '%s': use capitals, digits and '-'" % s)
    def prefixes(kind):
        return ["CHECK-%s-%s" % (kind, s) if s else "CHECK-" + kind
                for s in suffixes]

    def present(kind):
        return any(re.search(r"\b" + re.escape(p) + r":", text)
                   for p in prefixes(kind))

    has_messages = present("MESSAGES")
    has_notes = present("NOTES")
    has_fixes = present("FIXES")
    if has_messages and has_notes:
        fail("CHECK-MESSAGES and CHECK-NOTES cannot be used together")

    cleaned = re.sub(r"// *CHECK-[A-Z0-9\-]*:[^\r\n]*", "//", text)
    frontends = ["plugin", "binary"] if args.frontend == "both" else [args.frontend]
    outputs = {}
    for frontend in frontends:
        outputs[frontend] = check_one(frontend, args, cleaned, tidy_args,
                                      compiler_args, prefixes, has_messages,
                                      has_notes, has_fixes)
    if len(outputs) == 2 and outputs["plugin"] != outputs["binary"]:
        fail("the plugin and async-tidy disagree:\n--- plugin\n%s\n--- async-tidy\n%s"
             % (outputs["plugin"], outputs["binary"]))


def check_one(frontend, args, cleaned, tidy_args, compiler_args, prefixes,
              has_messages, has_notes, has_fixes):
    # The same file name in a per-front-end directory, so that both produce
    # byte-identical diagnostics.
    workdir = args.temp + "." + frontend
    shutil.rmtree(workdir, ignore_errors=True)
    os.makedirs(workdir)
    extension = os.path.splitext(args.source)[1] or ".cpp"
    temp = os.path.join(workdir, "input" + extension)
    with open(temp, "w", encoding="utf-8") as f:
        f.write(cleaned)

    if frontend == "plugin":
        tool = [args.clang_tidy, "--load=" + args.plugin]
    else:
        tool = [args.async_tidy]
    cmd = tool + [temp, "-fix", "--checks=-*," + args.checks] + tidy_args + \
        ["--"] + compiler_args
    result = run(cmd)
    output = result.stdout
    sys.stderr.write("------------------------ clang-tidy output (%s) ---\n%s\n"
                     % (frontend, output))
    if args.expect_clang_tidy_failure:
        if result.returncode == 0:
            fail("clang-tidy (%s) was expected to fail but exited 0" % frontend)
    elif result.returncode != 0 and not re.search(
            r"^\S.*:\d+:\d+: error: ", output, re.MULTILINE):
        # Only a compile error in the input (a test of invalid code) makes
        # clang-tidy exit non-zero legitimately; an unknown option or a
        # configuration error must fail the test, not pass it vacuously.
        fail("clang-tidy (%s) exited with %d:\n%s"
             % (frontend, result.returncode, output[-2000:]))

    # Keep only diagnostics ("file:line:col: kind: text") for the comparison
    # between front ends; summary lines differ in nothing we care about.
    diag_lines = [l for l in output.splitlines()
                  if re.match(r"^.*:\d+:\d+: (warning|error|note):", l)]
    messages_file = temp + ".msg"
    with open(messages_file, "w", encoding="utf-8") as f:
        f.write("\n".join(diag_lines) + "\n")

    if has_messages or has_notes:
        kind = "MESSAGES" if has_messages else "NOTES"
        checked = "{{warning|error}}" if has_messages else "{{note|warning|error}}"
        file_to_check = messages_file
        if has_messages:
            only = [l for l in diag_lines if not re.search(r": note:", l)]
            file_to_check = temp + ".warn"
            with open(file_to_check, "w", encoding="utf-8") as f:
                f.write("\n".join(only) + "\n")
        fc = run([args.filecheck, "-input-file=" + file_to_check, args.source,
                  "-check-prefixes=" + ",".join(prefixes(kind)),
                  # A suffix may have no lines of this kind (only FIXES).
                  "--allow-unused-prefixes",
                  "-implicit-check-not=" + checked + ":"])
        if fc.returncode != 0:
            fail("CHECK-%s failed (%s):\n%s" % (kind, frontend, fc.stdout))
    else:
        unexpected = [l for l in diag_lines if re.search(r": (warning|error):", l)]
        if unexpected:
            fail("unexpected diagnostics (%s):\n%s" % (frontend, "\n".join(unexpected)))

    with open(temp, encoding="utf-8") as f:
        fixed = f.read()
    if has_fixes:
        fc = run([args.filecheck, "-input-file=" + temp, args.source,
                  "-check-prefixes=" + ",".join(prefixes("FIXES")),
                  "--allow-unused-prefixes",
                  "-strict-whitespace"])
        if fc.returncode != 0:
            fail("CHECK-FIXES failed (%s):\n%s" % (frontend, fc.stdout))
    elif fixed != cleaned:
        diff = run(["diff", "-u", "--label", "original", "--label", "fixed", "-",
                    temp], input=cleaned)
        fail("fix-its were applied but the test has no CHECK-FIXES (%s):\n%s"
             % (frontend, diff.stdout))

    if not args.no_recompile:
        cc = run([args.clangxx, "-fsyntax-only", "-x", "c++" if extension != ".c" else "c",
                  temp] + compiler_args)
        if cc.returncode != 0:
            fail("the %s file does not compile (%s):\n%s"
                 % ("fixed" if fixed != cleaned else "test", frontend, cc.stdout))

    return "\n".join(l.replace(workdir, "<dir>") for l in diag_lines)


if __name__ == "__main__":
    main()
