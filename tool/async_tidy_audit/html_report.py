# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""The HTML report (--html DIR): a self-contained directory for one-off audits.

  DIR/index.html          every finding, sortable and filterable by check,
                          library and file, with counts by each
  DIR/files/<name>.html   one page per file a finding or a note points at: the
                          annotated source, each finding under its line with
                          its message, its notes as numbered steps on their own
                          lines (as scan-build and CodeChecker show a path) and
                          its fix-its as diffs

No network access: styles and scripts are inline, pages link only to each
other. Filters and sort order live in the index's query string
(index.html?check=async-blocking-wait&sort=line), so a filtered view can be
bookmarked. The directory is written next to DIR and renamed into place, and
an existing DIR is replaced only if it holds an earlier report."""

import collections
import hashlib
import html
import json
import os
import re
import shutil
import tempfile
import urllib.parse

from .common import UsageError, plural, relative
from .regions import byte_region

# Marks a directory as an async-tidy HTML report, which a later run may replace.
MARKER = ".async-tidy-html-report"

STYLE = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 0 1.5em 2em; color: #1f2328; }
h1 { font-size: 1.35em; margin: 0.8em 0 0.3em; }
h1 code { font-size: 1em; }
h2 { font-size: 1.1em; margin: 1.2em 0 0.4em; }
a { color: #0550ae; }
code, pre, .code { font: 13px/1.4 ui-monospace, "DejaVu Sans Mono", monospace; }
table { border-collapse: collapse; }
.summary { display: flex; gap: 2.5em; flex-wrap: wrap; align-items: flex-start; }
.summary td, .summary th { padding: 1px 0.7em 1px 0; text-align: left; }
.summary td.count { text-align: right; }
#findings th { cursor: pointer; user-select: none; background: #f6f8fa;
  border-bottom: 1px solid #d0d7de; padding: 4px 8px; text-align: left; white-space: nowrap; }
#findings th[aria-sort=ascending]::after { content: " \\25B2"; }
#findings th[aria-sort=descending]::after { content: " \\25BC"; }
#findings td { border-bottom: 1px solid #eaeef2; padding: 3px 8px; vertical-align: top; }
#findings td.num { text-align: right; }
.filters { margin: 0.6em 0; display: flex; gap: 0.8em; flex-wrap: wrap; align-items: center; }
.source { width: 100%; }
.source td { padding: 0 6px; white-space: pre-wrap; vertical-align: top; }
.source td.ln { text-align: right; color: #6e7781; user-select: none; width: 4em; }
.source td.ln a { color: inherit; text-decoration: none; }
tr.step-line { background: #ddf4ff; }
tr.finding-line { background: #fff1c2; }
tr:target, tr.finding-line:target { outline: 2px solid #bf8700; }
mark.range { background: #ffd33d; border-radius: 2px; }
.finding { border-left: 4px solid #bf8700; background: #fffbeb; margin: 4px 0 8px;
  padding: 6px 10px; white-space: normal; font-family: system-ui, sans-serif; }
.finding.error { border-color: #cf222e; background: #fff0ee; }
.finding:target { outline: 2px solid #bf8700; }
.level { font-weight: 600; text-transform: uppercase; font-size: 0.8em; margin-right: 0.5em; }
.check { color: #57606a; }
.library { color: #57606a; font-size: 0.9em; }
ol.steps { margin: 0.4em 0 0.2em; padding-left: 1.6em; }
.step { display: inline-block; border: 1px solid #54aeff; background: #ddf4ff;
  border-radius: 10px; padding: 1px 9px; margin: 2px 0 4px; white-space: normal;
  font-family: system-ui, sans-serif; }
.step:target { outline: 2px solid #0969da; }
.step-number { display: inline-block; min-width: 1.3em; text-align: center; color: #fff;
  background: #0969da; border-radius: 9px; margin-right: 0.4em; font-weight: 600; }
.fix { margin-top: 0.4em; }
pre.diff { background: #f6f8fa; border: 1px solid #d0d7de; padding: 4px 8px; margin: 2px 0;
  white-space: pre-wrap; }
.diff .del { background: #ffebe9; display: block; }
.diff .add { background: #dafbe1; display: block; }
.diff .hunk { color: #6e7781; display: block; }
.muted { color: #6e7781; }
"""

