# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Baselines: findings accepted by --update-baseline do not fail later runs.

An entry is keyed by (check, path relative to the source root, message, hash
of the finding's source line without whitespace, index among equal keys); the
line number is informational. Matching ignores line numbers, so edits above a
finding keep it baselined."""

import collections
import json

from .common import UsageError
from .outputs import write_json

BASELINE_FORMAT = "async-tidy-baseline/1"


def _key(entry):
    return (entry["check"], entry["path"], entry["message"],
            entry["lineHash"], entry["occurrence"])


def read_entries(path):
    try:
        with open(path) as f:
            document = json.load(f)
    except OSError as e:
        raise UsageError("cannot read baseline %s: %s (create it with "
                         "--update-baseline)" % (path, e.strerror))
    except ValueError as e:
        raise UsageError("baseline %s is not valid JSON: %s" % (path, e))
    if not isinstance(document, dict) or \
            document.get("format") != BASELINE_FORMAT:
        raise UsageError("%s is not an async-tidy baseline (format %r)" % (
            path, document.get("format") if isinstance(document, dict)
            else None))
    try:
        entries = list(document.get("findings", []))
        for e in entries:
            _key(e)
    except (KeyError, TypeError) as e:
        raise UsageError("baseline %s: malformed entry (%s)" % (path, e))
    return entries


def read_baseline(path):
    """The set of accepted keys."""
    return {_key(e) for e in read_entries(path)}


def entry_of(finding):
    return {"check": finding.key[0], "path": finding.key[1],
            "message": finding.key[2], "lineHash": finding.key[3],
            "occurrence": finding.key[4],
            "line": finding.location.line if finding.location else 0}


def updated_entries(old_entries, findings, replaces):
    """The entries of an update: this run's findings, plus every old entry
    whose path the run did not cover. REPLACES(path) says whether the run
    covered PATH (a relative path as in the entries), i.e. whether its old
    entries are replaced by this run's findings."""
    entries = [entry_of(f) for f in findings]
    keys = {_key(e) for e in entries}
    kept = 0
    for e in old_entries:
        if not replaces(e["path"]) and _key(e) not in keys:
            entries.append(e)
            keys.add(_key(e))
            kept += 1
    return entries, kept


def write_baseline(path, entries):
    entries = sorted(entries, key=lambda e: (
        e["path"], e.get("line", 0), e["check"], e["message"],
        e["occurrence"]))
    document = collections.OrderedDict([
        ("format", BASELINE_FORMAT),
        ("comment", "Findings accepted by async-tidy-audit "
                    "--update-baseline; 'line' is informational, "
                    "matching ignores it."),
        ("findings", [collections.OrderedDict(sorted(e.items()))
                      for e in entries])])
    write_json(path, document, what="baseline", indent=1)
