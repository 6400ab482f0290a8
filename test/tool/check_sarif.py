#!/usr/bin/env python3
# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Validates a SARIF file written by async-tidy-audit against the OASIS SARIF
2.1.0 schema (Inputs/sarif-schema-2.1.0.json, python3-jsonschema), the rules
of the specification a JSON schema cannot express, and GitHub code scanning's
requirements (sarif_github_rules.py; also Microsoft's validator when
ASYNC_TIDY_SARIF_MULTITOOL names its Sarif.Multitool executable), then prints
a normalized view for FileCheck:

  rule: ID helpUri=URI short=TEXT
  result: RULE LEVEL URI:LINE:COL [baselineState] MESSAGE
  related: URI:LINE:COL MESSAGE
  fix: URI LINE:COL-LINE:COL "TEXT"
  invocation: executionSuccessful=BOOL
  notification: LEVEL DESCRIPTOR MESSAGE
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import urllib.parse

import jsonschema

import sarif_github_rules

HERE = os.path.dirname(os.path.abspath(__file__))
# The OASIS SARIF 2.1.0 schema (Errata 01), as published at the URI of its
# "id" and in https://github.com/oasis-tcs/sarif-spec (sarif-2.1/schema/).
SCHEMA = os.path.join(HERE, "Inputs", "sarif-schema-2.1.0.json")


# RFC 3986: what the schema's "uri" (absolute) and "uri-reference" formats
# accept; jsonschema checks them only with optional packages Debian lacks.
URI_CHARS = re.compile(r"^(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$")
FORMATS = jsonschema.FormatChecker()


