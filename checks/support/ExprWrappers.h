//===--- ExprWrappers.h - Nodes that do not change a value ------*- C++ -*-===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// The one place that knows which AST nodes wrap a value without changing it,
// looking down (ignoreWrappers) and up (parentThroughWrappers). What denotes
// the same *object* (copies, dereferences) is SameObject.h.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_SUPPORT_EXPRWRAPPERS_H
#define ASYNC_TIDY_SUPPORT_EXPRWRAPPERS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"

namespace clang::tidy::async {

/// What ignoreWrappers() looks through besides parentheses, implicit
/// conversions, full-expressions (cleanups, constant expressions) and
/// temporaries, which it always looks through.
enum WrapperKinds : unsigned {
  WK_Syntax = 0,
  /// `T(x)`: a functional cast.
  WK_FunctionalCasts = 1u << 0,
  /// std::move(x), std::forward<T>(x), std::as_const(x) (StdCalls.h).
  WK_Moves = 1u << 1,
};

/// \p E without the wrappers \p Kinds names; null stays null.
const Expr *ignoreWrappers(const Expr *E, unsigned Kinds = WK_Syntax);

/// ignoreWrappers(E, WK_Moves), under the name InlineContinuationCheck uses.
inline const Expr *ignoreMove(const Expr *E) {
  return ignoreWrappers(E, WK_Moves);
}

/// True if \p S is one of the wrappers \p Kinds names (ignoreWrappers() looks
/// through it).
bool isWrapper(const Stmt *S, unsigned Kinds = WK_Syntax);

/// The nearest ancestor of \p E that is not a wrapper of \p Kinds (through
/// its first parent), or null at a declaration or the root; \p Child, if
/// given, receives the node below it (E or its outermost wrapper). A chain of
/// wrappers is short; the climb is bounded by MaxParentSteps all the same.
const Stmt *parentThroughWrappers(const Expr *E, ASTContext &Ctx,
                                  unsigned Kinds = WK_Syntax,
                                  const Stmt **Child = nullptr);

} // namespace clang::tidy::async

#endif // ASYNC_TIDY_SUPPORT_EXPRWRAPPERS_H
