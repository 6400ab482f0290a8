#!/usr/bin/env python3
# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Unit tests of async_tidy_audit.fixes (the package next to argv[1], the
async-tidy-audit script), in scratch directory argv[2]: identical edits of
two findings are one edit; overlapping edits leave both findings unfixed;
a file changed since the analysis, or outside the source root, is not
touched; a finding's edits in two files are applied together."""
import os
import shutil
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.realpath(sys.argv[1])),
                                "..", "share", "async-tidy", "python"))
from async_tidy_audit.findings import make_finding  # noqa: E402
from async_tidy_audit.fixes import apply_fixes  # noqa: E402
from async_tidy_audit.sources import SourceCache  # noqa: E402

scratch = sys.argv[2]
shutil.rmtree(scratch, ignore_errors=True)
os.makedirs(os.path.join(scratch, "root"))
os.makedirs(os.path.join(scratch, "outside"))


def finding(check, path, edits):
    """A finding at the first edit, with these (path, offset, length, text)
    replacements on its message."""
    return make_finding({
        "DiagnosticName": check,
        "DiagnosticMessage": {
            "Message": check, "FilePath": edits[0][0],
            "FileOffset": edits[0][1],
            "Replacements": [{"FilePath": p, "Offset": o, "Length": l,
                              "ReplacementText": t} for p, o, l, t in edits]},
        "Level": "Warning", "BuildDirectory": scratch}, SOURCES)


def case(title, files, make, change=None):
    global SOURCES
    SOURCES = SourceCache()
    paths = {}
    for name, text in files.items():
        paths[name] = os.path.join(scratch, name)
        with open(paths[name], "w") as f:
            f.write(text)
    findings = make(paths)
    for f in findings:  # The analysis read the files.
        SOURCES.data(f.location.path)
    if change:
        with open(paths[change], "a") as f:
            f.write("// edited\n")
    result = apply_fixes(findings, os.path.join(scratch, "root"), SOURCES)
    parts = ["fixed %d" % len(result.fixed)]
    if result.conflicting:
        parts.append("conflicting %d" % len(result.conflicting))
    elif title.startswith(("identical", "overlapping")):
        parts.append("conflicting 0")
    if result.skipped:
        parts.append("skipped %d" % len(result.skipped))
    parts.append("files %d" % len(result.files))
    print("%s: %s" % (title, ", ".join(parts)))
    return paths


def read(path):
    with open(path) as f:
        return f.read()


SOURCES = None
p = case("identical edits of two findings",
         {"root/a.cpp": "int A(int); B(int);"},
         lambda p: [finding("x", p["root/a.cpp"], [(p["root/a.cpp"], 4, 0, "explicit ")]),
                    finding("y", p["root/a.cpp"], [(p["root/a.cpp"], 4, 0, "explicit ")]),
                    finding("z", p["root/a.cpp"], [(p["root/a.cpp"], 12, 0, "explicit ")])])
print("result: " + read(p["root/a.cpp"]))
p = case("overlapping edits",
         {"root/b.cpp": "int a = 1; int b = 2; int c = 3;"},
         lambda p: [finding("x", p["root/b.cpp"], [(p["root/b.cpp"], 11, 5, "long b")]),
                    finding("y", p["root/b.cpp"], [(p["root/b.cpp"], 11, 3, "long")]),
                    finding("z", p["root/b.cpp"], [(p["root/b.cpp"], 22, 3, "short")])])
print("result: " + read(p["root/b.cpp"]))
case("file changed during the audit", {"root/c.cpp": "int c;"},
     lambda p: [finding("x", p["root/c.cpp"], [(p["root/c.cpp"], 0, 3, "long")])],
     change="root/c.cpp")
case("outside the source root", {"outside/d.cpp": "int d;"},
     lambda p: [finding("x", p["outside/d.cpp"], [(p["outside/d.cpp"], 0, 3, "long")])])
case("a finding's edits in two files",
     {"root/e.h": "int e();", "root/e.cpp": "int e() { return 0; }"},
     lambda p: [finding("x", p["root/e.h"], [(p["root/e.h"], 0, 3, "long"),
                                              (p["root/e.cpp"], 0, 3, "long")])])
