#!/usr/bin/env python3
# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""with_file_size_limit.py BYTES CMD [ARGS...]: runs CMD with RLIMIT_FSIZE
set to BYTES: a write past it fails with EFBIG, as a write to a full disk
fails with ENOSPC (Python ignores the SIGXFSZ that comes with it)."""
import os
import resource
import signal
import sys

limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
os.execvp(sys.argv[2], sys.argv[2:])
