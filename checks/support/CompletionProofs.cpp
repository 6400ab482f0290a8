//===--- CompletionProofs.cpp - proofs that a future has completed -------===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "CompletionProofs.h"
#include "ParentIndex.h"
#include "ParentWalk.h"
#include "WorkCounter.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::async {

/// How far back in a block a statement that completes the object (an await
/// of it, a wait that returned) is looked for; far enough for the shapes
/// real code has (the await right before the get), and a constant, so that
/// proving every wait of a long block stays linear.
static constexpr unsigned MaxCompletingStatementDistance = 16;

//===----------------------------------------------------------------------===//
// Zero timeouts.
//===----------------------------------------------------------------------===//

/// `0s` in libstdc++ is `operator""s<'0'>()`: the digits are template
/// arguments. None if the operator is not a template on the characters.
static std::optional<bool> zeroTemplateDigits(const UserDefinedLiteral *Lit) {
  const auto *FD = dyn_cast_or_null<FunctionDecl>(Lit->getCalleeDecl());
  const TemplateArgumentList *Args =
      FD ? FD->getTemplateSpecializationArgs() : nullptr;
  if (!Args || Args->size() != 1 ||
      Args->get(0).getKind() != TemplateArgument::Pack)
    return std::nullopt;
  bool SawZero = false;
  for (const TemplateArgument &Char : Args->get(0).pack_elements()) {
    if (Char.getKind() != TemplateArgument::Integral)
      return std::nullopt;
    uint64_t C = Char.getAsIntegral().getZExtValue();
    if (C == '0')
      SawZero = true;
    else if (C != '.' && C != '\'')
      return false;
  }
  return SawZero;
}

/// A value-initialized std::chrono or boost::chrono duration or time point:
/// zero, or the epoch (long past, so waiting until it is a poll too). Other
/// types default to something else (QDeadlineTimer() never expires).
static bool isValueInitializedChrono(const CXXConstructExpr *Construct) {
  if (!isa<CXXTemporaryObjectExpr>(Construct) &&
      !Construct->isListInitialization())
    return false;
  const NamedDecl *Class = classOf(Construct->getType());
  if (!Class)
    return false;
  std::string Name = normalizedName(Class);
  return Name == "std::chrono::duration" || Name == "std::chrono::time_point" ||
         Name == "boost::chrono::duration" ||
         Name == "boost::chrono::time_point";
}

static bool isZeroDuration(const Expr *E, const ASTContext &Ctx, int Depth) {
  if (!E || Depth > 8 || isa<CXXDefaultArgExpr>(E))
    return false;
  E = ignoreWrappers(E);
  if (E->isValueDependent() || E->isTypeDependent() || E->containsErrors())
    return false;
  // Integer and floating constants, including named constexpr ones.
  if (E->getType()->isIntegralOrEnumerationType()) {
    Expr::EvalResult R;
    return E->EvaluateAsInt(R, Ctx) && R.Val.getInt().isZero();
  }
  if (E->getType()->isRealFloatingType()) {
    llvm::APFloat F(0.0);
    return E->EvaluateAsFloat(F, Ctx) && F.isZero();
  }
  if (const auto *UDL = dyn_cast<UserDefinedLiteral>(E)) {
    switch (UDL->getLiteralOperatorKind()) {
    case UserDefinedLiteral::LOK_Template:
      if (std::optional<bool> Zero = zeroTemplateDigits(UDL))
        return *Zero;
      break;
    case UserDefinedLiteral::LOK_Integer:
    case UserDefinedLiteral::LOK_Floating:
      return isZeroDuration(UDL->getCookedLiteral(), Ctx, Depth + 1);
    default:
      break;
    }
    // A raw literal operator: read the digits as spelled.
    StringRef Text = Lexer::getSourceText(
        CharSourceRange::getTokenRange(
            Ctx.getSourceManager().getSpellingLoc(UDL->getBeginLoc())),
        Ctx.getSourceManager(), Ctx.getLangOpts());
    StringRef Digits = Text.take_while(
        [](char C) { return llvm::isDigit(C) || C == '.' || C == '\''; });
    return !Digits.empty() &&
           Digits.find_first_not_of("0.'") == StringRef::npos;
  }
  if (const auto *Cast = dyn_cast<ExplicitCastExpr>(E))
    return isZeroDuration(Cast->getSubExpr(), Ctx, Depth + 1);
  if (const auto *List = dyn_cast<InitListExpr>(E))
    return List->getNumInits() == 1 &&
           isZeroDuration(List->getInit(0), Ctx, Depth + 1);
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
    if (Construct->getNumArgs() == 0)
      return isValueInitializedChrono(Construct);
    // seconds(0), QDeadlineTimer(0), a converting constructor from 0; not
    // time_duration(0, 0, 5), which is five seconds.
    for (unsigned I = 1; I < Construct->getNumArgs(); ++I)
      if (!isa<CXXDefaultArgExpr>(Construct->getArg(I)))
        return false;
    return isZeroDuration(Construct->getArg(0), Ctx, Depth + 1);
  }
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    const auto *FD = dyn_cast_or_null<FunctionDecl>(Call->getCalleeDecl());
    if (!FD || !FD->getIdentifier())
      return false;
    // Duration::zero(), time_point::min().
    if (Call->getNumArgs() == 0) {
      if (FD->getName() == "zero")
        return true;
      const auto *MD = dyn_cast<CXXMethodDecl>(FD);
      return MD && MD->isStatic() && MD->getName() == "min";
    }
    // duration_cast<milliseconds>(0s).
    if (Call->getNumArgs() == 1 &&
        (FD->getName() == "duration_cast" ||
         FD->getName() == "time_point_cast" || FD->getName() == "floor" ||
         FD->getName() == "ceil") &&
        StringRef(normalizedName(FD)).starts_with("std::chrono::"))
      return isZeroDuration(Call->getArg(0), Ctx, Depth + 1);
  }
  return false;
}

