//===--- CallSummaries.h - Calls and callbacks of a translation unit -*- C++
//-*-//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Part of async-tidy. A blocking wait is rarely written in the coroutine or
// continuation that it stalls: it sits one or two helpers away. This is the
// per-translation-unit view of the user's functions that lets the checks
// follow those helpers:
//   - for every function with a body outside system headers, the calls it
//     makes that we can follow (direct calls, non-virtual and `final` member
//     calls, operators, constructors, and the destructors it runs: of its
//     locals at the end of their scope, of temporaries, of members and bases
//     when it is a destructor; a constructor also runs its members' default
//     initializers and the constructors of its members and bases) and the
//     catalog blocking calls it makes;
//   - "summaries": which functions (transitively) reach a call that satisfies
//     a check's predicate, with the shortest chain of calls to it;
//   - the functions that run as callbacks because a sink receives them by
//     name (`std::bind(&C::m, this)`, `&f`, a lambda that only calls one, a
//     std::function local initialized with one).
// Virtual calls through a base, calls through function pointers or
// std::function, and functions without a body are unknown: never followed.
//
// The index is built once per translation unit, in one pass over the user's
// code, and shared by every check (and every AsyncContextFinder) that uses
// the same catalog. A summary is one breadth-first search over the reversed
// call graph: linear in the number of calls, and it terminates on recursion.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_CALLSUMMARIES_H
#define ASYNC_TIDY_CALLSUMMARIES_H

#include "Catalog.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include <memory>
#include <string>
#include <vector>

namespace clang::tidy::async {

/// A call the summaries follow, made in the body of one function.
struct FollowedCall {
  enum CallKind {
    Call,               ///< A call, operator call or constructor call.
    LocalDestroyed,     ///< A local's destructor at the end of its scope.
    TemporaryDestroyed, ///< A temporary's destructor.
    MemberDestroyed,    ///< A member's or base's destructor, in a destructor.
  };
  CallKind Kind;
  /// Index of the callee in CallSummaries::functions().
  unsigned Callee;
  SourceLocation Loc;
  /// The call expression (null for destructors run implicitly).
  const Expr *Expression = nullptr;
  /// The variable or member destroyed, for the destructor kinds.
  const ValueDecl *Destroyed = nullptr;

  /// Where a report of this call goes: the call, or for a local's implicit
  /// destructor the local's declaration (the scope's end has no token the
  /// developer wrote).
  SourceLocation reportLocation() const {
    return Kind == LocalDestroyed ? Destroyed->getLocation() : Loc;
  }
};

/// A catalog blocking call made in the body of one function.
struct BlockingSite {
  const CallExpr *Call;
  const Fact *Blocking;
};

/// A function or lambda body of the translation unit.
struct SummarizedFunction {
  const FunctionDecl *Function;
  /// Set for a lambda's call operator.
  const LambdaExpr *Lambda = nullptr;
  /// False for a function seen only as a callee (declared without a body
  /// here, or in a system header): unknown, never followed.
  bool HasBody = false;
  /// True when the index walked the body (false for an implicit destructor,
  /// whose member destructors are added without a body).
  bool BodyIndexed = false;
  llvm::SmallVector<FollowedCall, 4> Calls;
  llvm::SmallVector<BlockingSite, 1> Blocking;
  /// The first catalog thread-asserting call of the body, not counting
  /// nested lambdas (AsyncContext's must-run-on-an-event-loop evidence).
  const CallExpr *ThreadAssertingCall = nullptr;
};

/// A function that a continuation sink receives by name.
struct NamedCallback {
  /// The call that receives it, and its catalog fact.
  const Expr *SinkCall;
  const Fact *Sink;
};

/// Which functions reach a blocking site that a check cares about, and how.
class Summary {
public:
  static constexpr unsigned None = ~0u;
  /// The number of calls from \p Function to the site: 0 when the function
  /// makes it itself; None when it does not reach one.
  unsigned distance(unsigned Function) const { return Distance[Function]; }
  /// For distance 0, the index of the site in the function's Blocking;
  /// otherwise the index in its Calls of the next call of the chain.
  unsigned next(unsigned Function) const { return Next[Function]; }

private:
  friend class CallSummaries;
  std::vector<unsigned> Distance, Next;
};

class CallSummaries {
public:
  /// The index of \p Ctx for \p Cat, built on first use and shared until
  /// every holder has let it go (at the latest, the end of the translation
  /// unit).
  static std::shared_ptr<CallSummaries> get(ASTContext &Ctx,
                                            const Catalog &Cat);
  /// Forgets the indexes of the previous translation unit.
  static void startTranslationUnit();