# Sorting and filtering of the index; state in the query string.
SCRIPT = r"""
(function () {
  var table = document.getElementById('findings');
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var params = new URLSearchParams(location.search);
  var fields = ['check', 'library', 'file'];
  var search = document.getElementById('filter-text');
  function selectOf(name) { return document.getElementById('filter-' + name); }
  fields.forEach(function (name) {
    var select = selectOf(name);
    if (params.has(name)) select.value = params.get(name);
    select.addEventListener('change', update);
  });
  if (params.has('q')) search.value = params.get('q');
  search.addEventListener('input', update);
  var sortKey = params.get('sort') || '', sortDir = params.get('dir') || 'ascending';
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
    th.addEventListener('click', function () {
      var key = th.getAttribute('data-key');
      sortDir = (sortKey === key && sortDir === 'ascending') ? 'descending' : 'ascending';
      sortKey = key;
      update();
    });
  });
  function value(row, key) {
    var v = row.getAttribute('data-' + key);
    return row.getAttribute('data-numeric-' + key) !== null ? Number(v) : v.toLowerCase();
  }
  function update() {
    var text = search.value.toLowerCase(), shown = 0;
    rows.forEach(function (row) {
      var visible = fields.every(function (name) {
        var wanted = selectOf(name).value;
        return !wanted || row.getAttribute('data-' + name) === wanted;
      }) && (!text || row.textContent.toLowerCase().indexOf(text) >= 0);
      row.hidden = !visible;
      if (visible) shown++;
    });
    if (sortKey) {
      var sign = sortDir === 'descending' ? -1 : 1;
      rows.slice().sort(function (a, b) {
        var x = value(a, sortKey), y = value(b, sortKey);
        if (x < y) return -sign;
        if (x > y) return sign;
        return Number(a.getAttribute('data-order')) - Number(b.getAttribute('data-order'));
      }).forEach(function (row) { body.appendChild(row); });
    }
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
      if (th.getAttribute('data-key') === sortKey) th.setAttribute('aria-sort', sortDir);
      else th.removeAttribute('aria-sort');
    });
    document.getElementById('shown').textContent = shown;
    var query = new URLSearchParams();
    fields.forEach(function (name) {
      if (selectOf(name).value) query.set(name, selectOf(name).value);
    });
    if (search.value) query.set('q', search.value);
    if (sortKey) { query.set('sort', sortKey); query.set('dir', sortDir); }
    try {
      history.replaceState(null, '', '?' + query.toString() + location.hash);
    } catch (e) { /* some browsers refuse it for file: URLs */ }
  }
  update();
})();
"""


def escape(text):
    return html.escape(text, quote=True)


def page(title, body, script=""):
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<title>%s</title>\n<style>%s</style>\n</head>\n<body>\n%s\n%s</body>\n</html>\n" % (
                escape(title), STYLE, body,
                "<script>%s</script>\n" % script if script else ""))


def page_name(rel):
    """A file name for the page of source file REL: readable, and unique
    through a hash of the whole path."""
    digest = hashlib.sha1(rel.encode("utf-8")).hexdigest()[:8]
    readable = re.sub(r"[^A-Za-z0-9._-]+", "_", rel).strip("_")[-80:]
    return "%s-%s.html" % (readable, digest)


class Step:
    """One note of a finding, numbered within the finding."""

    def __init__(self, finding_id, number, message, location):
        self.finding_id = finding_id
        self.number = number
        self.message = message
        self.location = location
        self.anchor = "%s-s%d" % (finding_id, number)