bool isZeroDuration(const Expr *E, const ASTContext &Ctx) {
  return isZeroDuration(E, Ctx, 0);
}

bool isPollingWait(const CallExpr *Call, const Fact &Wait,
                   const ASTContext &Ctx) {
  if (!Wait.has(FF_Timed))
    return false;
  // The timeout is not always the first argument (cv.wait_for(lock, 0s)); a
  // callable object's first "argument" is the object itself.
  unsigned First = isa<CXXOperatorCallExpr>(Call) ? 1 : 0;
  for (unsigned I = First; I < Call->getNumArgs(); ++I)
    if (isZeroDuration(Call->getArg(I), Ctx))
      return true;
  return false;
}

bool alwaysExits(const Stmt *S) {
  if (!S)
    return false;
  if (const auto *Compound = dyn_cast<CompoundStmt>(S))
    return !Compound->body_empty() && alwaysExits(Compound->body_back());
  if (isa<ReturnStmt, CoreturnStmt, BreakStmt, ContinueStmt, GotoStmt>(S))
    return true;
  if (const auto *E = dyn_cast<Expr>(S)) {
    E = ignoreWrappers(E);
    if (isa<CXXThrowExpr>(E))
      return true;
    if (const auto *Call = dyn_cast<CallExpr>(E))
      if (const FunctionDecl *FD = Call->getDirectCallee())
        return FD->isNoReturn();
  }
  return false;
}

//===----------------------------------------------------------------------===//
// Readiness guards.
//===----------------------------------------------------------------------===//

namespace {
class ReadinessProver {
public:
  ReadinessProver(const Catalog &Cat, ASTContext &Ctx, const Expr *Object,
                  const Stmt *Use)
      : Cat(Cat), Ctx(Ctx), Object(Object), Use(Use) {}

  bool useIsProvenReady();

private:
  bool isReadinessCall(const Expr *E, bool ThroughVariable = true);
  bool isReassigned(const VarDecl *Var);
  bool makesReady(llvm::ArrayRef<Stmt *> Before, const Stmt *S);
  bool awaitedCallMakesReady(llvm::ArrayRef<Stmt *> Before,
                             const CallExpr *Call);
  int readinessSign(const Expr *E);
  int comparisonReadiness(const Expr *Cond);
  bool impliesReady(const Expr *Cond);
  bool falsityImpliesReady(const Expr *Cond);
  bool exitsUnlessReady(const Stmt *S);
  bool writes(const Expr *E);
  bool writesBeforeUse(const Stmt *Region);

