//===--- InlineContinuationHelpers.h - Shared by the rule files -*- C++ -*-===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Part of async-tidy. What more than one rule of async-inline-continuation
// needs (InlineContinuation*.cpp): the calls an expression is an argument
// of, the names of policy values. The helpers every check shares are in
// support/ (ExprWrappers, SameObject, SourceText, ReportOnce, ParentWalk),
// included here for the rule files.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_INLINECONTINUATIONHELPERS_H
#define ASYNC_TIDY_INLINECONTINUATIONHELPERS_H

#include "support/ExprWrappers.h"
#include "support/ReportOnce.h"
#include "support/SameObject.h"
#include "support/SourceText.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace clang::tidy::async::inline_continuation {

/// The rules, for de-duplicating reports of template instantiations.
enum Rule : unsigned {
  RuleUnderLock,
  RuleInlineOverload,
  RuleInlineApi,
  RulePolicyArgument,
  RuleMissingPolicy,
  RuleStrict,
  RuleAsyncContext,
};

bool inMacroRange(SourceRange Range);

/// The calls or constructions that take \p E (through '&', conversions and
/// copies) as an argument. A non-dependent expression in a template is
/// shared by the template and its instantiations, so it can have several.
llvm::SmallVector<const Expr *, 2> callsOfArgument(const Expr *E,
                                                   ASTContext &Ctx);

/// The qualified names an enumerator or variable can be written with: its
/// normalized name ("QtFuture::Launch::Sync" for an enum class), and for an
/// enumerator of an unscoped enumeration, whose normalized name omits the
/// enumeration ("ns::value"), also the spelling through the enumeration
/// ("ns::Enum::value"), which C++11 allows as well.
llvm::SmallVector<std::string, 2> valueNames(const ValueDecl *D);

/// The last component of a qualified name ("post" for "asio::post").
llvm::StringRef lastComponent(llvm::StringRef Name);

/// Drops blanks and a leading "::", so that written and configured
/// spellings of a policy argument compare equal.
std::string canonicalSpelling(llvm::StringRef Text);

/// The name token of the function a call calls (the member name of a
/// member call), for renaming fix-its.
SourceLocation calleeNameLoc(const CallExpr *Call);

} // namespace clang::tidy::async::inline_continuation

#endif // ASYNC_TIDY_INLINECONTINUATIONHELPERS_H
