"""The compilation database: its translation units, path filters, shards."""

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