  const Catalog &Cat;
  ASTContext &Ctx;
  const Expr *Object;
  const Stmt *Use;
};
} // namespace

/// `f.isReady()`, or a timed wait `f.wait_for(d)` (to be compared with a
/// status), on the object. Any timeout: once a wait said 'ready', the future
/// is complete. Also a local holding such a call's answer and never assigned
/// again: `auto status = f.wait_for(500ms); if (status == ready) ...`.
bool ReadinessProver::isReadinessCall(const Expr *E, bool ThroughVariable) {
  if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(ignoreWrappers(E))) {
    const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
    return ThroughVariable && Var && Var->isLocalVarDecl() &&
           !Var->getType()->isReferenceType() && Var->getInit() &&
           isReadinessCall(Var->getInit(), /*ThroughVariable=*/false) &&
           !isReassigned(Var);
  }
  const auto *Call = dyn_cast_or_null<CXXMemberCallExpr>(ignoreWrappers(E));
  if (!Call || !sameObject(Call->getImplicitObjectArgument(), Object))
    return false;
  if (Cat.lookupCall(Call, FactKind::ReadinessCheck))
    return true;
  const Fact *Timed = Cat.lookupCall(Call, FactKind::BlockingCall);
  return Timed && Timed->has(FF_Timed);
}

/// Is the local \p Var assigned, incremented or has its address taken
/// anywhere in its function after its initialization?
bool ReadinessProver::isReassigned(const VarDecl *Var) {
  if (Var->getType().isConstQualified())
    return false;
  const auto *Function = dyn_cast<FunctionDecl>(Var->getDeclContext());
  if (!Function || !Function->getBody())
    return true;
  auto NamesVar = [Var](const Expr *E) {
    const auto *Ref = dyn_cast<DeclRefExpr>(ignoreWrappers(E));
    return Ref && Ref->getDecl() == Var;
  };
  llvm::SmallVector<const Stmt *, 32> Work{Function->getBody()};
  while (!Work.empty()) {
    const Stmt *S = Work.pop_back_val();
    if (!S)
      continue;
    if (const auto *BO = dyn_cast<BinaryOperator>(S)) {
      if (BO->isAssignmentOp() && NamesVar(BO->getLHS()))
        return true;
    } else if (const auto *UO = dyn_cast<UnaryOperator>(S)) {
      if ((UO->isIncrementDecrementOp() || UO->getOpcode() == UO_AddrOf) &&
          NamesVar(UO->getSubExpr()))
        return true;
    } else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(S)) {
      if (Op->isAssignmentOp() && NamesVar(Op->getArg(0)))
        return true;
    }
    llvm::append_range(Work, S->children());
  }
  return false;
}

/// True if the statement \p S, which runs before the use in the same block,
/// leaves the object complete on every path through it: it awaits the object
/// (`co_await f_;`), awaits a call the catalog says completes it
/// (`co_await AwaitOn(executor, f)`, `co_await group.AwaitOn(executor)` after
/// `group.Attach(f)`), or waits for it without a timeout (`f.wait();`) and
/// returned. \p Before are the statements of the block before \p S.
bool ReadinessProver::makesReady(llvm::ArrayRef<Stmt *> Before, const Stmt *S) {
  const Expr *E = nullptr;
  if (const auto *Decls = dyn_cast<DeclStmt>(S)) {
    if (const auto *Var = dyn_cast_or_null<VarDecl>(
            Decls->isSingleDecl() ? Decls->getSingleDecl() : nullptr))
      E = Var->getInit();
  } else {
    E = dyn_cast<Expr>(S);
  }
  E = ignoreWrappers(E);
  if (const auto *Void = dyn_cast_or_null<CStyleCastExpr>(E);
      Void && Void->getType()->isVoidType())
    E = ignoreWrappers(Void->getSubExpr());
  if (!E)
    return false;
  if (const auto *Await = dyn_cast<CoawaitExpr>(E)) {
    const Expr *Operand = ignoreWrappers(Await->getOperand());
    // `co_await std::move(f)` consumed f: it proves nothing about f after.
    if (const auto *Move = dyn_cast<CallExpr>(Operand);
        Move && isStdMoveLike(Move))
      return false;
    if (sameObject(normalizeTask(Operand), normalizeTask(Object)))
      return true;
    const auto *Call = dyn_cast<CallExpr>(Operand);
    return Call && awaitedCallMakesReady(Before, Call);
  }
  // A wait without a timeout that returned: the object is complete.
  const auto *Call = dyn_cast<CallExpr>(E);
  const Fact *Wait =
      Call ? Cat.lookupCall(Call, FactKind::BlockingCall) : nullptr;
  if (!Wait || Wait->has(FF_Timed) || Wait->has(FF_NestedLoop))
    return false;
  // Proves a later get(), not another wait: each wait is reported as the
  // deliberate block it is.
  if (const auto *UseCall = dyn_cast<CallExpr>(Use))
    if (const auto *Callee =
            dyn_cast_or_null<NamedDecl>(UseCall->getCalleeDecl()))
      if (Callee->getIdentifier() &&
          Callee->getName().starts_with_insensitive("wait"))
        return false;
  if (const Expr *On = callObject(Call))
    return sameObject(normalizeTask(On), normalizeTask(Object));
  return llvm::any_of(Call->arguments(), [&](const Expr *Arg) {
    return sameObject(normalizeTask(Arg), normalizeTask(Object));
  });
}

