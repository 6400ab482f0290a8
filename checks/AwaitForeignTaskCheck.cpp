//===--- AwaitForeignTaskCheck.cpp - async-await-foreign-task -------------===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "AwaitForeignTaskCheck.h"
#include "support/CompletionProofs.h"
#include "support/FunctionCFGs.h"
#include "support/ParentIndex.h"
#include "support/ParentWalk.h"
#include "support/WorkCounter.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang::ast_matchers;

namespace clang::tidy::async {

// How deep "a local holding a local holding a member" is followed.
static constexpr unsigned MaxOriginDepth = 4;
// Declared-here and started-here notes per diagnostic; the remedy note comes
// on top.
static constexpr unsigned MaxLocationNotes = 3;

//===----------------------------------------------------------------------===//
// Expression helpers.
//===----------------------------------------------------------------------===//

/// The type of the task an expression denotes (through references and
/// pointers, and before conversions: std::future::wait() is called on the
/// std::__basic_future base in libstdc++).
static QualType taskType(const Expr *E) {
  QualType T = E->IgnoreParenImpCasts()->getType().getNonReferenceType();
  if (const auto *PT = T->getAs<PointerType>())
    T = PT->getPointeeType();
  return T;
}

/// Default construction stores no task (an empty future is not foreign
/// work).
static bool isDefaultConstruction(const Expr *E) {
  if (!E)
    return true;
  E = E->IgnoreImplicit();
  if (isa<ImplicitValueInitExpr>(E))
    return true;
  if (const auto *List = dyn_cast<InitListExpr>(E))
    return List->getNumInits() == 0;
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E))
    return Construct->getNumArgs() == 0 ||
           Construct->getConstructor()->isDefaultConstructor();
  return false;
}

/// The body a function's statements are written in (a coroutine's as-written
/// body, without the promise and parameter moves).
static const Stmt *userBody(const FunctionDecl *FD) {
  const Stmt *Body = FD->getBody();
  if (const auto *Coro = dyn_cast_or_null<CoroutineBodyStmt>(Body))
    return Coro->getBody();
  return Body;
}

//===----------------------------------------------------------------------===//
// Per-function and per-class write collection.
//===----------------------------------------------------------------------===//

namespace {

/// Calls \p OnAssign(Target, Value, Loc) for every assignment in a body.
template <typename Derived>
class AssignmentVisitor : public RecursiveASTVisitor<Derived> {
public:
  bool shouldVisitTemplateInstantiations() const { return true; }

  bool VisitStmt(Stmt *) {
    work::count();
    return true;
  }
  bool VisitBinaryOperator(BinaryOperator *Op) {
    if (Op->getOpcode() == BO_Assign)
      static_cast<Derived *>(this)->onAssign(Op->getLHS(), Op->getRHS(),
                                             Op->getBeginLoc());
    return true;
  }
  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *Op) {
    if (Op->getOperator() == OO_Equal && Op->getNumArgs() == 2)
      static_cast<Derived *>(this)->onAssign(Op->getArg(0), Op->getArg(1),
                                             Op->getBeginLoc());
    return true;
  }
};

class BodyWritesCollector : public AssignmentVisitor<BodyWritesCollector> {
public:
  explicit BodyWritesCollector(AwaitForeignTaskCheck::BodyWrites &Out)
      : Out(Out) {}

  void onAssign(const Expr *Target, const Expr *Value, SourceLocation Loc) {
    const Expr *Normalized = normalizeTask(Target);
    if (const VarDecl *Local = localOf(Normalized))
      Out.Locals[Local].Values.push_back(Value);
    Out.Assignments.push_back({Normalized, Value, Loc});
  }

  bool VisitVarDecl(VarDecl *VD) {
    if (!isLocal(VD))
      return true;
    auto &W = Out.Locals[VD];
    if (VD->hasInit() && !isDefaultConstruction(VD->getInit()))
      W.Values.push_back(VD->getInit());
    // A non-const reference bound to a local can store anything in it.
    QualType T = VD->getType();
    if (T->isLValueReferenceType() &&
        !T.getNonReferenceType().isConstQualified() && VD->hasInit())
      markUnknown(VD->getInit());
    return true;
  }

  bool VisitUnaryOperator(UnaryOperator *Op) {
    if (Op->getOpcode() == UO_AddrOf)
      markUnknown(Op->getSubExpr());
    return true;
  }

