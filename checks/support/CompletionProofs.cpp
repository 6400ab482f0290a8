//===--- CompletionProofs.cpp - proofs that a future has completed -------===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "CompletionProofs.h"
#include "FunctionCFGs.h"
#include "ParentIndex.h"
#include "ParentWalk.h"
#include "SourceText.h"
#include "WorkCounter.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

namespace clang::tidy::async {

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
    StringRef Text = sourceText(
        Ctx.getSourceManager().getSpellingLoc(UDL->getBeginLoc()), Ctx);
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

//===----------------------------------------------------------------------===//
// Readiness guards.
//===----------------------------------------------------------------------===//

static bool writes(const Stmt *S, llvm::function_ref<bool(const Expr *)> Names,
                   const ValueDecl *Root);

namespace {
/// Proves a use of one object ready from what happens before it on every
/// path through its function's CFG (FunctionCFGs.h).
class ReadinessProver {
public:
  ReadinessProver(const Catalog &Cat, ASTContext &Ctx, const Expr *Object,
                  const Stmt *Use)
      : Cat(Cat), Ctx(Ctx), Object(Object), Use(Use) {}

  bool useIsProvenReady();

private:
  bool isReadinessCall(const Expr *E, bool ThroughVariable = true);
  bool holdsInitialValue(const VarDecl *Var, const DeclRefExpr *Ref);
  bool makesReady(const Stmt *S);
  bool awaitedCallMakesReady(const CallExpr *Call);
  int readinessSign(const Expr *E);
  int comparisonReadiness(const Expr *Cond);
  bool impliesReady(const Expr *Cond);
  bool falsityImpliesReady(const Expr *Cond);
  bool useIsWait() const;