/// `AwaitOn(executor, f1, f2)` completes its future arguments; a group's
/// await (`wg.AwaitOn(executor)`) also completes the futures attached to the
/// same group earlier in the block (the methods the fact's Extra lists).
bool ReadinessProver::awaitedCallMakesReady(llvm::ArrayRef<Stmt *> Before,
                                            const CallExpr *Call) {
  const Fact *F = Cat.lookupCall(Call, FactKind::ReadyAfterAwait);
  if (!F)
    return false;
  auto IsObject = [&](const Expr *Arg) {
    return sameObject(normalizeTask(Arg), normalizeTask(Object));
  };
  if (llvm::any_of(Call->arguments(), IsObject))
    return true;
  // The range form: `AwaitOn(executor, futures.begin(), futures.end())`
  // completes every element: `futures[i]`.
  const Expr *Element = normalizeTask(Object);
  const Expr *Container = nullptr;
  if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(Element))
    Container = Subscript->getBase();
  else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Element);
           Op && Op->getOperator() == OO_Subscript && Op->getNumArgs() == 2)
    Container = Op->getArg(0);
  if (Container && llvm::any_of(Call->arguments(), [&](const Expr *Arg) {
        const auto *Begin =
            dyn_cast<CXXMemberCallExpr>(ignoreWrappers(Arg)->IgnoreImplicit());
        const CXXMethodDecl *Method = Begin ? Begin->getMethodDecl() : nullptr;
        return Method && Method->getIdentifier() &&
               Method->getName() == "begin" &&
               sameObject(normalizeTask(Begin->getImplicitObjectArgument()),
                          normalizeTask(Container));
      }))
    return true;
  const Expr *Group = callObject(Call);
  if (!Group || F->Extra.empty())
    return false;
  llvm::SmallVector<StringRef, 2> Attachers;
  StringRef(F->Extra).split(Attachers, ';', -1, /*KeepEmpty=*/false);
  for (const Stmt *S : Before) {
    const auto *Attach =
        dyn_cast_or_null<CXXMemberCallExpr>(ignoreWrappers(dyn_cast<Expr>(S)));
    const CXXMethodDecl *Method = Attach ? Attach->getMethodDecl() : nullptr;
    if (Method && Method->getIdentifier() &&
        llvm::is_contained(Attachers, Method->getName()) &&
        sameObject(normalizeTask(Attach->getImplicitObjectArgument()),
                   normalizeTask(Group)) &&
        llvm::any_of(Attach->arguments(), IsObject))
      return true;
  }
  return false;
}