@FORMATS.checks("uri")
def is_uri(value):
    return not isinstance(value, str) or (
        bool(re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", value)) and bool(URI_CHARS.match(value)))


@FORMATS.checks("uri-reference")
def is_uri_reference(value):
    return not isinstance(value, str) or bool(URI_CHARS.match(value))


def fail(message):
    print("check_sarif: error: " + message, file=sys.stderr)
    sys.exit(1)


def absolute_uri(uri):
    parsed = urllib.parse.urlparse(uri)
    return bool(parsed.scheme) and (parsed.netloc or parsed.path)


def where(location, base_ids):
    physical = location.get("physicalLocation", {})
    artifact = physical.get("artifactLocation", {})
    uri = artifact.get("uri", "?")
    base = artifact.get("uriBaseId")
    if base is None and not absolute_uri(uri):
        fail("relative uri %r without uriBaseId" % uri)
    if base is not None and base not in base_ids:
        fail("uriBaseId %r is not in originalUriBaseIds" % base)
    region = physical.get("region")
    if region:
        return "%s:%d:%d" % (uri, region["startLine"], region.get("startColumn", 1))
    return uri


def main():
    path = sys.argv[1]
    with open(path) as f:
        log = json.load(f)
    with open(SCHEMA) as f:
        schema = json.load(f)
    errors = sorted(jsonschema.Draft4Validator(
        schema, format_checker=FORMATS).iter_errors(log),
                    key=lambda e: list(e.path))
    for e in errors[:10]:
        print("check_sarif: schema: %s at %s" % (
            e.message, "/".join(str(p) for p in e.path)), file=sys.stderr)
    if errors:
        sys.exit(1)
    for run in log["runs"]:
        driver = run["tool"]["driver"]
        base_ids = run.get("originalUriBaseIds", {})
        for name, location in base_ids.items():
            # SARIF 3.14.14: an originalUriBaseIds uri is absolute (or has its
            # own base) and ends with a slash.
            if not location.get("uri", "").endswith("/"):
                fail("originalUriBaseIds.%s does not end with '/'" % name)
            if "uriBaseId" not in location and not absolute_uri(location["uri"]):
                fail("originalUriBaseIds.%s is not absolute" % name)
        for key in ("informationUri", "downloadUri"):
            if key in driver and not absolute_uri(driver[key]):
                fail("driver.%s is not an absolute URI" % key)
        rules = driver.get("rules", [])
        ids = [r["id"] for r in rules]
        if len(set(ids)) != len(ids):
            fail("duplicate rule ids")
        print("tool: %s %s" % (driver["name"], driver.get("version", "?")))
        for rule in rules:
            if "helpUri" in rule and not absolute_uri(rule["helpUri"]):
                fail("rule %s: helpUri is not absolute" % rule["id"])
            print("rule: %s helpUri=%s short=%s" % (
                rule["id"], rule.get("helpUri", "-"),
                rule.get("shortDescription", {}).get("text", "-")))
        for result in run.get("results", []):
            if "ruleIndex" in result:
                if ids[result["ruleIndex"]] != result.get("ruleId"):
                    fail("ruleIndex does not point at rule %s" % result.get("ruleId"))
            locations = result.get("locations", [])
            print("result: %s %s %s%s %s" % (
                result.get("ruleId"), result.get("level", "warning"),
                where(locations[0], base_ids) if locations else "-",
                " [%s]" % result["baselineState"] if "baselineState" in result else "",
                result["message"]["text"]))
            related_ids = [r.get("id") for r in result.get("relatedLocations", [])]
            if len(set(related_ids)) != len(related_ids):
                fail("duplicate relatedLocations ids")
            for related in result.get("relatedLocations", []):
                print("related: %s %s" % (where(related, base_ids),
                                          related.get("message", {}).get("text", "")))
            for fix in result.get("fixes", []):
                for change in fix["artifactChanges"]:
                    uri = where({"physicalLocation": {
                        "artifactLocation": change["artifactLocation"]}}, base_ids)
                    for replacement in change["replacements"]:
                        r = replacement["deletedRegion"]
                        print('fix: %s %d:%d-%d:%d "%s"' % (
                            uri, r["startLine"], r["startColumn"],
                            r.get("endLine", r["startLine"]),
                            r.get("endColumn", r["startColumn"]),
                            replacement.get("insertedContent", {}).get("text", "")))
        for invocation in run.get("invocations", []):
            print("invocation: executionSuccessful=%s" % str(
                invocation["executionSuccessful"]).lower())
            for n in invocation.get("toolExecutionNotifications", []):
                print("notification: %s %s %s" % (
                    n.get("level", "warning"), n.get("descriptor", {}).get("id", "-"),
                    n["message"]["text"]))
    github = sarif_github_rules.check_log(log)
    for rule, pointer, message in github:
        print("check_sarif: github: %s: %s: %s" % (rule, pointer or "/", message),
              file=sys.stderr)
    if github:
        sys.exit(1)
    run_multitool(path)
    print("check_sarif: valid SARIF 2.1.0")


def run_multitool(path):
    """Microsoft's validator with GitHub's rules, when the environment names
    it (npm install @microsoft/sarif-multitool; the executable is
    node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool)."""
    tool = os.environ.get("ASYNC_TIDY_SARIF_MULTITOOL")
    if not tool:
        return
    with tempfile.TemporaryDirectory() as scratch:
        out = os.path.join(scratch, "validation.sarif")
        proc = subprocess.run(
            [tool, "validate", "--rule-kind", "Gh;Ghas;Sarif", "--level", "Error;Warning",
             "--log", "ForceOverwrite", "-o", out, path],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
            universal_newlines=True)
        try:
            with open(out) as f:
                report = json.load(f)
        except (OSError, ValueError):
            fail("Sarif.Multitool failed: " + proc.stdout[-2000:])
    # Errors fail; warnings (e.g. SARIF2005 for a log without an
    # informationUri, which needs --docs-url) are shown.
    results = [r for run in report.get("runs", []) for r in run.get("results", [])]
    for r in results:
        print("check_sarif: multitool: %s %s: %s" % (
            r.get("level", "warning"), r.get("ruleId"),
            (r.get("message") or {}).get("arguments")), file=sys.stderr)
    if any(r.get("level", "warning") == "error" for r in results):
        sys.exit(1)


if __name__ == "__main__":
    main()
