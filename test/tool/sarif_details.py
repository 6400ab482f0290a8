#!/usr/bin/env python3
# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Prints what GitHub code scanning shows of a SARIF file, for FileCheck:

  rule: ID name=NAME helpUri=URI|-
    short: TEXT
    full: TEXT
    help.text: FIRST LINE (N lines)
    help.markdown: FIRST LINE (N lines, M relative links to .md pages)
  result: RULE URI:LINE:COL-ENDLINE:ENDCOL
    message: TEXT
    related ID: URI:LINE:COL-ENDLINE:ENDCOL TEXT
"""
import json
import re
import sys


def region(location):
    physical = location.get("physicalLocation", {})
    r = physical.get("region", {})
    return "%s:%s:%s-%s:%s" % (
        physical.get("artifactLocation", {}).get("uri", "?"), r.get("startLine", "?"),
        r.get("startColumn", "?"), r.get("endLine", "?"), r.get("endColumn", "?"))


def first_line(text):
    lines = text.splitlines()
    return "%s (%d lines" % (lines[0] if lines else "", len(lines))


def main():
    with open(sys.argv[1]) as f:
        log = json.load(f)
    for run in log["runs"]:
        for rule in run["tool"]["driver"].get("rules", []):
            print("rule: %s name=%s helpUri=%s" % (
                rule["id"], rule.get("name", "-"), rule.get("helpUri", "-")))
            print("  short: " + rule.get("shortDescription", {}).get("text", "-"))
            print("  full: " + rule.get("fullDescription", {}).get("text", "-"))
            help_ = rule.get("help", {})
            print("  help.text: %s)" % first_line(help_.get("text", "")))
            markdown = help_.get("markdown", "")
            relative = re.findall(r"\]\((?![a-z]+:)[^)\s]*\.md(?:#[^)\s]*)?\)", markdown)
            print("  help.markdown: %s, %d relative links to .md pages)" % (
                first_line(markdown), len(relative)))
        for result in run.get("results", []):
            print("result: %s %s" % (result["ruleId"], region(result["locations"][0])))
            print("  message: " + result["message"]["text"])
            for related in result.get("relatedLocations", []):
                print("  related %s: %s %s" % (related.get("id"), region(related),
                                               related.get("message", {}).get("text", "")))


if __name__ == "__main__":
    main()
