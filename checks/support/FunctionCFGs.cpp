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

std::unique_ptr<FunctionCFG>
FunctionCFG::build(const Decl *Function, const Stmt *Body, ASTContext &Ctx) {
  CFG::BuildOptions Options;
  // Every expression is an element, in evaluation order: a wait and the
  // await before it in one full-expression are ordered too.
  Options.setAllAlwaysAdd();
  std::unique_ptr<CFG> Graph =
      CFG::buildCFG(Function, const_cast<Stmt *>(Body), &Ctx, Options);
  if (!Graph)
    return nullptr;
  return std::unique_ptr<FunctionCFG>(new FunctionCFG(std::move(Graph)));
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
  auto Apply = [&](const CFGBlock &Block, bool Holds) {
    for (const CFGElement &Element : Block) {
      work::count();
      if (std::optional<CFGStmt> S = Element.getAs<CFGStmt>()) {
        FactEffect Effect = Fact.Transfer(S->getStmt());
        if (Effect != FactEffect::None)
          Holds = Effect == FactEffect::Establish;
      }
    }
    return Holds;
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
    bool Out = Apply(Block, In.test(ID));
    unsigned Edge = 0;
    for (const CFGBlock *Succ : Block.succs()) {
      unsigned Index = Edge++;
      if (!Succ || !Reachable.test(Succ->getBlockID()))
        continue;
      unsigned SuccID = Succ->getBlockID();
      bool Value = Out || EdgeEstablishes(Block, Index);
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
  const CFGBlock &Block = *Blocks[At->Block];
  unsigned Start = At->Element;
  while (Start > 0) {
    std::optional<CFGStmt> S = Block[Start - 1].getAs<CFGStmt>();
    if (!S || !Inside.contains(S->getStmt()))
      break;
    --Start;
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
  return States->States[At->Block].test(Start);
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

FunctionCFG *FunctionCFGs::enclosing(const Stmt *S, ASTContext &Ctx,
                                     bool *BuildFailed) {
  const FunctionDecl *Function = walkParents(
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
  FunctionCFG *Graph = Function ? of(Function, Ctx) : nullptr;
  if (BuildFailed)
    *BuildFailed = Function && !Graph;
  return Graph;
}

void FunctionCFGs::reset() { Cache.ByBody.clear(); }

} // namespace clang::tidy::async
