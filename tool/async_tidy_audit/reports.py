"""What the audit prints (findings, the summary) and the GitLab Code
Quality report."""

import collections

from .common import relative
from .findings import key_fingerprint


def print_finding(f, root, out):
    def where(location):
        if not location:
            return "async-tidy"
        return "%s:%d:%d" % (relative(location.path, root), location.line,
                             location.column)
    out.write("%s: %s: %s [%s]\n" % (where(f.location), f.level, f.message,
                                     f.check))
    for message, location in f.notes:
        out.write("%s: note: %s\n" % (where(location), message))


def print_summary(findings, tus, root, seconds, use_baseline, out):
    statuses = collections.Counter(tu.status for tu in tus)
    new = sum(1 for f in findings if f.new)
    out.write("\nasync-tidy-audit summary\n")
    out.write("  translation units: %d in %.1f s" % (len(tus), seconds))
    parts = ["%d %s" % (statuses[s], label) for s, label in (
        ("compile-errors", "with compiler errors"), ("timeout", "timed out"),
        ("crashed", "crashed"), ("failed", "failed")) if statuses[s]]
    out.write(" (%s)\n" % ", ".join(parts) if parts else "\n")
    if use_baseline:
        out.write("  findings: %d (%d new, %d in the baseline)\n" % (
            len(findings), new, len(findings) - new))
    else:
        out.write("  findings: %d\n" % len(findings))

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
