//===--- InlineContinuationLocks.cpp - Locks held at a call ---------------===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// The under-lock rule asks "is a lock held at this completion call?". The
// answer is a forward dataflow over the CFG of the enclosing function that
// every check shares (support/FunctionCFGs.h, built once per function):
//   - a lock guard variable (catalog LockGuard) holds its lock from its
//     declaration (unless default-constructed, or given a catalog LockTag:
//     deferred or try-locked) until its scope ends (the CFG's implicit
//     destructor / lifetime-end element, also on the edges of return, break
//     and goto, and unwinding out of a try block), or a method the catalog
//     lists as giving the lock up (unlock(), release(), swap()); a method
//     it lists as taking the lock (lock(), relock()) takes it again; moving
//     the guard into another one moves the lock;
//   - a lockable object (catalog Lockable, with its lock=unlock method pairs)
//     is held from a lock method until the matching unlock method.
// A lock counts as held at a call only when it is held on EVERY path that
// reaches the call (a "must" analysis: intersection at joins). A "may"
// analysis reports `if (c) lk.unlock(); ev.set();`, which the check's tests
// keep silent on purpose: precision first, an unlock on one path is usually
// the author handling that path. An exception edge carries the locks held
// both before and after the call that threw: `M.lock()` that throws has
// not locked M.
//
// Every expression is its own CFG element, so the position of the call
// among the unlocks of its own statement is exact, and a call is found in
// the CFG without a parent walk. clang-tidy's utils::ExprSequence would
// answer "is X before Y" on the same CFG, but it maps statements to blocks
// through ASTContext::getParents(), whose first use builds the parent map of
// the whole translation unit that ParentIndex exists to avoid
// (docs/performance.md).
//
//===----------------------------------------------------------------------===//

#include "InlineContinuationLocks.h"
#include "InlineContinuationHelpers.h"
#include "support/ExprWrappers.h"
#include "support/FunctionCFGs.h"
#include "support/LLVMCompat.h"
#include "support/SameObject.h"
#include "support/SourceText.h"
#include "support/WorkCounter.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Analysis/Analyses/PostOrderCFGView.h"
#include "clang/Analysis/CFG.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::async {

using namespace inline_continuation;
using Lock = HeldLockTracker::Lock;
using LockSet = HeldLockTracker::LockSet;

namespace {

// The dataflow needs a few passes over the CFG (one more per nesting level
// of loops); a function that has not settled after MaxPasses is left silent.
// (FunctionCFGs bounds the size of the CFGs it builds.)
constexpr unsigned MaxPasses = 32;

/// "lock=unlock;lock_shared=unlock_shared" -> lock or unlock names (a
/// guard's "lock=unlock;=release" lists a method that only gives up).
bool isListedMethod(llvm::StringRef Pairs, llvm::StringRef Method,
                    bool WantUnlock) {
  llvm::SmallVector<llvm::StringRef, 4> Entries;
  Pairs.split(Entries, ';', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef Entry : Entries) {
    auto [Lock, Unlock] = Entry.split('=');
    if ((WantUnlock ? Unlock.trim() : Lock.trim()) == Method)
      return true;
  }
  return false;
}

const Lock *findLock(const LockSet &Set, const ValueDecl *Key) {
  for (const Lock &L : Set)
    if (L.Key == Key)
      return &L;
  return nullptr;
}

void releaseLock(LockSet &Set, const ValueDecl *Key) {
  llvm::erase_if(Set, [&](const Lock &L) { return L.Key == Key; });
}

/// Re-acquiring moves the lock to the end: the end is the most recent.
void acquireLock(LockSet &Set, const Lock &L) {
  releaseLock(Set, L.Key);
  Set.push_back(L);
}

/// Keeps the locks of \p Set that \p Other holds too.
void intersect(LockSet &Set, const LockSet &Other) {
  llvm::erase_if(Set, [&](const Lock &L) { return !findLock(Other, L.Key); });
}

bool sameLocks(const LockSet &A, const LockSet &B) {
  return A.size() == B.size() &&
         llvm::all_of(llvm::zip(A, B), [](const auto &Pair) {
           return std::get<0>(Pair).Key == std::get<1>(Pair).Key &&
                  std::get<0>(Pair).Where == std::get<1>(Pair).Where;
         });
}

/// The effect of one CFG element on the locks held.
class LockTransfer {
public:
  explicit LockTransfer(const Catalog &Cat) : Cat(Cat) {}

