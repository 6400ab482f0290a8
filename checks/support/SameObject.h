//===--- SameObject.h - Do two expressions name the same object -*- C++ -*-===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// The one syntactic "same object" test of the checks: the future awaited is
// the one checked for readiness, the member assigned is the one chained onto,
// the mutex unlocked is the one locked.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_SUPPORT_SAMEOBJECT_H
#define ASYNC_TIDY_SUPPORT_SAMEOBJECT_H

#include "clang/AST/Expr.h"
#include "llvm/ADT/STLFunctionalExtras.h"

namespace clang::tidy::async {

/// Strips what does not change which object (or which task or future) an
/// expression denotes: the wrappers of ignoreWrappers(), std::move and the
/// like, casts other than reinterpret_cast and dynamic_cast, copies and
/// moves (constructions whose other arguments are defaulted), conversion
/// operators, and `*p`, `&x`, `p->` (also of smart pointers). When
/// \p IsHandleType is given, a construction from a value of such a type (a
/// conversion between future types) is looked through as well.
const Expr *
normalizeTask(const Expr *E,
              llvm::function_ref<bool(QualType)> IsHandleType = nullptr);

/// The variable, field or static data member \p E (after ignoreWrappers)
/// names, canonical; null for anything else.
const ValueDecl *referencedDecl(const Expr *E);

/// Do two expressions name the same object, syntactically, after
/// normalizeTask()? The same variable or static data member however reached,
/// `this` and `*this`, or the same field of the same object (`this->last_`
/// and `last_` are the same, `other.last_` is not).
bool sameObject(const Expr *A, const Expr *B);

} // namespace clang::tidy::async

#endif // ASYNC_TIDY_SUPPORT_SAMEOBJECT_H
