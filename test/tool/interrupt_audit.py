#!/usr/bin/env python3
# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""interrupt_audit.py SIGNAL MARKER OUT_DIR CMD [ARGS...]: runs the audit CMD
(stdout to OUT_DIR/stdout, stderr to OUT_DIR/stderr, TMPDIR=OUT_DIR/tmp),
waits until an analyzer whose command line contains MARKER runs, sends
SIGNAL (INT or TERM) to the audit, and reports for FileCheck:
  exit: CODE                  the audit's exit code
  analyzers left: N           processes whose command line has MARKER, after
                              the audit exited
  scratch left: N             entries left in TMPDIR
Waiting is by polling, never by sleeping a guessed time; a generous limit
only guards against a hang."""
import os
import signal
import subprocess
import sys
import time

LIMIT = 600.0


def analyzers(marker):
    found = []
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open("/proc/%s/cmdline" % pid, "rb") as f:
                argv = f.read().split(b"\0")
            with open("/proc/%s/stat" % pid) as f:
                state = f.read().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z" and any(marker.encode() in a for a in argv) and any(
                a.startswith(b"--export-fixes=") for a in argv):
            found.append(int(pid))
    return found


def main():
    signame, marker, out_dir, cmd = sys.argv[1], sys.argv[2], sys.argv[3], \
        sys.argv[4:]
    tmp = os.path.join(out_dir, "tmp")
    os.makedirs(tmp, exist_ok=True)
    env = dict(os.environ, TMPDIR=tmp)
    with open(os.path.join(out_dir, "stdout"), "wb") as out, \
            open(os.path.join(out_dir, "stderr"), "wb") as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env)
        deadline = time.monotonic() + LIMIT
        while not analyzers(marker):
            if proc.poll() is not None or time.monotonic() > deadline:
                sys.exit("interrupt_audit: no analyzer of %s started" % marker)
            time.sleep(0.05)
        proc.send_signal(getattr(signal, "SIG" + signame))
        try:
            code = proc.wait(timeout=LIMIT)
        except subprocess.TimeoutExpired:
            proc.kill()
            sys.exit("interrupt_audit: the audit did not stop")
    print("exit: %d" % code)
    left = analyzers(marker)
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    print("analyzers left: %d" % len(left))
    print("scratch left: %d" % len(os.listdir(tmp)))


if __name__ == "__main__":
    main()
