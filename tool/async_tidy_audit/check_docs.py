# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""The checks' documentation pages (docs/checks/<check>.md), embedded in the
package at build time as checkdocs.json, so that an installed runner fills
SARIF's rule descriptions and help without a source tree. Run from the source
tree, the pages are read from docs/checks/.

Build step (tool/CMakeLists.txt):
  python3 check_docs.py OUT.json docs/checks/async-blocking-wait.md ...
"""

import json
import os
import re
import sys

PACKAGE_DIR = os.path.dirname(os.path.realpath(__file__))
DATA_FILE = "checkdocs.json"

_pages = None


def pages():
    """{check: markdown of its docs page}."""
    global _pages
    if _pages is None:
        try:
            with open(os.path.join(PACKAGE_DIR, DATA_FILE), encoding="utf-8") as f:
                _pages = json.load(f)
        except (OSError, ValueError):
            _pages = _read_source_tree()
    return _pages


def _read_source_tree():
    from . import config
    directory = os.path.join(config.SOURCE_ROOT, "docs", "checks") \
        if config.SOURCE_ROOT else None
    if not directory or not os.path.isdir(directory):
        return {}
    return read_pages(os.path.join(directory, name)
                      for name in sorted(os.listdir(directory))
                      if name.endswith(".md"))


def read_pages(paths):
    result = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            result[os.path.basename(path)[:-len(".md")]] = f.read()
    return result


def _inline_plain(text):
    """Markdown inline markup to plain text: code spans, emphasis, links."""
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    return re.sub(r"`([^`]*)`|\*\*([^*]+)\*\*|\*([^*]+)\*",
                  lambda m: next(g for g in m.groups() if g is not None), text)


def summary(markdown):
    """The page's first prose paragraph, as plain text on one line."""
    for paragraph in re.split(r"\n\s*\n", markdown):
        paragraph = " ".join(paragraph.split())
        if paragraph and not paragraph.startswith(("#", "|", "```", ">")):
            paragraph = _inline_plain(paragraph)
            return paragraph[:-1] + "." if paragraph.endswith(":") else paragraph
    return ""


def first_sentence(text):
    return re.split(r"(?<=[.!?])\s+(?=[A-Z(\"'`])", text)[0]


def absolute_links(markdown, page_uri):
    """Relative links of the page made absolute against PAGE_URI (the page's
    own URL), or reduced to their text when PAGE_URI is None: help shown in
    a code-scanning UI has no docs/ next to it."""
    def replace(match):
        text, target = match.group(1), match.group(2)
        if re.match(r"[A-Za-z][A-Za-z0-9+.-]*:|#", target):
            return match.group(0)
        if page_uri is None:
            return text
        from urllib.parse import urljoin
        return "[%s](%s)" % (text, urljoin(page_uri, target))
    return re.sub(r"(?<!!)\[([^\]]+)\]\(([^)\s]+)\)", replace, markdown)


def plain_text(markdown):
    """A plain-text rendering of a page: headings and code blocks kept as
    text, inline markup and link targets dropped."""
    lines, in_code = [], False
    for line in markdown.splitlines():
        if line.startswith("```"):
            in_code = not in_code
            continue
        if in_code:
            lines.append("    " + line)
            continue
        line = re.sub(r"^#+\s*", "", line)
        lines.append(_inline_plain(line))
    return "\n".join(lines).strip() + "\n"


def main(argv):
    out, inputs = argv[0], argv[1:]
    data = json.dumps(read_pages(inputs), indent=1, sort_keys=True) + "\n"
    temporary = out + ".tmp"
    with open(temporary, "w", encoding="utf-8") as f:
        f.write(data)
    os.replace(temporary, out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
