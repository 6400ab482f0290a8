# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""--export-fixes and --fix: the fix-its of the audit's findings, exported in
clang-tidy's format (for clang-apply-replacements) or applied.

--fix applies what clang-tidy's --fix applies, the fix-it of each finding's
message (not those of notes), across the whole project, all-or-nothing per
finding: a finding whose replacements overlap another finding's is left
unfixed (both are), and so is every finding in a file that changed since it
was analysed or lies outside the source root. Each file is written atomically."""

import collections
import os

from .common import plural, relative
from .outputs import write_atomically


def export_document(findings):
    """clang-tidy's --export-fixes YAML document of FINDINGS."""
    return {"MainSourceFile": "",
            "Diagnostics": [f.raw for f in findings if f.raw is not None]}


def write_export(path, findings):
    import yaml
    text = yaml.safe_dump(export_document(findings), default_flow_style=False,
                          sort_keys=False, allow_unicode=True)
    write_atomically(path, "---\n" + text + "...\n", what="exported fixes")


class FixResult:
    def __init__(self):
        self.fixed = []  # Findings whose fix-it was applied.
        self.files = []  # Files changed.
        self.conflicting = []  # Findings left unfixed: overlapping fix-its.
        self.skipped = []  # (finding, reason): changed file, outside root.


def _overlap(a, b):
    (a_start, a_len), (b_start, b_len) = a, b
    if a_start == b_start and (a_len == 0 or b_len == 0):
        return True  # Two edits at one point: order would matter.
    return a_start < b_start + b_len and b_start < a_start + a_len


def apply_fixes(findings, root, sources):
    """Applies the non-conflicting fix-its of FINDINGS; returns FixResult."""
    result = FixResult()
    candidates = []
    for f in findings:
        replacements = sorted(set(f.main_fixes()))
        if not replacements:
            continue
        reason = None
        for path, offset, length, text in replacements:
            if not os.path.abspath(path).startswith(
                    os.path.abspath(root).rstrip(os.sep) + os.sep):
                reason = "outside the source root"
            elif sources.data(path) is None:
                reason = "file not readable"
        if reason:
            result.skipped.append((f, reason))
            continue
        candidates.append((f, replacements))

    # Identical fix-its of different findings (one edit fixes both) are one
    # edit; otherwise overlapping edits conflict.
    conflicting = set()
    by_file = collections.defaultdict(list)
    for index, (f, replacements) in enumerate(candidates):
        for path, offset, length, text in replacements:
            by_file[path].append((offset, length, text, index))
    for path, edits in by_file.items():
        edits.sort()
        for i, (offset, length, text, index) in enumerate(edits):
            for other in edits[i + 1:]:
                if other[0] > offset + length:
                    break
                if other[3] == index or other[:3] == (offset, length, text):
                    continue
                if _overlap((offset, length), (other[0], other[1])):
                    conflicting.update((index, other[3]))

    for index in sorted(conflicting):
        result.conflicting.append(candidates[index][0])
    applied = {}
    for path in sorted(by_file):
        edits = sorted({(o, l, t) for o, l, t, index in by_file[path]
                        if index not in conflicting}, reverse=True)
        if not edits:
            continue
        original = sources.data(path)
        try:
            with open(path, "rb") as f:
                current = f.read()
        except OSError:
            current = None
        owners = {index for _, _, _, index in by_file[path]
                  if index not in conflicting}
        if current != original:
            for index in owners:
                result.skipped.append((candidates[index][0],
                                       "the file changed during the audit"))
                applied[index] = False
            continue
        data = original
        for offset, length, text in edits:
            data = data[:offset] + text.encode("utf-8") + data[offset + length:]
        write_atomically(path, data, what="fixed source")
        result.files.append(path)
        for index in owners:
            applied.setdefault(index, True)
    result.fixed = [candidates[i][0] for i, ok in sorted(applied.items()) if ok]
    return result


def print_fix_result(result, root, out):
    out.write("  fixes applied: %s in %s" % (
        plural(len(result.fixed), "finding"),
        plural(len(result.files), "file")))
    if result.conflicting:
        out.write("; %s left unfixed (overlapping fix-its)"
                  % plural(len(result.conflicting), "finding"))
    if result.skipped:
        out.write("; %s skipped" % plural(len(result.skipped), "finding"))
    out.write("\n")
    for path in result.files:
        count = sum(1 for f in result.fixed
                    if any(p == path for p, _, _, _ in f.main_fixes()))
        out.write("    %s (%s)\n" % (relative(path, root),
                                     plural(count, "fix", "es")))
    for f in result.conflicting:
        loc = f.location
        out.write("    not fixed: %s:%d: [%s] its fix-it overlaps another\n"
                  % (relative(loc.path, root) if loc else "?",
                     loc.line if loc else 0, f.check))
    for f, reason in result.skipped:
        loc = f.location
        out.write("    not fixed: %s:%d: [%s] %s\n" % (
            relative(loc.path, root) if loc else "?", loc.line if loc else 0,
            f.check, reason))
