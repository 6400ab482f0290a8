#!/usr/bin/env python3
# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Loads an async-tidy-audit HTML report in headless Chromium and prints what
the browser rendered, for FileCheck:

  usage: browser_check.py CHROMIUM REPORT_DIR SCREENSHOT.png

Each page is rendered by `chromium --headless --dump-dom` (one short-lived
browser per page, so nothing is left running and a slow machine only makes
it slower), the DOM after the page's scripts ran is parsed with html.parser,
and links are followed the way a click would: the href of the rendered
element, resolved against the page's URL.

Prints:
  self-contained: yes | <file>: <external reference>
  index: ROWS rows, SHOWN shown (counter: TEXT)       for each filtered view
  order: LINE LINE ...                                 for a sorted view
  link: FILE_PAGE#ANCHOR                               the followed link
  page: H1 / line N: CLASSES / finding: TEXT / step K: TEXT / diff: LINE
  screenshot: WIDTHxHEIGHT png
"""
import html.parser
import os
import re
import struct
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
        "meta", "source", "track", "wbr"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, dict(attrs), parent
        self.children = []

    def text(self):
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def classes(self):
        return (self.attrs.get("class") or "").split()

    def walk(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.walk()

    def find_all(self, tag=None, cls=None, **attrs):
        return [n for n in self.walk()
                if (tag is None or n.tag == tag) and (cls is None or cls in n.classes())
                and all(n.attrs.get(k) == v for k, v in attrs.items())]

    def find(self, *args, **kwargs):
        found = self.find_all(*args, **kwargs)
        return found[0] if found else None


class TreeBuilder(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", [], None)
        self.current = self.root

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.current)
        self.current.children.append(node)
        if tag not in VOID:
            self.current = node

    def handle_endtag(self, tag):
        node = self.current
        while node is not self.root and node.tag != tag:
            node = node.parent
        if node is not self.root:
            self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(data)


class Browser:
    def __init__(self, chromium, scratch):
        self.chromium = chromium
        self.profile = os.path.join(scratch, "profile")

    def run(self, url, *flags):
        argv = [self.chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--no-default-browser-check",
                "--disable-extensions", "--disable-background-networking",
                "--disable-sync", "--mute-audio", "--hide-scrollbars",
                # Containers often have a small /dev/shm; no crash uploads.
                "--disable-dev-shm-usage", "--disable-crash-reporter",
                "--user-data-dir=" + self.profile,
                # Run the page's scripts to completion before dumping.
                "--virtual-time-budget=10000"] + list(flags) + [url]
        # A generous limit only so that a wedged browser cannot hang the
        # suite; one retry for a browser that failed to start on a busy
        # machine.
        proc = None
        for attempt in range(2):
            try:
                proc = subprocess.run(argv, stdout=subprocess.PIPE,
                                      stderr=subprocess.PIPE, timeout=300)
            except subprocess.TimeoutExpired:
                continue
            if proc.returncode == 0:
                return proc.stdout.decode("utf-8", "replace")
        sys.exit("browser_check: chromium failed on %s: %s" % (
            url, proc.stderr.decode("utf-8", "replace")[-2000:]
            if proc else "timed out"))

    def dom(self, url):
        builder = TreeBuilder()
        builder.feed(self.run(url, "--dump-dom"))
        return builder.root


def file_url(path):
    return "file://" + urllib.request.pathname2url(os.path.abspath(path))


def self_contained(report):
    """Every reference of every page stays inside the report."""
    problems = []
    for directory, _, names in os.walk(report):
        for name in names:
            if not name.endswith(".html"):
                continue
            path = os.path.join(directory, name)
            with open(path, encoding="utf-8") as f:
                text = f.read()
            for match in re.finditer(r"""(?:src|href)\s*=\s*["']?\s*((?:[a-z]+:)?//[^"'\s>]*)|@import|url\(\s*["']?(?:https?:)?//""", text):
                problems.append("%s: %s" % (os.path.relpath(path, report), match.group(0)))
    return problems