  CallSummaries(ASTContext &Ctx, const Catalog &Cat);

  llvm::ArrayRef<SummarizedFunction> functions() const { return Functions; }
  /// The index of \p FD in functions(), or Summary::None.
  unsigned indexOf(const FunctionDecl *FD) const;
  const SummarizedFunction *find(const FunctionDecl *FD) const {
    unsigned I = indexOf(FD);
    return I == Summary::None ? nullptr : &Functions[I];
  }

  /// The sink call that receives \p FD by name, if any.
  const NamedCallback *namedCallback(const FunctionDecl *FD) const;

  using SourcePredicate = llvm::function_ref<bool(const SummarizedFunction &,
                                                  const BlockingSite &)>;
  /// Called with the function and, when it makes one itself, the site it
  /// reaches.
  using BarrierPredicate = llvm::function_ref<bool(const SummarizedFunction &,
                                                   const BlockingSite *)>;
  /// The summary of the sites for which \p IsSource holds. A function for
  /// which \p IsBarrier holds is not looked through: its callers do not reach
  /// its sites (an async context reports its own waits).
  Summary summarize(SourcePredicate IsSource, BarrierPredicate IsBarrier) const;

  /// A function as diagnostics name it: "'ns::C::m'", "the lambda".
  static std::string displayName(const SummarizedFunction &F);

  /// Describes each step of the chain from \p Function to its blocking site,
  /// as (location, note) pairs, "'f' calls 'g' here" ... "'h' blocks here on
  /// 'std::future::wait'".
  std::vector<std::pair<SourceLocation, std::string>>
  chain(const Summary &S, unsigned Function) const;

private:
  class Builder;
  unsigned node(const FunctionDecl *FD);

  ASTContext &Ctx;
  const Catalog &Cat;
  std::vector<SummarizedFunction> Functions;
  llvm::DenseMap<const FunctionDecl *, unsigned> Index;
  llvm::DenseMap<const FunctionDecl *, NamedCallback> Callbacks;
  /// Callers of each function: (caller, index in the caller's Calls).
  std::vector<llvm::SmallVector<std::pair<unsigned, unsigned>, 2>> Callers;
};

/// Where async-blocking-wait and async-await-foreign-task meet: a blocking
/// wait on a future started elsewhere is one hazard, reported once, by
/// async-blocking-wait with the foreign-task reason as notes. Both checks
/// record their findings here while matching and emit them at the end of the
/// translation unit, when both sets are complete. Without async-blocking-wait
/// (disabled, or no report at that token) async-await-foreign-task reports on
/// its own.
class WaitFindings {
public:
  using Notes = std::vector<std::pair<SourceLocation, std::string>>;
  /// async-blocking-wait will report at \p Loc.
  static void addBlockingWait(SourceLocation Loc);
  static bool hasBlockingWait(SourceLocation Loc);
  /// async-await-foreign-task found that the wait at \p Loc is on a future
  /// started elsewhere; \p Reason and \p Evidence become notes of the one
  /// diagnostic.
  static void addForeignWait(SourceLocation Loc, Notes Reason);
  static const Notes *foreignWait(SourceLocation Loc);
  /// Called by CallSummaries::startTranslationUnit.
  static void clear();
};

/// True when a NOLINT, NOLINTNEXTLINE or NOLINTBEGIN/NOLINTEND comment
/// suppresses \p CheckName at \p Loc (as clang-tidy reads them: no list
/// means every check; a list holds names or globs with '*').
bool noLintSuppresses(SourceLocation Loc, llvm::StringRef CheckName,
                      const SourceManager &SM);

} // namespace clang::tidy::async

#endif // ASYNC_TIDY_CALLSUMMARIES_H
