#!/usr/bin/env python3
# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""The audit runner attributes findings to libraries from the catalog
(tool/async_tidy_audit/libraries.py over catalog.json, which the build
generates from checks/support/Catalog.def). Checks, for the catalog.json of a
build (argv[1], the async-tidy-audit script; its package is next to it):
  - that catalog.json is Catalog.def (the generated file is not stale);
  - every catalog fact quoted in a message is attributed to the library
    Catalog.def files it under;
  - every library's join scope (async-await-foreign-task's remedy) and
    serializer (async-task-chaining's) in a finding attribute it to that
    library,
so that a new catalog entry cannot be summarized under the wrong library."""

import importlib.util
import json
import os
import sys


def main():
    script, root = sys.argv[1:3]
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.realpath(script)),
                                    "..", "share", "async-tidy", "python"))
    from async_tidy_audit import config, libraries
    # The generator of the source tree (it reads tool/gen_catalog_doc.py).
    spec = importlib.util.spec_from_file_location(
        "catalog_json", os.path.join(root, "tool", "async_tidy_audit",
                                     "catalog_json.py"))
    catalog_json = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(catalog_json)
    def_file = os.path.join(root, "checks", "support", "Catalog.def")
    expected = catalog_json.from_def(def_file)
    if json.loads(json.dumps(config.catalog())) != expected:
        sys.exit("catalog.json of the build differs from %s: rebuild" % def_file)
    wrong = []
    checked = 0
    for fact in expected["facts"]:
        if "*" in fact["name"]:
            continue  # wildcard sinks are never quoted in a message
        got = libraries.library_of("'%s' does something" % fact["name"])
        checked += 1
        if got != fact["library"]:
            wrong.append("%s (%s): attributed to %s, catalog says %s"
                         % (fact["name"], fact["kind"], got, fact["library"]))
    foreign = ("awaiting foreign task 'pending' (a data member) outside a "
               "join scope can deadlock if the work that completes it needs "
               "this thread")
    for lib in expected["libraries"]:
        for field, message, notes in [
                ("joinScope", foreign, ["join the work that completes it "
                                        "with %s, keep a lazy task instead"
                                        % lib["joinScope"]]),
                ("serializer", "'last' is re-chained onto itself, forming a "
                 "private task queue that cannot be joined; serialize with "
                 "%s instead" % lib["serializer"], [])]:
            got = libraries.library_of(message, notes)
            checked += 1
            if got != lib["name"]:
                wrong.append("%s of %s: attributed to %s" % (
                    field, lib["name"], got))
    if wrong:
        sys.exit("audit library attribution disagrees with the catalog:\n  " +
                 "\n  ".join(wrong))
    print("audit library attribution agrees with %d catalog facts and texts"
          % checked)


if __name__ == "__main__":
    main()