/// +1 for a status or boolean that means "complete" (a catalog ReadyStatus
/// such as std::future_status::ready, or true), -1 for one that means "not
/// yet" (a PendingStatus such as timeout, or false), 0 for anything else: an
/// unknown status proves nothing either way.
int ReadinessProver::readinessSign(const Expr *E) {
  E = ignoreWrappers(E);
  if (const auto *Bool = dyn_cast<CXXBoolLiteralExpr>(E))
    return Bool->getValue() ? 1 : -1;
  const auto *DRE = dyn_cast<DeclRefExpr>(E);
  const auto *Enumerator =
      DRE ? dyn_cast<EnumConstantDecl>(DRE->getDecl()) : nullptr;
  if (!Enumerator)
    return 0;
  if (Cat.lookupDecl(Enumerator, FactKind::ReadyStatus))
    return 1;
  if (Cat.lookupDecl(Enumerator, FactKind::PendingStatus))
    return -1;
  return 0;
}

static bool equalityOperands(const Expr *E, const Expr *&LHS, const Expr *&RHS,
                             bool &Equal) {
  E = ignoreWrappers(E);
  if (const auto *Rewritten = dyn_cast<CXXRewrittenBinaryOperator>(E)) {
    auto Form = Rewritten->getDecomposedForm();
    if (Form.Opcode != BO_EQ && Form.Opcode != BO_NE)
      return false;
    LHS = Form.LHS;
    RHS = Form.RHS;
    Equal = Form.Opcode == BO_EQ;
    return true;
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    if (BO->getOpcode() != BO_EQ && BO->getOpcode() != BO_NE)
      return false;
    LHS = BO->getLHS();
    RHS = BO->getRHS();
    Equal = BO->getOpcode() == BO_EQ;
    return true;
  }
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
    if ((Op->getOperator() != OO_EqualEqual &&
         Op->getOperator() != OO_ExclaimEqual) ||
        Op->getNumArgs() != 2)
      return false;
    LHS = Op->getArg(0);
    RHS = Op->getArg(1);
    Equal = Op->getOperator() == OO_EqualEqual;
    return true;
  }
  return false;
}

/// True if \p Cond being true proves readiness: `f.isReady()`,
/// `a && f.isReady()`, `f.wait_for(0s) == std::future_status::ready`.
/// For a comparison of a readiness call with a status (`f.wait_for(0s) ==
/// ready`, `s != pending`): +1 if it being true proves readiness, -1 if it
/// being false does, 0 for anything else.
int ReadinessProver::comparisonReadiness(const Expr *Cond) {
  const Expr *LHS, *RHS;
  bool Equal;
  if (!equalityOperands(Cond, LHS, RHS, Equal))
    return 0;
  int Sign = isReadinessCall(LHS)   ? readinessSign(RHS)
             : isReadinessCall(RHS) ? readinessSign(LHS)
                                    : 0;
  return Equal ? Sign : -Sign;
}

bool ReadinessProver::impliesReady(const Expr *Cond) {
  if (!Cond)
    return false;
  Cond = ignoreWrappers(Cond);
  if (const auto *BO = dyn_cast<BinaryOperator>(Cond))
    if (BO->getOpcode() == BO_LAnd)
      return impliesReady(BO->getLHS()) || impliesReady(BO->getRHS());
  if (const auto *UO = dyn_cast<UnaryOperator>(Cond))
    if (UO->getOpcode() == UO_LNot)
      return falsityImpliesReady(UO->getSubExpr());
  if (int Sign = comparisonReadiness(Cond))
    return Sign > 0;
  return isReadinessCall(Cond);
}

/// True if \p Cond being false proves readiness: `!f.isReady()`,
/// `a || !f.isReady()`, `f.wait_for(0s) != std::future_status::ready`.
bool ReadinessProver::falsityImpliesReady(const Expr *Cond) {
  if (!Cond)
    return false;
  Cond = ignoreWrappers(Cond);
  if (const auto *BO = dyn_cast<BinaryOperator>(Cond))
    if (BO->getOpcode() == BO_LOr)
      return falsityImpliesReady(BO->getLHS()) ||
             falsityImpliesReady(BO->getRHS());
  if (const auto *UO = dyn_cast<UnaryOperator>(Cond))
    if (UO->getOpcode() == UO_LNot)
      return impliesReady(UO->getSubExpr());
  if (int Sign = comparisonReadiness(Cond))
    return Sign < 0;
  return false;
}