class Report:
    def __init__(self, findings, root, sources):
        self.root = root
        self.sources = sources
        self.findings = sorted(findings, key=lambda f: (
            relative(f.location.path, root) if f.location else "",
            f.location.line if f.location else 0,
            f.location.column if f.location else 0, f.check, f.message))
        self.ids = {}
        self.steps = {}
        for number, f in enumerate(self.findings, 1):
            fid = "f%d" % number
            self.ids[id(f)] = fid
            self.steps[fid] = [Step(fid, i, message, location)
                               for i, (message, location) in enumerate(f.notes, 1)]
        # Files with a page: those a finding or a note points at and that
        # can be read.
        paths = set()
        for f in self.findings:
            for location in [f.location] + [l for _, l in f.notes]:
                if location and location.path and sources.data(location.path) is not None:
                    paths.add(location.path)
        self.pages = {p: page_name(relative(p, root)) for p in paths}

    def rel(self, path):
        return relative(path, self.root)

    def link(self, path, anchor, from_index):
        if path not in self.pages:
            return None
        prefix = "files/" if from_index else ""
        return "%s%s#%s" % (prefix, self.pages[path], anchor)

    # ------------------------------------------------------------------
    # index.html
    # ------------------------------------------------------------------
    def index(self, title, problems, use_baseline):
        findings = self.findings
        by = {"check": collections.Counter(f.check for f in findings),
              "library": collections.Counter(library(f) for f in findings),
              "file": collections.Counter(self.rel(f.location.path) if f.location else ""
                                          for f in findings)}
        parts = ["<h1>%s</h1>" % escape(title)]
        new = sum(1 for f in findings if f.new)
        parts.append("<p>%s%s in %s.</p>" % (
            plural(len(findings), "finding"),
            " (%d new)" % new if use_baseline else "",
            plural(len(by["file"]), "file")))
        if problems:
            parts.append("<h2>Problems</h2><ul class=\"problems\">%s</ul>" % "".join(
                "<li>%s</li>" % escape(p) for p in problems))
        parts.append("<div class=\"summary\">")
        for field, heading in (("check", "By check"), ("library", "By library"),
                               ("file", "By file")):
            rows = "".join(
                "<tr><td class=\"count\">%d</td><td><a href=\"?%s=%s\">%s</a></td></tr>" % (
                    count, field, escape(_query_value(name)), escape(name or "(none)"))
                for name, count in sorted(by[field].items(), key=lambda x: (-x[1], x[0])))
            parts.append("<table class=\"by-%s\"><tr><th colspan=\"2\">%s</th></tr>%s</table>" % (
                field, heading, rows))
        parts.append("</div>")

        def options(field):
            return "<option value=\"\">all</option>" + "".join(
                "<option value=\"%s\">%s</option>" % (escape(name), escape(name or "(none)"))
                for name in sorted(by[field]))

        parts.append(
            "<h2>Findings</h2><div class=\"filters\">"
            "<label>check <select id=\"filter-check\">%s</select></label>"
            "<label>library <select id=\"filter-library\">%s</select></label>"
            "<label>file <select id=\"filter-file\">%s</select></label>"
            "<label>text <input id=\"filter-text\" type=\"search\"></label>"
            "<span class=\"muted\"><span id=\"shown\">%d</span> of %d shown</span></div>" % (
                options("check"), options("library"), options("file"),
                len(findings), len(findings)))
        columns = [("file", "File"), ("line", "Line"), ("check", "Check"),
                   ("library", "Library"), ("message", "Message")]
        if use_baseline:
            columns.append(("state", "State"))
        parts.append("<table id=\"findings\"><thead><tr>%s</tr></thead><tbody>" % "".join(
            "<th data-key=\"%s\">%s</th>" % c for c in columns))
        for order, f in enumerate(findings):
            fid = self.ids[id(f)]
            loc = f.location
            rel = self.rel(loc.path) if loc else ""
            href = self.link(loc.path, fid, True) if loc else None
            file_cell = "<a href=\"%s\">%s</a>" % (escape(href), escape(rel)) if href \
                else escape(rel or "(no file)")
            state = "new" if f.new else "baseline"
            attributes = {"id": "row-" + fid, "data-order": order, "data-file": rel,
                          "data-line": loc.line if loc else 0, "data-check": f.check,
                          "data-library": library(f), "data-message": f.message,
                          "data-state": state, "data-numeric-line": ""}
            cells = [file_cell, str(loc.line if loc else ""), escape(f.check),
                     escape(library(f)), escape(f.message)]
            if use_baseline:
                cells.append(state)
            parts.append("<tr %s>%s</tr>" % (
                " ".join("%s=\"%s\"" % (k, escape(str(v))) for k, v in attributes.items()),
                "".join("<td%s>%s</td>" % (" class=\"num\"" if i == 1 else "", c)
                        for i, c in enumerate(cells))))
        parts.append("</tbody></table>")
        return page(title, "\n".join(parts), SCRIPT)

    # ------------------------------------------------------------------
    # files/<name>.html
    # ------------------------------------------------------------------
    def file_page(self, path, title):
        rel = self.rel(path)
        data = self.sources.data(path)
        text_lines = [l.rstrip("\r") for l in data.decode("utf-8", "replace").split("\n")]
        if text_lines and text_lines[-1] == "":
            text_lines.pop()
        at_line = collections.defaultdict(list)  # line -> [finding]
        steps_at = collections.defaultdict(list)  # line -> [Step]
        marks = collections.defaultdict(list)  # line -> [(start col, end col)]
        here = [f for f in self.findings if f.location and f.location.path == path]
        for f in here:
            at_line[f.location.line].append(f)
            for line, start, end in self.columns(f.location):
                marks[line].append((start, end))
        for f in self.findings:
            for step in self.steps[self.ids[id(f)]]:
                if step.location and step.location.path == path and step.location.line:
                    steps_at[step.location.line].append(step)

        parts = ["<p><a href=\"../index.html\">&larr; all findings</a></p>",
                 "<h1><code>%s</code></h1>" % escape(rel)]
        if here:
            parts.append("<ol class=\"in-file\">%s</ol>" % "".join(
                "<li><a href=\"#%s\">line %d</a>: %s <span class=\"check\">[%s]</span></li>" % (
                    self.ids[id(f)], f.location.line, escape(f.message), escape(f.check))
                for f in here))
        else:
            parts.append("<p class=\"muted\">No finding in this file; notes of "
                         "findings elsewhere point here.</p>")
        parts.append("<table class=\"source code\">")
        for number, line in enumerate(text_lines, 1):
            classes = ["line"]
            if at_line.get(number):
                classes.append("finding-line")
            if steps_at.get(number):
                classes.append("step-line")
            parts.append("<tr id=\"L%d\" class=\"%s\"><td class=\"ln\"><a href=\"#L%d\">%d</a>"
                         "</td><td>%s</td></tr>" % (
                             number, " ".join(classes), number, number,
                             marked(line, marks.get(number, []))))
            annotations = [self.step_html(step) for step in steps_at.get(number, [])]
            annotations += [self.finding_html(f) for f in at_line.get(number, [])]
            if annotations:
                parts.append("<tr class=\"annotation\"><td></td><td>%s</td></tr>" %
                             "".join(annotations))
        parts.append("</table>")
        return page("%s - %s" % (rel, title), "\n".join(parts))

    def columns(self, location):
        """[(line, start column, end column)] (0-based code-point columns,
        end exclusive) of the region of a finding, one entry per line."""
        data = self.sources.data(location.path)
        if data is None:
            return []
        span = byte_region(data, location.offset, getattr(location, "ranges", ()),
                           lambda o: self.sources.position(location.path, o)[0])
        if not span:
            return []
        start = self.sources.position(location.path, span[0])
        end = self.sources.position(location.path, span[1])
        if start[0] == end[0]:
            return [(start[0], start[2] - 1, end[2] - 1)]
        result = [(start[0], start[2] - 1, None)]
        result += [(line, 0, None) for line in range(start[0] + 1, end[0])]
        return result + [(end[0], 0, end[2] - 1)]

    def step_html(self, step):
        owner = self.finding_of(step.finding_id)
        back = self.link(owner.location.path, step.finding_id, False) if owner.location else None
        return ("<div class=\"step\" id=\"%s\"><span class=\"step-number\">%d</span> %s"
                "%s</div><br>" % (
                    step.anchor, step.number, escape(step.message),
                    " <a class=\"muted\" href=\"%s\">(step %d of the %s at %s:%d)</a>" % (
                        escape(back), step.number, escape(owner.level),
                        escape(self.rel(owner.location.path)), owner.location.line)
                    if back else ""))

    def finding_of(self, fid):
        return self.findings[int(fid[1:]) - 1]

    def finding_html(self, f):
        fid = self.ids[id(f)]
        parts = ["<div class=\"finding %s\" id=\"%s\"><span class=\"level\">%s</span> %s "
                 "<span class=\"check\">[%s]</span> <span class=\"library\">%s</span>" % (
                     escape(f.level), fid, escape(f.level), escape(f.message),
                     escape(f.check), escape(library(f)))]
        steps = self.steps[fid]
        if steps:
            items = []
            for step in steps:
                loc = step.location
                href = self.link(loc.path, step.anchor, False) if loc else None
                where = "%s:%d" % (self.rel(loc.path), loc.line) if loc and loc.line else ""
                items.append("<li value=\"%d\">%s %s</li>" % (
                    step.number, escape(step.message),
                    "(<a href=\"%s\">%s</a>)" % (escape(href), escape(where)) if href
                    else "<span class=\"muted\">%s</span>" % escape(where)))
            parts.append("<ol class=\"steps\">%s</ol>" % "".join(items))
        for description, replacements in f.fixes:
            diff = self.diff(replacements)
            if diff:
                parts.append("<div class=\"fix\"><span class=\"muted\">fix-it%s</span>"
                             "<pre class=\"diff\">%s</pre></div>" % (
                                 "" if description == f.message else ": " + escape(description),
                                 diff))
        parts.append("</div>")
        return "".join(parts)

    def diff(self, replacements):
        """The replacements as a unified-style diff of the lines they touch,
        per file, as HTML."""
        by_file = collections.OrderedDict()
        for path, offset, length, text in replacements:
            by_file.setdefault(path, []).append((offset, length, text))
        hunks = []
        for path, edits in by_file.items():
            data = self.sources.data(path)
            if data is None:
                continue
            edits.sort()
            first = self.sources.position(path, edits[0][0])
            last = self.sources.position(path, edits[-1][0] + edits[-1][1])
            if not first or not last:
                continue
            begin = data.rfind(b"\n", 0, edits[0][0]) + 1
            end_newline = data.find(b"\n", edits[-1][0] + edits[-1][1])
            end = len(data) if end_newline < 0 else end_newline
            old = data[begin:end]
            new, cursor = b"", begin
            for offset, length, text in edits:
                if offset < cursor:  # Overlapping edits: not a mechanical diff.
                    return ""
                new += data[cursor:offset] + text.encode("utf-8")
                cursor = offset + length
            new += data[cursor:end]
            lines = ["<span class=\"hunk\">%s:%d</span>" % (
                escape(self.rel(path)), first[0])]
            lines += ["<span class=\"del\">- %s</span>" % escape(l)
                      for l in old.decode("utf-8", "replace").split("\n")]
            lines += ["<span class=\"add\">+ %s</span>" % escape(l)
                      for l in new.decode("utf-8", "replace").split("\n")]
            hunks.append("".join(lines))
        return "".join(hunks)