  bool VisitCallExpr(CallExpr *Call) {
    // std::move(x) hands x's task on; it stores nothing in x.
    if (isStdMoveLike(Call))
      return true;
    const auto *Callee = dyn_cast_or_null<FunctionDecl>(Call->getCalleeDecl());
    unsigned FirstArg = 0;
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call)) {
      if (Op->getOperator() == OO_Equal)
        return true; // An assignment, seen by onAssign.
      if (isa_and_nonnull<CXXMethodDecl>(Callee))
        FirstArg = 1; // The object is argument 0.
    }
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call)) {
      const CXXMethodDecl *Method = Member->getMethodDecl();
      if (Method && Method->getIdentifier() && Method->getName() == "swap")
        markUnknown(Member->getImplicitObjectArgument());
    }
    for (unsigned I = 0, N = Call->getNumArgs(); I < N; ++I) {
      if (!Callee) {
        markUnknown(Call->getArg(I)); // Unresolved: assume the worst.
        continue;
      }
      if (I < FirstArg || I - FirstArg >= Callee->getNumParams())
        continue;
      unsigned ParamIndex = I - FirstArg;
      if (isMutableReference(Callee->getParamDecl(ParamIndex)->getType()))
        markUnknown(Call->getArg(I));
    }
    return true;
  }

  bool VisitCXXConstructExpr(CXXConstructExpr *Construct) {
    const CXXConstructorDecl *Ctor = Construct->getConstructor();
    for (unsigned I = 0, N = Construct->getNumArgs(); I < N; ++I)
      if (I < Ctor->getNumParams() &&
          isMutableReference(Ctor->getParamDecl(I)->getType()))
        markUnknown(Construct->getArg(I));
    return true;
  }

private:
  static bool isLocal(const VarDecl *VD) {
    return VD->isLocalVarDecl() && !VD->hasGlobalStorage();
  }
  static bool isMutableReference(QualType T) {
    return T->isLValueReferenceType() &&
           !T.getNonReferenceType().isConstQualified();
  }
  static const VarDecl *localOf(const Expr *E) {
    if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E))
      if (const auto *VD = dyn_cast<VarDecl>(Ref->getDecl()))
        if (isLocal(VD))
          return VD;
    return nullptr;
  }
  void markUnknown(const Expr *E) {
    if (const VarDecl *Local = localOf(E ? E->IgnoreParenImpCasts() : nullptr))
      Out.Locals[Local].Unknown = true;
  }

  AwaitForeignTaskCheck::BodyWrites &Out;
};

/// Collects assignments to members in the methods of one class.
class MemberAssignmentCollector
    : public AssignmentVisitor<MemberAssignmentCollector> {
public:
  using RecordFn =
      llvm::function_ref<void(const Decl *, const Expr *, SourceLocation)>;
  explicit MemberAssignmentCollector(RecordFn Record) : Record(Record) {}

  void onAssign(const Expr *Target, const Expr *Value, SourceLocation Loc) {
    const Expr *Normalized = normalizeTask(Target);
    if (const auto *Member = dyn_cast<MemberExpr>(Normalized))
      Record(Member->getMemberDecl(), Value, Loc);
    else if (const auto *Ref = dyn_cast<DeclRefExpr>(Normalized))
      if (const auto *VD = dyn_cast<VarDecl>(Ref->getDecl()))
        if (VD->isStaticDataMember())
          Record(VD, Value, Loc);
  }

private:
  RecordFn Record;
};

} // namespace

//===----------------------------------------------------------------------===//
// The check.
//===----------------------------------------------------------------------===//

AwaitForeignTaskCheck::AwaitForeignTaskCheck(StringRef Name,
                                             ClangTidyContext *Context)
    : AsyncTidyCheck(Name, Context),
      FlagByValueParameters(boolOption("FlagByValueParameters", false)) {
  std::string Depth = stringOption("MaxCallDepth", "8");
  if (StringRef(Depth).trim().getAsInteger(10, MaxCallDepth)) {
    reportConfigError("invalid value '" + Depth + "' for option '" + Name +
                      ".MaxCallDepth'; expected a non-negative integer");
    MaxCallDepth = 8;
  }
}

void AwaitForeignTaskCheck::registerMatchers(MatchFinder *Finder) {
  // A dependent co_await (DependentCoawaitExpr) is checked in its
  // instantiations.
  Finder->addMatcher(coawaitExpr().bind("await"), this);
  Finder->addMatcher(
      stmt(catalog().callMatcher(FactKind::BlockingCall)).bind("wait"), this);
  // Once per translation unit: helpers that wait on such a future, called
  // from async contexts.
  Finder->addMatcher(translationUnitDecl().bind("unit"), this);
}

