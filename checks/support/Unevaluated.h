//===--- Unevaluated.h - Code that never runs -------------------*- C++ -*-===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#ifndef ASYNC_TIDY_SUPPORT_UNEVALUATED_H
#define ASYNC_TIDY_SUPPORT_UNEVALUATED_H

#include "clang/AST/ASTContext.h"

namespace clang::tidy::async {

/// True if \p S is in an unevaluated operand: sizeof, alignof, decltype and
/// other types, noexcept(), a requires-expression, _Generic's controlling
/// expression, a typeid of a non-polymorphic operand. Such a call never runs.
bool isInUnevaluatedContext(const Stmt *S, ASTContext &Ctx);

} // namespace clang::tidy::async

#endif // ASYNC_TIDY_SUPPORT_UNEVALUATED_H
