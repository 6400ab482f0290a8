"""SARIF 2.1.0: the audit's results as a log for code scanning, and the
merging of several logs (e.g. of shards) into one run."""

import collections
import json
import os
import re
import shlex
import signal
import sys
import urllib.parse

from . import config
from .common import EXIT_INCOMPLETE, EXIT_NEW_FINDINGS, EXIT_OK, UsageError, relative
from .findings import key_fingerprint
from .outputs import write_json

SARIF_SCHEMA = ("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/"
                "schemas/sarif-schema-2.1.0.json")


def docs_base(args_docs_url):
    """Where docs/checks/<check>.md lives, as an absolute URI ending in '/'."""
    for base in (args_docs_url, config.DOCS_URL):
        if base:
            return base.rstrip("/") + "/"
    for directory in (config.installed_docs_dir(), config.SOURCE_DOCS_DIR):
        if directory and os.path.isdir(directory):
            return file_uri(directory) + "/"
    return None


def file_uri(path):
    return "file://" + urllib.parse.quote(os.path.abspath(path))


def rule_description(check, docs_dir):
    """First sentence of the check's docs page, if there is one."""
    if check.startswith("async-") and docs_dir:
        page = os.path.join(docs_dir, "checks", check + ".md")
        try:
            with open(page) as f:
                text = f.read()
            for paragraph in re.split(r"\n\s*\n", text):
                paragraph = " ".join(paragraph.split())
                if paragraph and not paragraph.startswith(("#", "|", "```")):
                    sentence = re.split(r"(?<=[.!?])\s", paragraph)[0]
                    return re.sub(r"[`*]", "", sentence)
        except OSError:
            pass
    if check.startswith("clang-diagnostic-"):
        return "Clang compiler diagnostic -W" + check[len("clang-diagnostic-"):]
    return "clang-tidy check " + check


def rule_help_uri(check, base):
    if check.startswith("async-"):
        return base + "checks/" + check + ".md" if base else None
    if check.startswith("clang-diagnostic-"):
        return None
    module, _, name = check.partition("-")
    if check.startswith("clang-analyzer-"):
        module, name = "clang-analyzer", check[len("clang-analyzer-"):]
    return ("https://releases.llvm.org/19.1.0/tools/clang/tools/extra/docs/"
            "clang-tidy/checks/%s/%s.html" % (module, name))


def sarif_region(location):
    if not location or not location.line:
        return None
    return {"startLine": location.line, "startColumn": location.char_column}


def sarif_artifact(path, root):
    rel = relative(path, root)
    if os.path.isabs(rel):
        return {"uri": file_uri(rel)}
    return {"uri": urllib.parse.quote(rel.replace(os.sep, "/")),
            "uriBaseId": "SRCROOT"}


def sarif_physical(location, root):
    physical = {"artifactLocation": sarif_artifact(location.path, root)}
    region = sarif_region(location)
    if region:
        physical["region"] = region
    return physical


