#!/usr/bin/env python3
"""The audit runner names each finding's library from the first qualified name
its message quotes (tool/async-tidy-audit, LIBRARY_BY_NAME_PREFIX). Checks
that this attribution agrees with checks/support/Catalog.def for every catalog fact,
so that a new catalog entry cannot be summarized under the wrong library."""

import importlib.machinery
import importlib.util
import os
import sys


def load(path, name):
    loader = importlib.machinery.SourceFileLoader(name, path)
    spec = importlib.util.spec_from_loader(name, loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def main():
    root = sys.argv[1]
    sys.path.insert(0, os.path.join(root, "tool"))
    from async_tidy_audit import libraries as audit
    gen = load(os.path.join(root, "tool", "gen_catalog_doc.py"), "gen")
    libraries, facts, errors = gen.parse(os.path.join(root, "checks", "support", "Catalog.def"))
    if errors:
        sys.exit("\n".join(errors))
    wrong = []
    checked = 0
    for fact in facts:
        if "*" in fact["name"]:
            continue  # wildcard sinks are never quoted in a message
        expected = libraries[fact["lib"]]["name"]
        got = audit.library_of("warning: '%s' does something" % fact["name"])
        checked += 1
        if got != expected:
            wrong.append("%s (%s): attributed to %s, catalog says %s"
                         % (fact["name"], fact["kind"], got, expected))
    if wrong:
        sys.exit("audit library table disagrees with the catalog:\n  " +
                 "\n  ".join(wrong))
    print("audit library table agrees with %d catalog facts" % checked)


if __name__ == "__main__":
    main()
