# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""What the audit prints (findings, the summary) and the GitLab Code
Quality report."""

import collections
import signal

from .common import relative
from .findings import key_fingerprint


def _where(location, root):
    if not location or not location.path:
        return "async-tidy"
    return "%s:%d:%d" % (relative(location.path, root), location.line,
                         location.column)


def snippet(location, ranges, fixes, sources):
    """clang's source excerpt under a diagnostic: the line, a caret at the
    column ('~' under the diagnostic's ranges on that line), and the text of
    a fix-it that replaces or inserts on that line, at its column. [] when
    the source is not available."""
    if not location or not location.line:
        return []
    text = sources.line_text(location.path, location.line)
    data = sources.data(location.path)
    if data is None:
        return []
    line_start = location.offset - (location.column - 1)
    line_bytes = data[line_start:line_start + len(text.encode("utf-8"))]

    def column(offset):
        """Display column (0-based) of a byte offset on this line."""
        return len(line_bytes[:max(0, offset - line_start)].decode(
            "utf-8", "replace"))

    def on_line(offset, length=0):
        return (line_start <= offset and
                offset + length <= line_start + len(line_bytes))

    width = max(len(text), column(location.offset) + 1)
    marks = [" "] * width
    for offset, length in ranges:
        if on_line(offset, length):
            for c in range(column(offset), column(offset + length)):
                marks[c] = "~"
    marks[column(location.offset)] = "^"
    # Keep tabs where the source has them, so the marks line up.
    for c, ch in enumerate(text[:width]):
        if ch == "\t" and marks[c] == " ":
            marks[c] = "\t"
    fix_line = []
    for path, offset, length, replacement in fixes:
        if (path != location.path or not on_line(offset, length) or
                "\n" in replacement):
            continue
        c = column(offset)
        if length and c < len(marks):
            for i in range(c, min(column(offset + length), len(marks))):
                if marks[i] == " ":
                    marks[i] = "~"
        if len(fix_line) < c:
            fix_line += [" "] * (c - len(fix_line))
        if len(fix_line) > c:
            continue  # Overlaps the previous fix-it's text: shown once.
        fix_line += list(replacement)
    gutter = "%5d | " % location.line
    blank = "      | "
    lines = [gutter + text, blank + "".join(marks).rstrip()]
    if fix_line:
        lines.append(blank + "".join(fix_line).rstrip())
    return lines


def print_finding(f, root, out, sources=None):
    """A finding as clang-tidy prints it: the message with its check, the
    source line, a caret and the fix-it; its notes indented below it."""
    out.write("%s: %s: %s [%s]\n" % (_where(f.location, root), f.level,
                                     f.message, f.check))
    if sources is not None:
        ranges = f.location.ranges if f.location else ()
        for line in snippet(f.location, ranges, f.main_fixes(), sources):
            out.write(line + "\n")
    for i, (message, location) in enumerate(f.notes):
        out.write("  %s: note: %s\n" % (_where(location, root), message))
        if sources is not None:
            ranges = location.ranges if location else ()
            fixes = f.note_fixes[i] if i < len(f.note_fixes) else []
            for line in snippet(location, ranges, fixes, sources):
                out.write("  " + line + "\n")


def crash_excerpt(stderr, limit=6000):
    """What a crash report keeps of the analyzer's stderr: all of it if it is
    short, else its head (the message and the innermost frames of the stack
    dump, the ones that matter) and its last lines."""
    if len(stderr) <= limit:
        return stderr
    lines = stderr.splitlines(True)
    head, size = [], 0
    for line in lines:
        if size + len(line) > limit - 800:
            break
        head.append(line)
        size += len(line)
    tail = lines[max(len(head), len(lines) - 5):]
    omitted = len(lines) - len(head) - len(tail)
    return "".join(head) + ("[... %d lines omitted ...]\n" % omitted
                            if omitted else "") + "".join(tail)


def print_summary(findings, tus, root, seconds, use_baseline, out,
                  checks=None, notes=(), hints=(), interrupted=None,
                  config_errors=()):
    statuses = collections.Counter(tu.status for tu in tus)
    new = sum(1 for f in findings if f.new)
    out.write("\nasync-tidy-audit summary\n")
    if interrupted:
        out.write("  INTERRUPTED (%s): partial results, %d of %d translation "
                  "units analysed\n" % (
                      signal.Signals(interrupted).name,
                      sum(1 for tu in tus if tu.status != "pending"),
                      len(tus)))
    if checks:
        value, given = checks
        out.write("  checks: %s (%s)\n" % (
            value, "--checks" if given else
            "the default; a .clang-tidy's Checks are not used, give --checks "
            "to change"))
    out.write("  translation units: %d in %.1f s" % (len(tus), seconds))
    parts = ["%d %s" % (statuses[s], label) for s, label in (
        ("compile-errors", "with compiler errors"), ("timeout", "timed out"),
        ("crashed", "crashed"), ("failed", "failed"),
        ("pending", "not analysed")) if statuses[s]]
    out.write(" (%s)\n" % ", ".join(parts) if parts else "\n")
    for note in notes:
        out.write("  %s\n" % note)
    if use_baseline:
        out.write("  findings: %d (%d new, %d in the baseline)\n" % (
            len(findings), new, len(findings) - new))
    else:
        out.write("  findings: %d\n" % len(findings))
    for hint in hints:
        out.write("  %s\n" % hint)
    if config_errors:
        out.write("  configuration errors (setup errors, never findings):\n")
        for message in config_errors:
            out.write("    %s\n" % message)

    def table(title, counter):
        if not counter:
            return
        out.write("  by %s:\n" % title)
        for name, count in sorted(counter.items(), key=lambda x: (-x[1], x[0])):
            out.write("    %5d  %s\n" % (count, name))
    table("check", collections.Counter(f.check for f in findings))
    table("library", collections.Counter(f.library for f in findings))
    table("file", collections.Counter(
        relative(f.location.path, root) if f.location else "(no file)"
        for f in findings))
    slowest = sorted((tu for tu in tus if tu.status != "pending"),
                     key=lambda tu: -tu.seconds)[:5]
    if slowest:
        out.write("  slowest translation units:\n")
        for tu in slowest:
            out.write("    %6.2f s  %s%s\n" % (
                tu.seconds, relative(tu.path, root),
                "" if tu.status == "ok" else " (%s)" % tu.status))
    problems = [tu for tu in tus if tu.status not in ("ok", "pending")]
    if problems:
        out.write("  problems:\n")
        for tu in sorted(problems, key=lambda tu: tu.path):
            out.write("    %s: %s: %s\n" % (tu.status, relative(tu.path, root),
                                            tu.detail))


def code_quality_report(findings, root):
    """GitLab Code Quality (a Code Climate subset): new findings only, so
    that merge requests show what they introduce."""
    severity = {"error": "critical", "warning": "major", "note": "info"}
    report = []
    for f in findings:
        if not f.new:
            continue
        loc = f.location
        report.append({
            "type": "issue",
            "check_name": f.check,
            "description": "%s [%s]" % (f.message, f.check),
            "categories": ["Bug Risk"],
            "severity": severity.get(f.level, "major"),
            "fingerprint": key_fingerprint(f.key),
            "location": {"path": relative(loc.path, root) if loc else "",
                         "lines": {"begin": loc.line if loc else 1}},
        })
    return report
