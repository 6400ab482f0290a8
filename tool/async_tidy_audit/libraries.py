# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Which library a finding is about, from the library catalog
(checks/support/Catalog.def, as catalog.json; see config.catalog()).

The checks quote what they matched: a catalog name ('folly::Future::get',
'QPromise<int>'), and, where the remedy depends on the library, the
library's own catalog text (its join scope or serializer, e.g. "join the
work that completes it with 'asio::experimental::make_parallel_group'"). So a
finding is attributed, in this order, to
  1. the library of the first name quoted in its message that the catalog
     knows (exactly, through a wildcard sink, or through a namespace or class
     that only one library's facts live in); "user-configured" if the first
     such name is qualified and unknown to the catalog (it can only come
     from the user's catalog options); unqualified unknown names (variables)
     are skipped;
  2. the library whose join scope or serializer text the message or a note
     repeats (the longest such text);
  3. the library of the first catalog name quoted in a note;
  4. "user-configured" when the text repeats the user library's texts;
  5. "other" (e.g. another check's finding).
No library knowledge lives here: a catalog row is all a new library needs."""

import re

from . import config

USER_LIBRARY = "user-configured"
OTHER_LIBRARY = "other"

QUOTED = re.compile(r"'([^']+)'")
IDENTIFIER = re.compile(r"^[A-Za-z_~][A-Za-z0-9_]*$")


def normalize(text):
    """The components of a quoted C++ name, without template arguments, a
    leading '::', cv-qualifiers, references, pointers or an elaborated-type
    keyword; None if TEXT is not a name."""
    name = text.strip()
    for keyword in ("const ", "volatile ", "class ", "struct ", "enum "):
        while name.startswith(keyword):
            name = name[len(keyword):].lstrip()
    name = re.sub(r"(\s*(const|volatile|&|\*))+$", "", name)
    # Template arguments, innermost first.
    previous = None
    while previous != name:
        previous = name
        name = re.sub(r"<[^<>]*>", "", name)
    name = re.sub(r"\s*::\s*", "::", name.strip())
    name = re.sub(r"operator\s+co_await$", "operator co_await", name)
    if re.search(r"\s", name.replace("operator co_await", "")):
        return None  # Code or prose ('co_await x'), not a name.
    if name.startswith("::"):
        name = name[2:]
    if name.endswith("()") and not name.endswith("operator()"):
        name = name[:-2]
    components = name.split("::")
    for i, c in enumerate(components):
        if not (IDENTIFIER.match(c) or
                (i == len(components) - 1 and c in ("operator()",
                                                     "operator co_await"))):
            return None
    return components


class Attribution:
    def __init__(self, catalog):
        self.exact = {}
        self.wildcards = []
        self.scopes = {}
        user = None
        for lib in catalog.get("libraries", []):
            if lib.get("id") == "User":
                user = lib
        for fact in catalog.get("facts", []):
            name, library = fact["name"], fact["library"]
            if "*" in name:
                pattern = "::".join(
                    "[A-Za-z0-9_]*".join(re.escape(p) for p in c.split("*"))
                    for c in name.split("::"))
                self.wildcards.append((re.compile(pattern + "$"), library))
                continue
            self.exact.setdefault(name, library)
            components = name.split("::")
            for j in range(1, len(components)):
                self.scopes.setdefault(tuple(components[:j]), set()).add(library)
        self.texts = sorted(
            ((text, lib["name"]) for lib in catalog.get("libraries", [])
             if lib is not user
             for text in (lib.get("joinScope"), lib.get("serializer")) if text),
            key=lambda t: -len(t[0]))
        self.user_texts = [t for t in (user.get("joinScope"),
                                       user.get("serializer"))
                           if t] if user else []

    def lookup(self, text):
        """The library of a quoted name; None if the catalog does not know
        it (or its scope is shared by several libraries)."""
        components = normalize(text)
        if not components:
            return None
        name = "::".join(components)
        if name in self.exact:
            return self.exact[name]
        for pattern, library in self.wildcards:
            if pattern.match(name):
                return library
        # A lower-case unqualified name is a variable or a namespace, not a
        # class: 'coro' the variable is not libcoro.
        if len(components) == 1 and components[0].islower():
            return None
        for j in range(len(components), 0, -1):
            libraries = self.scopes.get(tuple(components[:j]))
            if libraries:
                return next(iter(libraries)) if len(libraries) == 1 else None
        return None

    def library_of(self, message, notes=()):
        for quoted in QUOTED.findall(message):
            library = self.lookup(quoted)
            if library:
                return library
            components = normalize(quoted)
            if components and len(components) > 1:
                return USER_LIBRARY
        everything = "\n".join([message] + list(notes))
        for text, library in self.texts:
            if text in everything:
                return library
        for note in notes:
            for quoted in QUOTED.findall(note):
                library = self.lookup(quoted)
                if library:
                    return library
        if any(text in everything for text in self.user_texts):
            return USER_LIBRARY
        return OTHER_LIBRARY


_default = None


def default():
    global _default
    if _default is None:
        _default = Attribution(config.catalog())
    return _default


def library_of(message, notes=()):
    return default().library_of(message, notes)


def attribute(findings):
    attribution = default()
    for f in findings:
        f.library = attribution.library_of(
            f.message, [message for message, _ in f.notes])
