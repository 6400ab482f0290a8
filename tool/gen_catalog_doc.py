#!/usr/bin/env python3
# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Generates docs/catalog.md from checks/support/Catalog.def, the one source of
library facts, and validates the table (duplicate rows, malformed names,
unknown libraries or flags).

  tool/gen_catalog_doc.py            rewrite docs/catalog.md
  tool/gen_catalog_doc.py --check    fail if docs/catalog.md is out of date
"""

import argparse
import collections
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEF = os.path.join(ROOT, "checks", "support", "Catalog.def")
DOC = os.path.join(ROOT, "docs", "catalog.md")

# What each fact kind means, in the words of docs/configuration.md.
KIND_TITLES = collections.OrderedDict([
    ("BlockingCall", "Blocking waits"),
    ("AsyncAlternative", "Non-blocking timers and events named instead of a sleep or a condition-variable wait"),
    ("ContinuationSink", "Continuation and executor sinks (their callable arguments run later)"),
    ("ThreadContextSink", "Thread-context sinks (their callable runs on a thread that may block)"),
    ("ThreadAssertingCall", "Thread-asserting calls (the caller must not block)"),
    ("CompletionCall", "Completion sources"),
    ("InlineApi", "APIs that opt into inline continuations"),
    ("SaferAlternative", "Their alternatives, renamed by a fix-it where the result type allows"),
    ("EagerTask", "Eager task and future types"),
    ("LazyTask", "Lazy task types"),
    ("CoroutineTask", "Coroutine task types and what they can await"),
    ("TaskGetter", "Task getters of completion sources"),
    ("JoinScope", "Join scopes"),
    ("JoinOperation", "Join operations"),
    ("ReadyFactory", "Ready-value factories"),
    ("ReadyAfterAwait", "Calls whose awaited result proves their futures complete"),
    ("ReadinessCheck", "Readiness checks"),
    ("ReadyStatus", "Statuses that mean completed"),
    ("PendingStatus", "Statuses that mean not yet completed"),
    ("AwaitAdapter", "Headers that make a type awaitable"),
    ("ChainingCall", "Chaining calls"),
    ("Combinator", "Combinators"),
    ("LockGuard", "Lock guards"),
    ("Lockable", "Lockable types"),
    ("LockTag", "Lock tags that leave a guard without a sure lock (deferred, try-locked)"),
])

FLAG_WORDS = {
    "FF_Timed": "timed (zero timeout = poll)",
    "FF_Primitive": "thread primitive",
    "FF_FixAwaitObject": "fix-it: `co_await` the object",
    "FF_FixAwaitArgument": "fix-it: `co_await` the argument",
    "FF_FineInSeastarThread": "fine in `seastar::thread`",
    "FF_NestedLoop": "nested event loop",
    "FF_ResumesInline": "resumes inline",
    "FF_MayResumeInline": "may resume inline",
    "FF_ExecutorOverload": "executor overload is async",
    "FF_WakesThreadsOnly": "wakes threads only",
    "FF_Rescheduled": "always rescheduled (never flagged)",
    "FF_FixRename": "fix-it: rename",
    "FF_InlineWithoutPolicy": "inline without a policy argument",
    "FF_InlineExecutorArgument": "inline with an inline-executor argument",
    "FF_EventLoopThread": "runs on an event-loop thread",
    "FF_Sleep": "sleep",
    "FF_ConditionWait": "condition-variable wait",
    "FF_None": "",
}

STRING = r'"((?:[^"\\]|\\.)*)"'
LIBRARY_RE = re.compile(r'^ASYNC_LIBRARY\((\w+),\s*' + STRING + r',\s*' + STRING +
                        r',\s*' + STRING + r'\)', re.S | re.M)
# ASYNC_FACT(Kind, Lib, "Name", Flags, "Extra") and the per-kind shorthands.
SHORTHANDS = {
    "ASYNC_BLOCKING": ("BlockingCall", ["lib", "name", "flags", "extra"]),
    "ASYNC_SINK": ("ContinuationSink", ["lib", "name"]),
    "ASYNC_LOOP_SINK": ("ContinuationSink", ["lib", "name"], "FF_EventLoopThread"),
    "ASYNC_COMPLETION": ("CompletionCall", ["lib", "name", "flags", "extra"]),
    "ASYNC_INLINE_API": ("InlineApi", ["lib", "name", "flags", "extra"]),
    "ASYNC_CHAINING": ("ChainingCall", ["lib", "name"]),
    "ASYNC_ALTERNATIVE": ("AsyncAlternative", ["lib", "name", "flags", "extra"]),
}
NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(::([A-Za-z_*][A-Za-z0-9_*]*|operator\(\)|operator co_await))*$")


def parse_args(text):
    """Splits a macro argument list on top-level commas."""
    args, depth, cur, in_str, i = [], 0, "", False, 0
    while i < len(text):
        c = text[i]
        if in_str:
            cur += c
            if c == "\\":
                cur += text[i + 1]
                i += 1
            elif c == '"':
                in_str = False
        elif c == '"':
            in_str = True
            cur += c
        elif c == "(":
            depth += 1
            cur += c
        elif c == ")":
            depth -= 1
            cur += c
        elif c == "," and depth == 0:
            args.append(cur.strip())
            cur = ""
        else:
            cur += c
        i += 1
    args.append(cur.strip())
    return args


def unquote(s):
    # Adjacent string literals concatenate.
    return "".join(re.findall(STRING, s))


def parse(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    # Drop comments and macro definitions.
    text = re.sub(r"//[^\n]*", "", text)
    text = re.sub(r"#define(?:[^\n]*\\\n)*[^\n]*", "", text)
    libraries = collections.OrderedDict()
    for m in LIBRARY_RE.finditer(text):
        libraries[m.group(1)] = dict(name=m.group(2), serializer=m.group(3),
                                     join=m.group(4))
    facts, errors = [], []
    for m in re.finditer(r"\b(ASYNC_FACT|" + "|".join(SHORTHANDS) + r")\(", text):
        start = m.end()
        depth, i = 1, start
        in_str = False
        while depth:
            c = text[i]
            if in_str:
                if c == "\\":
                    i += 1
                elif c == '"':
                    in_str = False
            elif c == '"':
                in_str = True
            elif c == "(":
                depth += 1
            elif c == ")":
                depth -= 1
            i += 1
        args = parse_args(text[start:i - 1])
        if m.group(1) == "ASYNC_FACT":
            if len(args) != 5:
                errors.append("ASYNC_FACT with %d arguments: %s" % (len(args), args))
                continue
            kind, lib, name, flags, extra = args
        else:
            kind, fields = SHORTHANDS[m.group(1)][:2]
            fixed_flags = (SHORTHANDS[m.group(1)][2:] or ("FF_None",))[0]
            if len(args) != len(fields):
                errors.append("%s with %d arguments: %s" % (m.group(1), len(args), args))
                continue
            values = dict(zip(fields, args))
            lib, name = values["lib"], values["name"]
            flags, extra = values.get("flags", fixed_flags), values.get("extra", '""')
        facts.append(dict(kind=kind, lib=lib, name=unquote(name),
                          flags=[f.strip() for f in flags.split("|")],
                          extra=unquote(extra)))
    return libraries, facts, errors


def validate(libraries, facts, errors):
    seen = set()
    for f in facts:
        key = (f["kind"], f["name"])
        if key in seen:
            errors.append("duplicate %s fact '%s'" % key)
        seen.add(key)
        if f["lib"] not in libraries:
            errors.append("fact '%s' names unknown library %s" % (f["name"], f["lib"]))
        if f["kind"] not in KIND_TITLES:
            errors.append("fact '%s' has unknown kind %s" % (f["name"], f["kind"]))
        if not NAME_RE.match(f["name"]):
            errors.append("fact name '%s' is not a normalized qualified name" % f["name"])
        for flag in f["flags"]:
            if flag not in FLAG_WORDS:
                errors.append("fact '%s' has unknown flag %s" % (f["name"], flag))
    return errors


def render(libraries, facts):
    out = []
    out.append("# The library catalog\n")
    out.append("Generated by `tool/gen_catalog_doc.py` from "
               "[`checks/support/Catalog.def`](../checks/support/Catalog.def), the one place where "
               "async-tidy keeps what it knows about libraries; do not edit by hand. "
               "The public sources of every row (library headers, documentation, issues) "
               "are cited in `Catalog.def` next to the rows. "
               "Add your own facts with the catalog options in "
               "[configuration.md](configuration.md).\n")
    counts = collections.Counter(f["lib"] for f in facts)
    out.append("## Libraries\n")
    out.append("| library | facts | serializer (instead of `last = last.then(...)`) | join scope |")
    out.append("|---|---|---|---|")
    for lib_id, lib in libraries.items():
        if lib_id == "User":
            continue
        out.append("| %s | %d | %s | %s |" % (lib["name"], counts[lib_id],
                                            lib["serializer"], lib["join"]))
    out.append("")
    for kind, title in KIND_TITLES.items():
        rows = [f for f in facts if f["kind"] == kind]
        if not rows:
            continue
        out.append("## %s\n" % title)
        out.append("| library | name | properties | note |")
        out.append("|---|---|---|---|")
        for f in rows:
            props = ", ".join(FLAG_WORDS[x] for x in f["flags"] if FLAG_WORDS.get(x))
            note = f["extra"].replace("|", "\\|")
            out.append("| %s | `%s` | %s | %s |" % (libraries[f["lib"]]["name"],
                                                 f["name"], props, note))
        out.append("")
    out.append("%d facts about %d libraries.\n" % (len(facts), len(libraries) - 1))
    return "\n".join(out)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--def-file", default=DEF)
    parser.add_argument("--doc-file", default=DOC)
    args = parser.parse_args()
    libraries, facts, errors = parse(args.def_file)
    errors = validate(libraries, facts, errors)
    if errors:
        for e in errors:
            print("Catalog.def: error: " + e, file=sys.stderr)
        return 1
    doc = render(libraries, facts)
    if args.check:
        current = open(args.doc_file, encoding="utf-8").read() if os.path.exists(args.doc_file) else ""
        if current != doc:
            print("docs/catalog.md is out of date: run tool/gen_catalog_doc.py", file=sys.stderr)
            return 1
        print("catalog: %d facts, %d libraries, docs up to date" % (len(facts), len(libraries) - 1))
        return 0
    with open(args.doc_file, "w", encoding="utf-8") as f:
        f.write(doc)
    print("wrote %s (%d facts)" % (args.doc_file, len(facts)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
