//===--- TaskChainingCheck.h - async-task-chaining --------------*- C++ -*-===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Part of async-tidy. Flags a data member, static member or global that is
// re-assigned to a continuation of itself ("last_ = last_.then(work)"): a
// private task queue that nobody can join, cancel or observe.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_TASKCHAININGCHECK_H
#define ASYNC_TIDY_TASKCHAININGCHECK_H

#include "support/AsyncTidyCheck.h"
#include "support/ReportOnce.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"
#include <memory>

namespace clang::tidy::async {

/// Finds "last task" variables re-chained onto themselves: the chaining form
/// (`last_ = std::move(last_).thenValue(f)`), the combinator form
/// (`last_ = when_all(std::move(last_), next)`) and the coroutine form
/// (`last_ = chain(std::move(last_), work)` where `chain` is a coroutine that
/// first awaits that parameter). Notes point at the places that block on the
/// tail of the chain.
///
/// For the user-facing documentation see:
/// docs/checks/async-task-chaining.md
class TaskChainingCheck : public AsyncTidyCheck {
public:
  TaskChainingCheck(StringRef Name, ClangTidyContext *Context);
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;

  /// Where the variable holding the tail is blocked on, per variable.
  using BlockingSites =
      llvm::DenseMap<const ValueDecl *, llvm::SmallVector<SourceLocation, 4>>;

private:
  /// Whether \p E (the right-hand side, or an object or argument below it)
  /// builds on the value of \p Target through at least one link. Sets
  /// \p Link to the outermost chaining or combinator fact, and \p ViaCoroutine
  /// when the link is a coroutine call.
  bool chainsOnto(const Expr *E, const Expr *Target, bool SawLink,
                  unsigned Depth, const Fact *&Link, bool &ViaCoroutine);
  /// Whether \p E is a member call that returns the same kind of future it
  /// is called on (folly `via`, `semi`...), so the chain can be followed
  /// through it.
  const Expr *futurePreservingObject(const Expr *E) const;
  /// Whether parameter \p Index of the coroutine \p Callee is awaited before
  /// anything else in its body is awaited, yielded or returned. Cached.
  bool awaitsParameterFirst(const FunctionDecl *Callee, unsigned Index);
  bool isTaskType(QualType Type) const;
  /// A member call named like a chaining operation (ChainingMemberNames)
  /// that takes a callable and returns its receiver's class, or a smart
  /// pointer to it: a home-made future nobody configured.
  bool isUnconfiguredChainingCall(const CXXMemberCallExpr *Call) const;
  const Fact *taskTypeFact(QualType Type) const;
  /// The places where the tail held by \p Var (a field, static member or
  /// global) is blocked on, in the scope that can see it. Cached per scope.
  const BlockingSites &blockingSitesFor(const ValueDecl *Var, ASTContext &Ctx);

  /// Assignments already diagnosed (a class template's pattern and its
  /// instantiations share a location).
  PerTranslationUnit<ReportOnce> Reported{UnitStates};
  PerTranslationUnit<
      llvm::DenseMap<std::pair<const FunctionDecl *, unsigned>, bool>>
      AwaitsFirstCache{UnitStates};
  PerTranslationUnit<
      llvm::DenseMap<const Decl *, std::unique_ptr<BlockingSites>>>
      SitesCache{UnitStates};
  const std::string ChainingMemberNamesText;
  llvm::SmallVector<StringRef, 12> ChainingMemberNames;
  /// Set by chainsOnto when the outermost link it found is an unconfigured
  /// chaining call (no catalog fact to name the library).
  bool UnconfiguredLink = false;
};

} // namespace clang::tidy::async

#endif // ASYNC_TIDY_TASKCHAININGCHECK_H
