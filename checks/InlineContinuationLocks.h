//===--- InlineContinuationLocks.h - Locks held at a call -------*- C++ -*-===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Part of async-tidy. Which lock is held at a completion call (the under-lock
// rule of async-inline-continuation), answered by a forward dataflow over
// clang's CFG of the enclosing function, built once per function.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_INLINECONTINUATIONLOCKS_H
#define ASYNC_TIDY_INLINECONTINUATIONLOCKS_H

#include "support/Catalog.h"
#include "clang/AST/ASTContext.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include <memory>
#include <optional>
#include <string>

namespace clang::tidy::async {

class FunctionCFG;

/// A lock that is held at some statement, and where it was taken.
struct HeldLock {
  std::string Name;
  SourceLocation Where;
};

/// Answers "is a lock held on every path to this call?" from the CFG of the
/// function (or lambda, or block) that contains the call. Which types are
/// lock guards (RAII, held until their scope ends or unlock()/release()) and
/// which are lockables (lock() ... unlock() pairs) comes from the catalog.
class HeldLockTracker {
public:
  HeldLockTracker();
  ~HeldLockTracker();
  HeldLockTracker(HeldLockTracker &&);
  HeldLockTracker &operator=(HeldLockTracker &&);

  /// The lock held on every path that reaches \p Call (the most recently
  /// acquired guard, else the most recently locked lockable), if any. \p Cat
  /// is the same for every call of one tracker: its answers are cached per
  /// function.
  std::optional<HeldLock> heldAt(const CallExpr *Call, const Catalog &Cat,
                                 ASTContext &Ctx);

  /// A lock the analysis tracks: a guard variable, or a lockable object
  /// (variable or member) locked by hand. Public for the dataflow's helpers.
  struct Lock {
    const ValueDecl *Key;
    /// The locked object for a lockable; null for a guard.
    const Expr *LockedObject;
    SourceLocation Where;
  };
  using LockSet = llvm::SmallVector<Lock, 2>;

private:
  struct FunctionLocks;
  const FunctionLocks &analyze(const FunctionCFG &Function, const Catalog &Cat,
                               const SourceManager &SM);

  /// Per function CFG (FunctionCFGs keeps those for the translation unit);
  /// computed on the first completion call in it. A check holds the
  /// tracker per translation unit (TranslationUnitState.h).
  llvm::DenseMap<const FunctionCFG *, std::unique_ptr<FunctionLocks>> Functions;
};

} // namespace clang::tidy::async

#endif // ASYNC_TIDY_INLINECONTINUATIONLOCKS_H
