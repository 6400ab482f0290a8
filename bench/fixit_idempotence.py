#!/usr/bin/env python3
# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Fix-it safety: apply every async-* fix-it, recompile, and require that a
second run applies no further fix-it (idempotence).

Two kinds of input:

  --tests DIR      every lit test under DIR whose RUN line calls
                   %check_async_tidy: for each such RUN line (its checks,
                   clang-tidy args and compiler args, with the lit
                   substitutions given by --subst), the test file with its
                   CHECK lines blanked out is fixed with async-tidy -fix,
                   recompiled with clang++ -fsyntax-only (unless the RUN line
                   says --no-recompile), fixed again, and must not change.
                   RUN variants whose check prefixes have no CHECK-FIXES are
                   skipped unless --all: the harness already fails them when a
                   fix-it is applied.
  --project DIR    a CMake project (the bundled examples/): it is copied to a
                   temporary directory, configured for a compile database,
                   every translation unit is fixed (headers included, as
                   HeaderFilterRegex of its .clang-tidy allows), recompiled
                   with its compile command, fixed again, and the whole tree
                   must not change.

Exit status 0 when every fixed file compiles and every second run is a no-op.
"""

import argparse
import concurrent.futures
import glob
import hashlib
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

FAILURES = []


def log(message):
    sys.stdout.write(message + "\n")
    sys.stdout.flush()


def failure(message):
    FAILURES.append(message)
    log("FAIL: " + message)


def run(cmd, cwd=None):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          universal_newlines=True, cwd=cwd)


def run_lines(text):
    """RUN lines of a lit test, with '\\' continuations joined."""
    lines, current = [], ""
    for raw in text.splitlines():
        m = re.search(r"\bRUN:(.*)$", raw)
        if not m:
            continue
        part = m.group(1).strip()
        if part.endswith("\\"):
            current += part[:-1] + " "
            continue
        lines.append(current + part)
        current = ""
    return lines


def parse_harness_line(line, substitutions, source, temp):
    """Splits a '%check_async_tidy [opts] %s checks %t -- tidy -- cc' line."""
    if "%check_async_tidy" not in line:
        return None
    line = line[line.index("%check_async_tidy") + len("%check_async_tidy"):]
    # Drop anything piped or chained after the harness call.
    line = re.split(r"\s(?:\||&&|;)\s", line)[0]
    for name in sorted(substitutions, key=len, reverse=True):
        line = line.replace("%" + name, substitutions[name])
    line = line.replace("%s", source).replace("%S", os.path.dirname(source))
    line = line.replace("%t", temp)
    words = shlex.split(line)
    opts = {"suffixes": [], "no_recompile": False, "expect_failure": False}
    positional = []
    i = 0
    while i < len(words) and words[i] != "--":
        w = words[i]
        if w.startswith("--check-suffix"):
            value = w.split("=", 1)[1] if "=" in w else words[i + 1]
            if "=" not in w:
                i += 1
            opts["suffixes"] = [s for s in value.split(",") if s]
        elif w == "--no-recompile":
            opts["no_recompile"] = True
        elif w == "--expect-clang-tidy-failure":
            opts["expect_failure"] = True
        elif w.startswith("--frontend"):
            if "=" not in w:
                i += 1
        else:
            positional.append(w)
        i += 1
    rest = words[i:]
    if rest and rest[0] == "--":
        rest = rest[1:]
    if "--" in rest:
        j = rest.index("--")
        tidy, compiler = rest[:j], rest[j + 1:]
    else:
        tidy, compiler = rest, []
    if len(positional) < 2:
        return None
    opts.update(checks=positional[1], tidy=tidy, compiler=compiler)
    return opts


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def tidy_fix(args, source, checks, tidy, compiler):
    cmd = [args.async_tidy, source, "-fix", "--checks=-*," + checks]
    if not any(a.startswith(("-config", "--config")) for a in tidy):
        cmd.append("--config={}")
    return run(cmd + tidy + ["--"] + compiler)


def check_test_file(args, path, workroot):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    cleaned = re.sub(r"// *CHECK-[A-Z0-9\-]*:[^\r\n]*", "//", text)
    checked = 0
    for n, line in enumerate(run_lines(text)):
        workdir = os.path.join(workroot, "%s.%d" % (
            os.path.relpath(path, args.tests).replace(os.sep, "_"), n))
        os.makedirs(workdir, exist_ok=True)
        opts = parse_harness_line(line, args.subst, path,
                                  os.path.join(workdir, "tmp"))
        if opts is None or opts["expect_failure"]:
            continue
        prefixes = (["CHECK-FIXES-" + s for s in opts["suffixes"]]
                    if opts["suffixes"] else ["CHECK-FIXES"])
        if not args.all and not any(
                re.search(r"\b" + re.escape(p) + r":", text) for p in prefixes):
            continue
        extension = os.path.splitext(path)[1]
        compiler = list(opts["compiler"])
        if extension != ".c" and not any(a.startswith(("-std=", "--std="))
                                         for a in compiler):
            compiler = ["-std=c++20"] + compiler
        temp = os.path.join(workdir, "input" + extension)
        with open(temp, "w", encoding="utf-8") as f:
            f.write(cleaned)
        where = "%s (RUN line %d)" % (os.path.relpath(path, args.tests), n + 1)
        first = tidy_fix(args, temp, opts["checks"], opts["tidy"], compiler)
        with open(temp, encoding="utf-8") as f:
            fixed = f.read()
        checked += 1
        if fixed == cleaned:
            log("  %s: no fix-it applied" % where)
            continue
        if not opts["no_recompile"]:
            cc = run([args.clangxx, "-fsyntax-only", "-x",
                      "c" if extension == ".c" else "c++", temp] + compiler)
            if cc.returncode != 0:
                failure("%s: the fixed file does not compile:\n%s" % (where, cc.stdout))
                continue
        before = digest(temp)
        second = tidy_fix(args, temp, opts["checks"], opts["tidy"], compiler)
        if digest(temp) != before:
            failure("%s: a second -fix changed the file again (not idempotent)\n%s"
                    % (where, second.stdout))
            continue
        log("  %s: fixed, compiles, second run is a no-op" % where)
    return checked


def tree_digest(root):
    h = hashlib.sha256()
    for dirpath, dirnames, filenames in sorted(os.walk(root)):
        dirnames[:] = sorted(d for d in dirnames if d != "build")
        for name in sorted(filenames):
            p = os.path.join(dirpath, name)
            h.update(os.path.relpath(p, root).encode())
            h.update(digest(p).encode())
    return h.hexdigest()


def check_project(args, project, workroot):
    # Keep the directory's name: a .clang-tidy HeaderFilterRegex may use it.
    copy = os.path.join(workroot, os.path.basename(os.path.normpath(project)))
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(project, copy, ignore=shutil.ignore_patterns("build"))
    build = os.path.join(copy, "build")
    env = dict(os.environ, CXX=args.clangxx)
    conf = subprocess.run(["cmake", "-S", copy, "-B", build, "-G", "Ninja"],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          universal_newlines=True, env=env)
    if conf.returncode != 0:
        failure("configuring %s failed:\n%s" % (project, conf.stdout))
        return 0
    with open(os.path.join(build, "compile_commands.json")) as f:
        commands = json.load(f)
    files = [e["file"] for e in commands]
    original = tree_digest(copy)
    # One run over every file, as a user would: clang-tidy merges the fix-its
    # of all translation units (a header's fix-it is applied once).
    first = run([args.async_tidy, "-p", build, "-fix"] + files)
    if "PLEASE submit" in first.stdout or first.returncode < 0:
        failure("async-tidy crashed on %s:\n%s" % (project, first.stdout))
        return 0
    fixed = tree_digest(copy)
    log("  %s: fix-its %s" % (os.path.basename(copy),
                              "applied" if fixed != original else "none"))
    for entry in commands:
        cmd = entry.get("arguments") or shlex.split(entry["command"])
        if "-o" in cmd:
            i = cmd.index("-o")
            del cmd[i:i + 2]
        cmd = [args.clangxx] + [c for c in cmd[1:] if c != "-c"] + ["-fsyntax-only"]
        cc = run(cmd, cwd=entry["directory"])
        if cc.returncode != 0:
            failure("fixed %s does not compile:\n%s" % (entry["file"], cc.stdout))
    second = run([args.async_tidy, "-p", build, "-fix"] + files)
    if tree_digest(copy) != fixed:
        diff = run(["diff", "-ru", "-x", "build", project, copy])
        failure("a second -fix over %s changed files again:\n%s\n%s"
                % (project, second.stdout, diff.stdout))
    else:
        log("  %s: %d translation units; fixed tree compiles; second run is a no-op"
            % (os.path.basename(copy), len(commands)))
    return 1


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--async-tidy", required=True)
    parser.add_argument("--clangxx", default="clang++-19")
    parser.add_argument("--tests", help="lit test directory (test/checks)")
    parser.add_argument("--project", action="append", default=[],
                        help="a CMake project directory (examples/)")
    parser.add_argument("--subst", action="append", default=[],
                        help="NAME=VALUE: the lit substitution %%NAME")
    parser.add_argument("--all", action="store_true",
                        help="also run RUN lines that have no CHECK-FIXES")
    parser.add_argument("--workdir", help="temporary directory (kept)")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    args.subst = dict(s.split("=", 1) for s in args.subst)

    workroot = args.workdir or tempfile.mkdtemp(prefix="fixit-idempotence.")
    os.makedirs(workroot, exist_ok=True)
    runs = 0
    if args.tests:
        files = sorted(glob.glob(os.path.join(args.tests, "**", "*.cpp"), recursive=True))
        files = [f for f in files if os.sep + "Inputs" + os.sep not in f]
        log("lit tests under %s: %d files" % (args.tests, len(files)))
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
            for count in pool.map(lambda p: check_test_file(args, p, workroot), files):
                runs += count
    for project in args.project:
        runs += check_project(args, project, workroot)
    log("fixit-idempotence: %d runs, %d failures" % (runs, len(FAILURES)))
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
