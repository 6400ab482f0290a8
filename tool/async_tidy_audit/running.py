# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Running the analyzer: one process per translation unit, -j at a time.

Each analyzer runs in a process group of its own, so that a timeout or an
interruption kills it with every child it started (compiler wrappers)."""

import concurrent.futures
import os
import re
import shutil
import signal
import subprocess
import threading
import time

from . import config
from .common import UsageError
from .findings import MalformedFixes, findings_of, load_fixes_file


DEFAULT_CHECKS = "-*,async-*"


def checks_in(args):
    """The value of the last --checks/-checks among clang-tidy ARGS, or
    None."""
    value = None
    for i, arg in enumerate(args):
        for flag in ("-checks", "--checks"):
            if arg.startswith(flag + "="):
                value = arg[len(flag) + 1:]
            elif arg == flag and i + 1 < len(args):
                value = args[i + 1]
    return value


# clang-tidy's name for configuration errors (an invalid option value).
CONFIG_DIAGNOSTIC = "clang-tidy-config"


class Analyzer:
    """The command that analyses one TU: async-tidy, or clang-tidy with the
    plugin."""

    def __init__(self, args):
        self.extra = args.extra
        # The audit runs the async checks, whatever a project's .clang-tidy
        # enables (its CheckOptions still apply): a command-line --checks
        # overrides the file's Checks, as in clang-tidy.
        given = checks_in(args.extra)
        if args.checks is not None and given is not None:
            raise UsageError("--checks given twice (to the audit and after --)")
        self.checks = args.checks if args.checks is not None else given
        self.checks_given = self.checks is not None
        if self.checks is None:
            self.checks = DEFAULT_CHECKS
        if args.clang_tidy:
            plugins = args.load
            if not plugins:
                default = config.plugin_path()
                if not default or not os.path.exists(default):
                    raise UsageError("--clang-tidy needs --load PLUGIN "
                                     "(libAsyncTidy.so)")
                plugins = [default]
            for plugin in plugins:
                if not os.path.exists(plugin):
                    raise UsageError("plugin not found: " + plugin)
            self.command = [self.executable(args.clang_tidy)] + [
                "--load=" + p for p in plugins]
        else:
            if args.load:
                raise UsageError("--load needs --clang-tidy")
            tool = args.async_tidy
            if not tool:
                candidate = os.path.join(config.bin_dir() or "", "async-tidy")
                tool = candidate if config.bin_dir() and os.path.exists(
                    candidate) else "async-tidy"
            self.command = [self.executable(tool)]

    @staticmethod
    def executable(name):
        if os.sep in name:
            if not os.access(name, os.X_OK):
                raise UsageError("not an executable: " + name)
            return os.path.abspath(name)
        found = shutil.which(name)
        if not found:
            raise UsageError("'%s' not found (build async-tidy, or use "
                             "--async-tidy PATH, or --clang-tidy PATH --load "
                             "PLUGIN)" % name)
        return found

    def argv(self, tu, build_dir, fixes_file):
        argv = self.command + ["-p", build_dir, "--quiet",
                               "--export-fixes=" + fixes_file]
        if checks_in(self.extra) is None:
            argv.append("--checks=" + self.checks)
        return argv + self.extra + [tu.path]


class Interrupted(Exception):
    """SIGINT or SIGTERM arrived: the audit stops."""

    def __init__(self, signum):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


class Children:
    """The running analyzers. stop() kills them all at once and keeps new
    ones from starting."""

    def __init__(self):
        self.lock = threading.Lock()
        self.running = set()
        self.stopped = False

    def start(self, argv, env=None):
        with self.lock:
            if self.stopped:
                return None
            proc = subprocess.Popen(argv, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE,
                                    stdin=subprocess.DEVNULL, env=env,
                                    start_new_session=True)
            self.running.add(proc)
            return proc

    def finished(self, proc):
        with self.lock:
            self.running.discard(proc)

    def stop(self):
        with self.lock:
            self.stopped = True
            for proc in self.running:
                kill_group(proc)


def kill_group(proc):
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except OSError:
        pass


def run_tu(tu, analyzer, build_dir, timeout, scratch, sources, children):
    fixes_file = os.path.join(scratch, "%s.yaml" % id(tu))
    argv = analyzer.argv(tu, build_dir, fixes_file)
    tu.reproducer = [a for a in argv if not a.startswith("--export-fixes=")]
    if not os.path.isfile(tu.path):
        tu.status = "failed"
        tu.detail = "source file not found (is the build directory current?)"
        return tu
    # Where the checks list their findings in headers the header filter
    # left out, which clang-tidy hides (checks/support/ParentIndex.h).
    left_out_file = os.path.join(scratch, "%s.left-out" % id(tu))
    env = dict(os.environ, ASYNC_TIDY_LEFT_OUT_FILE=left_out_file)
    start = time.monotonic()
    try:
        proc = children.start(argv, env)
    except OSError as e:
        tu.status, tu.detail = "failed", "cannot run %s: %s" % (argv[0], e)
        return tu
    if proc is None:  # Interrupted before it started.
        return tu
    try:
        try:
            out, err = proc.communicate(timeout=timeout or None)
        except subprocess.TimeoutExpired:
            kill_group(proc)
            proc.communicate()
            tu.seconds = time.monotonic() - start
            tu.status, tu.detail = "timeout", "timed out after %g s" % timeout
            return tu
    finally:
        children.finished(proc)
    tu.seconds = time.monotonic() - start
    if children.stopped:  # Killed by the interruption: no result.
        return tu
    tu.left_out = read_left_out(left_out_file)
    err = err.decode("utf-8", "replace")
    tu.config_errors.extend(unreadable_configurations(err))
    if proc.returncode < 0 or proc.returncode >= 128:
        number = -proc.returncode if proc.returncode < 0 else proc.returncode - 128
        try:
            name = signal.Signals(number).name
        except ValueError:
            name = "signal %d" % number
        tu.status = "crashed"
        tu.detail = "crashed (%s)" % name
        tu.stderr = err
        return tu
    if not os.path.exists(fixes_file):
        if proc.returncode != 0:
            tu.status = "failed"
            lines = [l for l in err.splitlines() if l.strip()]
            tu.detail = "the analyzer failed (exit code %d): %s" % (
                proc.returncode, lines[0] if lines else "no message")
            return tu
        tu.status = "ok"
        return tu
    try:
        document = load_fixes_file(fixes_file)
        found = findings_of(document, sources)
    except MalformedFixes as e:
        tu.status = "failed"
        tu.detail = "the analyzer's --export-fixes output is malformed: %s" % e
        return tu
    finally:
        try:
            os.unlink(fixes_file)
        except OSError:
            pass
    errors = []
    for finding in found:
        if finding.check == "clang-diagnostic-error":
            errors.append(finding)
        elif finding.check == CONFIG_DIAGNOSTIC:
            # A setup error, not a finding: never baselined.
            tu.config_errors.append(finding.message)
        else:
            tu.findings.append(finding)
    if errors:
        tu.status = "compile-errors"
        first = errors[0]
        loc = first.location
        tu.detail = "%d compiler error(s); first: %s%s" % (
            len(errors), "%d:%d: " % (loc.line, loc.column) if loc else "",
            first.message)
    else:
        tu.status = "ok"
    return tu


def unreadable_configurations(stderr):
    """clang-tidy reports a .clang-tidy it cannot parse or read on stderr
    and goes on without it (its CheckOptions silently lost): configuration
    errors, with the parser's own message when there is one."""
    errors = []
    lines = stderr.splitlines()
    for i, line in enumerate(lines):
        match = CONFIG_FILE_ERROR.match(line)
        if not match:
            continue
        path, reason = match.group(2), match.group(3)
        detail = next((l for l in reversed(lines[max(0, i - 4):i])
                       if l.startswith(path + ":")), None)
        errors.append("%s (clang-tidy ignores the file)" % (
            detail or "%s: %s" % (path, reason)))
    return errors


