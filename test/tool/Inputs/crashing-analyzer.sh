#!/bin/sh
# Stands in for async-tidy: on crash.cpp it prints an LLVM-style stack dump
# of 300 frames (the innermost first, as LLVM prints them) and dies of
# SIGSEGV, like a crashing analyzer; on malformed.cpp it writes an
# --export-fixes file that is not YAML and exits 0; it runs the real one
# ($REAL_ANALYZER) on every other file.
for arg; do
  case "$arg" in
    *crash.cpp)
      echo "PLEASE submit a bug report to https://github.com/llvm/llvm-project/issues/ and include the crash backtrace." >&2
      echo "Stack dump:" >&2
      echo "0.	Program arguments: async-tidy $*" >&2
      i=0
      while [ $i -lt 300 ]; do
        echo " #$i 0x00007f0000001234 innermost_frame_$i(clang::Stmt const*) (/usr/lib/libAsyncTidy.so+0x1234)" >&2
        i=$((i + 1))
      done
      kill -SEGV $$ ;;
    *malformed.cpp)
      for a; do
        case "$a" in
          --export-fixes=*) printf 'Diagnostics: [ {{ not: yaml\n' > "${a#--export-fixes=}" ;;
        esac
      done
      exit 0 ;;
  esac
done
exec "$REAL_ANALYZER" "$@"
