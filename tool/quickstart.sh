#!/usr/bin/env bash
# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# async-tidy quick start. Installs what is missing (Debian 12), builds, then
#   tool/quickstart.sh example   audits the bundled examples/ project (LLVM 19)
#   tool/quickstart.sh test      runs the whole test suite on LLVM 19, and the
#                                fast subset (test/fast-subset.txt) on LLVM 16
#                                and 22, installing their packages too
# Both are idempotent: a second run only rebuilds what changed.
# ASYNC_TIDY_LLVM_VERSIONS="19" (or "16 19 22", the default for `test`)
# chooses the majors; the first one gets the whole suite, the others the fast
# subset; ASYNC_TIDY_FULL_SUITE=all runs the whole suite on each.
# ASYNC_TIDY_TEST_UNDER_LOAD=N runs N CPU burners (one busy process a core)
# while the whole suite runs, with two lit workers: CI sets it, so a test that
# only passes on a quiet machine fails there (no test may depend on timing).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${ASYNC_TIDY_BUILD_DIR:-$ROOT/build}
MODE=${1:-}
DEFAULT_LLVM=19
case "$MODE" in
  test) LLVM_VERSIONS=${ASYNC_TIDY_LLVM_VERSIONS:-"19 16 22"} ;;
  *) LLVM_VERSIONS=${ASYNC_TIDY_LLVM_VERSIONS:-$DEFAULT_LLVM} ;;
esac

# Everything the build, the checks' real-header tests, async-clangd and the
# audit runner need. clang-tidy (Debian's default, 14) is only there so the
# plugin's version guard is tested against a real other clang-tidy; chromium
# (headless) tests the audit's HTML report in a real browser.
PACKAGES=(
  clang-19 clang-tidy-19 clangd-19 clang-format-19 libclang-19-dev llvm-19-dev llvm-19-tools
  cmake ninja-build python3 python3-yaml python3-jsonschema pkg-config git
  libgrpc++-dev libprotobuf-dev libabsl-dev
  libasio-dev libboost-thread-dev libboost-system-dev qt6-base-dev qcoro-qt6-dev
  clang-tidy chromium
)
# Each LLVM major's own packages, installed only for the majors asked for.
llvm_packages() {
  local n=$1
  echo clang-$n clang-tidy-$n clangd-$n libclang-$n-dev llvm-$n-dev llvm-$n-tools
}
for n in $LLVM_VERSIONS; do
  [ "$n" = "$DEFAULT_LLVM" ] && continue
  read -r -a extra <<<"$(llvm_packages "$n")"
  PACKAGES+=("${extra[@]}")
done

usage() {
  echo "usage: $0 example|test" >&2
  exit 2
}

install_missing() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
      missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "async-tidy: installing ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "async-tidy: run as root or install sudo" >&2; exit 2; }
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq \
    --no-install-recommends "${missing[@]}" >/dev/null
}

# The build directory of an LLVM major: build/ for the default one,
# build-llvm<N>/ beside it for the others.
build_dir() {
  if [ "$1" = "$DEFAULT_LLVM" ]; then echo "$BUILD"; else echo "$BUILD-llvm$1"; fi
}

build() {
  local n=$1 dir
  dir=$(build_dir "$n")
  if [ ! -f "$dir/build.ninja" ]; then
    CC=clang-19 CXX=clang++-19 cmake -S "$ROOT" -B "$dir" -G Ninja \
      -DCMAKE_BUILD_TYPE=Release -DASYNC_TIDY_LLVM_VERSION="$n"
  fi
  ninja -C "$dir"
}

run_example() {
  local example_build="$BUILD/examples"
  if [ ! -f "$example_build/compile_commands.json" ]; then
    CXX=clang++-19 cmake -S "$ROOT/examples" -B "$example_build" -G Ninja >/dev/null
  fi
  echo
  echo "== async-tidy audit of examples/ =="
  "$BUILD/bin/async-tidy-audit" -p "$example_build" --source-root "$ROOT/examples" \
    --sarif "$example_build/async-tidy.sarif" "$ROOT/examples/src" || status=$?
  echo
  echo "SARIF report: $example_build/async-tidy.sarif"
  # Findings are the expected outcome here: exit 1 means "new findings".
  [ "${status:-0}" -le 1 ]
}

BURNERS=()
stop_burners() {
  if [ ${#BURNERS[@]} -gt 0 ]; then
    kill "${BURNERS[@]}" 2>/dev/null || true
    wait "${BURNERS[@]}" 2>/dev/null || true
    BURNERS=()
  fi
}
trap stop_burners EXIT

# Runs lit in the build of LLVM major $1: the whole suite, or the fast
# subset ($2 = subset).
run_lit() {
  local n=$1 scope=$2 dir status=0 tests=()
  dir=$(build_dir "$n")
  if [ "$scope" = subset ]; then
    while read -r t; do
      case "$t" in ''|'#'*) ;; *) tests+=("$dir/test/$t") ;; esac
    done <"$ROOT/test/fast-subset.txt"
  else
    tests=("$dir/test")
  fi
  local load=0 workers=() start
  if [ "$scope" = all ]; then
    load=${ASYNC_TIDY_TEST_UNDER_LOAD:-0}
    [ "$load" -gt 0 ] && workers=(-j 2)
  fi
  echo
  echo "== LLVM $n: $([ "$scope" = subset ] && echo "fast subset" || echo "whole suite")$([ "$load" -gt 0 ] && echo ", $load CPU burners running") =="
  for ((i = 0; i < load; i++)); do
    python3 -c 'while True: pass' &
    BURNERS+=($!)
  done
  start=$SECONDS
  python3 "$(cmake -L -N "$dir" | sed -n 's/^ASYNC_TIDY_LIT:FILEPATH=//p')" \
    -sv "${workers[@]}" "${tests[@]}" 2>&1 | tee "$dir/lit.log" || status=$?
  stop_burners
  echo "LLVM $n $scope: $((SECONDS - start)) s wall"
  return "$status"
}

run_tests() {
  local status=0 first=1 n logs=()
  for n in $LLVM_VERSIONS; do
    build "$n"
    if [ $first = 1 ] || [ "${ASYNC_TIDY_FULL_SUITE:-}" = all ]; then
      run_lit "$n" all || status=1
    else
      run_lit "$n" subset || status=1
    fi
    logs+=("$(build_dir "$n")/lit.log")
    first=0
  done
  # lit's summary: "  Passed: 12", "  Passed: 12 (92.31%)", or "  Passed     : 112
  # (99.12%)" when a longer label widens the column; the count follows the colon.
  awk '/^ *Passed *:/ { sub(/^[^:]*: */, ""); p += $1 }
       /^ *(Failed|Unresolved|Timed Out|Unexpectedly Passed) *:/ { sub(/^[^:]*: */, ""); f += $1 }
       END { printf "lit: %d passed, %d failed\n", p, f }' "${logs[@]}"
  return "$status"
}

case "$MODE" in
  example) install_missing; build "$DEFAULT_LLVM"; run_example ;;
  test) install_missing; run_tests ;;
  *) usage ;;
esac