namespace {
/// What the readiness proofs keep about a block of the current translation
/// unit: each statement's position, and the positions of the statements
/// that may be a readiness guard (see ReadinessProver::exitsUnlessReady).
/// Without them every use searched the block from its start (quadratic in
/// the length of a function with many waits: robustness/scaling.test).
struct BlockFacts {
  llvm::DenseMap<const Stmt *, unsigned> Position;
  llvm::SmallVector<unsigned, 4> GuardCandidates;
};
thread_local llvm::DenseMap<const CompoundStmt *, std::unique_ptr<BlockFacts>>
    BlockCache;

const BlockFacts &blockFacts(const CompoundStmt *Block) {
  std::unique_ptr<BlockFacts> &Facts = BlockCache[Block];
  if (!Facts) {
    Facts = std::make_unique<BlockFacts>();
    unsigned Index = 0;
    for (const Stmt *S : Block->body()) {
      work::count();
      Facts->Position.try_emplace(S, Index);
      // Only these can exit unless the object is ready; the object-dependent
      // part of the test is left to each use.
      const auto *If = dyn_cast<IfStmt>(S);
      if ((If && !If->getElse() && alwaysExits(If->getThen())) ||
          isa<WhileStmt, DoStmt>(S))
        Facts->GuardCandidates.push_back(Index);
      ++Index;
    }
  }
  return *Facts;
}
} // namespace

std::optional<unsigned> positionInBlock(const CompoundStmt *Block,
                                        const Stmt *S) {
  const BlockFacts &Facts = blockFacts(Block);
  auto It = Facts.Position.find(S);
  if (It == Facts.Position.end())
    return std::nullopt;
  return It->second;
}

void resetBlockCache() { BlockCache.clear(); }

/// True if \p Body contains a `break` that leaves the loop it is the body of
/// (one not inside a nested loop or switch), or a goto.
static bool breaksOut(const Stmt *Body) {
  llvm::SmallVector<const Stmt *, 16> Work{Body};
  while (!Work.empty()) {
    const Stmt *S = Work.pop_back_val();
    work::count();
    if (!S || isa<LambdaExpr>(S))
      continue;
    if (isa<BreakStmt, GotoStmt, IndirectGotoStmt>(S))
      return true;
    if (isa<ForStmt, WhileStmt, DoStmt, CXXForRangeStmt, SwitchStmt>(S) &&
        S != Body)
      continue; // Its breaks are its own (a goto in it is missed: rare).
    llvm::append_range(Work, S->children());
  }
  return false;
}

/// An earlier statement after which the object is ready: a guard that exits
/// unless it is (`if (!f.isReady()) return;`), or a loop that polls until it
/// is (`while (f.wait_for(0s) != ready) co_await yield();`) and has no other
/// way out.
bool ReadinessProver::exitsUnlessReady(const Stmt *S) {
  if (const auto *If = dyn_cast<IfStmt>(S))
    return !If->getElse() && alwaysExits(If->getThen()) &&
           falsityImpliesReady(If->getCond());
  if (const auto *While = dyn_cast<WhileStmt>(S))
    return falsityImpliesReady(While->getCond()) &&
           !breaksOut(While->getBody());
  if (const auto *Do = dyn_cast<DoStmt>(S))
    return falsityImpliesReady(Do->getCond()) && !breaksOut(Do->getBody());
  return false;
}

/// Does \p E name the object, or an object the object is a member of?
bool ReadinessProver::writes(const Expr *E) {
  for (const Expr *Part = normalizeTask(Object); Part;) {
    if (sameObject(E, Part))
      return true;
    const auto *Member = dyn_cast<MemberExpr>(Part);
    Part = Member ? normalizeTask(Member->getBase()) : nullptr;
    // Anything may write through 'this'; that proves too little to count.
    if (isa_and_nonnull<CXXThisExpr>(Part))
      break;
  }
  return false;
}

