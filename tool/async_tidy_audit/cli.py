# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""async-tidy-audit: audit a whole code base with async-tidy.

Runs async-tidy (or clang-tidy-19 with the plugin) on every translation unit
of a compile_commands.json, in parallel and each in its own process, so that a
crash or a hang in one TU is reported and the others go on. Prints the
findings and a summary (by check, by file, by library; the slowest TUs),
writes SARIF 2.1.0, compares with a baseline, and splits the work into
deterministic shards for CI fleets.

It runs the checks -*,async-* unless --checks is given (a project's
.clang-tidy Checks do not apply; its CheckOptions do).

Exit codes (the first that applies wins):
  130/143  interrupted by SIGINT/SIGTERM (partial summary; SARIF marked
     partial; no baseline, Code Quality report or fixes written)
  2  usage or setup error (bad arguments, no compile_commands.json, no
     analyzer, an output that cannot be written, no TU selected, a
     configuration error, nothing could be analysed)
  3  the audit is incomplete: a TU crashed, timed out, or could not be
     analysed (the analyzer failed, its source is missing) (an incomplete
     audit cannot prove there is nothing new, so this wins over 1)
  1  new findings (not in the baseline)
  0  no new findings
"""

import argparse
import datetime
import os
import shlex
import signal
import sys
import tempfile
import time

from . import config, libraries
from .baseline import read_baseline, read_entries, updated_entries, write_baseline
from .common import (EXIT_INCOMPLETE, EXIT_NEW_FINDINGS, EXIT_OK, EXIT_SIGINT,
                     EXIT_SIGTERM, EXIT_USAGE, UsageError, relative)
from .common import plural
from .database import (Exclusions, load_compile_commands, parse_shard,
                       select_tus, shard_of, split_analysable)
from .findings import assign_keys, yaml
from .fixes import apply_fixes, print_fix_result, write_export
from .outputs import check_writable, write_json
from .reports import (code_quality_report, crash_excerpt, print_finding,
                      print_summary)
from .html_report import check_html_directory, write_html_report
from .running import Analyzer, Interrupted, run_all
from .sarif import merge_sarif, sarif_log
from .sources import SourceCache


class Progress:
    def __init__(self, total, enabled):
        self.total = total
        self.enabled = enabled
        self.start = time.monotonic()
        self.shown = False

    def update(self, done, findings):
        if not self.enabled:
            return
        elapsed = time.monotonic() - self.start
        if done:
            eta = int(elapsed / done * (self.total - done) + 0.5)
            eta_text = "ETA %d:%02d" % (eta // 60, eta % 60)
        else:
            eta_text = "ETA ?"
        sys.stderr.write("\r\x1b[K[%d/%d] %d finding%s, %s" % (
            done, self.total, findings, "" if findings == 1 else "s", eta_text))
        sys.stderr.flush()
        self.shown = True

    def finish(self):
        if self.shown:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


def parse_args(argv):
    extra = []
    if "--" in argv:
        split = argv.index("--")
        argv, extra = argv[:split], argv[split + 1:]
    parser = argparse.ArgumentParser(
        prog="async-tidy-audit",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description=__doc__.split("\n\n", 1)[1],
        usage="%(prog)s -p BUILD_DIR [options] [PATH_FILTER ...] "
              "[-- CLANG_TIDY_ARGS ...]\n"
              "       %(prog)s --merge-sarif OUT IN [IN ...]")
    parser.add_argument("filters", nargs="*", metavar="PATH_FILTER",
                        help="analyze only TUs under this path (if it exists) "
                             "or whose absolute path matches this regex")
    parser.add_argument("-p", "--build-path", metavar="DIR",
                        help="directory with compile_commands.json (or the file)")
    parser.add_argument("-j", "--jobs", type=int, metavar="N",
                        default=len(os.sched_getaffinity(0))
                        if hasattr(os, "sched_getaffinity") else os.cpu_count(),
                        help="parallel analyses (default: number of cores)")
    parser.add_argument("--timeout", type=float, default=300, metavar="SEC",
                        help="time limit per TU in seconds, 0 = none "
                             "(default: 300)")
    parser.add_argument("--async-tidy", metavar="PATH",
                        help="the analyzer (default: async-tidy next to this "
                             "script, else on PATH)")
    parser.add_argument("--clang-tidy", metavar="PATH",
                        help="use this clang-tidy with --load instead")
    parser.add_argument("--load", action="append", default=[],
                        metavar="PLUGIN", help="plugin for --clang-tidy")
    parser.add_argument("--source-root", metavar="DIR", default=os.getcwd(),
                        help="paths are reported relative to it, SARIF's "
                             "SRCROOT (default: current directory)")
    parser.add_argument("--sarif", metavar="FILE", help="write SARIF 2.1.0")
    parser.add_argument("--codequality", metavar="FILE",
                        help="write a GitLab Code Quality report (new "
                             "findings)")
    parser.add_argument("--html", metavar="DIR",
                        help="write a self-contained HTML report into DIR")
    parser.add_argument("--baseline", metavar="FILE",
                        help="findings in this file do not fail the run")
    parser.add_argument("--update-baseline", action="store_true",
                        help="write the current findings to --baseline")
    parser.add_argument("--shard", metavar="i/N",
                        help="analyze only shard i of N (1 <= i <= N)")
    parser.add_argument("--merge-sarif", nargs="+", metavar=("OUT", "IN"),
                        help="merge SARIF files (e.g. of shards) into OUT; "
                             "exit code as if the merged run were one run")
    parser.add_argument("--list-files", action="store_true",
                        help="print the selected TUs (after filters and "
                             "--shard) and exit")
    parser.add_argument("--allow-empty", action="store_true",
                        help="exit 0 when the filters select no TU")
    parser.add_argument("--progress", choices=("auto", "always", "never"),
                        default="auto",
                        help="progress line on stderr (auto: only on a terminal)")
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="print only the summary, not each finding")
    parser.add_argument("--checks", metavar="CHECKS",
                        help="the checks to run, as clang-tidy's --checks "
                             "(default: -*,async-*; a project's .clang-tidy "
                             "Checks are not used, its CheckOptions are)")
    parser.add_argument("--exclude", action="append", default=[],
                        metavar="REGEX",
                        help="skip TUs, and drop findings, whose path "
                             "relative to --source-root matches REGEX "
                             "(repeatable)")
    parser.add_argument("--exclude-from", action="append", default=[],
                        metavar="FILE",
                        help="skip file: one glob per line, -GLOB skips, "
                             "+GLOB keeps, first match wins (CodeChecker "
                             "style)")
    parser.add_argument("--cuda", action="store_true",
                        help="analyse CUDA (.cu) entries too (skipped by "
                             "default, like assembly and other languages)")
    parser.add_argument("--export-fixes", metavar="FILE",
                        help="write the findings' fix-its as clang-tidy's "
                             "YAML (for clang-apply-replacements)")
    parser.add_argument("--fix", action="store_true",
                        help="apply the findings' non-conflicting fix-its "
                             "and print what changed")
    parser.add_argument("--docs-url", metavar="URL",
                        help="base URL of the docs for SARIF helpUri "
                             "(<URL>/checks/<check>.md)")
    parser.add_argument("--version", action="version",
                        version="async-tidy-audit " + config.VERSION)
    args = parser.parse_args(argv)
    args.extra = extra
    return parser, args


def utc_now():
    return datetime.datetime.now(datetime.timezone.utc).strftime(
        "%Y-%m-%dT%H:%M:%SZ")


def check_arguments(args):
    if not args.build_path:
        raise UsageError("-p BUILD_DIR is required (the directory with "
                         "compile_commands.json)")
    if args.update_baseline and not args.baseline:
        raise UsageError("--update-baseline needs --baseline FILE")
    if args.jobs < 1:
        raise UsageError("-j must be at least 1")
    if args.timeout < 0:
        raise UsageError("--timeout must not be negative")
    if yaml is None:
        raise UsageError("Python's yaml module is missing (Debian: apt-get "
                         "install python3-yaml)")


def check_outputs(args):
    """Every output must be writable before hours of analysis."""
    for path, what in ((args.sarif, "SARIF"),
                       (args.codequality, "Code Quality report"),
                       (args.baseline if args.update_baseline else None,
                        "baseline"),
                       (args.export_fixes, "exported fixes")):
        if path:
            check_writable(path, what)


def select(args, root, tus):
    """Applies path filters, exclusions, the language filter and --shard.
    Returns (TUs, notes for the summary, whether the run covers the whole
    database)."""
    notes = []
    tus = select_tus(tus, args.filters)
    tus.sort(key=lambda tu: relative(tu.path, root))
    exclusions = Exclusions(args.exclude, args.exclude_from, root)
    if exclusions:
        before = len(tus)
        tus = [tu for tu in tus if not exclusions.excluded(tu.path)]
        if before != len(tus):
            notes.append("%s excluded (--exclude, --exclude-from)" %
                         plural(before - len(tus), "translation unit"))
    tus, skipped = split_analysable(tus, args.cuda)
    if skipped:
        count = sum(skipped.values())
        notes.append("%d %s skipped: not C/C++ (%s)" % (
            count, "entry" if count == 1 else "entries",
            ", ".join("%s: %d" % kv for kv in sorted(skipped.items()))))
    return tus, notes, exclusions


def analyser_build_dir(database, scratch):
    """The -p the analyzer gets for DATABASE: its directory when the file is
    named compile_commands.json, else a directory that holds it under that
    name (clang-tidy only looks for compile_commands.json)."""
    if os.path.basename(database) == "compile_commands.json":
        return os.path.dirname(database)
    directory = os.path.join(scratch, "database")
    os.makedirs(directory)
    os.symlink(database, os.path.join(directory, "compile_commands.json"))
    return directory


def crash_report(tu, root, database, build_dir):
    argv = [shlex.quote(a) for a in tu.reproducer]
    if build_dir != os.path.dirname(database):
        # The scratch directory is gone by now.
        argv = ["<a directory with %s as compile_commands.json>" % database
                if a == shlex.quote(build_dir) else a for a in argv]
    return ("async-tidy-audit: %s crashed the analyzer; reproduce with:\n"
            "  %s\n%s" % (relative(tu.path, root), " ".join(argv),
                          crash_excerpt(tu.stderr)))


def audit(args):
    check_arguments(args)
    root = os.path.abspath(args.source_root)
    if args.html:
        check_html_directory(args.html)
    shard = parse_shard(args.shard) if args.shard else None
    analyzer = Analyzer(args)
    baseline = None
    old_entries = []
    if args.baseline and not args.update_baseline:
        baseline = read_baseline(args.baseline)
    elif args.update_baseline and os.path.exists(args.baseline):
        old_entries = read_entries(args.baseline)

    database, all_tus = load_compile_commands(args.build_path)
    tus, selection_notes, exclusions = select(args, root, all_tus)
    if not tus and not shard:
        if args.allow_empty:
            print("async-tidy-audit: no translation unit selected")
            return EXIT_OK
        raise UsageError("no translation unit in %s matches the path filters%s"
                         % (database, " and exclusions" if exclusions else "")
                         if args.filters or exclusions else
                         "%s lists no C/C++ translation unit" % database)
    if shard:
        tus = [tu for tu in tus
               if shard_of(relative(tu.path, root), shard[1]) == shard[0]]
    if args.list_files:
        for tu in tus:
            print(relative(tu.path, root))
        return EXIT_OK
    # A partial run (filters, exclusions, shard) covers only its own TUs.
    whole = not (args.filters or exclusions or shard)
    check_outputs(args)

    sources = SourceCache()
    start_utc = utc_now()
    start = time.monotonic()
    show_progress = (args.progress == "always" or
                     (args.progress == "auto" and sys.stderr.isatty()))
    progress = Progress(len(tus), show_progress)
    found = {}
    done = [0]

    def on_done(tu):
        for f in tu.findings:
            # A header's finding is reported once, not per TU.
            found.setdefault(f.identity(), f)
        done[0] += 1
        progress.update(done[0], len(found))

    interrupted = None
    progress.update(0, 0)
    with tempfile.TemporaryDirectory(prefix="async-tidy-audit.") as scratch:
        build_dir = analyser_build_dir(database, scratch)
        try:
            run_all(tus, analyzer, build_dir, args.timeout, args.jobs,
                    scratch, sources, on_done)
        except Interrupted as e:
            interrupted = e.signum
    progress.finish()
    seconds = time.monotonic() - start
    end_utc = utc_now()

    findings = sorted(
        (f for f in found.values()
         if not (f.location and exclusions.excluded(f.location.path))),
        key=lambda f: (relative(f.location.path, root) if f.location else "",
                       f.location.offset if f.location else -1, f.check,
                       f.message))
    assign_keys(findings, root, sources)
    libraries.attribute(findings)
    hints = []
    left_out = set()
    for tu in tus:
        left_out.update(place for place in tu.left_out
                        if not exclusions.excluded(place[0]))
    if left_out:
        count = len(left_out)
        hints.append(
            "%d finding%s in headers left out by the header filter; use "
            "--header-filter (after --) to include them"
            % (count, "" if count == 1 else "s"))
    config_errors = []
    for tu in tus:
        for message in tu.config_errors:
            if message not in config_errors:
                config_errors.append(message)
    if baseline is not None:
        for f in findings:
            f.new = f.key not in baseline

    status = Status(interrupted, config_errors)
    baseline_line = None
    if args.update_baseline:
        if status.complete():
            covered = {relative(tu.path, root) for tu in tus
                       if tu.status in ("ok", "compile-errors")}
            failed = {relative(tu.path, root) for tu in tus} - covered
            replaces = ((lambda path: path not in failed) if whole else
                        (lambda path: path in covered))
            entries, kept = updated_entries(old_entries, findings, replaces)
            write_baseline(args.baseline, entries)
            for f in findings:
                f.new = False
            baseline_line = ("  baseline written: %s (%s%s)\n" % (
                args.baseline, plural(len(entries), "finding"),
                "; %d of other files kept" % kept if kept else ""))
        else:
            baseline_line = ("  baseline not updated: %s\n"
                             % status.why_incomplete())
    out = sys.stdout
    if not args.quiet:
        for f in findings:
            if f.new:
                print_finding(f, root, out, sources)
    for tu in tus:
        if tu.status == "crashed":
            sys.stderr.write(crash_report(tu, root, database, build_dir))
    print_summary(findings, tus, root, seconds,
                  baseline is not None or args.update_baseline, out,
                  checks=(analyzer.checks, analyzer.checks_given),
                  notes=selection_notes, hints=hints, interrupted=interrupted,
                  config_errors=config_errors)

    if baseline_line:
        out.write(baseline_line)
    if args.sarif:
        write_json(args.sarif, sarif_log(
            findings, tus, args, root, sources, start_utc, end_utc,
            baseline is not None or args.update_baseline,
            interrupted=interrupted, config_errors=config_errors),
            what="SARIF")
        out.write("  SARIF written: %s%s\n" % (
            args.sarif, " (partial)" if interrupted else ""))
    if args.codequality:
        if interrupted:
            # A partial report would mark the findings of the TUs not
            # analysed as fixed.
            removed = ""
            if os.path.exists(args.codequality):
                os.unlink(args.codequality)
                removed = "; the earlier one removed"
            out.write("  Code Quality report not written (interrupted%s)\n"
                      % removed)
        else:
            write_json(args.codequality, code_quality_report(findings, root),
                       what="Code Quality report")
            out.write("  Code Quality report written: %s\n" % args.codequality)
    if args.html:
        # Before --fix: the pages show the sources the findings are about.
        problems = ["%s: %s" % (relative(tu.path, root), tu.detail)
                    for tu in tus if tu.status not in ("ok", "pending")]
        if interrupted:
            problems.insert(0, "the audit was interrupted by %s: this report "
                            "is partial" % signal_name(interrupted))
        write_html_report(
            args.html, findings, root, sources, problems=problems,
            use_baseline=baseline is not None or args.update_baseline)
        out.write("  HTML report written: %s\n" % os.path.join(args.html, "index.html"))
    if args.export_fixes and not interrupted:
        write_export(args.export_fixes, findings)
        out.write("  fixes exported: %s (%s)\n" % (
            args.export_fixes, plural(sum(1 for f in findings if f.fixes),
                                      "finding")))
    if args.fix:
        if interrupted or config_errors:
            out.write("  no fixes applied: %s\n" % status.why_incomplete())
        else:
            print_fix_result(apply_fixes(findings, root, sources), root, out)
    out.flush()

    if interrupted:
        sys.stderr.write("async-tidy-audit: interrupted by %s; the results "
                         "above are partial\n" % signal_name(interrupted))
        return EXIT_SIGTERM if interrupted == signal.SIGTERM else EXIT_SIGINT
    if config_errors:
        raise UsageError("configuration error%s (fix the configuration; they "
                         "are never findings):\n  %s" % (
                             "" if len(config_errors) == 1 else "s",
                             "\n  ".join(config_errors)))
    if tus and not any(tu.status in ("ok", "compile-errors") for tu in tus):
        raise UsageError("nothing could be analysed; first problem: %s: %s"
                         % (relative(tus[0].path, root), tus[0].detail))
    if any(tu.status in ("crashed", "timeout", "failed") for tu in tus):
        return EXIT_INCOMPLETE
    if any(f.new for f in findings):
        return EXIT_NEW_FINDINGS
    return EXIT_OK


class Status:
    """Whether the run may update the baseline and apply fixes."""

    def __init__(self, interrupted, config_errors):
        self.interrupted = interrupted
        self.config_errors = config_errors

    def complete(self):
        return not self.interrupted and not self.config_errors

    def why_incomplete(self):
        if self.interrupted:
            return "the audit was interrupted"
        return "configuration errors"


def signal_name(signum):
    return signal.Signals(signum).name


def main(argv):
    try:
        parser, args = parse_args(argv)
    except SystemExit as e:  # argparse: --help/--version exit 0, errors 2.
        return e.code if isinstance(e.code, int) else EXIT_USAGE
    try:
        if args.merge_sarif:
            if len(args.merge_sarif) < 2:
                raise UsageError("--merge-sarif needs OUT and at least one IN")
            return merge_sarif(args.merge_sarif[0], args.merge_sarif[1:])
        return audit(args)
    except UsageError as e:
        sys.stderr.write("async-tidy-audit: error: %s\n" % e)
        return EXIT_USAGE
    except KeyboardInterrupt:
        sys.stderr.write("\nasync-tidy-audit: interrupted\n")
        return EXIT_SIGINT
