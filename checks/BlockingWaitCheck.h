//===--- BlockingWaitCheck.h - async-blocking-wait --------------*- C++ -*-===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Part of async-tidy. Flags calls that block the current thread until
// asynchronous work completes (future get/wait, sync_wait, nested event
// loops, thread primitives) when they run in an async context: a coroutine
// body, a continuation or executor task, or a must-not-block function.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_BLOCKINGWAITCHECK_H
#define ASYNC_TIDY_BLOCKINGWAITCHECK_H

#include "support/AsyncContext.h"
#include "support/AsyncTidyCheck.h"
#include "support/CallSummaries.h"
#include "support/ReportOnce.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include <memory>
#include <optional>

namespace clang::tidy::async {

/// Finds blocking waits in async contexts.
///
/// For the user-facing documentation see:
/// docs/checks/async-blocking-wait.md
class BlockingWaitCheck : public AsyncTidyCheck {
public:
  BlockingWaitCheck(StringRef Name, ClangTidyContext *Context);
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override;

  /// Where the plain thread primitives (sleep_for, join, condition-variable
  /// and latch waits...) are flagged.
  enum class PrimitivePolicy { Coroutines, Always, Never };

private:
  /// A diagnostic held until the end of the translation unit, when
  /// async-await-foreign-task's findings on the same token are known.
  struct PendingReport {
    SourceLocation Loc;
    /// Where a NOLINT for async-await-foreign-task is looked up.
    const SourceManager *Sources;
    std::string Message;
    std::optional<FixItHint> Fix;
    WaitFindings::Notes Notes;
  };

  bool primitiveFlagged(const AsyncContext &Context) const;
  /// Reports the calls made inside async contexts to functions that block.
  void checkFrontierCalls(ASTContext &Ctx);
  /// The summary of the blocking calls that count in a context where
  /// \p ExcludedFlags (FF_Primitive, FF_FineInSeastarThread) do not.
  const Summary &summaryExcluding(unsigned ExcludedFlags, ASTContext &Ctx);
  std::optional<AsyncContext> contextOf(const SummarizedFunction &F,
                                        ASTContext &Ctx);
  /// True if \p F is an async context that reports its blocking itself (the
  /// site it reaches directly, \p Site, or the call that leads to it).
  bool reportsItself(const SummarizedFunction &F, const BlockingSite *Site,
                     ASTContext &Ctx);
  std::optional<FixItHint> fixIt(const CallExpr *Call, const Fact &Blocking,
                                 const AsyncContext &Context, ASTContext &Ctx);
  /// False when \p Awaited needs a catalog AwaitAdapter (QFuture needs
  /// <QCoroFuture>) that this translation unit does not declare.
  bool awaitableHere(QualType Awaited, ASTContext &Ctx);

  unsigned MaxCallDepth = 8;
  PrimitivePolicy Primitives = PrimitivePolicy::Coroutines;
  AsyncContextOptions ContextOptions;

  LazyPerTranslationUnit<AsyncContextFinder> Contexts{
      UnitStates, asyncContextsBuilder(ContextOptions)};
  PerTranslationUnit<ReportOnce> Reported{UnitStates};
  PerTranslationUnit<std::vector<PendingReport>> Pending{UnitStates};
  /// The summaries per set of excluded fact flags, and the async context of
  /// each summarized function.
  PerTranslationUnit<llvm::DenseMap<unsigned, std::unique_ptr<Summary>>>
      Summaries{UnitStates};
  PerTranslationUnit<
      llvm::DenseMap<const FunctionDecl *, std::optional<AsyncContext>>>
      FunctionContexts{UnitStates};
  /// Is each AwaitAdapter declared?
  PerTranslationUnit<llvm::DenseMap<const Fact *, bool>> AdapterVisible{
      UnitStates};
};

} // namespace clang::tidy::async

namespace clang::tidy {
template <>
struct OptionEnumMapping<async::BlockingWaitCheck::PrimitivePolicy> {
  static llvm::ArrayRef<
      std::pair<async::BlockingWaitCheck::PrimitivePolicy, StringRef>>
  getEnumMapping() {
    using P = async::BlockingWaitCheck::PrimitivePolicy;
    static constexpr std::pair<P, StringRef> Mapping[] = {
        {P::Coroutines, "Coroutines"},
        {P::Always, "Always"},
        {P::Never, "Never"}};
    return Mapping;
  }
};
} // namespace clang::tidy

#endif // ASYNC_TIDY_BLOCKINGWAITCHECK_H
