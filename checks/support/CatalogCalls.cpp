//===--- CatalogCalls.cpp - The catalog fact of any call ------------------===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "CatalogCalls.h"
#include "ExprWrappers.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::async {

const Fact *lookupMemberCall(const Catalog &Cat, const CallExpr *Call,
                             FactKind Kind, const Expr *&Object) {
  Object = nullptr;
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call)) {
    const Expr *Receiver = MC->getImplicitObjectArgument();
    if (!Receiver)
      return nullptr;
    const Fact *F = nullptr;
    // The method under the class of the object first, then (lookupCall)
    // under the class that declares it or a base.
    const CXXMethodDecl *MD = MC->getMethodDecl();
    if (MD && MD->getIdentifier())
      if (const NamedDecl *Class =
              classOf(Receiver->IgnoreParenImpCasts()->getType(),
                      /*ThroughPointers=*/true))
        F = Cat.lookupName(normalizedName(Class) + "::" + MD->getName().str(),
                           Kind);
    if (!F)
      F = Cat.lookupCall(MC, Kind);
    if (F)
      Object = Receiver;
    return F;
  }
  if (isa<CXXOperatorCallExpr>(Call) || !Call->getCallee())
    return nullptr;
  const Expr *Callee = Call->getCallee()->IgnoreParenImpCasts();
  if (const auto *Dep = dyn_cast<CXXDependentScopeMemberExpr>(Callee)) {
    if (Dep->isImplicitAccess() || !Dep->getMember().isIdentifier())
      return nullptr;
    const NamedDecl *Class = classOf(Dep->getBaseType(), Dep->isArrow());
    // `std::move(last_).then(f)`: the unresolved std::move has no type yet.
    if (!Class && !Dep->isArrow())
      Class = classOf(ignoreWrappers(Dep->getBase(), WK_Moves)->getType());
    if (!Class)
      return nullptr;
    const Fact *F = Cat.lookupName(
        normalizedName(Class) + "::" + Dep->getMember().getAsString(), Kind);
    if (F)
      Object = Dep->getBase();
    return F;
  }
  if (const auto *Unresolved = dyn_cast<UnresolvedMemberExpr>(Callee)) {
    if (Unresolved->isImplicitAccess())
      return nullptr;
    const Fact *F = nullptr;
    for (const NamedDecl *D : Unresolved->decls())
      if ((F = Cat.lookupDecl(D->getUnderlyingDecl()->getAsFunction(), Kind)))
        break;
    if (!F && Unresolved->getName().isIdentifier())
      if (const NamedDecl *Class =
              classOf(Unresolved->getBaseType(), Unresolved->isArrow()))
        F = Cat.lookupName(normalizedName(Class) +
                               "::" + Unresolved->getName().getAsString(),
                           Kind);
    if (F)
      Object = Unresolved->getBase();
    return F;
  }
  return nullptr;
}

const Fact *lookupFreeCall(const Catalog &Cat, const CallExpr *Call,
                           FactKind Kind) {
  if (isa<CXXMemberCallExpr>(Call))
    return nullptr;
  if (const Fact *F = Cat.lookupCall(Call, Kind))
    return F;
  if (!Call->getCallee())
    return nullptr;
  if (const auto *ULE = dyn_cast<UnresolvedLookupExpr>(
          Call->getCallee()->IgnoreParenImpCasts()))
    for (const NamedDecl *D : ULE->decls())
      if (const Fact *F =
              Cat.lookupDecl(D->getUnderlyingDecl()->getAsFunction(), Kind))
        return F;
  return nullptr;
}

const Fact *lookupCallFact(const Catalog &Cat, const CallExpr *Call,
                           FactKind Kind) {
  const Expr *Object = nullptr;
  if (const Fact *F = lookupMemberCall(Cat, Call, Kind, Object))
    return F;
  return lookupFreeCall(Cat, Call, Kind);
}

} // namespace clang::tidy::async
