//===--- StdCalls.h - Calls of std:: functions ------------------*- C++ -*-===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// The one recognizer of calls of free std:: functions (std::move,
// std::forward, std::bind...), resolved or, in a template, not resolved yet.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_SUPPORT_STDCALLS_H
#define ASYNC_TIDY_SUPPORT_STDCALLS_H

#include "clang/AST/Expr.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

namespace clang::tidy::async {

/// The name of the free std:: function \p E calls with at least one
/// argument, or "" for anything else (member and operator calls included).
/// In a template, an unresolved call counts when a candidate is in std.
llvm::StringRef stdFunctionCalled(const Expr *E);

/// A call of one of the std:: functions \p Names (see stdFunctionCalled).
bool isStdCall(const Expr *E, llvm::ArrayRef<llvm::StringRef> Names);

/// std::move(x), std::forward<T>(x) or std::as_const(x): a call that denotes
/// the same object as its one argument.
bool isStdMoveLike(const CallExpr *Call);

} // namespace clang::tidy::async

#endif // ASYNC_TIDY_SUPPORT_STDCALLS_H
