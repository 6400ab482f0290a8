//===--- InlineContinuationLocks.cpp - Locks held at a call ---------------===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// The under-lock rule asks "is a lock held at this completion call?". The
// answer is a forward dataflow over clang's CFG of the enclosing function:
//   - a lock guard variable (catalog LockGuard) holds its lock from its
//     declaration (unless default-constructed, deferred or try-locked) until
//     its scope ends (the CFG's implicit destructor / lifetime-end element,
//     also on the edges of return, break and goto), unlock(), release() or
//     swap(); lock() takes it again; moving it into another guard moves the
//     lock;
//   - a lockable object (catalog Lockable, with its lock=unlock method pairs)
//     is held from a lock method until the matching unlock method.
// A lock counts as held at a call only when it is held on EVERY path that
// reaches the call (a "must" analysis: intersection at joins). A "may"
// analysis reports `if (c) lk.unlock(); ev.set();`, which the check's tests
// keep silent on purpose: precision first, an unlock on one path is usually
// the author handling that path.
//
// The CFG is built with every expression as its own element (AllAlwaysAdd),
// so the position of the call among the unlocks of its own statement is
// exact, and a call is found in the CFG without a parent walk. clang-tidy's
// utils::ExprSequence would answer "is X before Y" on the same CFG, but it
// maps statements to blocks through ASTContext::getParents(), whose first use
// builds the parent map of the whole translation unit that ParentIndex exists
// to avoid (docs/performance.md).
//
//===----------------------------------------------------------------------===//

#include "InlineContinuationLocks.h"
#include "InlineContinuationHelpers.h"
#include "support/ExprWrappers.h"
#include "support/LLVMCompat.h"
#include "support/ParentWalk.h"
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

// Bounds. The parent walk from a call to its function takes at most
// MaxParentSteps (ParentWalk.h); a deeper call is left silent. The CFG: a
// function with more elements than this (a generated table of a million
// statements) is left silent rather than analyzed; building the CFG is linear,
// the dataflow needs a few passes (one more per nesting level of loops), and a
// function that has not settled after MaxPasses is left silent as well.
constexpr unsigned MaxCFGElements = 500000;
constexpr unsigned MaxPasses = 32;

bool isTypeNamed(QualType Type, llvm::StringRef Suffix) {
  const NamedDecl *Class = classOf(Type);
  return Class && llvm::StringRef(normalizedName(Class)).ends_with(Suffix);
}

