//===--- InlineContinuationCheck.cpp - async-inline-continuation ----------===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Registration and dispatch; each rule lives in its own file (see the
// header).

#include "InlineContinuationCheck.h"
#include "InlineContinuationHelpers.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang::ast_matchers;

namespace clang::tidy::async {

using namespace inline_continuation;

InlineContinuationCheck::InlineContinuationCheck(StringRef Name,
                                                 ClangTidyContext *Context)
    : AsyncTidyCheck(Name, Context),
      StrictMode(boolOption("StrictMode", false)),
      IncludeThreadWakingSources(
          boolOption("IncludeThreadWakingSources", false)) {}

void InlineContinuationCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(
      stmt(catalog().callMatcher(FactKind::CompletionCall)).bind("completion"),
      this);
  Finder->addMatcher(
      stmt(catalog().callMatcher(FactKind::InlineApi)).bind("inline"), this);

  // Inline launch policies ("QtFuture::Launch::Sync", "boost::launch::sync")
  // are enumerators or policy objects; match them by their last name
  // component and confirm in check().
  std::vector<std::string> PolicyNames;
  for (const Fact *F : catalog().facts(FactKind::InlineApi))
    if (F->has(FF_FixRename))
      PolicyNames.push_back(F->memberName().str());
  llvm::sort(PolicyNames);
  PolicyNames.erase(std::unique(PolicyNames.begin(), PolicyNames.end()),
                    PolicyNames.end());
  std::vector<llvm::StringRef> PolicyNameRefs(PolicyNames.begin(),
                                              PolicyNames.end());
  if (!PolicyNameRefs.empty())
    Finder->addMatcher(
        declRefExpr(to(valueDecl(anyOf(enumConstantDecl(), varDecl()),
                                 hasAnyName(PolicyNameRefs))))
            .bind("policyRef"),
        this);

  // Rule 3 only runs when the user configured AsyncPolicyTypes.
  if (catalog().facts(FactKind::PolicyRequiredType).empty())
    return;
  auto PolicyType = hasUnqualifiedDesugaredType(recordType(hasDeclaration(
      cxxRecordDecl(catalog().typeNameMatcher(FactKind::PolicyRequiredType)))));
  Finder->addMatcher(
      cxxConstructExpr(hasType(PolicyType), unless(hasParent(cxxCtorInitializer(
                                                unless(isWritten())))))
          .bind("construct"),
      this);
  Finder->addMatcher(
      cxxConstructorDecl(forEachConstructorInitializer(cxxCtorInitializer(
          unless(isWritten()), forField(fieldDecl().bind("field")),
          withInitializer(
              cxxConstructExpr(hasType(PolicyType)).bind("implicitInit"))))),
      this);
  // A member declared without an initializer, which the implicit default
  // constructor (or a constructor that leaves it out) default-constructs.
  Finder->addMatcher(
      fieldDecl(hasType(PolicyType), unless(hasInClassInitializer(expr())))
          .bind("memberDecl"),
      this);
  Finder->addMatcher(
      callExpr(callee(functionDecl(
                   hasAnyName("::std::make_shared", "::std::make_unique",
                              "::boost::make_shared", "::boost::make_unique"),
                   hasTemplateArgument(0, refersToType(PolicyType)))))
          .bind("make"),
      this);
}

std::optional<AsyncContext>
InlineContinuationCheck::asyncContextOf(const Stmt *S, ASTContext &Ctx) {
  return Contexts.get(Ctx).find(S);
}

void InlineContinuationCheck::check(const MatchFinder::MatchResult &Result) {
  if (outsideAnalysedCode(Result))
    return;
  ASTContext &Ctx = *Result.Context;
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("completion")) {
    if (const Fact *F = catalog().lookupCall(Call, FactKind::CompletionCall))
      checkCompletion(Call, *F, Ctx);
    return;
  }
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("inline")) {
    if (const Fact *F = catalog().lookupCall(Call, FactKind::InlineApi))
      checkInlineApiCall(Call, *F, Ctx);
    return;
  }
  if (const auto *Ref = Result.Nodes.getNodeAs<DeclRefExpr>("policyRef")) {
    checkPolicyArgument(Ref, Ctx);
    return;
  }
  if (const auto *Construct =
          Result.Nodes.getNodeAs<CXXConstructExpr>("construct")) {
    checkConstruction(Construct, Ctx);
    return;
  }
  if (const auto *Field = Result.Nodes.getNodeAs<FieldDecl>("field")) {
    checkImplicitMemberInit(
        Field, Result.Nodes.getNodeAs<CXXConstructExpr>("implicitInit"), Ctx);
    return;
  }
  if (const auto *Field = Result.Nodes.getNodeAs<FieldDecl>("memberDecl")) {
    checkMemberDeclaration(Field, Ctx);
    return;
  }
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("make"))
    checkMakeCall(Call, Ctx);
}

} // namespace clang::tidy::async