  void apply(LockSet &State, const CFGElement &Element) const {
    if (auto Dtor = Element.getAs<CFGAutomaticObjDtor>()) {
      releaseLock(State, Dtor->getVarDecl());
      return;
    }
    if (auto End = Element.getAs<CFGLifetimeEnds>()) {
      releaseLock(State, End->getVarDecl());
      return;
    }
    auto S = Element.getAs<CFGStmt>();
    if (!S)
      return;
    if (const auto *Decls = dyn_cast<DeclStmt>(S->getStmt())) {
      for (const Decl *D : Decls->decls())
        if (const auto *Var = dyn_cast<VarDecl>(D))
          declare(State, Var);
      return;
    }
    if (const auto *Call = dyn_cast<CXXMemberCallExpr>(S->getStmt()))
      memberCall(State, Call);
  }

private:
  /// A local guard variable (by value: a reference owns nothing), and its
  /// catalog fact.
  std::pair<const VarDecl *, const Fact *>
  guardVariable(const Expr *Object) const {
    const auto *Ref = dyn_cast_or_null<DeclRefExpr>(
        ignoreWrappers(Object, WK_FunctionalCasts));
    const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
    if (!Var || Var->getType()->isReferenceType() || !Var->hasLocalStorage())
      return {nullptr, nullptr};
    const Fact *Guard = Cat.lookupType(Var->getType(), FactKind::LockGuard);
    if (!Guard)
      return {nullptr, nullptr};
    return {Var, Guard};
  }

  void declare(LockSet &State, const VarDecl *Var) const {
    if (Var->getType()->isReferenceType() ||
        !Cat.lookupType(Var->getType(), FactKind::LockGuard))
      return;
    Lock Taken{Var, nullptr, Var->getLocation()};
    bool Owns = true;
    if (const auto *Construct = dyn_cast_or_null<CXXConstructExpr>(
            ignoreWrappers(Var->getInit(), WK_FunctionalCasts))) {
      // A default-constructed guard holds nothing; a deferred or try-locked
      // one holds nothing we can be sure of.
      if (Construct->getNumArgs() == 0)
        Owns = false;
      for (const Expr *Arg : Construct->arguments())
        if (Cat.lookupType(Arg->getType(), FactKind::LockTag))
          Owns = false;
      // `std::unique_lock B(std::move(A))`: B holds what A held.
      const CXXConstructorDecl *Ctor = Construct->getConstructor();
      if (Ctor && Ctor->isMoveConstructor() && Construct->getNumArgs() == 1)
        if (const VarDecl *From =
                guardVariable(ignoreMove(Construct->getArg(0))).first) {
          const Lock *Held = findLock(State, From);
          Owns = Held != nullptr;
          if (Held)
            Taken.Where = Held->Where;
          releaseLock(State, From);
        }
    }
    if (Owns)
      acquireLock(State, Taken);
    else
      releaseLock(State, Var);
  }

  void memberCall(LockSet &State, const CXXMemberCallExpr *Call) const {
    const CXXMethodDecl *Method = Call->getMethodDecl();
    const Expr *Object = Call->getImplicitObjectArgument();
    if (!Method || !Method->getIdentifier() || !Object)
      return;
    llvm::StringRef Name = Method->getName();
    if (auto [Guard, GuardFact] = guardVariable(Object); Guard) {
      if (isListedMethod(GuardFact->Extra, Name, /*WantUnlock=*/false))
        acquireLock(State, {Guard, nullptr, compat::beginLoc(Call)});
      else if (isListedMethod(GuardFact->Extra, Name, /*WantUnlock=*/true))
        releaseLock(State, Guard);
      return;
    }
    // Through the derived-to-base cast to the class declaring lock().
    QualType Type = ignoreWrappers(Object, WK_FunctionalCasts)->getType();
    if (Type->isPointerType())
      Type = Type->getPointeeType();
    const Fact *Lockable = Cat.lookupType(Type, FactKind::Lockable);
    const ValueDecl *Mutex = Lockable ? referencedDecl(Object) : nullptr;
    if (!Mutex)
      return;
    if (isListedMethod(Lockable->Extra, Name, /*WantUnlock=*/false))
      acquireLock(State, {Mutex, Object, compat::beginLoc(Call)});
    else if (isListedMethod(Lockable->Extra, Name, /*WantUnlock=*/true))
      releaseLock(State, Mutex);
  }

  const Catalog &Cat;
};

} // namespace

struct HeldLockTracker::FunctionLocks {
  /// The locks held on every path to each call in the function's CFG.
  llvm::DenseMap<const Stmt *, LockSet> HeldBeforeCall;
};

HeldLockTracker::HeldLockTracker() = default;
HeldLockTracker::~HeldLockTracker() = default;
HeldLockTracker::HeldLockTracker(HeldLockTracker &&) = default;
HeldLockTracker &HeldLockTracker::operator=(HeldLockTracker &&) = default;

