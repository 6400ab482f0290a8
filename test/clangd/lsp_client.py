#!/usr/bin/env python3
# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""A minimal LSP client that drives async-clangd end to end, for the tests.

It writes compile_commands.json for a copied project (absolute paths into the
test's temporary directory), starts the server over stdio, initializes, opens
one file, waits (bounded) for the diagnostics of that file, prints them, asks
for the code actions on each clang-tidy diagnostic and prints their titles and
edits, then shuts the server down. With --change FILE, it then replaces the
document's text with FILE's (a new version), waits for the diagnostics of
that version and prints them. Output lines (for FileCheck):

  server: NAME | VERSION                (with --show-server-info)
  version: N                            (before the diagnostics of a change)
  diagnostic: LINE:COL: SOURCE [CODE] MESSAGE
  related: LINE:COL: MESSAGE            (with --show-related: the notes)
  link: [CODE] HREF                     (with --show-links)
  action: [CODE] KIND "TITLE"
  edit: LINE:COL-LINE:COL "NEW TEXT"
  fixed: TEXT OF THE FIRST EDITED LINE AFTER APPLYING THE ACTION

Lines and columns are 1-based, like compiler output. Every wait has a hard
deadline; on a timeout the server is killed, its log printed to stderr, and
the exit code is 1.
"""

import argparse
import json
import os
import queue
import shlex
import subprocess
import sys
import tempfile
import threading
import time


class LspError(Exception):
    pass


class Server:
    def __init__(self, argv, env, log):
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=log,
                                     env=env)
        self.messages = queue.Queue()
        self.next_id = 1
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        out = self.proc.stdout
        try:
            while True:
                length = None
                while True:
                    line = out.readline()
                    if not line:
                        self.messages.put(None)
                        return
                    line = line.strip()
                    if not line:
                        break
                    name, _, value = line.decode("ascii").partition(":")
                    if name.lower() == "content-length":
                        length = int(value)
                if length is None:
                    raise LspError("message without Content-Length")
                self.messages.put(json.loads(out.read(length)))
        except Exception as e:  # Reported to the waiting side.
            self.messages.put(e)

    def send(self, message):
        message = dict(message, jsonrpc="2.0")
        body = json.dumps(message).encode("utf-8")
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def notify(self, method, params):
        self.send({"method": method, "params": params})

    def request(self, method, params):
        request_id = self.next_id
        self.next_id += 1
        self.send({"id": request_id, "method": method, "params": params})
        return request_id

    def wait_for(self, predicate, deadline, what):
        """Returns the first message satisfying predicate; answers requests
        from the server (e.g. workDoneProgress/create) on the way."""
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise LspError("timed out waiting for " + what)
            try:
                message = self.messages.get(timeout=remaining)
            except queue.Empty:
                raise LspError("timed out waiting for " + what)
            if message is None:
                raise LspError("server exited while waiting for " + what)
            if isinstance(message, Exception):
                raise LspError("reading from the server failed: %s" % message)
            if "method" in message and "id" in message:
                self.send({"id": message["id"], "result": None})
                continue
            if predicate(message):
                return message

    def response(self, request_id, deadline, what):
        message = self.wait_for(lambda m: m.get("id") == request_id
                                and "method" not in m, deadline, what)
        if "error" in message:
            raise LspError("%s failed: %s" % (what, message["error"]))
        return message.get("result")


def write_compile_commands(root, files, flags):
    commands = []
    for f in files:
        path = os.path.join(root, f)
        commands.append({
            "directory": root,
            "file": path,
            "arguments": ["clang++-19"] + flags + ["-c", path],
        })
    with open(os.path.join(root, "compile_commands.json"), "w") as out:
        json.dump(commands, out, indent=2)


def position(pos):
    return "%d:%d" % (pos["line"] + 1, pos["character"] + 1)


def apply_edits(text, edits):
    """Applies LSP TextEdits (non-overlapping) to text; returns the new text
    and the 0-based line of the first edit."""
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)

    def offset(pos):
        return offsets[pos["line"]] + pos["character"]

    ordered = sorted(edits, key=lambda e: offset(e["range"]["start"]),
                     reverse=True)
    for edit in ordered:
        text = (text[:offset(edit["range"]["start"])] + edit["newText"] +
                text[offset(edit["range"]["end"]):])
    return text, min(e["range"]["start"]["line"] for e in edits)


def print_diagnostics(published, args):
    """Prints the diagnostics of a publishDiagnostics notification, sorted;
    returns them in that order."""
    diagnostics = sorted(
        published["params"]["diagnostics"],
        key=lambda d: (d["range"]["start"]["line"],
                       d["range"]["start"]["character"],
                       d.get("code", "")))
    for d in diagnostics:
        print("diagnostic: %s: %s [%s] %s" % (
            position(d["range"]["start"]), d.get("source", "?"),
            d.get("code", ""), d["message"].replace("\n", " | ")))
        if args.show_links:
            print("link: [%s] %s" % (
                d.get("code", ""),
                d.get("codeDescription", {}).get("href", "(none)")))
        if args.show_related:
            for info in d.get("relatedInformation", []):
                print("related: %s: %s" % (
                    position(info["location"]["range"]["start"]),
                    info["message"].replace("\n", " | ")))
    return diagnostics


def run(args):
    root = os.path.abspath(args.root)
    path = os.path.join(root, args.file)
    uri = "file://" + path
    with open(path) as f:
        text = f.read()
    write_compile_commands(root, args.compile or [args.file],
                           shlex.split(args.flags))

    env = dict(os.environ)
    # No user configuration (~/.config/clangd/config.yaml) may interfere.
    env["XDG_CONFIG_HOME"] = os.path.join(root, ".no-user-config")
    env["HOME"] = root
    argv = [args.clangd, "--compile-commands-dir=" + root,
            "--background-index=false", "--log=" + args.log_level,
            "--pch-storage=memory"] + args.clangd_arg
    log = tempfile.TemporaryFile()
    server = Server(argv, env, log)
    deadline = time.monotonic() + args.timeout
    try:
        try:
            init = server.request("initialize", {
                "processId": os.getpid(),
                "rootUri": "file://" + root,
                "capabilities": {
                    "textDocument": {
                        "publishDiagnostics": {"relatedInformation": True},
                        "codeAction": {"codeActionLiteralSupport": {
                            "codeActionKind": {"valueSet": [
                                "quickfix", "refactor", "source"]}}},
                    },
                },
            })
            result = server.response(init, deadline,
                                     "the initialize response") or {}
            if args.show_server_info:
                info = result.get("serverInfo", {})
                print("server: %s | %s" % (info.get("name"),
                                           info.get("version")))
            server.notify("initialized", {})
            server.notify("textDocument/didOpen", {"textDocument": {
                "uri": uri, "languageId": "cpp", "version": 1,
                "text": text}})

            def has_diagnostics(m):
                if m.get("method") != "textDocument/publishDiagnostics":
                    return False
                if m["params"]["uri"] != uri:
                    return False
                return any(d.get("source") == args.wait_source
                           for d in m["params"]["diagnostics"])
            published = server.wait_for(
                has_diagnostics, deadline,
                "diagnostics with source '%s' for %s" % (args.wait_source,
                                                         args.file))
            diagnostics = print_diagnostics(published, args)

            for d in diagnostics:
                if d.get("source") != "clang-tidy":
                    continue
                request = server.request("textDocument/codeAction", {
                    "textDocument": {"uri": uri},
                    "range": d["range"],
                    "context": {"diagnostics": [d]},
                })
                actions = server.response(request, deadline,
                                          "the code actions") or []
                for action in actions:
                    if "command" in action and "edit" not in action:
                        continue  # A tweak, not a fix of this diagnostic.
                    print('action: [%s] %s "%s"' % (
                        d.get("code", ""), action.get("kind", "?"),
                        action["title"]))
                    changes = action.get("edit", {}).get("changes", {})
                    for document in action.get("edit", {}).get(
                            "documentChanges", []):
                        changes.setdefault(document["textDocument"]["uri"],
                                           []).extend(document["edits"])
                    edits = changes.get(uri, [])
                    for edit in edits:
                        print('edit: %s-%s "%s"' % (
                            position(edit["range"]["start"]),
                            position(edit["range"]["end"]),
                            edit["newText"].replace("\n", "\\n")))
                    if edits:
                        fixed, line = apply_edits(text, edits)
                        print("fixed: " + fixed.split("\n")[line].strip())

            for version, change in enumerate(args.change, start=2):
                with open(change) as f:
                    text = f.read()
                server.notify("textDocument/didChange", {
                    "textDocument": {"uri": uri, "version": version},
                    "contentChanges": [{"text": text}]})
                published = server.wait_for(
                    lambda m, v=version: m.get("method") ==
                    "textDocument/publishDiagnostics" and
                    m["params"]["uri"] == uri and
                    m["params"].get("version") == v, deadline,
                    "the diagnostics of version %d of %s" % (version,
                                                             args.file))
                print("version: %d" % version)
                print_diagnostics(published, args)

            shutdown = server.request("shutdown", None)
            server.response(shutdown, deadline, "the shutdown response")
            server.notify("exit", None)
            try:
                server.proc.wait(timeout=max(1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                raise LspError("server did not exit after 'exit'")
            return 0
        except LspError as e:
            print("lsp_client: error: %s" % e, file=sys.stderr)
            return 1
    finally:
        if server.proc.poll() is None:
            server.proc.kill()
            server.proc.wait()
        if args.show_log or server.proc.returncode not in (0, None):
            log.seek(0)
            sys.stderr.write(log.read().decode("utf-8", "replace"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clangd", required=True)
    parser.add_argument("--root", required=True,
                        help="project directory (gets compile_commands.json)")
    parser.add_argument("--file", required=True,
                        help="file to open, relative to --root")
    parser.add_argument("--compile", action="append",
                        help="files in compile_commands.json (default: --file)")
    parser.add_argument("--flags", default="-std=c++20",
                        help="compiler flags for compile_commands.json")
    parser.add_argument("--wait-source", default="clang-tidy",
                        help="wait for a diagnostic with this source")
    parser.add_argument("--timeout", type=float, default=300,
                        help="hard limit in seconds for the whole session")
    parser.add_argument("--log-level", default="error")
    parser.add_argument("--show-log", action="store_true")
    parser.add_argument("--clangd-arg", action="append", default=[])
    parser.add_argument("--show-server-info", action="store_true",
                        help="print the initialize response's serverInfo")
    parser.add_argument("--show-links", action="store_true",
                        help="print each diagnostic's documentation link")
    parser.add_argument("--show-related", action="store_true",
                        help="print each diagnostic's notes")
    parser.add_argument("--change", action="append", default=[],
                        help="after the first diagnostics, replace the "
                        "document's text with this file's and print the "
                        "diagnostics of the new version (repeatable)")
    args = parser.parse_args()
    sys.exit(run(args))


if __name__ == "__main__":
    main()
