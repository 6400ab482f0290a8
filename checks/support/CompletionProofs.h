//===--- CompletionProofs.h - proofs that a future has completed ---------===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Several checks stay quiet about a wait or an await when the code has
// already proven that the future or task is complete: a zero-timeout wait is
// a poll, and a use guarded by a readiness check cannot block. This is the one
// place that knows what such a proof looks like, so that the checks agree.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_COMPLETIONPROOFS_H
#define ASYNC_TIDY_COMPLETIONPROOFS_H

#include "AsyncContext.h"
#include "Catalog.h"
#include "ExprWrappers.h"
#include "SameObject.h"
#include "StdCalls.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"
#include <memory>
#include <optional>

namespace clang::tidy::async {

/// A zero duration, timeout or deadline: 0, 0s, 0ms, seconds(0), seconds{},
/// Duration::zero(), time_point::min(), duration_cast<ms>(0s)...
bool isZeroDuration(const Expr *E, const ASTContext &Ctx);

/// True if \p Call, a wait described by \p Wait, is a FF_Timed wait given a
/// zero timeout: a poll, not a wait.
bool isPollingWait(const CallExpr *Call, const Fact &Wait,
                   const ASTContext &Ctx);

/// True if \p Use, which uses the future or task \p Object (a variable or a
/// member, possibly through std::move), only runs once the object is proven
/// complete on every path of its function's CFG that reaches it, with no
/// write to the object in between (FunctionCFGs.h). The proofs: a readiness
/// check that succeeded (a branch on a catalog ReadinessCheck call, or on a
/// timed wait compared with a ready status: `if (f.isReady())`,
/// `f.wait_for(0s) == ready ? f.get() : ...`, `if (!f.isReady()) return;`,
/// `while (!f.isReady()) co_await yield();`), an await of the object
/// (`co_await f;`, or a catalog ReadyAfterAwait call such as
/// `co_await AwaitOn(executor, f)` or a group's await after `group.Attach(f)`),
/// or a wait without a timeout that returned (`f.wait();`, which proves a
/// later get() but not another wait). A status variable holding a readiness
/// call's answer (`auto s = f.wait_for(d); if (s == ready)`) counts as the
/// call while it holds it.
bool isGuardedByReadinessCheck(const Expr *Object, const Stmt *Use,
                               const Catalog &Cat, ASTContext &Ctx);

/// True if the CFG element \p S (one expression, its operands being
/// elements of their own) assigns, increments, moves from, swaps, takes the
/// address of, or passes by non-const reference \p Object or an object it is
/// a member of, or declares the variable it is part of.
bool writesObject(const Stmt *S, const Expr *Object);

/// Appends to \p Key what identifies the object \p E names (its variable,
/// or its member path from a variable or 'this'); false if it names none.
/// Two expressions with equal keys are sameObject().
bool appendObjectKey(const Expr *E, std::string &Key);

/// The positions of statements among the statements of their blocks, each
/// block's computed once, so that a walk asking for every statement of a long
/// function stays linear. Keyed by AST nodes: a check holds it as
/// PerTranslationUnit<BlockPositions> (TranslationUnitState.h).
class BlockPositions {
public:
  /// The position of \p S among the statements of \p Block, if it is one of
  /// them.
  std::optional<unsigned> of(const CompoundStmt *Block, const Stmt *S);

private:
  llvm::DenseMap<const CompoundStmt *,
                 std::unique_ptr<llvm::DenseMap<const Stmt *, unsigned>>>
      ByBlock;
};

/// The object a member call is made on (null for other calls).
const Expr *callObject(const CallExpr *Call);

/// The variable whose value a future expression was taken from: through
/// std::move/std::get, member and element access. Null if the expression
/// computes a new value (a call of anything else).
const VarDecl *rootVariable(const Expr *E);

/// True if \p Root holds the completed antecedent of the continuation
/// \p Context: one of the continuation's parameters
/// (`then([](boost::future<int> f) { f.get(); })` does not block), or a local
/// taken out of one (`auto parts = both.get();`).
bool isContinuationAntecedent(const VarDecl *Root, const AsyncContext &Context,
                              const Catalog &Cat);

} // namespace clang::tidy::async

#endif // ASYNC_TIDY_COMPLETIONPROOFS_H
