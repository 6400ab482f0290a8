//===--- AwaitForeignTaskCheck.h - async-await-foreign-task -----*- C++ -*-===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Part of async-tidy. Flags `co_await E`, and a blocking wait on E inside an
// async context, where E is an eager task or future that was started
// somewhere else (a data member, a global, a parameter received by
// reference, the task of such a completion source) and nothing joins the
// work that completes it. The C++ port of vs-threading's VSTHRD003, with the
// join-scope exemption its users asked for.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_AWAITFOREIGNTASKCHECK_H
#define ASYNC_TIDY_AWAITFOREIGNTASKCHECK_H

#include "support/AsyncContext.h"
#include "support/AsyncTidyCheck.h"
#include "support/CallSummaries.h"
#include "support/CompletionProofs.h"
#include "support/ReportOnce.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"
#include <memory>
#include <optional>

namespace clang::tidy::async {

/// See docs/checks/async-await-foreign-task.md.
class AwaitForeignTaskCheck : public AsyncTidyCheck {
public:
  AwaitForeignTaskCheck(StringRef Name, ClangTidyContext *Context);
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override;

  /// Where a task came from, when it is foreign to the awaiting function.
  struct Origin {
    /// The name shown in the diagnostic ("pending_", "promise_.getFuture()").
    std::string Name;
    /// What it is ("a data member", "a local variable holding ...").
    std::string Phrase;
    /// Declarations worth a "declared here" note, innermost first.
    llvm::SmallVector<const NamedDecl *, 3> Decls;
    /// The member or static member that holds the task, if the task is
    /// (a copy of) one; its assignments in the class are the "started here"
    /// notes and the ready-value proof. Null for completion sources,
    /// parameters and globals.
    const ValueDecl *HoldingMember = nullptr;
  };

  /// Everything written to locals, members and globals in one function body;
  /// built once per body.
  struct BodyWrites {
    struct LocalWrites {
      llvm::SmallVector<const Expr *, 2> Values;
      /// Passed by non-const reference, address taken, aliased: anything may
      /// be stored in it.
      bool Unknown = false;
    };
    llvm::DenseMap<const VarDecl *, LocalWrites> Locals;
    struct Assignment {
      const Expr *Target; ///< Normalized left-hand side.
      const Expr *Value;
      SourceLocation Loc;
    };
    std::vector<Assignment> Assignments;
  };

  /// What the methods of one class store into its members.
  struct MemberWrites {
    /// Every stored value is a catalog ready-value factory call.
    bool AllReady = true;
    bool AnyWrite = false;
    /// Where a task that is not known to be ready is stored.
    llvm::SmallVector<SourceLocation, 4> Started;
  };

private:
  /// A wait on a future started elsewhere: where it came from, and the
  /// catalog fact of its type.
  struct ForeignWait {
    Origin From;
    const Fact *TaskType;
  };
  /// A diagnostic held until the end of the translation unit: a blocking
  /// wait is reported by async-blocking-wait when that check reports the same
  /// token (with this finding as notes).
  struct PendingReport {
    SourceLocation Loc;
    std::string Message;
    WaitFindings::Notes Notes;
  };

  void checkAwaited(const Expr *Awaited, const Stmt *Trigger,
                    SourceLocation DiagLoc, bool IsBlockingWait,
                    ASTContext &Ctx);
  /// Is \p Awaited, awaited or waited for by \p Trigger in the body of
  /// \p Callable, a future started elsewhere that nothing joins?
  std::optional<ForeignWait> foreignWait(const Expr *Awaited,
                                         const Stmt *Trigger,
                                         const FunctionDecl *Callable,
                                         ASTContext &Ctx);
  /// Reports calls made in async contexts to helpers that wait on a future
  /// started elsewhere.
  void checkFrontierCalls(ASTContext &Ctx);

  std::optional<Origin> classify(const Expr *E, const Stmt *Body,
                                 unsigned Depth);
  std::optional<Origin> classifyDecl(const DeclRefExpr *Ref, const Stmt *Body,
                                     unsigned Depth);

  const BodyWrites &writesIn(const Stmt *Body);
  const MemberWrites *memberWrites(const ValueDecl *Member);

  bool assignedFreshBefore(const Expr *Task, const Stmt *Trigger,
                           const Stmt *Body, ASTContext &Ctx);
  bool insideJoinScope(const Stmt *Trigger, ASTContext &Ctx);
  bool isReadyFactoryCall(const Expr *E) const;

  void report(SourceLocation Loc, const Origin &O, bool IsBlockingWait,
              const Fact &TaskType);
  /// The notes that explain a foreign wait: declared here, started here, the
  /// remedy.
  WaitFindings::Notes foreignNotes(SourceLocation Loc, const Origin &O,
                                   const Fact &TaskType);

  const bool FlagByValueParameters;
  unsigned MaxCallDepth = 8;
  AsyncContextOptions ContextOptions;
  LazyPerTranslationUnit<AsyncContextFinder> Contexts{
      UnitStates, asyncContextsBuilder(ContextOptions)};
  PerTranslationUnit<llvm::DenseMap<const Stmt *, std::unique_ptr<BodyWrites>>>
      WritesCache{UnitStates};
  /// Per block: the position of its first join-scope guard statement.
  PerTranslationUnit<llvm::DenseMap<const CompoundStmt *, unsigned>>
      FirstJoinGuard{UnitStates};
  PerTranslationUnit<BlockPositions> StatementPositions{UnitStates};
  /// Keyed by the class (its template pattern), then by member.
  PerTranslationUnit<llvm::DenseMap<const CXXRecordDecl *,
                                    llvm::DenseMap<const Decl *, MemberWrites>>>
      MemberCache{UnitStates};
  PerTranslationUnit<std::vector<PendingReport>> Pending{UnitStates};
  PerTranslationUnit<ReportOnce> Reported{UnitStates};
};

} // namespace clang::tidy::async

#endif // ASYNC_TIDY_AWAITFOREIGNTASKCHECK_H
