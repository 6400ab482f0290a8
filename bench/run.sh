#!/usr/bin/env bash
# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# async-tidy benchmarks: one command, sane defaults (about 10 minutes on a quiet
# 2-core machine). Writes bench/results/results.md, results.json and
# time-vs-size.png; see docs/performance.md for the method.
#
#   bench/run.sh                      # full run
#   bench/run.sh --reps 1 --gen-reps 1 --profile-reps 1 --sizes 100,200   # smoke run
#   BUILD=/path/to/build bench/run.sh # another build directory
#
# Every other argument goes to bench/bench.py (--help lists them).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BUILD=${BUILD:-$HERE/../build}
# Debian's python3 has python3-matplotlib; another python3 first on PATH
# (pyenv, a virtualenv) usually does not.
PYTHON=${PYTHON:-/usr/bin/python3}
[ -x "$PYTHON" ] || PYTHON=python3
if [ ! -f "$BUILD/lib/libAsyncTidy.so" ]; then
  echo "bench: no plugin in $BUILD; build first:" >&2
  echo "  CXX=clang++-19 cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release && ninja -C build" >&2
  exit 2
fi
exec "$PYTHON" "$HERE/bench.py" --build "$BUILD" "$@"