void AwaitForeignTaskCheck::onEndOfTranslationUnit() {
  // A blocking wait that async-blocking-wait reports carries this finding as
  // notes; report the others here.
  for (const PendingReport &R : *Pending) {
    if (WaitFindings::hasBlockingWait(R.Loc))
      continue;
    diag(R.Loc, "%0") << R.Message;
    for (const auto &[Loc, Text] : R.Notes)
      diag(Loc, "%0", DiagnosticIDs::Note) << Text;
  }
  AsyncTidyCheck::onEndOfTranslationUnit();
}

/// The future a blocking call waits for: the object of `f.get()`, the
/// argument of `blockingWait(task)`.
static const Expr *awaitedBy(const CallExpr *Call, const Fact &Blocking) {
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
    return Member->getImplicitObjectArgument();
  if (Blocking.has(FF_FixAwaitArgument)) {
    // blockingWait(task), or a callable object: blocking_wait(task) is
    // operator()(blocking_wait, task).
    unsigned TaskArg = isa<CXXOperatorCallExpr>(Call) ? 1 : 0;
    if (Call->getNumArgs() > TaskArg)
      return Call->getArg(TaskArg);
  }
  return nullptr;
}

void AwaitForeignTaskCheck::check(const MatchFinder::MatchResult &Result) {
  if (Result.Nodes.getNodeAs<TranslationUnitDecl>("unit")) {
    if (MaxCallDepth > 0)
      checkFrontierCalls(*Result.Context);
    return;
  }
  if (outsideAnalysedCode(Result))
    return;
  ASTContext &Ctx = *Result.Context;

  if (const auto *Await = Result.Nodes.getNodeAs<CoawaitExpr>("await")) {
    // initial_suspend() and final_suspend() are implicit awaits.
    if (Await->isImplicit() || !Await->getOperand())
      return;
    checkAwaited(Await->getOperand(), Await, Await->getKeywordLoc(),
                 /*IsBlockingWait=*/false, Ctx);
    return;
  }

  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("wait");
  if (!Call)
    return;
  const Fact *Blocking = catalog().lookupCall(Call, FactKind::BlockingCall);
  if (!Blocking)
    return;
  // wait_for(0s) polls; it is a readiness check, not a wait.
  if (isPollingWait(Call, *Blocking, Ctx))
    return;
  const Expr *Awaited = awaitedBy(Call, *Blocking);
  if (!Awaited)
    return;
  std::optional<AsyncContext> Context = Contexts.get(Ctx).find(Call);
  if (!Context)
    return;
  // A continuation's parameter is its completed antecedent, not a task made
  // elsewhere (FlagByValueParameters would otherwise flag it).
  if (isContinuationAntecedent(rootVariable(Awaited), *Context, catalog()))
    return;
  checkAwaited(Awaited, Call, Call->getExprLoc(), /*IsBlockingWait=*/true, Ctx);
}

void AwaitForeignTaskCheck::checkAwaited(const Expr *Awaited,
                                         const Stmt *Trigger,
                                         SourceLocation DiagLoc,
                                         bool IsBlockingWait, ASTContext &Ctx) {
  if (Reported->contains(DiagLoc))
    return;
  const LambdaExpr *Lambda = nullptr;
  const FunctionDecl *Callable =
      Contexts.get(Ctx).enclosingCallable(Trigger, Lambda);
  std::optional<ForeignWait> W = foreignWait(Awaited, Trigger, Callable, Ctx);
  if (!W)
    return;
  Reported->first(DiagLoc);
  if (!IsBlockingWait) {
    report(DiagLoc, W->From, /*IsBlockingWait=*/false, *W->TaskType);
    return;
  }
  // One hazard, one diagnostic: async-blocking-wait reports this wait too
  // when it is in an async context, with these notes.
  WaitFindings::Notes Notes = foreignNotes(DiagLoc, W->From, *W->TaskType);
  WaitFindings::addForeignWait(DiagLoc, Notes);
  PendingReport R;
  R.Loc = DiagLoc;
  R.Message = "blocking wait on '" + W->From.Name +
              "', a future started elsewhere (" + W->From.Phrase +
              "), outside a join scope can deadlock if the work that "
              "completes it needs this thread";
  // The first note restates the finding for the merged diagnostic; alone,
  // the warning says it.
  R.Notes.assign(Notes.begin() + 1, Notes.end());
  Pending->push_back(std::move(R));
}

