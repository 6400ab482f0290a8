# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
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

from . import check_docs, config, regions
from .common import EXIT_INCOMPLETE, EXIT_NEW_FINDINGS, EXIT_OK, UsageError, relative
from .findings import key_fingerprint
from .outputs import write_json

SARIF_SCHEMA = ("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/"
                "schemas/sarif-schema-2.1.0.json")


def docs_base(args_docs_url):
    """The base URL of the docs (docs/checks/<check>.md below it), ending in
    '/': --docs-url, else the URL fixed at build time (ASYNC_TIDY_DOCS_URL),
    else None. Never a file: URI: a SARIF log is read on other machines
    (GitHub code scanning shows helpUri as a link)."""
    for base in (args_docs_url, config.DOCS_URL):
        if base:
            return base.rstrip("/") + "/"
    return None


def file_uri(path):
    return "file://" + urllib.parse.quote(os.path.abspath(path))


def readable_name(check):
    """SARIF's reportingDescriptor.name: a readable Pascal-case name, as
    SARIF2012 asks (async-blocking-wait -> AsyncBlockingWait)."""
    return "".join(part[:1].upper() + part[1:]
                   for part in re.split(r"[-_.]", check) if part)


def upstream_docs_uri(check):
    if check.startswith("clang-diagnostic-"):
        return None
    module, _, name = check.partition("-")
    if check.startswith("clang-analyzer-"):
        module, name = "clang-analyzer", check[len("clang-analyzer-"):]
    return ("https://releases.llvm.org/19.1.0/tools/clang/tools/extra/docs/"
            "clang-tidy/checks/%s/%s.html" % (module, name))


def sarif_rule(check, base):
    """The reportingDescriptor of CHECK: GitHub code scanning requires
    shortDescription, fullDescription and help.text (GH2012) and shows
    help.markdown on the alert page."""
    page = check_docs.pages().get(check)
    rule = {"id": check, "name": readable_name(check)}
    if page is not None:
        help_uri = base + "checks/" + check + ".md" if base else None
        full = check_docs.summary(page) or check
        rule["shortDescription"] = {"text": check_docs.first_sentence(full)}
        rule["fullDescription"] = {"text": full}
        markdown = check_docs.absolute_links(page, help_uri)
        rule["help"] = {"text": check_docs.plain_text(markdown),
                        "markdown": markdown}
        rule["properties"] = {"tags": ["concurrency", "reliability"]}
    else:
        help_uri = upstream_docs_uri(check)
        if check.startswith("clang-diagnostic-"):
            text = "Clang compiler diagnostic -W" + check[len("clang-diagnostic-"):]
        else:
            text = "clang-tidy check " + check
        rule["shortDescription"] = {"text": text}
        rule["fullDescription"] = {"text": text + "."}
        rule["help"] = {"text": text + (": " + help_uri if help_uri else "."),
                        "markdown": "%s%s" % (
                            text, ": [documentation](%s)" % help_uri if help_uri else ".")}
    if help_uri:
        rule["helpUri"] = help_uri
    rule["defaultConfiguration"] = {"level": "warning"}
    return rule


def sarif_region(location, sources):
    if not location or not location.line:
        return None
    region = regions.sarif_region(sources, location.path, location.offset,
                                  getattr(location, "ranges", ()))
    return region or {"startLine": location.line,
                      "startColumn": location.char_column}


def sarif_artifact(path, root):
    rel = relative(path, root)
    if os.path.isabs(rel):
        return {"uri": file_uri(rel)}
    return {"uri": urllib.parse.quote(rel.replace(os.sep, "/")),
            "uriBaseId": "SRCROOT"}


def displayable(location, root):
    """Whether GitHub code scanning accepts LOCATION: a file under the source
    root (a relative URI) or under the working directory, which the log
    records as the invocation's (GH1006: an absolute file URI elsewhere makes
    it reject the whole log)."""
    if not location or not location.path:
        return False
    for base in (root, os.getcwd()):
        if not os.path.isabs(relative(location.path, base)):
            return True
    return False


def sarif_physical(location, root, sources):
    physical = {"artifactLocation": sarif_artifact(location.path, root)}
    region = sarif_region(location, sources)
    if region:
        physical["region"] = region
    return physical


def link_text(text):
    """TEXT as the text of an embedded link (SARIF 3.11.6): '\\', '[' and
    ']' escaped."""
    return re.sub(r"([\\\[\]])", r"\\\1", text)


def message_and_related(f, root, sources):
    """The result's message and relatedLocations. GitHub shows a related
    location only when the message links it ("[text](id)"), so each note
    elsewhere becomes a linked sentence; a note at the finding itself (the
    remedy of async-await-foreign-task) or without a location becomes part of
    the message, and so does a note outside the checkout (GH1006)."""
    text = f.message
    links = []
    related = []
    here = (f.location.path, f.location.offset) if f.location else None
    for message, location in f.notes:
        if (not location or not location.line or not displayable(location, root) or
                (location.path, location.offset) == here):
            if message and message not in text:
                text += "; " + message
            continue
        number = len(related) + 1
        related.append({"id": number, "message": {"text": message},
                        "physicalLocation": sarif_physical(location, root, sources)})
        links.append("[%s](%d)" % (link_text(message), number))
    if links:
        text = "%s. %s." % (text.rstrip("."), ". ".join(links))
    return text, related


def sarif_log(findings, tus, args, root, sources, start, end, use_baseline,
              interrupted=None, config_errors=()):
    """The log of one audit run. An interrupted run's log says so (an error
    notification, executionSuccessful false, run property "partial"); a
    configuration error is a toolConfigurationNotification."""
    base = docs_base(args.docs_url)
    checks = sorted({f.check for f in findings})
    rules = [sarif_rule(check, base) for check in checks]
    rule_index = {check: i for i, check in enumerate(checks)}

    results = []
    # GitHub code scanning rejects a log with a result it cannot place
    # (GH1001, GH1006): such findings become notifications.
    unplaced = [f for f in findings if not displayable(f.location, root)]
    for f in findings:
        if not displayable(f.location, root):
            continue
        message_text, related = message_and_related(f, root, sources)
        result = {"ruleId": f.check, "ruleIndex": rule_index[f.check],
                  "level": f.level if f.level in ("note", "warning", "error")
                  else "warning",
                  "message": {"text": message_text},
                  "partialFingerprints": {
                      "asyncTidyBaselineKey/v1": key_fingerprint(f.key)},
                  "properties": {"library": f.library}}
        if f.location:
            result["locations"] = [{"physicalLocation": sarif_physical(
                f.location, root, sources)}]
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
    for f in unplaced:
        where = "%s:%d:%d: " % (f.location.path, f.location.line, f.location.column) \
            if f.location else ""
        notifications.append({
            "level": "warning",
            "message": {"text": "%s%s [%s] (left out of the results: %s)" % (
                where, f.message, f.check,
                "outside the source root and the working directory; see "
                "--source-root" if f.location else "no location")},
            "descriptor": {"id": "unplaced-finding"}})
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