# clang-tidy's messages for a configuration file it cannot use.
CONFIG_FILE_ERROR = re.compile(
    r"^(Error parsing|Error reading configuration from) (.+?): (.*)$")


def read_left_out(path):
    """The (path, offset) locations of the findings clang-tidy hid in
    headers the header filter leaves out, from a TU's
    ASYNC_TIDY_LEFT_OUT_FILE."""
    places = set()
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                file, _, offset = line.rstrip("\n").rpartition("\t")
                if file and offset.isdigit():
                    places.add((os.path.normpath(file), int(offset)))
        os.unlink(path)
    except OSError:
        pass
    return places


def run_all(tus, analyzer, build_dir, timeout, jobs, scratch, sources,
            on_done):
    """Analyses TUS, -j JOBS at a time; calls ON_DONE(tu) in this thread as
    each finishes. SIGINT and SIGTERM kill every running analyzer at once and
    raise Interrupted here; TUs not finished keep status "pending"."""
    children = Children()
    received = []

    def handler(signum, frame):
        if not received:
            received.append(signum)
            children.stop()
            raise Interrupted(signum)

    previous = {}
    if threading.current_thread() is threading.main_thread():
        for signum in (signal.SIGINT, signal.SIGTERM):
            previous[signum] = signal.signal(signum, handler)
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=jobs)
    futures = []
    try:
        futures = [pool.submit(run_tu, tu, analyzer, build_dir, timeout,
                               scratch, sources, children) for tu in tus]
        for future in concurrent.futures.as_completed(futures):
            on_done(future.result())
    except Interrupted:
        children.stop()
        for future in futures:
            future.cancel()
        raise
    except KeyboardInterrupt:  # Not through the handler (another thread).
        children.stop()
        for future in futures:
            future.cancel()
        raise Interrupted(signal.SIGINT)
    finally:
        try:
            pool.shutdown(wait=True)
        except Interrupted:
            pool.shutdown(wait=True)
        for signum, old in previous.items():
            signal.signal(signum, old)
