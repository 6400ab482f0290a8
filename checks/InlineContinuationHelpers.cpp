//===--- InlineContinuationHelpers.cpp - Shared by the rule files ---------===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "InlineContinuationHelpers.h"
#include "support/Catalog.h"
#include "support/ParentIndex.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::async::inline_continuation {

bool inMacroRange(SourceRange Range) {
  return Range.getBegin().isMacroID() || Range.getEnd().isMacroID();
}

static void collectCallsOfArgument(const DynTypedNode &Node, ASTContext &Ctx,
                                   unsigned Depth,
                                   llvm::SmallVectorImpl<const Expr *> &Out) {
  // The climb goes through conversions, '&' and copies only, a short chain;
  // it follows every parent (a template's node is shared with its
  // instantiations), so its bound is tighter than MaxParentSteps.
  if (Depth > 16)
    return;
  const auto *Child = Node.get<Expr>();
  for (const DynTypedNode &P : ParentIndex::getParents(Ctx, Node)) {
    const auto *Parent = P.get<Expr>();
    if (!Parent)
      continue;
    if (const auto *Call = dyn_cast<CallExpr>(Parent)) {
      if (llvm::is_contained(Call->arguments(), Child))
        Out.push_back(Call);
      continue;
    }
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(Parent)) {
      // A conversion of the value (to a KeepAlive, a policy copy) is the
      // same value; any other construction takes it as an argument.
      if (Construct->getNumArgs() != 1 ||
          isa<CXXTemporaryObjectExpr>(Construct)) {
        Out.push_back(Construct);
        continue;
      }
    } else if (const auto *Unary = dyn_cast<UnaryOperator>(Parent)) {
      if (Unary->getOpcode() != UO_AddrOf)
        continue;
    } else if (!isa<ImplicitCastExpr>(Parent) && !isa<ParenExpr>(Parent) &&
               !isa<MaterializeTemporaryExpr>(Parent) &&
               !isa<CXXBindTemporaryExpr>(Parent) &&
               !isa<CXXFunctionalCastExpr>(Parent)) {
      continue;
    }
    collectCallsOfArgument(P, Ctx, Depth + 1, Out);
  }
}

llvm::SmallVector<const Expr *, 2> callsOfArgument(const Expr *E,
                                                   ASTContext &Ctx) {
  llvm::SmallVector<const Expr *, 2> Out;
  collectCallsOfArgument(DynTypedNode::create(*E), Ctx, 0, Out);
  return Out;
}

llvm::SmallVector<std::string, 2> valueNames(const ValueDecl *D) {
  llvm::SmallVector<std::string, 2> Names{normalizedName(D)};
  if (const auto *Enumerator = dyn_cast<EnumConstantDecl>(D)) {
    const auto *Enum = cast<EnumDecl>(Enumerator->getDeclContext());
    if (!Enum->isScoped() && Enum->getIdentifier())
      Names.push_back(normalizedName(Enum) +
                      "::" + Enumerator->getName().str());
  }
  return Names;
}

llvm::StringRef lastComponent(llvm::StringRef Name) {
  size_t Pos = Name.rfind("::");
  return Pos == llvm::StringRef::npos ? Name : Name.substr(Pos + 2);
}

std::string canonicalSpelling(llvm::StringRef Text) {
  std::string Out;
  for (char C : Text)
    if (!isspace(static_cast<unsigned char>(C)))
      Out += C;
  llvm::StringRef R(Out);
  if (R.consume_front("::"))
    return R.str();
  return Out;
}

SourceLocation calleeNameLoc(const CallExpr *Call) {
  const Expr *Callee = Call->getCallee()->IgnoreParenImpCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Callee))
    return Ref->getNameInfo().getLoc();
  if (const auto *Member = dyn_cast<MemberExpr>(Callee))
    return Member->getMemberLoc();
  return {};
}

} // namespace clang::tidy::async::inline_continuation