/// "lock=unlock;lock_shared=unlock_shared" -> lock or unlock names.
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
  /// A local guard variable (by value: a reference owns nothing).
  const VarDecl *guardVariable(const Expr *Object) const {
    const auto *Ref = dyn_cast_or_null<DeclRefExpr>(
        ignoreWrappers(Object, WK_FunctionalCasts));
    const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
    if (!Var || Var->getType()->isReferenceType() || !Var->hasLocalStorage() ||
        !Cat.lookupType(Var->getType(), FactKind::LockGuard))
      return nullptr;
    return Var;
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
        if (isTypeNamed(Arg->getType(), "defer_lock_t") ||
            isTypeNamed(Arg->getType(), "try_to_lock_t"))
          Owns = false;
      // `std::unique_lock B(std::move(A))`: B holds what A held.
      const CXXConstructorDecl *Ctor = Construct->getConstructor();
      if (Ctor && Ctor->isMoveConstructor() && Construct->getNumArgs() == 1)
        if (const VarDecl *From =
                guardVariable(ignoreMove(Construct->getArg(0)))) {
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
    if (const VarDecl *Guard = guardVariable(Object)) {
      if (Name == "lock")
        acquireLock(State, {Guard, nullptr, compat::beginLoc(Call)});
      else if (Name == "unlock" || Name == "release" || Name == "swap")
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

/// The body whose CFG holds \p S: the function, lambda or block that runs
/// it. Null where no CFG of ours can tell (a default argument, a member
/// initializer, a template pattern, an invalid declaration).
const Stmt *enclosingBody(const Stmt *S, ASTContext &Ctx) {
  auto BodyOf = [](const DynTypedNode &Parent,
                   const DynTypedNode &Node) -> std::optional<const Stmt *> {
    if (const auto *Lambda = Parent.get<LambdaExpr>()) {
      // A capture's initializer runs in the enclosing function.
      if (Node.get<Stmt>() != Lambda->getBody())
        return std::nullopt;
      return Lambda->getCallOperator()->isDependentContext()
                 ? nullptr
                 : Lambda->getBody();
    }
    if (const auto *Block = Parent.get<BlockExpr>())
      return Block->getBlockDecl()->isDependentContext() ? nullptr
                                                         : Block->getBody();
    if (const auto *Function = Parent.get<FunctionDecl>()) {
      const Stmt *Body = Function->getBody();
      if (Function->isDependentContext() || Function->isInvalidDecl() ||
          Node.get<Stmt>() != Body)
        return nullptr;
      // A coroutine's CFG is that of the body the user wrote.
      if (const auto *Coroutine = dyn_cast<CoroutineBodyStmt>(Body))
        return Coroutine->getBody();
      return Body;
    }
    // A class, a namespace or the translation unit: no function runs it.
    if (const auto *D = Parent.get<Decl>(); D && !isa<VarDecl>(D))
      return nullptr;
    return std::nullopt;
  };
  return walkParents(Ctx, DynTypedNode::create(*S), BodyOf);
}

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
HeldLockTracker::analyze(const Stmt *Body, const Catalog &Cat,
                         ASTContext &Ctx) {
  std::unique_ptr<FunctionLocks> &Slot = Functions[Body];
  if (Slot)
    return *Slot;
  Slot = std::make_unique<FunctionLocks>();
  FunctionLocks &Result = *Slot;

  CFG::BuildOptions Options;
  // Scope ends of guards: destructors, and lifetime ends for guard types
  // with a trivial destructor (which have no destructor element).
  Options.AddImplicitDtors = true;
  Options.AddLifetime = true;
  // A catch handler is reached from the calls of its try block that may
  // throw: `catch (...) { promise.set_exception(...); }` under the lock
  // taken before the try is held there.
  Options.AddEHEdges = true;
  Options.setAllAlwaysAdd();
  std::unique_ptr<CFG> Graph =
      CFG::buildCFG(nullptr, const_cast<Stmt *>(Body), &Ctx, Options);
  work::countCFGBuild();
  if (!Graph)
    return Result;
  size_t Elements = 0;
  for (const CFGBlock *Block : *Graph)
    Elements += Block->size();
  work::count(Elements);
  if (Elements > MaxCFGElements)
    return Result;

  // Forward "held on every path": the state on entry to a block is the
  // intersection of the states its reached predecessors leave; a block no
  // path has reached yet (or ever: dead code) contributes nothing.
  LockTransfer Transfer(Cat);
  std::vector<std::optional<LockSet>> Exit(Graph->getNumBlockIDs());
  auto EntryState = [&](const CFGBlock &Block) -> std::optional<LockSet> {
    if (&Block == &Graph->getEntry())
      return LockSet();
    std::optional<LockSet> In;
    for (const CFGBlock::AdjacentBlock &Pred : Block.preds()) {
      const CFGBlock *From = Pred.getReachableBlock();
      if (!From || !Exit[From->getBlockID()])
        continue;
      if (!In)
        In = *Exit[From->getBlockID()];
      else
        intersect(*In, *Exit[From->getBlockID()]);
    }
    return In;
  };
  PostOrderCFGView Order(Graph.get());
  bool Changed = true;
  for (unsigned Pass = 0; Changed && Pass < MaxPasses; ++Pass) {
    Changed = false;
    for (const CFGBlock *Block : Order) {
      std::optional<LockSet> State = EntryState(*Block);
      if (!State)
        continue;
      work::count(Block->size());
      for (const CFGElement &Element : *Block)
        Transfer.apply(*State, Element);
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
  const Stmt *Body = enclosingBody(Call, Ctx);
  if (!Body)
    return std::nullopt;
  const FunctionLocks &Locks = analyze(Body, Cat, Ctx);
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
