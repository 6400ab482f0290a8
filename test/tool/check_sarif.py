#!/usr/bin/env python3
"""Validates a SARIF file written by async-tidy-audit against
sarif-2.1.0-subset.schema.json (python3-jsonschema) plus the rules of the
SARIF 2.1.0 specification a JSON schema cannot express, then prints a
normalized view for FileCheck:

  rule: ID helpUri=URI short=TEXT
  result: RULE LEVEL URI:LINE:COL [baselineState] MESSAGE
  related: URI:LINE:COL MESSAGE
  fix: URI LINE:COL-LINE:COL "TEXT"
  invocation: executionSuccessful=BOOL
  notification: LEVEL DESCRIPTOR MESSAGE
"""
import json
import os
import sys
import urllib.parse

import jsonschema

SCHEMA = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                      "sarif-2.1.0-subset.schema.json")


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
    errors = sorted(jsonschema.Draft7Validator(schema).iter_errors(log),
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
    print("check_sarif: valid SARIF 2.1.0")


if __name__ == "__main__":
    main()
