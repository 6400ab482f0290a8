# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Source files: line/column of byte offsets and line text, cached."""

import re
import threading


class SourceCache:
    def __init__(self):
        self.files = {}
        self.lock = threading.Lock()

    def _load(self, path):
        with self.lock:
            if path not in self.files:
                try:
                    with open(path, "rb") as f:
                        data = f.read()
                except OSError:
                    data = None
                starts = [0]
                if data is not None:
                    starts += [m.end() for m in re.finditer(b"\n", data)]
                self.files[path] = (data, starts)
            return self.files[path]

    def data(self, path):
        return self._load(path)[0]

    def position(self, path, offset):
        """1-based line, byte column and code-point column of a byte offset."""
        data, starts = self._load(path)
        if data is None:
            return None
        lo, hi = 0, len(starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if starts[mid] <= offset:
                lo = mid
            else:
                hi = mid - 1
        prefix = data[starts[lo]:offset]
        return (lo + 1, len(prefix) + 1,
                len(prefix.decode("utf-8", "replace")) + 1)

    def line_text(self, path, line):
        data, starts = self._load(path)
        if data is None or line < 1 or line > len(starts):
            return ""
        end = starts[line] if line < len(starts) else len(data)
        return data[starts[line - 1]:end].decode("utf-8", "replace").rstrip(
            "\r\n")