def sarif_log(findings, tus, args, root, sources, start, end, use_baseline,
              interrupted=None, config_errors=()):
    """The log of one audit run. An interrupted run's log says so (an error
    notification, executionSuccessful false, run property "partial"); a
    configuration error is a toolConfigurationNotification."""
    base = docs_base(args.docs_url)
    docs_dir = None
    if base and base.startswith("file://"):
        docs_dir = urllib.parse.unquote(base[len("file://"):])
    elif config.SOURCE_DOCS_DIR:
        docs_dir = config.SOURCE_DOCS_DIR
    checks = sorted({f.check for f in findings})
    rules = []
    for check in checks:
        rule = {"id": check, "name": check,
                "shortDescription": {"text": rule_description(check, docs_dir)}}
        uri = rule_help_uri(check, base)
        if uri:
            rule["helpUri"] = uri
        rules.append(rule)
    rule_index = {check: i for i, check in enumerate(checks)}

    results = []
    for f in findings:
        result = {"ruleId": f.check, "ruleIndex": rule_index[f.check],
                  "level": f.level if f.level in ("note", "warning", "error")
                  else "warning",
                  "message": {"text": f.message},
                  "partialFingerprints": {
                      "asyncTidyBaselineKey/v1": key_fingerprint(f.key)},
                  "properties": {"library": f.library}}
        if f.location:
            result["locations"] = [{"physicalLocation": sarif_physical(
                f.location, root)}]
        related = []
        for i, (message, location) in enumerate(f.notes):
            entry = {"id": i + 1, "message": {"text": message}}
            if location:
                entry["physicalLocation"] = sarif_physical(location, root)
            related.append(entry)
        if related:
            result["relatedLocations"] = related
        fixes = []
        for description, replacements in f.fixes:
            by_file = collections.OrderedDict()
            for path, offset, length, text in replacements:
                start_pos = sources.position(path, offset)
                end_pos = sources.position(path, offset + length)
                if not start_pos or not end_pos:
                    continue
                by_file.setdefault(path, []).append({
                    "deletedRegion": {"startLine": start_pos[0],
                                      "startColumn": start_pos[2],
                                      "endLine": end_pos[0],
                                      "endColumn": end_pos[2]},
                    "insertedContent": {"text": text}})
            if by_file:
                fixes.append({"description": {"text": description},
                              "artifactChanges": [
                                  {"artifactLocation": sarif_artifact(p, root),
                                   "replacements": r}
                                  for p, r in by_file.items()]})
        if fixes:
            result["fixes"] = fixes
        if use_baseline:
            result["baselineState"] = "new" if f.new else "unchanged"
        results.append(result)

    notifications = []
    for tu in tus:
        if tu.status in ("ok", "pending"):
            continue
        level = "warning" if tu.status == "compile-errors" else "error"
        notifications.append({
            "level": level,
            "message": {"text": "%s: %s" % (relative(tu.path, root), tu.detail)},
            "descriptor": {"id": tu.status},
            "locations": [{"physicalLocation": {
                "artifactLocation": sarif_artifact(tu.path, root)}}]})
    if interrupted:
        analysed = sum(1 for tu in tus if tu.status != "pending")
        notifications.append({
            "level": "error",
            "message": {"text": "the audit was interrupted (%s) after %d of %d "
                                "translation units: the results are partial"
                                % (signal.Signals(interrupted).name, analysed,
                                   len(tus))},
            "descriptor": {"id": "interrupted"}})
    invocation = {
        "executionSuccessful": not interrupted and not config_errors and not any(
            tu.status in ("crashed", "timeout", "failed") for tu in tus),
        "commandLine": " ".join(shlex.quote(a) for a in sys.argv),
        "startTimeUtc": start, "endTimeUtc": end,
        "workingDirectory": {"uri": file_uri(os.getcwd()) + "/"},
        "toolExecutionNotifications": notifications}
    if config_errors:
        invocation["toolConfigurationNotifications"] = [
            {"level": "error", "message": {"text": message},
             "descriptor": {"id": "clang-tidy-config"}}
            for message in config_errors]
    driver = {"name": "async-tidy",
              "version": config.VERSION,
              "rules": rules}
    if base:
        driver["informationUri"] = base
    run = {
        "tool": {"driver": driver},
        "originalUriBaseIds": {"SRCROOT": {"uri": file_uri(root) + "/"}},
        "columnKind": "unicodeCodePoints",
        "invocations": [invocation],
        "results": results,
    }
    if interrupted:
        run["properties"] = {"partial": True}
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [run],
    }


def merge_sarif(out, inputs):
    """Combines the runs of several async-tidy SARIF files (e.g. shards) into
    one run. Returns the exit code the merged result stands for."""
    merged = None
    rules = collections.OrderedDict()
    results, invocations, seen = [], [], set()
    for path in inputs:
        try:
            with open(path) as f:
                log = json.load(f)
        except (OSError, ValueError) as e:
            raise UsageError("cannot read SARIF file %s: %s" % (path, e))
        if log.get("version") != "2.1.0" or not log.get("runs"):
            raise UsageError("%s is not a SARIF 2.1.0 log with runs" % path)
        for run in log["runs"]:
            if merged is None:
                merged = json.loads(json.dumps(run))
            run_rules = run["tool"]["driver"].get("rules", [])
            for rule in run_rules:
                rules.setdefault(rule["id"], rule)
            for result in run.get("results", []):
                identity = json.dumps([result.get("ruleId"),
                                       result.get("partialFingerprints"),
                                       result.get("locations"),
                                       result["message"]], sort_keys=True)
                if identity in seen:
                    continue
                seen.add(identity)
                results.append(result)
            invocations.extend(run.get("invocations", []))
    if merged is None:
        raise UsageError("--merge-sarif needs at least one input file")
    rule_ids = list(rules)
    for result in results:
        if result.get("ruleId") in rules:
            result["ruleIndex"] = rule_ids.index(result["ruleId"])
    merged["tool"]["driver"]["rules"] = list(rules.values())
    merged["results"] = results
    merged["invocations"] = invocations
    write_json(out, {"$schema": SARIF_SCHEMA, "version": "2.1.0",
                     "runs": [merged]}, what="SARIF")

    by_check = collections.Counter(r.get("ruleId") for r in results)
    new = sum(1 for r in results if r.get("baselineState") != "unchanged")
    incomplete = [n for i in invocations if not i.get("executionSuccessful")
                  for n in i.get("toolExecutionNotifications", [])
                  if n.get("level") == "error"]
    print("async-tidy-audit: merged %d file%s into %s: %d finding%s (%d new), "
          "%d problem%s" % (len(inputs), "" if len(inputs) == 1 else "s", out,
                            len(results), "" if len(results) == 1 else "s",
                            new, len(incomplete),
                            "" if len(incomplete) == 1 else "s"))
    for check, count in sorted(by_check.items(), key=lambda x: (-x[1], x[0])):
        print("%6d  %s" % (count, check))
    for n in incomplete:
        print("  problem: " + n["message"]["text"])
    if any(not i.get("executionSuccessful") for i in invocations):
        return EXIT_INCOMPLETE
    return EXIT_NEW_FINDINGS if new else EXIT_OK
