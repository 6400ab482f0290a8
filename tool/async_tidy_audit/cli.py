"""async-tidy-audit: audit a whole code base with async-tidy.

Runs async-tidy (or clang-tidy-19 with the plugin) on every translation unit
of a compile_commands.json, in parallel and each in its own process, so that a
crash or a hang in one TU is reported and the others go on. Prints the
findings and a summary (by check, by file, by library; the slowest TUs),
writes SARIF 2.1.0, compares with a baseline, and splits the work into
deterministic shards for CI fleets.

Exit codes (the first that applies wins):
  2  usage or setup error (bad arguments, no compile_commands.json, no
     analyzer, no TU selected, the analyzer failed on every TU)
  3  the audit is incomplete: a TU crashed, timed out or the analyzer failed
     on it (an incomplete audit cannot prove there is nothing new, so this
     wins over 1)
  1  new findings (not in the baseline)
  0  no new findings
"""

import argparse
import datetime
import os
import shlex
import sys
import tempfile
import time

from . import config, libraries
from .baseline import read_baseline, read_entries, updated_entries, write_baseline
from .common import (EXIT_INCOMPLETE, EXIT_NEW_FINDINGS, EXIT_OK, EXIT_SIGINT,
                     EXIT_SIGTERM, EXIT_USAGE, UsageError, relative)
from .database import load_compile_commands, parse_shard, select_tus, shard_of
from .findings import assign_keys, yaml
from .html_report import check_html_directory, write_html_report
from .outputs import write_json
from .reports import code_quality_report, print_finding, print_summary
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
    parser.add_argument("--docs-url", metavar="URL",
                        help="base URL of the docs for SARIF helpUri "
                             "(<URL>/checks/<check>.md)")
    parser.add_argument("--version", action="version",
                        version="async-tidy-audit " + config.VERSION)
    args = parser.parse_args(argv)
    args.extra = extra
    return parser, args


def audit(args):
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
    root = os.path.abspath(args.source_root)
    if args.html:
        check_html_directory(args.html)
    shard = parse_shard(args.shard) if args.shard else None
    analyzer = Analyzer(args)
    baseline = None
    if args.baseline and not args.update_baseline:
        baseline = read_baseline(args.baseline)

    database, tus = load_compile_commands(args.build_path)
    build_dir = os.path.dirname(database)
    tus = select_tus(tus, args.filters)
    tus.sort(key=lambda tu: relative(tu.path, root))
    if not tus and not shard:
        if args.allow_empty:
            print("async-tidy-audit: no translation unit selected")
            return EXIT_OK
        raise UsageError("no translation unit in %s matches the path filters"
                         % build_dir if args.filters else
                         "compile_commands.json in %s lists no translation "
                         "unit" % build_dir)
    if shard:
        tus = [tu for tu in tus
               if shard_of(relative(tu.path, root), shard[1]) == shard[0]]
    if args.list_files:
        for tu in tus:
            print(relative(tu.path, root))
        return EXIT_OK

    sources = SourceCache()
    start_utc = datetime.datetime.now(datetime.timezone.utc).strftime(
        "%Y-%m-%dT%H:%M:%SZ")
    start = time.monotonic()
    show_progress = (args.progress == "always" or
                     (args.progress == "auto" and sys.stderr.isatty()))
    progress = Progress(len(tus), show_progress)
    findings = {}
    done = [0]

    def on_done(tu):
        for f in tu.findings:
            # A header's finding is reported once, not per TU.
            findings.setdefault(f.identity(), f)
        done[0] += 1
        progress.update(done[0], len(findings))

    progress.update(0, 0)
    with tempfile.TemporaryDirectory(prefix="async-tidy-audit.") as scratch:
        run_all(tus, analyzer, build_dir, args.timeout, args.jobs, scratch,
                sources, on_done)
    progress.finish()
    seconds = time.monotonic() - start
    end_utc = datetime.datetime.now(datetime.timezone.utc).strftime(
        "%Y-%m-%dT%H:%M:%SZ")

    findings = sorted(findings.values(), key=lambda f: (
        relative(f.location.path, root) if f.location else "",
        f.location.offset if f.location else -1, f.check, f.message))
    assign_keys(findings, root, sources)
    libraries.attribute(findings)
    if baseline is not None:
        for f in findings:
            f.new = f.key not in baseline
    if args.update_baseline:
        entries, _ = updated_entries([], findings, lambda path: True)
        write_baseline(args.baseline, entries)
        for f in findings:
            f.new = False

    out = sys.stdout
    if not args.quiet:
        for f in findings:
            if f.new:
                print_finding(f, root, out)
    for tu in tus:
        if tu.status == "crashed":
            sys.stderr.write(
                "async-tidy-audit: %s crashed the analyzer; reproduce with:\n"
                "  %s\n%s" % (relative(tu.path, root),
                              " ".join(shlex.quote(a) for a in tu.reproducer),
                              tu.stderr[-4000:]))
    print_summary(findings, tus, root, seconds,
                  baseline is not None or args.update_baseline, out)
    if args.update_baseline:
        out.write("  baseline written: %s (%d finding%s)\n" % (
            args.baseline, len(findings), "" if len(findings) == 1 else "s"))
    if args.sarif:
        write_json(args.sarif, sarif_log(
            findings, tus, args, root, sources, start_utc, end_utc,
            baseline is not None or args.update_baseline))
        out.write("  SARIF written: %s\n" % args.sarif)
    if args.codequality:
        write_json(args.codequality, code_quality_report(findings, root))
        out.write("  Code Quality report written: %s\n" % args.codequality)
    if args.html:
        write_html_report(
            args.html, findings, root, sources,
            problems=["%s: %s" % (relative(tu.path, root), tu.detail)
                      for tu in tus if tu.status not in ("ok", "pending")],
            use_baseline=baseline is not None or args.update_baseline)
        out.write("  HTML report written: %s\n" % os.path.join(args.html, "index.html"))
    out.flush()

    if tus and all(tu.status == "failed" for tu in tus):
        raise UsageError("the analyzer failed on every translation unit; "
                         "first: " + tus[0].detail)
    if any(tu.status in ("crashed", "timeout", "failed") for tu in tus):
        return EXIT_INCOMPLETE
    if any(f.new for f in findings):
        return EXIT_NEW_FINDINGS
    return EXIT_OK


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
    except (KeyboardInterrupt, Interrupted):
        sys.stderr.write("\nasync-tidy-audit: interrupted\n")
        return EXIT_SIGINT