std::optional<AwaitForeignTaskCheck::ForeignWait>
AwaitForeignTaskCheck::foreignWait(const Expr *Awaited, const Stmt *Trigger,
                                   const FunctionDecl *Callable,
                                   ASTContext &Ctx) {
  if (!Awaited || Awaited->isTypeDependent() || !Callable)
    return std::nullopt;
  const Catalog &Cat = catalog();
  auto IsEager = [&](const Expr *E) {
    QualType T = taskType(E);
    return Cat.lookupType(T, FactKind::EagerTask) &&
           !Cat.lookupType(T, FactKind::LazyTask);
  };

  const Expr *Task = normalizeTask(Awaited);
  // A getter that waits for its own object (Asio's promise::async_wait):
  // the object is the awaited task.
  if (const auto *Getter = dyn_cast<CXXMemberCallExpr>(Task))
    if (Cat.lookupCall(Getter, FactKind::TaskGetter) &&
        IsEager(Getter->getImplicitObjectArgument())) {
      Awaited = Getter->getImplicitObjectArgument();
      Task = normalizeTask(Awaited);
    }

  // Lazy tasks start in the awaiter's context; join scopes join.
  QualType Type = taskType(Awaited);
  if (Cat.lookupType(Type, FactKind::LazyTask) ||
      Cat.lookupType(Type, FactKind::JoinScope))
    return std::nullopt;
  const Fact *Eager = Cat.lookupType(Type, FactKind::EagerTask);
  if (!Eager)
    return std::nullopt;
  if (isa<CallExpr>(Task) && Cat.lookupCall(Task, FactKind::JoinOperation))
    return std::nullopt;

  const Stmt *Body = userBody(Callable);
  if (!Body)
    return std::nullopt;

  std::optional<Origin> O = classify(Task, Body, 0);
  if (!O)
    return std::nullopt;
  if (assignedFreshBefore(Task, Trigger, Body, Ctx) ||
      insideJoinScope(Trigger, Ctx) ||
      isGuardedByReadinessCheck(Task, Trigger, Cat, Ctx))
    return std::nullopt;
  if (O->HoldingMember)
    if (const MemberWrites *W = memberWrites(O->HoldingMember))
      if (W->AnyWrite && W->AllReady)
        return std::nullopt;
  return ForeignWait{std::move(*O), Eager};
}

void AwaitForeignTaskCheck::checkFrontierCalls(ASTContext &Ctx) {
  AsyncContextFinder &Finder = Contexts.get(Ctx);
  const SourceManager &SM = Ctx.getSourceManager();
  CallSummaries &Calls = Finder.summaries();
  llvm::ArrayRef<SummarizedFunction> Functions = Calls.functions();
  llvm::DenseMap<const FunctionDecl *, std::optional<AsyncContext>> Classified;
  auto ContextOf = [&](const SummarizedFunction &F) {
    auto [It, Inserted] = Classified.try_emplace(F.Function);
    // A lambda in a system header is not classified (that walks code
    // that is not indexed).
    if (Inserted &&
        (!F.Lambda || ParentIndex::isAnalysed(F.Lambda->getBeginLoc(), SM)))
      It->second = Finder.classify(F.Function, F.Lambda);
    return It->second;
  };
  // The waits inside helpers on futures started elsewhere. A future that
  // reaches the helper as a parameter is judged by its caller, which may
  // have started it: only members, globals and their completion sources
  // count here.
  // Only helpers reachable from a call made in an async context can matter:
  // mark them first (cheap), so that the proofs below run on their waits
  // alone and not on every wait of the translation unit.
  std::vector<unsigned> Reachable(Functions.size(), 0);
  std::vector<unsigned> Work;
  for (const SummarizedFunction &F : Functions) {
    // Frontier calls are reported in analysed code only (clang-tidy hides those
    // in filtered headers).
    if (!F.HasBody || F.Calls.empty() ||
        !ParentIndex::isAnalysed(F.Function->getLocation(), SM) ||
        !ContextOf(F))
      continue;
    for (const FollowedCall &Call : F.Calls)
      if (!Reachable[Call.Callee]) {
        Reachable[Call.Callee] = 1;
        Work.push_back(Call.Callee);
      }
  }
  for (size_t Head = 0; Head < Work.size(); ++Head) {
    unsigned Depth = Reachable[Work[Head]];
    if (Depth >= MaxCallDepth)
      continue;
    for (const FollowedCall &Call : Functions[Work[Head]].Calls)
      if (!Reachable[Call.Callee]) {
        Reachable[Call.Callee] = Depth + 1;
        Work.push_back(Call.Callee);
      }
  }
  llvm::DenseMap<const CallExpr *, ForeignWait> Found;
  auto IsSource = [&](const SummarizedFunction &F, const BlockingSite &Site) {
    if (!Reachable[Calls.indexOf(F.Function)])
      return false;
    // A helper in a system header is not judged: the
    // join-scope and readiness proofs would have to walk code that is not
    // indexed (on a Qt TU, the parent map of the whole TU: ten times this
    // check's cost).
    if (!ParentIndex::isAnalysed(Site.Call->getExprLoc(), SM))
      return false;
    if (isPollingWait(Site.Call, *Site.Blocking, Ctx))
      return false;
    std::optional<ForeignWait> W = foreignWait(
        awaitedBy(Site.Call, *Site.Blocking), Site.Call, F.Function, Ctx);
    if (!W || llvm::any_of(W->From.Decls, [](const NamedDecl *D) {
          return isa<ParmVarDecl>(D);
        }))
      return false;
    Found.try_emplace(Site.Call, std::move(*W));
    return true;
  };
  // An async context reports its own waits.
  auto IsBarrier = [&](const SummarizedFunction &F, const BlockingSite *) {
    return ContextOf(F).has_value();
  };
  Summary S = Calls.summarize(IsSource, IsBarrier);

  for (const SummarizedFunction &F : Functions) {
    if (!F.HasBody)
      continue;
    for (const FollowedCall &Call : F.Calls) {
      unsigned Distance = S.distance(Call.Callee);
      if (Distance == Summary::None || Distance + 1 > MaxCallDepth)
        continue;
      SourceLocation Loc = Call.reportLocation();
      if (Loc.isInvalid() || Reported->contains(Loc) ||
          !ParentIndex::isAnalysed(Loc, SM))
        continue;
      std::optional<AsyncContext> Context = ContextOf(F);
      if (!Context || ContextOf(Functions[Call.Callee]))
        continue;
      unsigned Blocker = Call.Callee;
      for (unsigned Step = 0; Step < Distance; ++Step)
        Blocker = Functions[Blocker].Calls[S.next(Blocker)].Callee;
      const BlockingSite &Site = Functions[Blocker].Blocking[S.next(Blocker)];
      auto It = Found.find(Site.Call);
      if (It == Found.end())
        continue;
      const ForeignWait &W = It->second;

      Reported->first(Loc);
      WaitFindings::Notes Chain = Calls.chain(S, Call.Callee);
      WaitFindings::Notes Reason =
          foreignNotes(Site.Call->getExprLoc(), W.From, *W.TaskType);
      WaitFindings::addForeignWait(Loc, Reason);
      PendingReport R;
      R.Loc = Loc;
      R.Message =
          "call to " + CallSummaries::displayName(Functions[Call.Callee]) +
          " blocks on '" + W.From.Name + "', a future started elsewhere (" +
          W.From.Phrase + "), inside " + Context->describe() +
          "; it can deadlock if the work that completes it needs "
          "this thread";
      R.Notes = std::move(Chain);
      R.Notes.insert(R.Notes.end(), Reason.begin() + 1, Reason.end());
      SourceLocation Evidence = Context->evidenceLocation();
      if (Evidence.isValid())
        R.Notes.push_back({Evidence, Context->evidenceNote()});
      Pending->push_back(std::move(R));
    }
  }
}