/// True if \p Region assigns, increments, moves from, swaps, takes the
/// address of, or passes by non-const reference the object, before the use.
bool ReadinessProver::writesBeforeUse(const Stmt *Region) {
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation UseLoc = Use->getBeginLoc();
  llvm::SmallVector<const Stmt *, 32> Work{Region};
  while (!Work.empty()) {
    const Stmt *S = Work.pop_back_val();
    work::count();
    if (!S || S == Use || isa<LambdaExpr>(S))
      continue;
    bool Writes = false;
    if (const auto *BO = dyn_cast<BinaryOperator>(S)) {
      Writes = BO->isAssignmentOp() && writes(BO->getLHS());
    } else if (const auto *UO = dyn_cast<UnaryOperator>(S)) {
      Writes = (UO->isIncrementDecrementOp() || UO->getOpcode() == UO_AddrOf) &&
               writes(UO->getSubExpr());
    } else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(S)) {
      Writes = Op->isAssignmentOp() && writes(Op->getArg(0));
    } else if (const auto *Call = dyn_cast<CallExpr>(S)) {
      StringRef Std = stdFunctionCalled(Call);
      if (Std == "move" || Std == "swap" || Std == "exchange") {
        Writes = writes(Call->getArg(0));
      } else if (const FunctionDecl *FD = Call->getDirectCallee()) {
        for (unsigned I = 0; I < Call->getNumArgs(); ++I) {
          if (I >= FD->getNumParams() || !writes(Call->getArg(I)))
            continue;
          QualType T = FD->getParamDecl(I)->getType();
          if (T->isReferenceType() &&
              !T.getNonReferenceType().isConstQualified())
            Writes = true;
        }
      }
    }
    if (Writes && SM.isBeforeInTranslationUnit(S->getBeginLoc(), UseLoc))
      return true;
    llvm::append_range(Work, S->children());
  }
  return false;
}

bool ReadinessProver::useIsProvenReady() {
  DynTypedNode Child = DynTypedNode::create(*Use);
  for (unsigned Step = 0; Step < MaxParentSteps; ++Step) {
    DynTypedNodeList Parents = ParentIndex::getParents(Ctx, Child);
    if (Parents.empty())
      return false;
    const DynTypedNode &ParentNode = Parents[0];
    const auto *Parent = ParentNode.get<Stmt>();
    if (!Parent) {
      // A local variable's initializer: go on through its declaration.
      const auto *VD = ParentNode.get<VarDecl>();
      if (!VD || isa<ParmVarDecl>(VD) || !VD->isLocalVarDecl())
        return false;
      Child = ParentNode;
      continue;
    }
    // The proof must be in the same function: a lambda may run anywhere.
    if (isa<LambdaExpr, CoroutineBodyStmt>(Parent))
      return false;
    const auto *ChildStmt = Child.get<Stmt>();
    if (const auto *If = dyn_cast<IfStmt>(Parent)) {
      if (ChildStmt && ChildStmt == If->getThen() &&
          impliesReady(If->getCond()) && !writesBeforeUse(If->getThen()))
        return true;
      if (ChildStmt && ChildStmt == If->getElse() &&
          falsityImpliesReady(If->getCond()) && !writesBeforeUse(If->getElse()))
        return true;
    } else if (const auto *Cond = dyn_cast<ConditionalOperator>(Parent)) {
      if (ChildStmt == Cond->getTrueExpr() && impliesReady(Cond->getCond()))
        return true;
      if (ChildStmt == Cond->getFalseExpr() &&
          falsityImpliesReady(Cond->getCond()))
        return true;
    } else if (const auto *BO = dyn_cast<BinaryOperator>(Parent)) {
      if (BO->getOpcode() == BO_LAnd && ChildStmt == BO->getRHS() &&
          impliesReady(BO->getLHS()))
        return true;
      if (BO->getOpcode() == BO_LOr && ChildStmt == BO->getRHS() &&
          falsityImpliesReady(BO->getLHS()))
        return true;
    } else if (const auto *Compound = dyn_cast<CompoundStmt>(Parent)) {
      // The nearest earlier statement of the block that proves the object
      // ready: a guard or polling loop, or (makesReady) an await of it or a
      // wait that returned; then no write to the object from there to the use.
      // Guards come from the block's precomputed candidates; statements that
      // complete the object are looked for among the nearest
      // MaxCompletingStatementDistance statements only, so that a long block
      // with many waits stays linear (robustness/scaling.test counts it).
      const BlockFacts &Facts = blockFacts(Compound);
      auto Found = Facts.Position.find(ChildStmt);
      if (Found != Facts.Position.end()) {
        Stmt *const *Body = Compound->body_begin();
        unsigned UseIndex = Found->second;
        std::optional<unsigned> Proof;
        const auto &Candidates = Facts.GuardCandidates;
        for (auto Guard = llvm::lower_bound(Candidates, UseIndex);
             Guard != Candidates.begin();) {
          --Guard;
          work::count();
          if (exitsUnlessReady(Body[*Guard])) {
            Proof = *Guard;
            break;
          }
        }
        unsigned Nearest = Proof ? *Proof + 1 : 0;
        if (UseIndex > MaxCompletingStatementDistance)
          Nearest =
              std::max(Nearest, UseIndex - MaxCompletingStatementDistance);
        for (unsigned I = UseIndex; I > Nearest;) {
          --I;
          work::count();
          if (makesReady(llvm::ArrayRef<Stmt *>(Body, I), Body[I])) {
            Proof = I;
            break;
          }
        }
        if (Proof) {
          for (unsigned I = *Proof + 1; I <= UseIndex; ++I)
            if (writesBeforeUse(Body[I]))
              return false;
          return true;
        }
      }
    }
    Child = ParentNode;
  }
  return false;
}

