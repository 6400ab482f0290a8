# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""The library catalog as JSON, from checks/support/Catalog.def through
tool/gen_catalog_doc.py's parser (the one parser of the table).

Run at build time:  python3 catalog_json.py CATALOG_DEF OUT_JSON
"""

import importlib.util
import json
import os
import sys

_TOOL_DIR = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))


def _gen_catalog_doc():
    path = os.path.join(_TOOL_DIR, "gen_catalog_doc.py")
    spec = importlib.util.spec_from_file_location("gen_catalog_doc", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def from_def(def_path):
    libraries, facts, errors = _gen_catalog_doc().parse(def_path)
    if errors:
        raise ValueError("%s: %s" % (def_path, "; ".join(errors)))
    return {
        "libraries": [{"id": lib_id, "name": lib["name"],
                       "serializer": lib["serializer"],
                       "joinScope": lib["join"]}
                      for lib_id, lib in libraries.items()],
        "facts": [{"kind": f["kind"], "library": libraries[f["lib"]]["name"],
                   "name": f["name"]}
                  for f in facts if f["lib"] in libraries],
    }


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: catalog_json.py CATALOG_DEF OUT_JSON\n")
        return 2
    document = from_def(argv[0])
    temporary = argv[1] + ".tmp"
    with open(temporary, "w", encoding="utf-8") as f:
        json.dump(document, f, indent=1, sort_keys=True)
        f.write("\n")
    os.replace(temporary, argv[1])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
