# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Build facts and the layout the runner finds itself in.

CMake writes buildinfo.json (version, docs URL) and catalog.json (the library
catalog, from checks/support/Catalog.def) into this package's directory in the
build tree, and installs them with it. Run from the source tree, neither
exists: the version is "unknown" and the catalog is parsed from Catalog.def.

Layouts:
  installed               <prefix> = lib/<multiarch>/async-tidy/llvm-<N>/ (one
                          per LLVM major, see docs/llvm-versions.md), with
                          <prefix>/libAsyncTidy.so instead of lib/
  build tree              <prefix>/bin/async-tidy-audit
                          <prefix>/share/async-tidy/python/async_tidy_audit/
                          <prefix>/lib/libAsyncTidy.so
                          <prefix>/share/doc/async-tidy/   (installed only)
  source tree             tool/async-tidy-audit, tool/async_tidy_audit/
"""

import json
import os

PACKAGE_DIR = os.path.dirname(os.path.realpath(__file__))


def _load_json(name):
    try:
        with open(os.path.join(PACKAGE_DIR, name), encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


_BUILD = _load_json("buildinfo.json") or {}
VERSION = _BUILD.get("version") or "unknown"
# Base URL of the docs for SARIF helpUri, fixed at build time; may be empty.
DOCS_URL = _BUILD.get("docsUrl") or ""
# The source tree's docs/ (a build tree's runner points SARIF at them).
SOURCE_DOCS_DIR = _BUILD.get("sourceDocsDir") or ""


def _prefix():
    parts = PACKAGE_DIR.split(os.sep)
    if parts[-4:-1] == ["share", "async-tidy", "python"]:
        return os.sep.join(parts[:-4])
    return None


PREFIX = _prefix()
SOURCE_ROOT = None if PREFIX else os.path.dirname(os.path.dirname(PACKAGE_DIR))
if not SOURCE_DOCS_DIR and SOURCE_ROOT:
    SOURCE_DOCS_DIR = os.path.join(SOURCE_ROOT, "docs")


def bin_dir():
    """Where async-tidy is expected next to the runner."""
    return os.path.join(PREFIX, "bin") if PREFIX else None


def plugin_path():
    if not PREFIX:
        return None
    # A package's per-LLVM-major directory, lib/<multiarch>/async-tidy/llvm-N/,
    # holds the plugin itself; `cmake --install` of old layouts had lib/.
    beside = os.path.join(PREFIX, "libAsyncTidy.so")
    return beside if os.path.exists(beside) else os.path.join(
        PREFIX, "lib", "libAsyncTidy.so")


def installed_docs_dir():
    return os.path.join(PREFIX, "share", "doc", "async-tidy") if PREFIX else None


_catalog = None


def catalog():
    """The library catalog: {"libraries": [{"id", "name", "serializer",
    "joinScope"}], "facts": [{"kind", "library", "name"}]}."""
    global _catalog
    if _catalog is None:
        _catalog = _load_json("catalog.json")
        if _catalog is None and SOURCE_ROOT:
            from . import catalog_json
            _catalog = catalog_json.from_def(os.path.join(
                SOURCE_ROOT, "checks", "support", "Catalog.def"))
        if _catalog is None:
            _catalog = {"libraries": [], "facts": []}
    return _catalog