bool isGuardedByReadinessCheck(const Expr *Object, const Stmt *Use,
                               const Catalog &Cat, ASTContext &Ctx) {
  if (!Object || !Use)
    return false;
  // A named future, or an element of a named container (`futures[i]`, which
  // a range await completes).
  const Expr *Named = normalizeTask(Object);
  if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(Named))
    Named = normalizeTask(Subscript->getBase());
  else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Named);
           Op && Op->getOperator() == OO_Subscript && Op->getNumArgs() == 2)
    Named = normalizeTask(Op->getArg(0));
  if (!isa<DeclRefExpr, MemberExpr>(Named))
    return false;
  return ReadinessProver(Cat, Ctx, Object, Use).useIsProvenReady();
}

const Expr *callObject(const CallExpr *Call) {
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call))
    return MC->getImplicitObjectArgument();
  return nullptr;
}

/// The variable whose value a future expression was taken from: through
/// std::move/std::get, member and element access. Null if the expression
/// computes a new value (a call of anything else).
const VarDecl *rootVariable(const Expr *E) {
  for (int Step = 0; E && Step < 16; ++Step) {
    E = ignoreWrappers(E);
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      return dyn_cast<VarDecl>(DRE->getDecl());
    if (const auto *ME = dyn_cast<MemberExpr>(E)) {
      E = ME->getBase();
    } else if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E)) {
      E = AS->getBase();
    } else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
      OverloadedOperatorKind K = Op->getOperator();
      if (K != OO_Subscript && K != OO_Star && K != OO_Arrow)
        return nullptr;
      E = Op->getArg(0);
    } else if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
      if (UO->getOpcode() != UO_Deref)
        return nullptr;
      E = UO->getSubExpr();
    } else if (isStdCall(E, {"move", "forward", "get", "as_const"})) {
      E = cast<CallExpr>(E)->getArg(0);
    } else {
      return nullptr;
    }
  }
  return nullptr;
}

/// In a continuation, the callable's parameters hold the completed
/// antecedent: `then([](boost::future<int> f) { f.get(); })` does not block,
/// nor does a wait on a future taken out of it (`std::get<0>(both.get())`).
bool isContinuationAntecedent(const VarDecl *Root, const AsyncContext &Context,
                              const Catalog &Cat) {
  if (!Root || Context.Kind != AsyncContextKind::Continuation)
    return false;
  auto IsParam = [&](const VarDecl *VD) {
    return isa_and_nonnull<ParmVarDecl>(VD) &&
           VD->getDeclContext() == Context.Callable;
  };
  if (IsParam(Root))
    return true;
  // One step of data flow: `auto parts = both.get();` in the continuation.
  if (Root->getDeclContext() != Context.Callable || !Root->hasInit())
    return false;
  const Expr *Init = normalizeTask(Root->getInit());
  if (const auto *Call = dyn_cast<CallExpr>(Init))
    if (const Expr *Object = callObject(Call))
      return Cat.lookupCall(Call, FactKind::BlockingCall) &&
             IsParam(rootVariable(Object));
  return IsParam(rootVariable(Init));
}

} // namespace clang::tidy::async