std::optional<AwaitForeignTaskCheck::Origin>
AwaitForeignTaskCheck::classify(const Expr *E, const Stmt *Body,
                                unsigned Depth) {
  if (!E || Depth > MaxOriginDepth)
    return std::nullopt;
  E = normalizeTask(E);

  if (const auto *Member = dyn_cast<MemberExpr>(E)) {
    const ValueDecl *D = Member->getMemberDecl();
    if (const auto *Static = dyn_cast<VarDecl>(D))
      return Origin{
          Static->getNameAsString(), "a static data member", {Static}, Static};
    const auto *Field = dyn_cast<FieldDecl>(D);
    if (!Field)
      return std::nullopt;
    // A member of this object, or of an object that is itself foreign; a
    // member of a local object belongs to this function.
    const Expr *Base = normalizeTask(Member->getBase());
    if (!isa<CXXThisExpr>(Base) && !classify(Base, Body, Depth + 1))
      return std::nullopt;
    return Origin{Field->getNameAsString(), "a data member", {Field}, Field};
  }

  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    return classifyDecl(Ref, Body, Depth);

  if (const auto *Call = dyn_cast<CXXMemberCallExpr>(E)) {
    if (!catalog().lookupCall(Call, FactKind::TaskGetter))
      return std::nullopt;
    const Expr *Source = Call->getImplicitObjectArgument();
    std::optional<Origin> S = classify(Source, Body, Depth + 1);
    if (!S)
      return std::nullopt;
    const auto *Callee = dyn_cast<MemberExpr>(Call->getCallee());
    Origin R;
    R.Name = S->Name + (Callee && Callee->isArrow() ? "->" : ".") +
             Call->getMethodDecl()->getNameAsString() + "()";
    R.Phrase = "the task of completion source '" + S->Name + "', " + S->Phrase;
    R.Decls = S->Decls;
    return R;
  }
  // Calls return new tasks; anything else is not tracked.
  return std::nullopt;
}

