# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""The source region a finding covers, for SARIF regions and the HTML report.

clang-tidy's --export-fixes YAML gives a diagnostic as one offset (the caret)
plus the ranges clang highlights ("Ranges", the `~~~` under the caret; only
where a check streams a source range, so rarely). The region is the token at
the caret, lexed from the source file with C++'s lexical rules (identifiers
and the qualified names they start, literals, the longest punctuator),
extended over the highlighted ranges that contain the caret or lie on its
line (clang highlights an operator's operands around the caret on one
line)."""

import re

# One C++ token at the start of the match (bytes; identifiers may hold UTF-8).
_TOKEN = re.compile(rb"""
    (?:u8|[uUL])?R"(?P<delim>[^()\\\s"]{0,16})\(.*?\)(?P=delim)"   # raw string
  | (?:u8|[uUL])?"(?:[^"\\\n]|\\.)*"                     # string literal
  | (?:u8|[uUL])?'(?:[^'\\\n]|\\.)+'                     # character literal
  | \.?[0-9](?:[eEpP][+-]|[0-9A-Za-z_.'])*               # pp-number
  | [A-Za-z_$\x80-\xff][A-Za-z0-9_$\x80-\xff]*           # identifier, keyword,
    (?:::~?[A-Za-z_$\x80-\xff][A-Za-z0-9_$\x80-\xff]*)*   # qualified name
  | <=>|<<=|>>=|->\*|\.\.\.|::|->|\+\+|--|<<|>>|&&|\|\|
  | [-+*/%&|^!=<>]=|\.\*|\#\#
  | \S                                                   # any other character
""", re.X | re.S)


def token_end(data, offset):
    """Byte offset just past the token that starts at OFFSET, or None when no
    token starts there (whitespace, end of file)."""
    if data is None or offset < 0 or offset >= len(data):
        return None
    match = _TOKEN.match(data, offset)
    return match.end() if match else None


def byte_region(data, offset, ranges, line_of):
    """(start, end) byte offsets of the region of a diagnostic at OFFSET with
    the highlighted RANGES [(offset, length)] of the same file; LINE_OF maps a
    byte offset to its line. None when no token starts at OFFSET and no range
    contains it."""
    start, end = offset, token_end(data, offset)
    caret_line = line_of(offset)
    for range_offset, length in ranges:
        range_end = range_offset + length
        contains = range_offset <= offset <= range_end
        if contains or (line_of(range_offset) == caret_line and
                        line_of(max(range_end - 1, range_offset)) == caret_line):
            start = min(start, range_offset)
            end = max(end if end is not None else offset, range_end)
    if end is None or end <= start:
        return None
    return start, end


def sarif_region(sources, path, offset, ranges=()):
    """A SARIF region (1-based lines, code-point columns, endColumn past the
    last character) of the diagnostic at OFFSET of PATH, or None when the
    file cannot be read."""
    start_pos = sources.position(path, offset)
    if not start_pos:
        return None
    region = {"startLine": start_pos[0], "startColumn": start_pos[2]}
    data = sources.data(path)
    span = byte_region(data, offset, ranges,
                       lambda o: sources.position(path, o)[0])
    if span:
        start_pos = sources.position(path, span[0])
        end_pos = sources.position(path, span[1])
        region = {"startLine": start_pos[0], "startColumn": start_pos[2],
                  "endLine": end_pos[0], "endColumn": end_pos[2]}
    return region
