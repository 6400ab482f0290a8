# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Every file the audit writes (SARIF, Code Quality, baseline, exported
fixes, fixed sources) is checked before the analysis starts and written to a
temporary file in its directory, then renamed over the target: a full disk or
a killed run never leaves a truncated or half-written file, and an earlier
report stays intact until the new one is complete."""

import json
import os
import tempfile

from .common import UsageError


def check_writable(path, what):
    """Raises UsageError unless PATH can be created or replaced. Creates a
    missing directory (as writing would)."""
    directory = os.path.dirname(os.path.abspath(path))
    if os.path.isdir(path):
        raise UsageError("cannot write %s %s: it is a directory" % (what, path))
    ancestor = directory
    while not os.path.exists(ancestor):
        ancestor = os.path.dirname(ancestor)
    if not os.path.isdir(ancestor):
        raise UsageError("cannot write %s %s: %s is not a directory" % (
            what, path, ancestor))
    try:
        os.makedirs(directory, exist_ok=True)
    except OSError as e:
        raise UsageError("cannot write %s %s: %s" % (what, path, e.strerror))
    try:
        fd, probe = tempfile.mkstemp(prefix=".async-tidy-audit.", dir=directory)
        os.close(fd)
        os.unlink(probe)
    except OSError as e:
        raise UsageError("cannot write %s %s: %s" % (what, path, e.strerror))
    if os.path.exists(path) and not os.access(path, os.W_OK):
        raise UsageError("cannot write %s %s: permission denied" % (what, path))


def write_atomically(path, data, what="output", mode=None):
    """Writes DATA (str or bytes) to PATH through a temporary file and a
    rename. Raises UsageError naming WHAT on failure; the target is then
    unchanged."""
    directory = os.path.dirname(os.path.abspath(path))
    temporary = None
    try:
        os.makedirs(directory, exist_ok=True)
        fd, temporary = tempfile.mkstemp(
            prefix="." + os.path.basename(path) + ".", suffix=".tmp",
            dir=directory)
        with os.fdopen(fd, "wb") as f:
            f.write(data.encode("utf-8") if isinstance(data, str) else data)
            f.flush()
            os.fsync(f.fileno())
        if mode is None and os.path.exists(path):
            mode = os.stat(path).st_mode & 0o7777
        os.chmod(temporary, mode if mode is not None else 0o644 & ~_umask())
        os.replace(temporary, path)
        temporary = None
    except OSError as e:
        raise UsageError("cannot write %s %s: %s" % (
            what, path, e.strerror or e))
    finally:
        if temporary:
            try:
                os.unlink(temporary)
            except OSError:
                pass


def write_json(path, document, what="output", indent=2):
    write_atomically(path, json.dumps(document, indent=indent) + "\n", what)


def _umask():
    mask = os.umask(0)
    os.umask(mask)
    return mask
