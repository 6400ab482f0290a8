//===--- SameObject.cpp - Do two expressions name the same object ---------===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "SameObject.h"
#include "ExprWrappers.h"
#include "StdCalls.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::async {

static bool onlyDefaultArgumentsAfterFirst(const CXXConstructExpr *Construct) {
  for (unsigned I = 1; I < Construct->getNumArgs(); ++I)
    if (!isa<CXXDefaultArgExpr>(Construct->getArg(I)))
      return false;
  return true;
}

/// The one expression \p E denotes the same object as, or null.
static const Expr *
sameObjectChild(const Expr *E, llvm::function_ref<bool(QualType)> IsHandle) {
  if (const Expr *Inner = ignoreWrappers(E, WK_Moves); Inner != E)
    return Inner;
  if (const auto *Cast = dyn_cast<ExplicitCastExpr>(E))
    return isa<CXXReinterpretCastExpr, CXXDynamicCastExpr>(Cast)
               ? nullptr
               : Cast->getSubExpr();
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
    if (Construct->getNumArgs() == 0 ||
        !onlyDefaultArgumentsAfterFirst(Construct))
      return nullptr;
    const Expr *From = Construct->getArg(0);
    if (Construct->getConstructor()->isCopyOrMoveConstructor())
      return From;
    // A conversion between handle types; `T{x}` may be an aggregate or a
    // container holding x, not a conversion.
    if (IsHandle && !Construct->isListInitialization() &&
        IsHandle(From->getType()))
      return From;
    return nullptr;
  }
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
    if ((Op->getOperator() == OO_Star || Op->getOperator() == OO_Arrow) &&
        Op->getNumArgs() == 1)
      return Op->getArg(0);
    return nullptr;
  }
  if (const auto *Conversion = dyn_cast<CXXMemberCallExpr>(E)) {
    if (isa_and_nonnull<CXXConversionDecl>(Conversion->getMethodDecl()))
      return Conversion->getImplicitObjectArgument();
    return nullptr;
  }
  if (const auto *Unary = dyn_cast<UnaryOperator>(E))
    if (Unary->getOpcode() == UO_Deref || Unary->getOpcode() == UO_AddrOf)
      return Unary->getSubExpr();
  return nullptr;
}

const Expr *normalizeTask(const Expr *E,
                          llvm::function_ref<bool(QualType)> IsHandleType) {
  // Each step goes down to a child, so the loop ends at a leaf at the latest.
  while (E)
    if (const Expr *Inner = sameObjectChild(E, IsHandleType))
      E = Inner;
    else
      break;
  return E;
}

const ValueDecl *referencedDecl(const Expr *E) {
  E = ignoreWrappers(E);
  if (const auto *Member = dyn_cast_or_null<MemberExpr>(E))
    if (isa<FieldDecl, VarDecl>(Member->getMemberDecl()))
      return cast<ValueDecl>(Member->getMemberDecl()->getCanonicalDecl());
  if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E))
    if (isa<VarDecl>(Ref->getDecl()))
      return cast<ValueDecl>(Ref->getDecl()->getCanonicalDecl());
  return nullptr;
}

bool sameObject(const Expr *A, const Expr *B) {
  // The recursion follows the member bases of A, so it is as deep as A.
  if (!A || !B)
    return false;
  A = normalizeTask(A);
  B = normalizeTask(B);
  if (isa<CXXThisExpr>(A) && isa<CXXThisExpr>(B))
    return true;
  const ValueDecl *DA = referencedDecl(A);
  if (!DA || DA != referencedDecl(B))
    return false;
  if (!isa<FieldDecl>(DA))
    return true; // A variable, or a static member however it is reached.
  return sameObject(cast<MemberExpr>(A)->getBase(),
                    cast<MemberExpr>(B)->getBase());
}

} // namespace clang::tidy::async
