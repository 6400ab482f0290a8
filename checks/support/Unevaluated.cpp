//===--- Unevaluated.cpp - Code that never runs ---------------------------===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "Unevaluated.h"
#include "ParentWalk.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ExprConcepts.h"

namespace clang::tidy::async {

bool isInUnevaluatedContext(const Stmt *S, ASTContext &Ctx) {
  return walkParents(Ctx, DynTypedNode::create(*S),
                     [](const DynTypedNode &Node,
                        const DynTypedNode &) -> std::optional<bool> {
                       if (Node.get<TypeLoc>())
                         return true;
                       if (const auto *P = Node.get<Stmt>()) {
                         if (isa<UnaryExprOrTypeTraitExpr, CXXNoexceptExpr,
                                 RequiresExpr, GenericSelectionExpr>(P))
                           return true;
                         if (const auto *Typeid = dyn_cast<CXXTypeidExpr>(P))
                           return !Typeid->isPotentiallyEvaluated();
                         return std::nullopt;
                       }
                       if (Node.get<FunctionDecl>() || Node.get<FieldDecl>())
                         return false;
                       return std::nullopt;
                     });
}

} // namespace clang::tidy::async