def library(finding):
    return getattr(finding, "library", None) or "other"


def _query_value(text):
    return urllib.parse.quote(text, safe="")


def marked(line, spans):
    """LINE as HTML with the code-point column SPANS [(start, end or None)]
    wrapped in <mark>."""
    if not spans:
        return escape(line)
    flags = [False] * (len(line) + 1)
    for start, end in spans:
        for i in range(max(start, 0), min(len(line) if end is None else end, len(line))):
            flags[i] = True
    out, i = [], 0
    while i < len(line):
        j = i
        while j < len(line) and flags[j] == flags[i]:
            j += 1
        chunk = escape(line[i:j])
        out.append("<mark class=\"range\">%s</mark>" % chunk if flags[i] else chunk)
        i = j
    return "".join(out)


def check_html_directory(directory):
    """Raises UsageError unless DIRECTORY can receive the report: it does
    not exist, is empty, or holds an earlier report (checked before the
    analysis, so that a typo does not cost an audit)."""
    directory = os.path.abspath(directory)
    if os.path.lexists(directory):
        if not os.path.isdir(directory) or (
                os.listdir(directory) and
                not os.path.exists(os.path.join(directory, MARKER))):
            raise UsageError("--html %s: exists and is not an async-tidy HTML "
                             "report; name a new directory" % directory)
    parent = os.path.dirname(directory)
    try:
        os.makedirs(parent, exist_ok=True)
    except OSError as e:
        raise UsageError("--html %s: cannot write: %s" % (directory, e.strerror))
    if not os.access(parent, os.W_OK | os.X_OK):
        raise UsageError("--html %s: cannot write: permission denied" % directory)


