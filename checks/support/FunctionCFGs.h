//===--- FunctionCFGs.h - One CFG per function, facts along it -*- C++ -*-===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Every ordering question the checks ask ("was the future proven ready
// before this wait", "was this member assigned a fresh task before this
// await", "is the parameter awaited before any other suspension") is answered
// on clang's CFG, as upstream's UseAfterMoveCheck and NoSuspendWithLockCheck
// do, instead of by walking statements: branches, loops, early returns,
// `break` and `&&` come out right without special cases.
//
// A CFG is built only for a function that contains a statement a check asks
// about, once per translation unit, and shared by every async-* check (the
// lock tracker of async-inline-continuation runs its own dataflow on it):
// this is the one place that builds one, with the union of the options the
// checks need (FunctionCFGs.cpp says which and why). Each
// fact is a forward "must" analysis of one bit over that CFG (it holds at a
// point when every path from the function's entry establishes it and nothing
// destroys it after), computed once per function and fact and kept per
// element, so that asking it at every wait of a long function stays linear
// (robustness/scaling.test counts the blocks and elements visited).
//
// clang-tidy's utils::ExprSequence answers "is A sequenced before B" on the
// same CFG, but it finds statement parents with ASTContext::getParents(),
// whose first call builds the parent map of the whole translation unit,
// system headers included (ParentIndex.h says what that costs), and it
// answers one pair at a time where the checks need "on every path".
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_SUPPORT_FUNCTIONCFGS_H
#define ASYNC_TIDY_SUPPORT_FUNCTIONCFGS_H

#include "clang/AST/ASTContext.h"
#include "clang/Analysis/CFG.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringMap.h"

#include <memory>
#include <optional>
#include <vector>

namespace clang::tidy::async {

/// What one CFG element (a statement or expression, evaluated after its
/// operands) does to a fact.
enum class FactEffect { None, Establish, Destroy };

/// A fact about one object that statements establish or destroy, and a
/// branch condition may establish on one of its edges (`if (f.isReady())`
/// establishes "f is ready" on its true edge).
/// Holds function_refs: keep the callables alive while it is used.
struct FlowFact {
  /// Equal keys denote the same fact in a function: its answers are cached
  /// under the key. An empty key is computed afresh on every question.
  std::string Key;
  llvm::function_ref<FactEffect(const Stmt *Element)> Transfer;
  /// Called for the two edges of a two-way branch with the condition the
  /// branch tests and which edge (true or false); may be null.
  llvm::function_ref<bool(const Expr *Condition, bool Edge)> OnEdge;
};

/// The CFG of one function or lambda body, with where each statement of the
/// body is evaluated and the facts computed on it so far.
class FunctionCFG {
public:
  /// Null if clang cannot build a CFG of \p Body.
  static std::unique_ptr<FunctionCFG> build(const Decl *Function,
                                            const Stmt *Body, ASTContext &Ctx);

  const CFG &cfg() const { return *Graph; }

  /// True if \p Fact holds right before \p Use (a statement of this body) is
  /// evaluated, on every path from the entry that reaches it. Elements that
  /// are part of \p Use itself (`std::move(f)` in `std::move(f).get()`) are
  /// not before it. False if \p Use is not evaluated in this body or only
  /// in code the entry cannot reach.
  bool holdsBefore(const Stmt *Use, const FlowFact &Fact);

  /// True if an edge into \p Succ is taken when a call throws (or a
  /// `throw`): it leaves its block after the last element, which did not
  /// complete. A dataflow over the CFG gives such an edge only what held
  /// both before and after that element.
  static bool isExceptionEdge(const CFGBlock &Succ);

private:
  struct Point {
    unsigned Block;
    unsigned Element;
  };
  /// Bit I of States[B] holds before element I of block B; bit N (the
  /// number of elements) at the end of the block.
  struct FactStates {
    std::vector<llvm::BitVector> States;
  };

  FunctionCFG(std::unique_ptr<CFG> Graph);
  std::optional<Point> pointOf(const Stmt *S) const;
  std::unique_ptr<FactStates> solve(const FlowFact &Fact) const;

  std::unique_ptr<CFG> Graph;
  /// By block ID.
  std::vector<const CFGBlock *> Blocks;
  llvm::DenseMap<const Stmt *, Point> Points;
  /// Blocks the entry reaches; the others (dead code, the handlers of a try
  /// block where nothing can throw) prove nothing and are not joined.
  llvm::BitVector Reachable;
  llvm::StringMap<std::unique_ptr<FactStates>> Facts;
};

/// The CFGs of the current translation unit, shared by every check.
class FunctionCFGs {
public:
  /// The CFG of the function or lambda whose body evaluates \p S, built on
  /// first use; null if \p S is not in a body (a default member
  /// initializer) or no CFG can be built; \p BuildFailed, if given, tells
  /// the second case from the first.
  static FunctionCFG *enclosing(const Stmt *S, ASTContext &Ctx,
                                bool *BuildFailed = nullptr);
  /// The function whose body evaluates \p S (a lambda's call operator for
  /// a statement of the lambda's body), or null (a default member
  /// initializer, a default argument).
  static const FunctionDecl *enclosingFunction(const Stmt *S, ASTContext &Ctx);
  /// The CFG of \p Function's body (its user-written body for a coroutine).
  static FunctionCFG *of(const FunctionDecl *Function, ASTContext &Ctx);
  /// Forgets the CFGs of the previous translation unit.
  static void reset();
};

} // namespace clang::tidy::async

#endif // ASYNC_TIDY_SUPPORT_FUNCTIONCFGS_H
