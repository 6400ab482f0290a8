#!/usr/bin/env python3
# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""The requirements GitHub code scanning puts on an uploaded SARIF file, as
Microsoft's SARIF validator checks them (`Sarif.Multitool validate
--rule-kind "Gh;Ghas;Sarif"`, npm package @microsoft/sarif-multitool; rules in
https://github.com/microsoft/sarif-sdk/tree/main/src/Sarif.Multitool.Library/Rules),
plus the ones GitHub documents but the validator does not check:

- embedded links: GitHub shows a result's relatedLocations only when its
  message links them ("[text](id)", SARIF 2.1.0 section 3.11.6; GitHub:
  https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning),
- the upload limits
  (https://docs.github.com/en/code-security/code-scanning/troubleshooting-sarif-uploads/results-exceed-limit).

The test suite cannot install the .NET validator (CI installs Debian packages
only), so these checks run on every SARIF file the tests produce; when
ASYNC_TIDY_SARIF_MULTITOOL names the validator, check_sarif.py runs it too.

Usage: sarif_github_rules.py FILE.sarif   (prints one line per violation, exit 1)
"""
import collections
import json
import re
import sys
import urllib.parse

# GitHub's hard limits (results-exceed-limit, above).
LIMITS = {"runs": 20, "results": 25000, "rules": 25000, "locations": 1000,
          "extensions": 100, "tags": 20}

FINAL_SCHEMA_SUFFIXES = ("sarif-schema-2.1.0.json", "sarif-2.1.0.json",
                         "sarif-2.1.0-rtm.6.json", "sarif-2.1.0-rtm.6")

# An embedded link in a plain text message (SARIF 3.11.6): link text with
# '\', '[' and ']' escaped, then a non-negative integer destination.
EMBEDDED_LINK = re.compile(r"\[((?:[^\\\[\]]|\\[\\\[\]])*)\]\((\d+)\)")


def nonblank(value):
    return isinstance(value, str) and value.strip() != ""


def is_absolute_uri(uri):
    parsed = urllib.parse.urlparse(uri)
    return bool(parsed.scheme) and bool(parsed.netloc or parsed.path)


def check_log(log):
    """Returns [(rule id, JSON pointer, message)]."""
    problems = []

    def report(rule, pointer, message):
        problems.append((rule, pointer, message))

    schema = log.get("$schema")
    if not nonblank(schema):
        report("GH1013", "", "no '$schema' property")
    elif not schema.endswith(FINAL_SCHEMA_SUFFIXES):
        report("GH1011", "/$schema",
               "'%s' is not the final SARIF 2.1.0 schema" % schema)
    if log.get("version") != "2.1.0":
        report("GH1013", "/version", "version is not 2.1.0")
    runs = log.get("runs")
    if not isinstance(runs, list):
        report("GH1013", "", "no 'runs' array")
        return problems
    if len(runs) > LIMITS["runs"]:
        report("GH1004", "/runs", "%d runs exceed GitHub's limit of %d" % (
            len(runs), LIMITS["runs"]))
    for r, run in enumerate(runs):
        check_run(run, "/runs/%d" % r, report)
    return problems


def check_run(run, pointer, report):
    driver = (run.get("tool") or {}).get("driver")
    if not driver:
        report("GH1014", pointer, "no 'tool.driver'")
        return
    if not nonblank(driver.get("name")):
        report("GH1018", pointer + "/tool/driver", "no driver 'name'")
    rules = driver.get("rules")
    if rules is None:
        report("GH1018", pointer + "/tool/driver", "no 'rules' array")
        rules = []
    if len(rules) > LIMITS["rules"]:
        report("GH1004", pointer + "/tool/driver/rules",
               "%d rules exceed GitHub's limit of %d" % (len(rules), LIMITS["rules"]))
    if len(run.get("tool", {}).get("extensions", [])) > LIMITS["extensions"]:
        report("GH1004", pointer + "/tool/extensions", "too many tool extensions")
    for i, rule in enumerate(rules):
        check_rule(rule, "%s/tool/driver/rules/%d" % (pointer, i), report)

    results = run.get("results")
    if results is None:
        report("GH1014", pointer, "no 'results' array (it may be empty)")
        results = []
    if len(results) > LIMITS["results"]:
        report("GH1004", pointer + "/results", "%d results exceed GitHub's limit of %d" % (
            len(results), LIMITS["results"]))
    working_dirs = [
        (i.get("workingDirectory") or {}).get("uri", "")
        for i in run.get("invocations", [])]
    working_dirs = [w if w.endswith("/") else w + "/"
                    for w in working_dirs if is_absolute_uri(w)]
    for i, result in enumerate(results):
        check_result(result, "%s/results/%d" % (pointer, i), working_dirs, report)


def check_rule(rule, pointer, report):
    # GH2012 ProvideRequiredReportingDescriptorProperties.
    if not nonblank(rule.get("id")):
        report("GH2012", pointer, "no 'id'")
    if not nonblank((rule.get("shortDescription") or {}).get("text")):
        report("GH2012", pointer, "no 'shortDescription' text")
    if not nonblank((rule.get("fullDescription") or {}).get("text")):
        report("GH2012", pointer, "no 'fullDescription' text")
    help_ = rule.get("help")
    if help_ is None:
        report("GH2012", pointer, "no 'help' object")
    elif not nonblank(help_.get("text")):
        report("GH2012", pointer + "/help", "no 'help.text'")
    # SARIF1001 RuleIdentifiersMustBeValid: a name is a readable name, not
    # the id again.
    if "name" in rule and rule.get("name") == rule.get("id"):
        report("SARIF1001", pointer + "/name", "'name' repeats the id '%s'" % rule["id"])
    # SARIF1005 UriMustBeAbsolute: helpUri is for people on other machines,
    # so no file: URI of the machine that wrote the log either.
    help_uri = rule.get("helpUri")
    if help_uri is not None:
        if not is_absolute_uri(help_uri):
            report("SARIF1005", pointer + "/helpUri", "'%s' is not absolute" % help_uri)
        elif urllib.parse.urlparse(help_uri).scheme == "file":
            report("GH-helpUri", pointer + "/helpUri",
                   "'%s' is a file on the machine that wrote the log" % help_uri)
    tags = (rule.get("properties") or {}).get("tags", [])
    if len(tags) > LIMITS["tags"]:
        report("GH1004", pointer + "/properties/tags", "too many tags")


def check_result(result, pointer, working_dirs, report):
    message = result.get("message") or {}
    if not nonblank(message.get("text")):
        # GH1007 ProvideFullyFormattedMessageStrings / GH1015.
        report("GH1007", pointer + "/message", "no 'message.text'")
    locations = result.get("locations")
    if locations is None:
        report("GH1001", pointer, "no 'locations' array")
        locations = []
    elif not locations:
        report("GH1001", pointer + "/locations", "empty 'locations' array")
    if len(locations) > LIMITS["locations"]:
        report("GH1004", pointer + "/locations", "too many locations")
    related = result.get("relatedLocations", [])
    for kind, entries, need_region in (("locations", locations, True),
                                       ("relatedLocations", related, False)):
        for i, location in enumerate(entries):
            check_location(location, "%s/%s/%d" % (pointer, kind, i),
                           need_region, working_dirs, report)
    for cf, flow in enumerate(result.get("codeFlows", [])):
        for tf, thread in enumerate(flow.get("threadFlows", [])):
            for n, step in enumerate(thread.get("locations", [])):
                if "index" in step:
                    report("GH1002", "%s/codeFlows/%d/threadFlows/%d/locations/%d" % (
                        pointer, cf, tf, n), "threadFlowLocation refers to run.threadFlowLocations")
    check_embedded_links(message.get("text") or "", locations, related,
                         pointer, report)


def check_location(location, pointer, need_region, working_dirs, report):
    physical = location.get("physicalLocation")
    if physical is None:
        report("GH1001", pointer, "no 'physicalLocation'")
        return
    artifact = physical.get("artifactLocation")
    uri = (artifact or {}).get("uri")
    if not nonblank(uri):
        report("GH1001", pointer + "/physicalLocation", "no 'artifactLocation.uri'")
        return
    parsed = urllib.parse.urlparse(uri)
    if parsed.scheme and parsed.scheme != "file":
        report("GH1005", pointer, "'%s' is not a file path" % uri)
    if parsed.scheme == "file":
        if not any(uri.startswith(w) for w in working_dirs):
            report("GH1006", pointer, "absolute file URI '%s' outside the "
                   "invocation's workingDirectory (the checkout path)" % uri)
        if "/../" in parsed.path or parsed.path.endswith("/.."):
            report("SARIF1002", pointer, "file URI '%s' has a '..' segment" % uri)
    region = physical.get("region")
    if region is None:
        if need_region:
            report("GH1003", pointer + "/physicalLocation", "no 'region'")
        return
    if not region.get("startLine"):
        report("GH1003", pointer + "/physicalLocation/region", "no 'startLine'")
        return
    # SARIF1007 RegionPropertiesMustBeConsistent.
    start_line, end_line = region["startLine"], region.get("endLine", region["startLine"])
    if end_line < start_line:
        report("SARIF1007", pointer + "/physicalLocation/region", "endLine < startLine")
    if (end_line == start_line and "endColumn" in region and
            region["endColumn"] < region.get("startColumn", 1)):
        report("SARIF1007", pointer + "/physicalLocation/region", "endColumn < startColumn")


def check_embedded_links(text, locations, related, pointer, report):
    ids = collections.Counter(
        l.get("id") for l in locations + related if "id" in l)
    linked = set()
    for match in EMBEDDED_LINK.finditer(text):
        target = int(match.group(2))
        # SARIF 3.11.6: the result holds exactly one location with that id.
        if ids.get(target) != 1:
            report("SARIF-3.11.6", pointer + "/message",
                   "link [%s](%d) names no unique location id" % (match.group(1), target))
        linked.add(target)
    for i, location in enumerate(related):
        if location.get("id") not in linked:
            report("GH-relatedLocations", "%s/relatedLocations/%d" % (pointer, i),
                   "related location %s is not linked from the message, so GitHub "
                   "does not show it" % location.get("id"))


def main():
    with open(sys.argv[1]) as f:
        problems = check_log(json.load(f))
    for rule, pointer, message in problems:
        print("%s: %s: %s" % (rule, pointer or "/", message))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
