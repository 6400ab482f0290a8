# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Exit codes, errors and paths shared by every module."""

import os

EXIT_OK = 0
EXIT_NEW_FINDINGS = 1
EXIT_USAGE = 2
EXIT_INCOMPLETE = 3
EXIT_SIGINT = 130
EXIT_SIGTERM = 143


class UsageError(Exception):
    """A usage or setup error: the audit cannot run (exit 2)."""


def relative(path, root):
    """PATH relative to ROOT when it lies under it, else PATH unchanged."""
    if not path:
        return ""
    rel = os.path.relpath(path, root)
    return path if rel.startswith("..") else rel


def plural(count, word, suffix="s"):
    return "%d %s%s" % (count, word, "" if count == 1 else suffix)
