//===--- ReportOnce.cpp - One diagnostic per place ------------------------===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "ReportOnce.h"
#include "ParentWalk.h"
#include "clang/AST/DeclTemplate.h"

namespace clang::tidy::async {

bool inTemplateInstantiation(const Stmt *S, ASTContext &Ctx) {
  return walkParents(Ctx, DynTypedNode::create(*S),
                     [](const DynTypedNode &Parent,
                        const DynTypedNode &) -> std::optional<bool> {
                       if (const auto *FD = Parent.get<FunctionDecl>())
                         if (FD->isTemplateInstantiation() ||
                             FD->getTemplateInstantiationPattern())
                           return true;
                       if (const auto *RD = Parent.get<CXXRecordDecl>())
                         if (isa<ClassTemplateSpecializationDecl>(RD) ||
                             RD->getTemplateInstantiationPattern())
                           return true;
                       return std::nullopt;
                     });
}

} // namespace clang::tidy::async
