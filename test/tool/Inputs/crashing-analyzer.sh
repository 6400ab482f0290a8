#!/bin/sh
# Stands in for async-tidy: dies of SIGSEGV on crash.cpp, like a crashing
# analyzer; runs the real one ($REAL_ANALYZER) on every other file.
for arg; do
  case "$arg" in
    *crash.cpp) kill -SEGV $$ ;;
  esac
done
exec "$REAL_ANALYZER" "$@"
