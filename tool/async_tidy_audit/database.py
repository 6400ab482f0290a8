# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""The compilation database: its translation units, path filters, shards."""

import fnmatch
import hashlib
import json
import os
import re

from .common import UsageError


class TU:
    """One translation unit and what became of it."""

    def __init__(self, path, directory):
        self.path = path
        self.directory = directory
        self.status = "pending"  # ok|compile-errors|crashed|timeout|failed
        self.seconds = 0.0
        self.detail = ""
        self.findings = []
        self.config_errors = []  # Messages of clang-tidy-config errors.
        # (path, offset) of findings in headers the header filter left out.
        self.left_out = set()
        self.reproducer = []
        self.stderr = ""


def database_file(build_path):
    """The compile_commands.json that -p names: DIR/compile_commands.json or
    the file itself."""
    if os.path.isdir(build_path):
        return os.path.join(build_path, "compile_commands.json")
    return build_path


def load_compile_commands(build_path):
    """Returns (database file, TUs). One TU per file: a file compiled twice
    (two configurations) is analysed once."""
    path = os.path.abspath(database_file(build_path))
    try:
        with open(path) as f:
            entries = json.load(f)
    except OSError as e:
        raise UsageError("cannot read %s: %s (configure your build with "
                         "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON)" % (path, e.strerror))
    except ValueError as e:
        raise UsageError("%s is not valid JSON: %s" % (path, e))
    if not isinstance(entries, list):
        raise UsageError("%s is not a compilation database (a JSON list)" % path)
    tus = {}
    for entry in entries:
        if not isinstance(entry, dict) or "file" not in entry:
            raise UsageError("%s: an entry without \"file\": %s" % (
                path, json.dumps(entry)[:200]))
        directory = entry.get("directory", ".")
        file = os.path.normpath(os.path.join(directory, entry["file"]))
        tus.setdefault(file, TU(file, directory))
    return path, list(tus.values())


def compile_path_filters(filters):
    compiled = []
    for f in filters:
        if os.path.exists(f):
            compiled.append(("prefix", os.path.abspath(f)))
        else:
            try:
                compiled.append(("regex", re.compile(f)))
            except re.error as e:
                raise UsageError("path filter '%s' is neither an existing path "
                                 "nor a valid regular expression: %s" % (f, e))
    return compiled


def matches_filters(path, compiled):
    for kind, value in compiled:
        if kind == "prefix":
            if path == value or path.startswith(value.rstrip(os.sep) + os.sep):
                return True
        elif value.search(path):
            return True
    return False


def select_tus(tus, filters):
    if not filters:
        return tus
    compiled = compile_path_filters(filters)
    return [tu for tu in tus if matches_filters(tu.path, compiled)]


def parse_shard(text):
    match = re.fullmatch(r"(\d+)/(\d+)", text or "")
    if not match:
        raise UsageError("--shard takes i/N, e.g. 1/4 (shards are numbered 1..N)")
    index, count = int(match.group(1)), int(match.group(2))
    if count < 1 or not 1 <= index <= count:
        raise UsageError("--shard %s: shards are numbered 1..N" % text)
    return index, count


def shard_of(relative_path, count):
    """Deterministic: depends only on the TU's path relative to the source
    root, so every runner computes the same split, and adding a file moves
    no other file to another shard."""
    digest = hashlib.sha256(relative_path.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % count + 1


# What clang-tidy can analyse: C, C++, Objective-C(++) sources and headers
# (clang's driver types), and preprocessed output. CUDA only when asked.
ANALYSED_EXTENSIONS = {
    ".c", ".i", ".cc", ".cp", ".cpp", ".cxx", ".c++", ".C", ".CC", ".CPP",
    ".ii", ".m", ".mi", ".mm", ".M", ".mii", ".h", ".hh", ".hpp", ".hxx",
    ".h++", ".H", ".inl", ".ipp", ".tcc", ".cppm", ".ixx", ".ccm", ".cxxm",
    ".c++m"}
CUDA_EXTENSIONS = {".cu", ".cuh"}


def split_analysable(tus, cuda=False):
    """(analysable TUs, {extension: count} of the skipped entries): assembly
    (.s, .S, .asm), CUDA without --cuda, and any other language."""
    kept, skipped = [], {}
    for tu in tus:
        extension = os.path.splitext(tu.path)[1]
        if extension in ANALYSED_EXTENSIONS or (
                cuda and extension in CUDA_EXTENSIONS):
            kept.append(tu)
        else:
            key = extension or "(no extension)"
            skipped[key] = skipped.get(key, 0) + 1
    return kept, skipped


class Exclusions:
    """--exclude REGEX (searched in the path relative to the source root)
    and --exclude-from FILE, a skip file in the style of CodeChecker's:
    one glob per line, '-GLOB' skips, '+GLOB' keeps, the first line that
    matches decides; '#' starts a comment; a line without a sign skips. A
    glob's '*' matches across '/'; it is tried on the path relative to the
    source root and on the absolute path ('*/tests/*', 'third_party/*')."""

    def __init__(self, regexes, skip_files, root):
        self.root = os.path.abspath(root)
        self.regexes = []
        for text in regexes:
            try:
                self.regexes.append(re.compile(text))
            except re.error as e:
                raise UsageError("--exclude '%s' is not a valid regular "
                                 "expression: %s" % (text, e))
        self.rules = []
        for skip_file in skip_files:
            try:
                with open(skip_file, encoding="utf-8") as f:
                    lines = f.read().splitlines()
            except (OSError, UnicodeDecodeError) as e:
                raise UsageError("cannot read --exclude-from %s: %s" % (
                    skip_file, getattr(e, "strerror", None) or e))
            for number, line in enumerate(lines, 1):
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                keep = line.startswith("+")
                glob = line[1:].strip() if line[0] in "+-" else line
                if not glob:
                    raise UsageError("%s:%d: a sign without a pattern" % (
                        skip_file, number))
                self.rules.append((keep, re.compile(
                    fnmatch.translate(glob))))

    def __bool__(self):
        return bool(self.regexes or self.rules)

    def excluded(self, path):
        path = os.path.abspath(path)
        rel = os.path.relpath(path, self.root)
        if rel.startswith(".."):
            rel = path
        if any(r.search(rel) for r in self.regexes):
            return True
        for keep, pattern in self.rules:
            if pattern.match(rel) or pattern.match(path):
                return not keep
        return False
