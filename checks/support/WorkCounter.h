//===--- WorkCounter.h - Test-only count of the checks' work ----*- C++ -*-===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// With ASYNC_TIDY_COUNT_WORK=1 in the environment, the checks count the steps
// of their walks (parent steps, statements scanned, nodes visited) and print
// the total at the end of each translation unit:
//   async-tidy work: 12345
// robustness/scaling.test asserts that the count grows linearly with the size
// of a function: a deterministic test of complexity, where timing one would
// flake on a loaded machine (wall-time growth is measured in bench/).
// Without the variable, counting is one predictable branch.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_SUPPORT_WORKCOUNTER_H
#define ASYNC_TIDY_SUPPORT_WORKCOUNTER_H

#include "llvm/Support/raw_ostream.h"
#include <cstdint>
#include <cstdlib>

namespace clang::tidy::async::work {

inline bool enabled() {
  static const bool Enabled = [] {
    const char *Value = std::getenv("ASYNC_TIDY_COUNT_WORK");
    return Value && *Value && *Value != '0';
  }();
  return Enabled;
}

inline uint64_t &total() {
  thread_local uint64_t Total = 0;
  return Total;
}

/// Counts \p Steps steps of a walk.
inline void count(uint64_t Steps = 1) {
  if (enabled())
    total() += Steps;
}

inline uint64_t &cfgBuilds() {
  thread_local uint64_t Builds = 0;
  return Builds;
}

/// Counts one clang CFG built for a function (its elements are counted as
/// steps by the caller). Printed on a line of its own, so that a test can
/// assert that a function's CFG is built once however many of its calls are
/// asked about.
inline void countCFGBuild() {
  if (enabled())
    ++cfgBuilds();
}

/// Prints and resets the counts; every check calls this at the end of a
/// translation unit, the first one prints.
inline void report() {
  if (!enabled())
    return;
  if (total() != 0)
    llvm::errs() << "async-tidy work: " << total() << "\n";
  if (cfgBuilds() != 0)
    llvm::errs() << "async-tidy cfg builds: " << cfgBuilds() << "\n";
  total() = 0;
  cfgBuilds() = 0;
}

} // namespace clang::tidy::async::work

#endif // ASYNC_TIDY_SUPPORT_WORKCOUNTER_H