std::optional<AwaitForeignTaskCheck::Origin>
AwaitForeignTaskCheck::classifyDecl(const DeclRefExpr *Ref, const Stmt *Body,
                                    unsigned Depth) {
  const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
  if (!Var)
    return std::nullopt;
  // A variable captured by a lambda is judged in the function that declares
  // it: a captured reference parameter is foreign, a captured local holding
  // a task that function started is not.
  if (Ref->refersToEnclosingVariableOrCapture() && Var->isLocalVarDecl()) {
    const auto *Owner = dyn_cast<FunctionDecl>(Var->getDeclContext());
    Body = Owner ? userBody(Owner) : nullptr;
    if (!Body)
      return std::nullopt;
  }
  std::string Name = Var->getNameAsString();
  if (Var->isStaticDataMember())
    return Origin{Name, "a static data member", {Var}, Var};
  if (const auto *Param = dyn_cast<ParmVarDecl>(Var)) {
    QualType T = Param->getType();
    if (T->isLValueReferenceType())
      return Origin{Name, "a reference parameter", {Param}, nullptr};
    if (T->isPointerType())
      return Origin{Name, "a pointer parameter", {Param}, nullptr};
    // By value or by rvalue reference: the caller handed the task over.
    if (!FlagByValueParameters)
      return std::nullopt;
    return Origin{Name,
                  T->isRValueReferenceType() ? "an rvalue reference parameter"
                                             : "a by-value parameter",
                  {Param},
                  nullptr};
  }
  if (Var->hasGlobalStorage())
    return Origin{Name,
                  Var->isStaticLocal() ? "a static local variable"
                                       : "a global variable",
                  {Var},
                  nullptr};
  if (!Var->isLocalVarDecl())
    return std::nullopt;

  // A local is foreign when everything stored in it is.
  const BodyWrites &W = writesIn(Body);
  auto It = W.Locals.find(Var);
  if (It == W.Locals.end() || It->second.Unknown || It->second.Values.empty())
    return std::nullopt;
  std::optional<Origin> First;
  for (const Expr *Value : It->second.Values) {
    std::optional<Origin> O = classify(Value, Body, Depth + 1);
    if (!O)
      return std::nullopt;
    if (!First)
      First = std::move(O);
  }
  Origin R{Name,
           "a local variable holding " + First->Phrase,
           {Var},
           First->HoldingMember};
  R.Decls.append(First->Decls.begin(), First->Decls.end());
  return R;
}

const AwaitForeignTaskCheck::BodyWrites &
AwaitForeignTaskCheck::writesIn(const Stmt *Body) {
  std::unique_ptr<BodyWrites> &Slot = (*WritesCache)[Body];
  if (!Slot) {
    Slot = std::make_unique<BodyWrites>();
    BodyWritesCollector(*Slot).TraverseStmt(const_cast<Stmt *>(Body));
  }
  return *Slot;
}

bool AwaitForeignTaskCheck::isReadyFactoryCall(const Expr *E) const {
  E = normalizeTask(E);
  return isa<CallExpr>(E) &&
         catalog().lookupCall(E, FactKind::ReadyFactory) != nullptr;
}

