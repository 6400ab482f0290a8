# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Findings, and reading them from the analyzer's --export-fixes YAML."""

import collections
import hashlib
import json
import os
import re

try:
    import yaml
except ImportError:  # Reported when it is needed (not for --merge-sarif).
    yaml = None

from .common import relative


class MalformedFixes(Exception):
    """The analyzer wrote an --export-fixes file that is not what clang-tidy
    writes: the TU's results cannot be trusted."""


class Location:
    def __init__(self, path, offset, sources):
        self.path = path
        self.offset = offset
        pos = sources.position(path, offset) if path else None
        self.line, self.column, self.char_column = pos or (0, 0, 0)
        self.ranges = ()  # [(offset, length)] clang highlights in this file.


class Finding:
    def __init__(self, check, level, message, location, notes, fixes,
                 raw=None):
        self.check = check
        self.level = level  # "warning" | "error" | "note"
        self.message = message
        self.location = location  # Location or None
        self.notes = notes  # [(message, Location or None)]
        # [(description, [(path, offset, length, text)])]: the message's
        # fix-it first (if it has one), then the notes' fix-its.
        self.fixes = fixes
        self.note_fixes = []  # Per note, its replacements.
        self.raw = raw  # The analyzer's diagnostic (for --export-fixes).
        self.library = None  # Set by libraries.attribute().
        self.key = None  # Baseline key, set later.
        self.new = True

    def main_fixes(self):
        """The replacements of the message's own fix-it (what --fix
        applies, as clang-tidy's --fix does)."""
        main = (self.raw or {}).get("DiagnosticMessage") or {}
        if self.fixes and main.get("Replacements"):
            return self.fixes[0][1]
        return []

    def identity(self):
        loc = self.location
        return (self.check, loc.path if loc else "", loc.offset if loc else -1,
                self.message)


def load_fixes_file(path):
    """The document of an --export-fixes file; MalformedFixes if it is not
    a YAML mapping with a list of diagnostics."""
    if yaml is None:
        raise MalformedFixes("Python's yaml module is missing")
    try:
        with open(path, "rb") as f:
            loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
            document = yaml.load(f, Loader=loader)
    except (OSError, yaml.YAMLError, ValueError) as e:
        raise MalformedFixes(" ".join(str(e).split())[:300])
    if document is None:
        return {}
    if not isinstance(document, dict) or not isinstance(
            document.get("Diagnostics") or [], list):
        raise MalformedFixes("not a clang-tidy fixes document")
    return document


def findings_of(document, sources):
    """The findings of a loaded --export-fixes document."""
    try:
        return [make_finding(diag, sources)
                for diag in document.get("Diagnostics") or []]
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        raise MalformedFixes("unexpected diagnostic entry (%s: %s)" % (
            type(e).__name__, e))


def make_finding(diag, sources):
    directory = diag.get("BuildDirectory") or ""

    def location(message):
        path = message.get("FilePath") or ""
        if not path:
            return None
        path = os.path.normpath(os.path.join(directory, path))
        result = Location(path, int(message.get("FileOffset") or 0), sources)
        result.ranges = [
            (int(r["FileOffset"]), int(r["Length"]))
            for r in message.get("Ranges") or []
            if os.path.normpath(os.path.join(directory, r["FilePath"])) == path]
        return result

    def replacements(message):
        result = []
        for r in message.get("Replacements") or []:
            path = os.path.normpath(os.path.join(directory, r["FilePath"]))
            result.append((path, int(r["Offset"]), int(r["Length"]),
                           r.get("ReplacementText") or ""))
        return result

    main = diag.get("DiagnosticMessage") or {}
    level = {"Error": "error", "Warning": "warning", "Remark": "note"}.get(
        diag.get("Level"), "warning")
    notes, fixes, note_fixes = [], [], []
    if replacements(main):
        fixes.append((main.get("Message", ""), replacements(main)))
    for note in diag.get("Notes") or []:
        notes.append((note.get("Message", ""), location(note)))
        note_fixes.append(replacements(note))
        if replacements(note):
            fixes.append((note.get("Message", ""), replacements(note)))
    finding = Finding(str(diag.get("DiagnosticName", "clang-tidy")), level,
                      str(main.get("Message", "")), location(main), notes,
                      fixes, raw=diag)
    finding.note_fixes = note_fixes
    return finding


def normalized_line_hash(text):
    return hashlib.sha256(re.sub(r"\s+", "", text).encode("utf-8")).hexdigest()[:16]


def assign_keys(findings, root, sources):
    """Baseline keys: (check, relative path, message, hash of the finding's
    source line without whitespace, index among equal keys). No line numbers:
    edits above a finding do not change its key."""
    seen = collections.Counter()
    for f in sorted(findings, key=lambda f: (f.identity()[1], f.identity()[2],
                                             f.check, f.message)):
        loc = f.location
        rel = relative(loc.path, root) if loc else ""
        line_hash = normalized_line_hash(
            sources.line_text(loc.path, loc.line)) if loc else ""
        base = (f.check, rel, f.message, line_hash)
        f.key = base + (seen[base],)
        seen[base] += 1


def key_fingerprint(key):
    return hashlib.sha256(json.dumps(list(key)).encode("utf-8")).hexdigest()
