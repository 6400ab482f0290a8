//===--- ReportOnce.cpp - One diagnostic per place ------------------------===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "ReportOnce.h"
#include "ParentWalk.h"
#include "clang/AST/DeclTemplate.h"

namespace clang::tidy::async {

/// Is \p D a function or class instantiated from a template, or a member of
/// one?
static bool isInstantiated(const Decl *D) {
  if (const auto *FD = dyn_cast<FunctionDecl>(D))
    return FD->isTemplateInstantiation() ||
           FD->getTemplateInstantiationPattern();
  if (const auto *RD = dyn_cast<CXXRecordDecl>(D))
    return isa<ClassTemplateSpecializationDecl>(RD) ||
           RD->getTemplateInstantiationPattern();
  return false;
}

bool inTemplateInstantiation(const Stmt *S, ASTContext &Ctx) {
  return walkParents(Ctx, DynTypedNode::create(*S),
                     [](const DynTypedNode &Parent,
                        const DynTypedNode &) -> std::optional<bool> {
                       if (const auto *D = Parent.get<Decl>())
                         if (isInstantiated(D))
                           return true;
                       return std::nullopt;
                     });
}

bool inTemplateInstantiation(const Decl *D) {
  for (const DeclContext *DC = D->getDeclContext(); DC; DC = DC->getParent())
    if (isInstantiated(cast<Decl>(DC)))
      return true;
  return false;
}

} // namespace clang::tidy::async
