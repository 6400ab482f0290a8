//===--- BlockingWaitCheck.h - async-blocking-wait --------------*- C++ -*-===//
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
  void onStartOfTranslationUnit() override;

  /// Where the plain thread primitives (sleep_for, join, condition-variable
  /// and latch waits...) are flagged.
  enum class PrimitivePolicy { Coroutines, Always, Never };

private:
  bool primitiveFlagged(const AsyncContext &Context) const;
  std::optional<FixItHint> fixIt(const CallExpr *Call, const Fact &Blocking,
                                 const AsyncContext &Context, ASTContext &Ctx);
  /// False when \p Awaited needs a catalog AwaitAdapter (QFuture needs
  /// <QCoroFuture>) that this translation unit does not declare.
  bool awaitableHere(QualType Awaited, ASTContext &Ctx);

  PrimitivePolicy Primitives = PrimitivePolicy::Coroutines;
  AsyncContextOptions ContextOptions;

  // Per translation unit.
  std::unique_ptr<AsyncContextFinder> Contexts;
  const ASTContext *ContextsFor = nullptr;
  llvm::DenseSet<unsigned> Reported;
  /// Per translation unit: is each AwaitAdapter declared?
  llvm::DenseMap<const Fact *, bool> AdapterVisible;
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