const AwaitForeignTaskCheck::MemberWrites *
AwaitForeignTaskCheck::memberWrites(const ValueDecl *Member) {
  const auto *Class = dyn_cast<CXXRecordDecl>(Member->getDeclContext());
  if (!Class)
    return nullptr;
  // Members of a class template specialization are proven on the template.
  const CXXRecordDecl *Pattern = Class;
  if (const CXXRecordDecl *P = Class->getTemplateInstantiationPattern())
    Pattern = P;
  if (!Pattern->hasDefinition())
    return nullptr;
  Pattern = Pattern->getDefinition();
  const Decl *Key = Member->getCanonicalDecl();
  if (Pattern != Class)
    for (const NamedDecl *ND : Pattern->lookup(Member->getDeclName()))
      if (isa<FieldDecl, VarDecl>(ND))
        Key = ND->getCanonicalDecl();

  auto [It, Inserted] = MemberCache->try_emplace(Pattern);
  if (Inserted) {
    // One pass over the class: in-class initializers, constructor
    // initializers, and assignments in every method body in this TU.
    llvm::DenseMap<const Decl *, MemberWrites> &Map = It->second;
    auto Record = [&](const Decl *Target, const Expr *Value,
                      SourceLocation Loc) {
      if (isDefaultConstruction(Value))
        return;
      const Decl *TargetKey = Target->getCanonicalDecl();
      // Copying the member of another instance keeps whatever it proved.
      if (const auto *From = dyn_cast<MemberExpr>(normalizeTask(Value)))
        if (From->getMemberDecl()->getCanonicalDecl() == TargetKey)
          return;
      MemberWrites &W = Map[TargetKey];
      W.AnyWrite = true;
      if (!isReadyFactoryCall(Value)) {
        W.AllReady = false;
        W.Started.push_back(Loc);
      }
    };
    MemberAssignmentCollector Collector(Record);
    for (const FieldDecl *Field : Pattern->fields())
      if (const Expr *Init = Field->getInClassInitializer())
        Record(Field, Init, Init->getBeginLoc());
    for (const Decl *D : Pattern->decls()) {
      if (const auto *Static = dyn_cast<VarDecl>(D)) {
        const VarDecl *Def = nullptr;
        if (Static->isStaticDataMember())
          if (const Expr *Init = Static->getAnyInitializer(Def))
            Record(Static, Init, Init->getBeginLoc());
        continue;
      }
      const FunctionDecl *FD = nullptr;
      if (const auto *Template = dyn_cast<FunctionTemplateDecl>(D))
        FD = Template->getTemplatedDecl();
      else
        FD = dyn_cast<FunctionDecl>(D);
      if (!FD || FD->isImplicit())
        continue;
      const FunctionDecl *Def = FD->getDefinition();
      if (!Def || !Def->getBody())
        continue;
      if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(Def))
        for (const CXXCtorInitializer *Init : Ctor->inits())
          if (Init->isWritten() && Init->isMemberInitializer())
            Record(Init->getMember(), Init->getInit(),
                   Init->getSourceLocation());
      Collector.TraverseStmt(Def->getBody());
    }
  }
  auto Found = It->second.find(Key);
  return Found == It->second.end() ? nullptr : &Found->second;
}

/// True if, on every path to \p Trigger, the last value stored in \p Task
/// is one this function started (`t_ = start(); co_await t_;`): then the
/// awaited task is not foreign, whatever the member holds elsewhere.
bool AwaitForeignTaskCheck::assignedFreshBefore(const Expr *Task,
                                                const Stmt *Trigger,
                                                const Stmt *Body,
                                                ASTContext &Ctx) {
  if (!isa<MemberExpr, DeclRefExpr>(Task))
    return false;
  // Only a function that assigns the task at all needs its CFG.
  if (llvm::none_of(writesIn(Body).Assignments,
                    [&](const BodyWrites::Assignment &A) {
                      return sameObject(A.Target, Task);
                    }))
    return false;
  bool BuildFailed = false;
  FunctionCFG *Graph = FunctionCFGs::enclosing(Trigger, Ctx, &BuildFailed);
  // Without a CFG the quiet answer is "assigned here": no report on a guess.
  if (!Graph)
    return BuildFailed;
  std::string Key = "fresh:";
  if (!appendObjectKey(Task, Key))
    Key.clear();
  auto Assignment = [](const Stmt *S) -> std::pair<const Expr *, const Expr *> {
    if (const auto *BO = dyn_cast<BinaryOperator>(S);
        BO && BO->getOpcode() == BO_Assign)
      return {BO->getLHS(), BO->getRHS()};
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(S);
        Op && Op->getOperator() == OO_Equal && Op->getNumArgs() == 2)
      return {Op->getArg(0), Op->getArg(1)};
    return {nullptr, nullptr};
  };
  auto Transfer = [&](const Stmt *S) {
    auto [Target, Value] = Assignment(S);
    if (Target && sameObject(Target, Task))
      return classify(Value, Body, 1) ? FactEffect::Destroy
                                      : FactEffect::Establish;
    return writesObject(S, Task) ? FactEffect::Destroy : FactEffect::None;
  };
  FlowFact Fresh{std::move(Key), Transfer, nullptr};
  return Graph->holdsBefore(Trigger, Fresh);
}

/// Calls \p Visit(Parent, Child) for each step up from \p S to its enclosing
/// function or lambda, until \p Visit returns true.
template <typename Fn>
static bool walkUpToCallable(const Stmt *S, ASTContext &Ctx, Fn Visit) {
  DynTypedNode Node = DynTypedNode::create(*S);
  const Stmt *Child = S;
  for (unsigned Steps = 0; Steps < MaxParentSteps; ++Steps) {
    DynTypedNodeList Parents = ParentIndex::getParents(Ctx, Node);
    if (Parents.empty())
      return false;
    const DynTypedNode &Parent = Parents[0];
    if (Parent.get<LambdaExpr>())
      return false;
    if (const auto *D = Parent.get<Decl>()) {
      // A local variable's initializer is still in the function.
      if (!isa<VarDecl>(D) || isa<ParmVarDecl>(D))
        return false;
    } else if (const auto *P = Parent.get<Stmt>()) {
      if (Child && Visit(P, Child))
        return true;
      Child = P;
    }
    Node = Parent;
  }
  return false;
}

