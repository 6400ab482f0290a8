#!/usr/bin/env bash
# async-tidy quick start. Installs what is missing (Debian 12), builds, then
#   tool/quickstart.sh example   audits the bundled examples/ project
#   tool/quickstart.sh test      runs the whole test suite
# Both are idempotent: a second run only rebuilds what changed.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${ASYNC_TIDY_BUILD_DIR:-$ROOT/build}
MODE=${1:-}

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

build() {
  if [ ! -f "$BUILD/build.ninja" ]; then
    CXX=clang++-19 cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release
  fi
  ninja -C "$BUILD"
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

run_tests() {
  local log="$BUILD/lit.log" status=0
  python3 "$(cmake -L -N "$BUILD" | sed -n 's/^ASYNC_TIDY_LIT:FILEPATH=//p')" \
    -sv "$BUILD/test" 2>&1 | tee "$log" || status=$?
  # lit's summary: "  Passed: 12 (100.00%)", or "  Passed     : 112 (99.12%)" when a
  # longer label widens the column; the count is always the next-to-last field.
  awk '/^ *Passed *:/ { p += $(NF-1) }
       /^ *(Failed|Unresolved|Timed Out|Unexpectedly Passed) *:/ { f += $(NF-1) }
       END { printf "lit: %d passed, %d failed\n", p, f }' "$log"
  return "$status"
}

case "$MODE" in
  example) install_missing; build; run_example ;;
  test) install_missing; build; run_tests ;;
  *) usage ;;
esac