  const Catalog &Cat;
  ASTContext &Ctx;
  const Expr *Object;
  const Stmt *Use;
  FunctionCFG *Graph = nullptr;
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
           holdsInitialValue(Var, Ref);
  }
  const auto *Call = dyn_cast_or_null<CXXMemberCallExpr>(ignoreWrappers(E));
  if (!Call || !sameObject(Call->getImplicitObjectArgument(), Object))
    return false;
  if (Cat.lookupCall(Call, FactKind::ReadinessCheck))
    return true;
  const Fact *Timed = Cat.lookupCall(Call, FactKind::BlockingCall);
  return Timed && Timed->has(FF_Timed);
}

/// Does the local \p Var still hold its initializer's value where \p Ref
/// reads it, on every path from its declaration?
bool ReadinessProver::holdsInitialValue(const VarDecl *Var,
                                        const DeclRefExpr *Ref) {
  if (Var->getType().isConstQualified())
    return true;
  if (!Graph)
    return false;
  auto NamesVar = [Var](const Expr *E) {
    const auto *Named = dyn_cast<DeclRefExpr>(ignoreWrappers(E));
    return Named && Named->getDecl() == Var;
  };
  auto Transfer = [&](const Stmt *S) {
    if (const auto *Decls = dyn_cast<DeclStmt>(S);
        Decls && llvm::is_contained(Decls->decls(), Var))
      return FactEffect::Establish;
    return writes(S, NamesVar, nullptr) ? FactEffect::Destroy
                                        : FactEffect::None;
  };
  FlowFact Initial{"initial:" + llvm::utohexstr(reinterpret_cast<uintptr_t>(
                                    Var->getCanonicalDecl())),
                   Transfer, nullptr};
  return Graph->holdsBefore(Ref, Initial);
}

/// True if the CFG element \p S leaves the object complete: it awaits the
/// object (`co_await f_`), awaits a call the catalog says completes it
/// (`co_await AwaitOn(executor, f)`, `co_await group.AwaitOn(executor)` after
/// `group.Attach(f)`), or waits for it without a timeout (`f.wait()`) and
/// returned.
bool ReadinessProver::makesReady(const Stmt *S) {
  if (const auto *Await = dyn_cast<CoawaitExpr>(S)) {
    const Expr *Operand = ignoreWrappers(Await->getOperand());
    // `co_await std::move(f)` consumed f: it proves nothing about f after.
    if (const auto *Move = dyn_cast<CallExpr>(Operand);
        Move && isStdMoveLike(Move))
      return false;
    if (sameObject(normalizeTask(Operand), normalizeTask(Object)))
      return true;
    const auto *Call = dyn_cast<CallExpr>(Operand);
    return Call && awaitedCallMakesReady(Call);
  }
  // A wait without a timeout that returned: the object is complete.
  const auto *Call = dyn_cast<CallExpr>(S);
  const Fact *Wait =
      Call ? Cat.lookupCall(Call, FactKind::BlockingCall) : nullptr;
  if (!Wait || Wait->has(FF_Timed) || Wait->has(FF_NestedLoop))
    return false;
  // Proves a later get(), not another wait: each wait is reported as the
  // deliberate block it is.
  if (useIsWait())
    return false;
  if (const Expr *On = callObject(Call))
    return sameObject(normalizeTask(On), normalizeTask(Object));
  return llvm::any_of(Call->arguments(), [&](const Expr *Arg) {
    return sameObject(normalizeTask(Arg), normalizeTask(Object));
  });
}

bool ReadinessProver::useIsWait() const {
  const auto *UseCall = dyn_cast<CallExpr>(Use);
  const auto *Callee =
      UseCall ? dyn_cast_or_null<NamedDecl>(UseCall->getCalleeDecl()) : nullptr;
  return Callee && Callee->getIdentifier() &&
         Callee->getName().starts_with_insensitive("wait");
}

/// `AwaitOn(executor, f1, f2)` completes its future arguments; a group's
/// await (`wg.AwaitOn(executor)`) also completes the futures attached to the
/// same group on every path to it (by the methods the fact's Extra lists).
bool ReadinessProver::awaitedCallMakesReady(const CallExpr *Call) {
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
  auto Attaches = [&](const Stmt *S) {
    const auto *Attach = dyn_cast<CXXMemberCallExpr>(S);
    const CXXMethodDecl *Method = Attach ? Attach->getMethodDecl() : nullptr;
    return Method && Method->getIdentifier() &&
           llvm::is_contained(Attachers, Method->getName()) &&
           sameObject(normalizeTask(Attach->getImplicitObjectArgument()),
                      normalizeTask(Group)) &&
           llvm::any_of(Attach->arguments(), IsObject);
  };
  std::string Key;
  if (appendObjectKey(Object, Key) && appendObjectKey(Group, Key += "@"))
    Key = "attached:" + Key;
  else
    Key.clear();
  auto Transfer = [&](const Stmt *S) {
    if (Attaches(S))
      return FactEffect::Establish;
    return writesObject(S, Object) ? FactEffect::Destroy : FactEffect::None;
  };
  FlowFact Attached{std::move(Key), Transfer, nullptr};
  return Graph && Graph->holdsBefore(Call, Attached);
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

std::optional<unsigned> BlockPositions::of(const CompoundStmt *Block,
                                           const Stmt *S) {
  std::unique_ptr<llvm::DenseMap<const Stmt *, unsigned>> &Positions =
      ByBlock[Block];
  if (!Positions) {
    Positions = std::make_unique<llvm::DenseMap<const Stmt *, unsigned>>();
    unsigned Index = 0;
    for (const Stmt *Child : Block->body()) {
      work::count();
      Positions->try_emplace(Child, Index++);
    }
  }
  auto It = Positions->find(S);
  if (It == Positions->end())
    return std::nullopt;
  return It->second;
}

/// Does \p E name \p Object, or an object \p Object is a member of?
static bool namesObjectOrOwner(const Expr *E, const Expr *Object) {
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

/// True if the CFG element \p S assigns, increments, moves from, swaps,
/// takes the address of, passes by non-const reference, or declares what
/// \p Names matches; \p Root is the variable a declaration of which starts
/// it afresh (a local declared in a loop, on every iteration).
static bool writes(const Stmt *S, llvm::function_ref<bool(const Expr *)> Names,
                   const ValueDecl *Root) {
  if (const auto *BO = dyn_cast<BinaryOperator>(S))
    return BO->isAssignmentOp() && Names(BO->getLHS());
  if (const auto *UO = dyn_cast<UnaryOperator>(S))
    return (UO->isIncrementDecrementOp() || UO->getOpcode() == UO_AddrOf) &&
           Names(UO->getSubExpr());
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(S))
    return Op->isAssignmentOp() && Names(Op->getArg(0));
  if (const auto *Call = dyn_cast<CallExpr>(S)) {
    StringRef Std = stdFunctionCalled(Call);
    if (Std == "move" || Std == "swap" || Std == "exchange")
      return Names(Call->getArg(0));
    const FunctionDecl *FD = Call->getDirectCallee();
    if (!FD)
      return false;
    for (unsigned I = 0; I < Call->getNumArgs() && I < FD->getNumParams();
         ++I) {
      QualType T = FD->getParamDecl(I)->getType();
      if (T->isReferenceType() && !T.getNonReferenceType().isConstQualified() &&
          Names(Call->getArg(I)))
        return true;
    }
    return false;
  }
  if (const auto *Decls = dyn_cast<DeclStmt>(S))
    return Root && llvm::is_contained(Decls->decls(), Root);
  return false;
}

bool writesObject(const Stmt *S, const Expr *Object) {
  const Expr *Root = normalizeTask(Object);
  while (const auto *Member = dyn_cast<MemberExpr>(Root))
    Root = normalizeTask(Member->getBase());
  const auto *RootRef = dyn_cast<DeclRefExpr>(Root);
  return writes(
      S, [&](const Expr *E) { return namesObjectOrOwner(E, Object); },
      RootRef ? RootRef->getDecl() : nullptr);
}

bool appendObjectKey(const Expr *E, std::string &Key) {
  for (int Depth = 0; E && Depth < 16; ++Depth) {
    E = normalizeTask(E);
    if (isa<CXXThisExpr>(E)) {
      Key += "this";
      return true;
    }
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
      Key += llvm::utohexstr(
          reinterpret_cast<uintptr_t>(Ref->getDecl()->getCanonicalDecl()));
      return true;
    }
    const auto *Member = dyn_cast<MemberExpr>(E);
    if (!Member)
      return false;
    Key += llvm::utohexstr(reinterpret_cast<uintptr_t>(
        Member->getMemberDecl()->getCanonicalDecl()));
    Key += '.';
    E = Member->getBase();
  }
  return false;
}

bool ReadinessProver::useIsProvenReady() {
  bool BuildFailed = false;
  Graph = FunctionCFGs::enclosing(Use, Ctx, &BuildFailed);
  // A function whose CFG clang cannot build proves nothing either way: the
  // quiet answer is "ready", so that no wait there is reported on a guess.
  // A use in no function body (a default member initializer) has no code
  // before it that could prove anything.
  if (!Graph)
    return BuildFailed;
  // Equal objects and the same kind of use give the same answers: one
  // analysis per object serves every wait on it in the function.
  std::string Key = useIsWait() ? "ready-for-wait:" : "ready:";
  if (!appendObjectKey(Object, Key))
    Key.clear();
  // A wait that takes the future by reference (`yaclib::Wait(f)`) and
  // returned completes it: making ready wins over writing.
  auto Transfer = [&](const Stmt *S) {
    if (makesReady(S))
      return FactEffect::Establish;
    return writesObject(S, Object) ? FactEffect::Destroy : FactEffect::None;
  };
  auto OnEdge = [&](const Expr *Condition, bool Edge) {
    return Edge ? impliesReady(Condition) : falsityImpliesReady(Condition);
  };
  FlowFact Ready{std::move(Key), Transfer, OnEdge};
  return Graph->holdsBefore(Use, Ready);
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