bool AwaitForeignTaskCheck::insideJoinScope(const Stmt *Trigger,
                                            ASTContext &Ctx) {
  if (catalog().facts(FactKind::JoinScopeGuard).empty())
    return false;
  auto IsGuard = [&](const Stmt *S) {
    const auto *DS = dyn_cast_or_null<DeclStmt>(S);
    if (!DS)
      return false;
    for (const Decl *D : DS->decls())
      if (const auto *VD = dyn_cast<VarDecl>(D))
        if (!VD->getType()->isReferenceType() &&
            catalog().lookupType(VD->getType(), FactKind::JoinScopeGuard))
          return true;
    return false;
  };
  auto IsGuardVar = [&](const VarDecl *VD) {
    return VD && catalog().lookupType(VD->getType(), FactKind::JoinScopeGuard);
  };
  return walkUpToCallable(Trigger, Ctx, [&](const Stmt *P, const Stmt *C) {
    if (const auto *Block = dyn_cast<CompoundStmt>(P)) {
      // Is the block's first guard before C? Searched once per block (once
      // per trigger was quadratic in the length of a function).
      auto [First, Inserted] = FirstJoinGuard->try_emplace(Block, ~0u);
      if (Inserted) {
        unsigned Index = 0;
        for (const Stmt *S : Block->body()) {
          work::count();
          if (IsGuard(S)) {
            First->second = Index;
            break;
          }
          ++Index;
        }
      }
      std::optional<unsigned> Position = StatementPositions->of(Block, C);
      return Position && First->second < *Position;
    }
    if (const auto *If = dyn_cast<IfStmt>(P))
      return (C == If->getThen() || C == If->getElse()) &&
             (IsGuard(If->getInit()) || IsGuardVar(If->getConditionVariable()));
    if (const auto *For = dyn_cast<ForStmt>(P))
      return C == For->getBody() && IsGuard(For->getInit());
    if (const auto *Switch = dyn_cast<SwitchStmt>(P))
      return C == Switch->getBody() && IsGuard(Switch->getInit());
    return false;
  });
}

WaitFindings::Notes AwaitForeignTaskCheck::foreignNotes(SourceLocation Loc,
                                                        const Origin &O,
                                                        const Fact &TaskType) {
  WaitFindings::Notes Notes;
  Notes.push_back(
      {Loc, "'" + O.Name + "' is a future started elsewhere (" + O.Phrase +
                ") and nothing here joins the work that "
                "completes it; if that work needs this thread, "
                "the wait never returns [async-await-foreign-task]"});
  unsigned Count = 0;
  llvm::SmallPtrSet<const NamedDecl *, 4> Seen;
  for (const NamedDecl *D : O.Decls) {
    if (Count == MaxLocationNotes || !Seen.insert(D).second)
      continue;
    Notes.push_back(
        {D->getLocation(), "'" + D->getNameAsString() + "' is declared here"});
    ++Count;
  }
  if (O.HoldingMember)
    if (const MemberWrites *W = memberWrites(O.HoldingMember))
      for (SourceLocation Started : W->Started) {
        if (Count == MaxLocationNotes)
          break;
        Notes.push_back({Started, "'" + O.HoldingMember->getNameAsString() +
                                      "' is started here"});
        ++Count;
      }

  std::string Guard;
  llvm::ArrayRef<const Fact *> Guards =
      catalog().facts(FactKind::JoinScopeGuard);
  if (!Guards.empty())
    Guard = " (or await it while a '" + Guards.front()->Name + "' is alive)";
  Notes.push_back(
      {Loc, "join the work that completes it with " +
                catalog().library(TaskType.Library).JoinScope.str() + Guard +
                ", keep a lazy task instead of an eager one, or create the "
                "task in the awaiting function"});
  return Notes;
}

void AwaitForeignTaskCheck::report(SourceLocation Loc, const Origin &O,
                                   bool IsBlockingWait, const Fact &TaskType) {
  diag(Loc, "%select{awaiting|blocking wait on}0 '%1', a future started "
            "elsewhere (%2), outside a join scope can deadlock if the work "
            "that completes it needs this thread")
      << IsBlockingWait << O.Name << O.Phrase;
  WaitFindings::Notes Notes = foreignNotes(Loc, O, TaskType);
  for (auto It = Notes.begin() + 1; It != Notes.end(); ++It)
    diag(It->first, "%0", DiagnosticIDs::Note) << It->second;
}

} // namespace clang::tidy::async
