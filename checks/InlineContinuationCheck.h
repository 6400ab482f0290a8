//===--- InlineContinuationCheck.h - async-inline-continuation --*- C++ -*-===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Part of async-tidy. Flags completion sources that run someone else's code
// on the completing thread: a completion made while a lock is held, an
// inline API where the library offers an asynchronous variant, and a user's
// completion source constructed without its async-continuation policy.
//
// One check, one file per rule:
//   InlineContinuationCheck.cpp        registration and dispatch
//   InlineContinuationCompletions.cpp  completions under a lock (with
//                                      InlineContinuationLocks: the CFG
//                                      lock tracker), in an async context,
//                                      and StrictMode's inline completions
//   InlineContinuationInlineApis.cpp   inline APIs and inline policies
//   InlineContinuationPolicy.cpp       sources constructed without policy
//   InlineContinuationHelpers.h        what several rules share
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_INLINECONTINUATIONCHECK_H
#define ASYNC_TIDY_INLINECONTINUATIONCHECK_H

#include "InlineContinuationLocks.h"
#include "support/AsyncContext.h"
#include "support/AsyncTidyCheck.h"
#include "support/ReportOnce.h"
#include "support/TranslationUnitState.h"
#include <memory>
#include <optional>

namespace clang::tidy::async {

/// See docs/checks/async-inline-continuation.md.
class InlineContinuationCheck : public AsyncTidyCheck {
public:
  InlineContinuationCheck(StringRef Name, ClangTidyContext *Context);
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  void checkCompletion(const CallExpr *Call, const Fact &F, ASTContext &Ctx);
  void checkInlineApiCall(const CallExpr *Call, const Fact &F, ASTContext &Ctx);
  /// The fix-it of a catalog SaferAlternative for \p Call, where its result
  /// is used only as the alternative's result can be.
  std::optional<FixItHint> saferAlternativeFix(const CallExpr *Call,
                                               ASTContext &Ctx) const;
  void checkPolicyArgument(const DeclRefExpr *Ref, ASTContext &Ctx);
  void checkConstruction(const CXXConstructExpr *Construct, ASTContext &Ctx);
  void checkImplicitMemberInit(const FieldDecl *Field,
                               const CXXConstructExpr *Construct,
                               ASTContext &Ctx);
  void checkMakeCall(const CallExpr *Call, ASTContext &Ctx);
  /// The warning for a source of \p Type constructed without the policy of
  /// \p F.
  DiagnosticBuilder diagMissingPolicy(SourceLocation Loc, QualType Type,
                                      const Fact &F);
  void checkMemberDeclaration(const FieldDecl *Field, ASTContext &Ctx);
  void reportDefaultConstructedMember(const FieldDecl *Field, const Fact &F,
                                      ASTContext &Ctx);
  /// The async context (coroutine, continuation, must-not-block function)
  /// \p S runs in, if any.
  std::optional<AsyncContext> asyncContextOf(const Stmt *S, ASTContext &Ctx);
  /// True if the completion source \p Object is completed on is one of the
  /// AsyncPolicyTypes, and the variable or member it names is known to be
  /// constructed with the policy: it resumes nothing inline.
  bool constructedWithPolicy(const Expr *Object, ASTContext &Ctx) const;

  bool passesPolicy(llvm::ArrayRef<const Expr *> Args, const Fact &F,
                    ASTContext &Ctx) const;
  const bool StrictMode;
  const bool IncludeThreadWakingSources;
  /// Each (location, rule) is reported once: templates are seen once per
  /// instantiation.
  PerTranslationUnit<ReportOnce> Reported{UnitStates};
  PerTranslationUnit<HeldLockTracker> Locks{UnitStates};
  AsyncContextOptions ContextOptions;
  LazyPerTranslationUnit<AsyncContextFinder> Contexts{
      UnitStates, asyncContextsBuilder(ContextOptions)};
};

} // namespace clang::tidy::async

#endif // ASYNC_TIDY_INLINECONTINUATIONCHECK_H
