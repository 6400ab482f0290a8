# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""async-tidy-audit: audit a whole code base with async-tidy.

The package behind the `async-tidy-audit` command (tool/async-tidy-audit is a
thin entry script). Modules:

  config     build facts (version, docs URL, the catalog) and the layout
  catalog_json  the library catalog as JSON, from Catalog.def (build time)
  common     exit codes, errors, paths relative to the source root
  outputs    checked, atomic writing of every file the audit produces
  sources    line/column of byte offsets, line text
  database   compile_commands.json: translation units, filters, exclusions,
             languages, shards
  findings   findings and the analyzer's --export-fixes YAML
  libraries  which library a finding is about, from the catalog
  running    running the analyzer on each translation unit, in parallel
  baseline   accepted findings
  sarif      SARIF 2.1.0 output and merging
  reports    text output, summary, GitLab Code Quality
  fixes      --export-fixes and --fix
  cli        command line and the audit itself
"""
