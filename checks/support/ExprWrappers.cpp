//===--- ExprWrappers.cpp - Nodes that do not change a value --------------===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "ExprWrappers.h"
#include "ParentIndex.h"
#include "ParentWalk.h"
#include "StdCalls.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::async {

/// The one node \p E wraps, if \p E is a wrapper of \p Kinds.
static const Expr *wrappedExpr(const Expr *E, unsigned Kinds) {
  if (const auto *Paren = dyn_cast<ParenExpr>(E))
    return Paren->getSubExpr();
  if (const auto *Cast = dyn_cast<ImplicitCastExpr>(E))
    return Cast->getSubExpr();
  if (const auto *Full = dyn_cast<FullExpr>(E))
    return Full->getSubExpr();
  if (const auto *Temp = dyn_cast<MaterializeTemporaryExpr>(E))
    return Temp->getSubExpr();
  if (const auto *Bind = dyn_cast<CXXBindTemporaryExpr>(E))
    return Bind->getSubExpr();
  if (Kinds & WK_FunctionalCasts)
    if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(E))
      return Cast->getSubExpr();
  if (Kinds & WK_Moves)
    if (const auto *Call = dyn_cast<CallExpr>(E); Call && isStdMoveLike(Call))
      return Call->getArg(0);
  return nullptr;
}

const Expr *ignoreWrappers(const Expr *E, unsigned Kinds) {
  // Each step goes down to a child, so the loop ends at a leaf at the latest.
  while (E)
    if (const Expr *Inner = wrappedExpr(E, Kinds))
      E = Inner;
    else
      break;
  return E;
}

bool isWrapper(const Stmt *S, unsigned Kinds) {
  const auto *E = dyn_cast_or_null<Expr>(S);
  return E && wrappedExpr(E, Kinds);
}

const Stmt *parentThroughWrappers(const Expr *E, ASTContext &Ctx,
                                  unsigned Kinds, const Stmt **Child) {
  const Stmt *Below = E;
  for (unsigned Step = 0; Below && Step < MaxParentSteps; ++Step) {
    DynTypedNodeList Parents = ParentIndex::getParents(Ctx, *Below);
    const Stmt *Parent = Parents.empty() ? nullptr : Parents[0].get<Stmt>();
    if (!Parent)
      break;
    if (!isWrapper(Parent, Kinds) ||
        wrappedExpr(cast<Expr>(Parent), Kinds) != Below) {
      if (Child)
        *Child = Below;
      return Parent;
    }
    Below = Parent;
  }
  return nullptr;
}

} // namespace clang::tidy::async
