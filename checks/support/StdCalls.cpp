//===--- StdCalls.cpp - Calls of std:: functions --------------------------===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "StdCalls.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::async {

static bool isStdFunction(const NamedDecl *D) {
  return D && D->getIdentifier() && D->isInStdNamespace();
}

llvm::StringRef stdFunctionCalled(const Expr *E) {
  const auto *Call = dyn_cast_or_null<CallExpr>(E);
  if (!Call || isa<CXXMemberCallExpr, CXXOperatorCallExpr>(Call) ||
      Call->getNumArgs() == 0)
    return "";
  if (const auto *FD = dyn_cast_or_null<FunctionDecl>(Call->getCalleeDecl()))
    return isStdFunction(FD) ? FD->getName() : "";
  // `std::move(x)` with a dependent x is not resolved before instantiation.
  const auto *Unresolved = dyn_cast_or_null<UnresolvedLookupExpr>(
      Call->getCallee() ? Call->getCallee()->IgnoreParens() : nullptr);
  if (!Unresolved || !Unresolved->getName().isIdentifier())
    return "";
  if (llvm::any_of(Unresolved->decls(), [](const NamedDecl *D) {
        return isStdFunction(D->getUnderlyingDecl());
      }))
    return Unresolved->getName().getAsIdentifierInfo()->getName();
  return "";
}

bool isStdCall(const Expr *E, llvm::ArrayRef<llvm::StringRef> Names) {
  llvm::StringRef Name = stdFunctionCalled(E);
  return !Name.empty() && llvm::is_contained(Names, Name);
}

bool isStdMoveLike(const CallExpr *Call) {
  return Call && Call->getNumArgs() == 1 &&
         isStdCall(Call, {"move", "forward", "as_const"});
}

} // namespace clang::tidy::async
