//===--- FunctionCFGs.cpp - One CFG per function, and facts along it ------===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "FunctionCFGs.h"
#include "ParentWalk.h"
#include "WorkCounter.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/SmallPtrSet.h"

#include <algorithm>

namespace clang::tidy::async {

FunctionCFG::FunctionCFG(std::unique_ptr<CFG> TheGraph)
    : Graph(std::move(TheGraph)) {
  Reachable.resize(Graph->getNumBlockIDs());
  Blocks.resize(Graph->getNumBlockIDs());
  for (const CFGBlock *Block : *Graph) {
    Blocks[Block->getBlockID()] = Block;
    unsigned Index = 0;
    for (const CFGElement &Element : *Block) {
      work::count();
      if (std::optional<CFGStmt> S = Element.getAs<CFGStmt>())
        Points.try_emplace(S->getStmt(), Point{Block->getBlockID(), Index});
      ++Index;
    }
  }
  llvm::SmallVector<const CFGBlock *, 32> Work{&Graph->getEntry()};
  Reachable.set(Graph->getEntry().getBlockID());
  while (!Work.empty()) {
    const CFGBlock *Block = Work.pop_back_val();
    work::count();
    for (const CFGBlock *Succ : Block->succs())
      if (Succ && !Reachable.test(Succ->getBlockID())) {
        Reachable.set(Succ->getBlockID());
        Work.push_back(Succ);
      }
  }
}

/// A function with more CFG elements than this (a generated table of a
/// million statements) is left unanalyzed, as if clang could not build its
/// CFG, which every check takes as the quiet answer. Building is linear and
/// so is each fact's analysis, but a check may ask many facts of one
/// function, and the CFG of such a function alone takes hundreds of
/// megabytes; real functions stay far below.
constexpr size_t MaxCFGElements = 500000;

std::unique_ptr<FunctionCFG>
FunctionCFG::build(const Decl *Function, const Stmt *Body, ASTContext &Ctx) {
  // The union of what the checks need, so that one CFG per function serves
  // them all:
  CFG::BuildOptions Options;
  // every expression is an element, in evaluation order: a wait and the
  // await before it in one full-expression are ordered too, and a call is
  // found in the CFG without a parent walk;
  Options.setAllAlwaysAdd();
  // the scope ends of local variables (destructors, and lifetime ends for
  // types with a trivial destructor, which have no destructor element): a
  // lock guard releases its lock there, also on the edges of return, break
  // and goto;
  Options.AddImplicitDtors = true;
  Options.AddLifetime = true;
  // a catch handler is reached from the calls of its try block that may
  // throw (solve() says what an exception edge carries).
  Options.AddEHEdges = true;
  std::unique_ptr<CFG> Graph =
      CFG::buildCFG(Function, const_cast<Stmt *>(Body), &Ctx, Options);
  work::countCFGBuild();
  if (!Graph)
    return nullptr;
  size_t Elements = 0;
  for (const CFGBlock *Block : *Graph)
    Elements += Block->size();
  if (Elements > MaxCFGElements)
    return nullptr;
  return std::unique_ptr<FunctionCFG>(new FunctionCFG(std::move(Graph)));
}

bool FunctionCFG::isExceptionEdge(const CFGBlock &Succ) {
  // The CFG reaches a try statement's dispatch block (whose successors are
  // its handlers) only by a throw or a call that may throw.
  return isa_and_nonnull<CXXTryStmt>(Succ.getTerminatorStmt());
}

std::optional<FunctionCFG::Point> FunctionCFG::pointOf(const Stmt *S) const {
  auto It = Points.find(S);
  if (It == Points.end())
    return std::nullopt;
  return It->second;
}

/// The condition a two-way branch at the end of \p Block tests, or null.
static const Expr *branchCondition(const CFGBlock &Block) {
  if (Block.getTerminator().getKind() != CFGTerminator::StmtBranch ||
      Block.succ_size() != 2)
    return nullptr;
  // A range-for's hidden `__begin != __end` tests nothing the user wrote.
  if (isa_and_nonnull<CXXForRangeStmt>(Block.getTerminatorStmt()))
    return nullptr;
  return dyn_cast_or_null<Expr>(
      const_cast<CFGBlock &>(Block).getTerminatorCondition());
}

std::unique_ptr<FunctionCFG::FactStates>
FunctionCFG::solve(const FlowFact &Fact) const {
  const unsigned NumBlocks = Graph->getNumBlockIDs();
  // The state at the end of the block, and before its last element.
  auto Apply = [&](const CFGBlock &Block, bool Holds) {
    bool BeforeLast = Holds;
    for (const CFGElement &Element : Block) {
      work::count();
      BeforeLast = Holds;
      if (std::optional<CFGStmt> S = Element.getAs<CFGStmt>()) {
        FactEffect Effect = Fact.Transfer(S->getStmt());
        if (Effect != FactEffect::None)
          Holds = Effect == FactEffect::Establish;
      }
    }
    return std::make_pair(Holds, BeforeLast);
  };

  // A must analysis: every reachable block but the entry starts at "holds"
  // and can only fall to "does not", so each block is revisited at most
  // once after its first visit.
  llvm::BitVector In(NumBlocks, true);
  const unsigned Entry = Graph->getEntry().getBlockID();
  In.reset(Entry);
  // Which edges of a branch establish the fact: computed once per block.
  llvm::DenseMap<unsigned, std::pair<bool, bool>> EdgeFacts;
  auto EdgeEstablishes = [&](const CFGBlock &Block, unsigned Edge) {
    if (!Fact.OnEdge || Edge > 1)
      return false;
    auto [It, Inserted] = EdgeFacts.try_emplace(Block.getBlockID());
    if (Inserted)
      if (const Expr *Condition = branchCondition(Block))
        It->second = {Fact.OnEdge(Condition, true),
                      Fact.OnEdge(Condition, false)};
    return Edge == 0 ? It->second.first : It->second.second;
  };

  // Block IDs fall from the entry towards the exit: Work is a stack, so the
  // highest is visited first, which approximates a reverse post-order.
  llvm::SmallVector<unsigned, 64> Work;
  llvm::BitVector Queued(NumBlocks);
  for (unsigned ID = 0; ID < NumBlocks; ++ID)
    if (Reachable.test(ID)) {
      Work.push_back(ID);
      Queued.set(ID);
    }
  while (!Work.empty()) {
    unsigned ID = Work.pop_back_val();
    Queued.reset(ID);
    const CFGBlock &Block = *Blocks[ID];
    auto [Out, BeforeLast] = Apply(Block, In.test(ID));
    unsigned Edge = 0;
    for (const CFGBlock *Succ : Block.succs()) {
      unsigned Index = Edge++;
      if (!Succ || !Reachable.test(Succ->getBlockID()))
        continue;
      unsigned SuccID = Succ->getBlockID();
      // An exception edge leaves a block after its last element, the call
      // that threw (or a throw): that call did not complete, so what it
      // establishes does not hold on the edge, and what it destroys may be
      // destroyed already. The fact holds only if it held both before and
      // after the call.
      bool Value = isExceptionEdge(*Succ)
                       ? Out && BeforeLast
                       : Out || EdgeEstablishes(Block, Index);
      if (!Value && In.test(SuccID)) {
        In.reset(SuccID);
        if (!Queued.test(SuccID)) {
          Queued.set(SuccID);
          Work.push_back(SuccID);
        }
      }
    }
  }

  auto Result = std::make_unique<FactStates>();
  Result->States.resize(NumBlocks);
  for (const CFGBlock *Block : *Graph) {
    unsigned ID = Block->getBlockID();
    llvm::BitVector &States = Result->States[ID];
    States.resize(Block->size() + 1);
    if (!Reachable.test(ID))
      continue;
    bool Holds = In.test(ID);
    unsigned Index = 0;
    for (const CFGElement &Element : *Block) {
      work::count();
      States[Index++] = Holds;
      if (std::optional<CFGStmt> S = Element.getAs<CFGStmt>()) {
        FactEffect Effect = Fact.Transfer(S->getStmt());
        if (Effect != FactEffect::None)
          Holds = Effect == FactEffect::Establish;
      }
    }
    States[Index] = Holds;
  }
  return Result;
}

bool FunctionCFG::holdsBefore(const Stmt *Use, const FlowFact &Fact) {
  std::optional<Point> At = pointOf(Use);
  if (!At || !Reachable.test(At->Block))
    return false;
  // The elements evaluated as part of Use come right before it.
  llvm::SmallPtrSet<const Stmt *, 16> Inside;
  llvm::SmallVector<const Stmt *, 16> Walk{Use};
  while (!Walk.empty()) {
    const Stmt *S = Walk.pop_back_val();
    work::count();
    if (!S || !Inside.insert(S).second || isa<LambdaExpr>(S))
      continue;
    for (const Stmt *Child : S->children())
      Walk.push_back(Child);
  }
  // A call of Use that may throw ends a block of its own (its exception
  // edge leaves there), so Use's elements may start in a chain of blocks
  // before Use's: follow a block's only predecessor while that ends in an
  // element of Use. A branch inside Use (`co_await (c ? a : b)`) stops the
  // walk at its join, as before the branch.
  const CFGBlock *Block = Blocks[At->Block];
  unsigned Start = At->Element;
  auto IsInside = [&](const CFGElement &Element) {
    std::optional<CFGStmt> S = Element.getAs<CFGStmt>();
    return S && Inside.contains(S->getStmt());
  };
  for (;;) {
    work::count();
    if (Start > 0) {
      if (!IsInside((*Block)[Start - 1]))
        break;
      --Start;
      continue;
    }
    if (Block->pred_size() != 1)
      break;
    const CFGBlock *Pred = Block->pred_begin()->getReachableBlock();
    if (!Pred || Pred->succ_empty() || *Pred->succ_begin() != Block ||
        Pred->empty() || !IsInside(Pred->back()))
      break;
    Block = Pred;
    Start = Pred->size();
  }

  const FactStates *States = nullptr;
  std::unique_ptr<FactStates> Uncached;
  if (Fact.Key.empty()) {
    Uncached = solve(Fact);
    States = Uncached.get();
  } else if (auto It = Facts.find(Fact.Key); It != Facts.end()) {
    States = It->second.get();
  } else {
    // Solving may ask other facts of this function: insert afterwards.
    std::unique_ptr<FactStates> Solved = solve(Fact);
    States = Solved.get();
    Facts[Fact.Key] = std::move(Solved);
  }
  return States->States[Block->getBlockID()].test(Start);
}

namespace {
struct CFGCache {
  /// By body; null when clang could not build one.
  llvm::DenseMap<const Stmt *, std::unique_ptr<FunctionCFG>> ByBody;
};
thread_local CFGCache Cache;
} // namespace

FunctionCFG *FunctionCFGs::of(const FunctionDecl *Function, ASTContext &Ctx) {
  const Stmt *Body = Function ? Function->getBody() : nullptr;
  if (const auto *Coroutine = dyn_cast_or_null<CoroutineBodyStmt>(Body))
    Body = Coroutine->getBody();
  if (!Body)
    return nullptr;
  auto [It, Inserted] = Cache.ByBody.try_emplace(Body);
  if (Inserted)
    It->second = FunctionCFG::build(Function, Body, Ctx);
  return It->second.get();
}

const FunctionDecl *FunctionCFGs::enclosingFunction(const Stmt *S,
                                                    ASTContext &Ctx) {
  return walkParents(
      Ctx, DynTypedNode::create(*S),
      [](const DynTypedNode &Parent,
         const DynTypedNode &Child) -> std::optional<const FunctionDecl *> {
        if (const auto *Lambda = Parent.get<LambdaExpr>()) {
          // The body, not a capture's initializer, which the enclosing
          // function evaluates.
          if (isa_and_nonnull<CompoundStmt, CoroutineBodyStmt>(
                  Child.get<Stmt>()))
            return Lambda->getCallOperator();
          return std::nullopt;
        }
        if (const auto *Function = Parent.get<FunctionDecl>())
          return Function;
        if (const auto *D = Parent.get<Decl>()) {
          // A local variable's initializer is in its function; a default
          // argument or a member initializer is in none.
          const auto *Var = dyn_cast<VarDecl>(D);
          if (!Var || isa<ParmVarDecl>(Var) || !Var->isLocalVarDecl())
            return nullptr;
          return std::nullopt;
        }
        if (!Parent.get<Stmt>())
          return nullptr;
        return std::nullopt;
      });
}

FunctionCFG *FunctionCFGs::enclosing(const Stmt *S, ASTContext &Ctx,
                                     bool *BuildFailed) {
  const FunctionDecl *Function = enclosingFunction(S, Ctx);
  FunctionCFG *Graph = Function ? of(Function, Ctx) : nullptr;
  if (BuildFailed)
    *BuildFailed = Function && !Graph;
  return Graph;
}

void FunctionCFGs::reset() { Cache.ByBody.clear(); }

} // namespace clang::tidy::async