def rows(index):
    table = index.find("table", id="findings")
    return table.find("tbody").find_all("tr")


def print_index_view(browser, report, query):
    index = browser.dom(file_url(os.path.join(report, "index.html")) + query)
    all_rows = rows(index)
    shown = [r for r in all_rows if "hidden" not in r.attrs]
    print("index %s: %d rows, %d shown (counter: %s)" % (
        query or "(all)", len(all_rows), len(shown), index.find(id="shown").text()))
    return index, shown


def print_page(browser, url, lines):
    page = browser.dom(url)
    print("page: " + " ".join(page.find("h1").text().split()))
    for number in lines:
        row = page.find("tr", id="L%d" % number)
        print("line %d: %s" % (number, " ".join(sorted(row.classes()))))
        marks = [m.text() for m in row.find_all("mark")]
        if marks:
            print("line %d marks: %s" % (number, " ".join(marks)))
    fragment = urllib.parse.urlparse(url).fragment
    target = page.find(id=fragment) if fragment else None
    if target is not None and target.tag == "div":
        print("target %s: %s" % (fragment, " ".join(target.classes())))
    for finding in page.find_all("div", cls="finding"):
        print("finding %s: %s" % (finding.attrs.get("id"),
                                  " ".join(finding.text().split())[:160]))
        for item in finding.find_all("li"):
            link = item.find("a")
            print("  step %s: %s%s" % (item.attrs.get("value"), " ".join(item.text().split()),
                                       " -> " + link.attrs["href"] if link else ""))
        for line in finding.find_all("span", cls="del") + finding.find_all("span", cls="add"):
            print("  diff: " + line.text())
    for step in page.find_all("div", cls="step"):
        print("step bubble %s: %s" % (step.attrs.get("id"), " ".join(step.text().split())))
    return page


def png_size(path):
    with open(path, "rb") as f:
        header = f.read(24)
    if header[:8] != b"\x89PNG\r\n\x1a\n" or header[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", header[16:24])


def main():
    chromium, report, screenshot = sys.argv[1:4]
    report = os.path.abspath(report)
    problems = self_contained(report)
    print("self-contained: " + ("yes" if not problems else "; ".join(problems)))
    with tempfile.TemporaryDirectory(prefix="browser_check.") as scratch:
        browser = Browser(chromium, scratch)
        index, _ = print_index_view(browser, report, "")
        print_index_view(browser, report, "?check=async-inline-continuation")
        print_index_view(browser, report, "?library=std&q=pending_")
        _, shown = print_index_view(browser, report, "?sort=line&dir=descending")
        print("order: " + " ".join(r.attrs["data-line"] for r in shown))

        # Follow the link of the async-await-foreign-task finding.
        row = [r for r in rows(index)
               if r.attrs.get("data-check") == "async-await-foreign-task"][0]
        href = row.find("a").attrs["href"]
        url = urllib.parse.urljoin(file_url(os.path.join(report, "index.html")), href)
        print("link: " + href)
        line = int(row.attrs["data-line"])
        page = print_page(browser, url, [line])
        # ... and from there the link of its first step (in a header).
        step_link = page.find("ol", cls="steps").find("a").attrs["href"]
        step_url = urllib.parse.urljoin(url, step_link)
        print("step link: " + step_link)
        step_line = int(re.search(r":(\d+)$", page.find("ol", cls="steps").find("a").text()).group(1))
        print_page(browser, step_url, [step_line])

        # A finding with a fix-it, and the screenshot of its page.
        row = [r for r in rows(index) if r.attrs.get("data-file") == "src/network.cpp"][0]
        url = urllib.parse.urljoin(file_url(os.path.join(report, "index.html")),
                                   row.find("a").attrs["href"])
        print_page(browser, url, [int(row.attrs["data-line"])])
        browser.run(url, "--screenshot=" + os.path.abspath(screenshot),
                    "--window-size=1200,900")
    size = png_size(screenshot)
    print("screenshot: %s" % ("%dx%d png" % size if size else "not a PNG"))


if __name__ == "__main__":
    main()