def write_html_report(directory, findings, root, sources, problems=(),
                      use_baseline=False, title="async-tidy audit"):
    """Writes the report into DIRECTORY (replacing an earlier report there).
    PROBLEMS: lines describing translation units that were not analyzed
    completely. Returns the number of file pages."""
    directory = os.path.abspath(directory)
    check_html_directory(directory)
    parent = os.path.dirname(directory)
    try:
        scratch = tempfile.mkdtemp(prefix="." + os.path.basename(directory) + ".",
                                   dir=parent)
    except OSError as e:
        raise UsageError("--html %s: cannot write: %s" % (directory, e.strerror))
    try:
        report = Report(findings, root, sources)
        os.mkdir(os.path.join(scratch, "files"))
        for path, name in report.pages.items():
            with open(os.path.join(scratch, "files", name), "w", encoding="utf-8") as f:
                f.write(report.file_page(path, title))
        with open(os.path.join(scratch, "index.html"), "w", encoding="utf-8") as f:
            f.write(report.index(title, list(problems), use_baseline))
        with open(os.path.join(scratch, MARKER), "w") as f:
            f.write(json.dumps({"findings": len(report.findings)}) + "\n")
        os.chmod(scratch, 0o755 & ~_umask())
        if os.path.isdir(directory):
            old = scratch + ".old"
            os.rename(directory, old)
            try:
                os.rename(scratch, directory)
            except OSError:
                os.rename(old, directory)  # The earlier report stays.
                raise
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.rename(scratch, directory)
    except OSError as e:
        shutil.rmtree(scratch, ignore_errors=True)
        raise UsageError("--html %s: cannot write: %s" % (directory, e.strerror or e))
    return len(report.pages)


def _umask():
    mask = os.umask(0)
    os.umask(mask)
    return mask