const HeldLockTracker::FunctionLocks &
HeldLockTracker::analyze(const FunctionCFG &Function, const Catalog &Cat,
                         const SourceManager &SM) {
  std::unique_ptr<FunctionLocks> &Slot = Functions[&Function];
  if (Slot)
    return *Slot;
  Slot = std::make_unique<FunctionLocks>();
  FunctionLocks &Result = *Slot;
  const CFG *Graph = &Function.cfg();

  // Forward "held on every path": the state on entry to a block is the
  // intersection of the states its reached predecessors leave; a block no
  // path has reached yet (or ever: dead code) contributes nothing.
  LockTransfer Transfer(Cat);
  // What each block leaves on its normal edges, and on its exception edge:
  // the locks held both before and after its last element, the call that
  // threw (`M.lock()` that throws has not locked M).
  std::vector<std::optional<LockSet>> Exit(Graph->getNumBlockIDs());
  std::vector<std::optional<LockSet>> ExitOnThrow(Graph->getNumBlockIDs());
  auto EntryState = [&](const CFGBlock &Block) -> std::optional<LockSet> {
    if (&Block == &Graph->getEntry())
      return LockSet();
    const auto &Leaves =
        FunctionCFG::isExceptionEdge(Block) ? ExitOnThrow : Exit;
    std::optional<LockSet> In;
    for (const CFGBlock::AdjacentBlock &Pred : Block.preds()) {
      const CFGBlock *From = Pred.getReachableBlock();
      if (!From || !Leaves[From->getBlockID()])
        continue;
      if (!In)
        In = *Leaves[From->getBlockID()];
      else
        intersect(*In, *Leaves[From->getBlockID()]);
    }
    // The CFG has no destructor elements on exception edges: unwinding out
    // of a try block destroys the guards declared in it before a handler
    // runs.
    if (In && FunctionCFG::isExceptionEdge(Block)) {
      SourceRange TryBlock = cast<CXXTryStmt>(Block.getTerminatorStmt())
                                 ->getTryBlock()
                                 ->getSourceRange();
      llvm::erase_if(*In, [&](const Lock &L) {
        return !L.LockedObject &&
               SM.isPointWithin(L.Key->getLocation(), TryBlock.getBegin(),
                                TryBlock.getEnd());
      });
    }
    return In;
  };
  PostOrderCFGView Order(Graph);
  bool Changed = true;
  for (unsigned Pass = 0; Changed && Pass < MaxPasses; ++Pass) {
    Changed = false;
    for (const CFGBlock *Block : Order) {
      std::optional<LockSet> State = EntryState(*Block);
      if (!State)
        continue;
      work::count(Block->size());
      LockSet BeforeLast = *State;
      for (const CFGElement &Element : *Block) {
        BeforeLast = *State;
        Transfer.apply(*State, Element);
      }
      intersect(BeforeLast, *State);
      ExitOnThrow[Block->getBlockID()] = std::move(BeforeLast);
      std::optional<LockSet> &Old = Exit[Block->getBlockID()];
      if (!Old || !sameLocks(*Old, *State)) {
        Old = std::move(State);
        Changed = true;
      }
    }
  }
  if (Changed)
    return Result; // Not settled within the bound: silent.

  // Record the state before each call. A statement the CFG holds twice (a
  // destructor's call on two edges) runs with what both share.
  for (const CFGBlock *Block : Order) {
    std::optional<LockSet> State = EntryState(*Block);
    if (!State)
      continue;
    work::count(Block->size());
    for (const CFGElement &Element : *Block) {
      if (auto S = Element.getAs<CFGStmt>(); S && isa<CallExpr>(S->getStmt())) {
        auto [It, Inserted] =
            Result.HeldBeforeCall.try_emplace(S->getStmt(), *State);
        if (!Inserted)
          intersect(It->second, *State);
      }
      Transfer.apply(*State, Element);
    }
  }
  return Result;
}

std::optional<HeldLock> HeldLockTracker::heldAt(const CallExpr *Call,
                                                const Catalog &Cat,
                                                ASTContext &Ctx) {
  // The CFG every check shares. A template pattern is not analyzed (its
  // instantiations are).
  const FunctionDecl *Function = FunctionCFGs::enclosingFunction(Call, Ctx);
  if (!Function || Function->isDependentContext() || Function->isInvalidDecl())
    return std::nullopt;
  const FunctionCFG *Graph = FunctionCFGs::of(Function, Ctx);
  if (!Graph)
    return std::nullopt;
  const FunctionLocks &Locks = analyze(*Graph, Cat, Ctx.getSourceManager());
  auto It = Locks.HeldBeforeCall.find(Call);
  if (It == Locks.HeldBeforeCall.end())
    return std::nullopt;
  // Report the most recently acquired guard, else the most recently locked
  // lockable.
  for (const Lock &L : llvm::reverse(It->second))
    if (!L.LockedObject && L.Key->getIdentifier())
      return HeldLock{L.Key->getName().str(), L.Where};
  for (const Lock &L : llvm::reverse(It->second))
    if (L.LockedObject)
      return HeldLock{sourceText(L.LockedObject->getSourceRange(), Ctx).str(),
                      L.Where};
  return std::nullopt;
}

} // namespace clang::tidy::async
