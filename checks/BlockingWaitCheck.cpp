//===--- BlockingWaitCheck.cpp - async-blocking-wait ----------------------===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "BlockingWaitCheck.h"
#include "support/CallSummaries.h"
#include "support/CatalogCalls.h"
#include "support/CompletionProofs.h"
#include "support/LLVMCompat.h"
#include "support/ParentIndex.h"
#include "support/ParentWalk.h"
#include "support/SourceText.h"
#include "support/Unevaluated.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ExprConcepts.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::async {

static constexpr unsigned DefaultMaxCallDepth = 8;

BlockingWaitCheck::BlockingWaitCheck(StringRef Name, ClangTidyContext *Context)
    : AsyncTidyCheck(Name, Context),
      Primitives(
          enumOption("FlagBlockingPrimitives", PrimitivePolicy::Coroutines)) {
  ContextOptions.NonBlockingFunctions = regexOption("NonBlockingFunctions");
  std::string Depth =
      stringOption("MaxCallDepth", std::to_string(DefaultMaxCallDepth));
  if (StringRef(Depth).trim().getAsInteger(10, MaxCallDepth)) {
    reportConfigError("invalid value '" + Depth + "' for option '" + Name +
                      ".MaxCallDepth'; expected a non-negative integer");
    MaxCallDepth = DefaultMaxCallDepth;
  }
}

void BlockingWaitCheck::registerMatchers(MatchFinder *Finder) {
  // A cheap name prefilter; check() confirms each match with the catalog.
  Finder->addMatcher(
      stmt(catalog().callMatcher(FactKind::BlockingCall)).bind("call"), this);
  // Once per translation unit: the calls of async contexts into helpers
  // that block.
  Finder->addMatcher(translationUnitDecl().bind("unit"), this);
}

void BlockingWaitCheck::onEndOfTranslationUnit() {
  for (PendingReport &R : *Pending) {
    const WaitFindings::Notes *Foreign = WaitFindings::foreignWait(R.Loc);
    // One hazard, one diagnostic: the foreign-task finding on this token is
    // a note of this one, and its NOLINT silences both.
    if (Foreign &&
        noLintSuppresses(R.Loc, "async-await-foreign-task", *R.Sources))
      continue;
    {
      auto Diag = diag(R.Loc, "%0") << R.Message;
      if (R.Fix)
        Diag << *R.Fix;
    }
    for (const auto &[Loc, Text] : R.Notes)
      diag(Loc, "%0", DiagnosticIDs::Note) << Text;
    if (Foreign)
      for (const auto &[Loc, Text] : *Foreign)
        diag(Loc, "%0", DiagnosticIDs::Note) << Text;
  }
  AsyncTidyCheck::onEndOfTranslationUnit();
}

//===----------------------------------------------------------------------===//
// Small expression helpers.
//===----------------------------------------------------------------------===//

//===----------------------------------------------------------------------===//
// Exemptions that depend on where the wait is.
//===----------------------------------------------------------------------===//

/// Seastar's get()/wait() may block a seastar::thread, which is what the
/// catalog's ThreadContextSink calls (seastar::async, the seastar::thread
/// constructor) run their callable in.
static bool inSeastarThread(const AsyncContext &Context,
                            AsyncContextFinder &Finder, const Catalog &Cat) {
  if (!Context.Lambda)
    return false;
  const Expr *Call = Finder.callReceiving(Context.Lambda);
  return Call && Cat.lookupCall(Call, FactKind::ThreadContextSink);
}

bool BlockingWaitCheck::primitiveFlagged(const AsyncContext &Context) const {
  switch (Primitives) {
  case PrimitivePolicy::Never:
    return false;
  case PrimitivePolicy::Always:
    return true;
  case PrimitivePolicy::Coroutines:
    return Context.Kind == AsyncContextKind::Coroutine;
  }
  llvm_unreachable("unknown primitive policy");
}

//===----------------------------------------------------------------------===//
// Fix-its.
//===----------------------------------------------------------------------===//

/// The coroutine task fact of the coroutine \p Context is, if any.
static const Fact *coroutineTask(const AsyncContext &Context,
                                 const Catalog &Cat) {
  if (Context.Kind != AsyncContextKind::Coroutine || !Context.Callable)
    return nullptr;
  return Cat.lookupType(Context.Callable->getReturnType(),
                        FactKind::CoroutineTask);
}

static bool taskCanAwait(const Fact &Task, StringRef Library) {
  llvm::SmallVector<StringRef, 4> Libraries;
  StringRef(Task.Extra).split(Libraries, ';', -1, /*KeepEmpty=*/false);
  return llvm::any_of(Libraries, [&](StringRef L) {
    return L.trim() == "*" || L.trim() == Library;
  });
}

/// co_await may not appear in a handler or in the initializer of a static
/// local; the rewrite must stay in the coroutine's own body.
static bool awaitAllowedAt(const Stmt *S, ASTContext &Ctx) {
  return walkParents(Ctx, DynTypedNode::create(*S),
                     [](const DynTypedNode &Node,
                        const DynTypedNode &) -> std::optional<bool> {
                       if (const auto *P = Node.get<Stmt>()) {
                         if (isa<CXXCatchStmt>(P))
                           return false;
                         if (isa<CoroutineBodyStmt, LambdaExpr>(P))
                           return true;
                         return std::nullopt;
                       }
                       if (const auto *VD = Node.get<VarDecl>()) {
                         if (VD->isStaticLocal() || !VD->isLocalVarDecl())
                           return false;
                         return std::nullopt;
                       }
                       return false;
                     });
}

/// True if replacing \p E by `co_await x` needs parentheses: the result is
/// used as the object of a member access, subscript, call or postfix
/// operator, which bind tighter than co_await.
static bool needsParentheses(const Expr *E, ASTContext &Ctx) {
  const Stmt *Below = E;
  const Stmt *P = parentThroughWrappers(E, Ctx, WK_Syntax, &Below);
  if (!P)
    return false;
  // Already in parentheses? The wrappers between P and E have one child.
  for (const Stmt *S = Below; S && S != E; S = *S->child_begin())
    if (isa<ParenExpr>(S))
      return false;
  if (isa<MemberExpr, ArraySubscriptExpr, CXXDependentScopeMemberExpr>(P))
    return true;
  if (const auto *UO = dyn_cast<UnaryOperator>(P))
    return UO->isPostfix();
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(P)) {
    OverloadedOperatorKind K = Op->getOperator();
    return K == OO_Call || K == OO_Subscript || K == OO_Arrow ||
           ((K == OO_PlusPlus || K == OO_MinusMinus) && Op->getNumArgs() == 2);
  }
  if (const auto *Call = dyn_cast<CallExpr>(P))
    return Call->getCallee() == Below;
  return false;
}

/// An expression that can follow `co_await` without parentheses.
static bool isPostfixExpression(const Expr *E) {
  E = ignoreWrappers(E);
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E))
    return Op->getOperator() == OO_Call || Op->getOperator() == OO_Subscript ||
           Op->getOperator() == OO_Arrow;
  return isa<DeclRefExpr, CallExpr, MemberExpr, ParenExpr, CXXConstructExpr,
             CXXFunctionalCastExpr, CXXNamedCastExpr, ArraySubscriptExpr,
             IntegerLiteral, StringLiteral, CXXThisExpr, LambdaExpr,
             CXXDependentScopeMemberExpr, UnresolvedLookupExpr>(E);
}

static bool isDiscarded(const Expr *E, ASTContext &Ctx) {
  const Stmt *P = parentThroughWrappers(E, Ctx);
  if (const auto *Cast = dyn_cast_or_null<ExplicitCastExpr>(P))
    return Cast->getTypeAsWritten()->isVoidType();
  return isa_and_nonnull<CompoundStmt>(P);
}

/// What `co_await E` yields, as far as the catalog tells: T for a catalog
/// task or future type `X<T>`.
static QualType awaitResultType(const Expr *E, const Catalog &Cat) {
  QualType T = E->getType().getNonReferenceType();
  if (!Cat.lookupType(T, FactKind::LazyTask, false) &&
      !Cat.lookupType(T, FactKind::EagerTask, false) &&
      !Cat.lookupType(T, FactKind::CoroutineTask, false))
    return QualType();
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      T->getAsCXXRecordDecl());
  if (!Spec || Spec->getTemplateArgs().size() == 0 ||
      Spec->getTemplateArgs()[0].getKind() != TemplateArgument::Type)
    return QualType();
  return Spec->getTemplateArgs()[0].getAsType();
}

/// A future type that cannot be copied is consumed by awaiting it.
static bool isMoveOnly(QualType T) {
  const CXXRecordDecl *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!RD || !RD->hasDefinition())
    return true;
  for (const CXXConstructorDecl *Ctor : RD->ctors())
    if (Ctor->isCopyConstructor())
      return Ctor->isDeleted();
  return RD->hasUserDeclaredMoveConstructor() ||
         RD->hasUserDeclaredMoveAssignment();
}

/// Is the declaration with the normalized qualified name \p Name visible
/// in this translation unit? A lookup through its few declaration contexts
/// is cheaper than a matcher over the whole translation unit.
static bool isDeclared(StringRef Name, ASTContext &Ctx) {
  llvm::SmallVector<StringRef, 4> Parts;
  Name.split(Parts, "::");
  const DeclContext *DC = Ctx.getTranslationUnitDecl();
  for (size_t I = 0; I < Parts.size(); ++I) {
    DeclContext::lookup_result Found = DC->lookup(&Ctx.Idents.get(Parts[I]));
    if (Found.empty())
      return false;
    if (I + 1 == Parts.size())
      return true;
    DC = nullptr;
    for (const NamedDecl *ND : Found)
      if (const auto *Inner = dyn_cast<DeclContext>(ND)) {
        DC = Inner;
        break;
      }
    if (!DC)
      return false;
  }
  return false;
}

bool BlockingWaitCheck::awaitableHere(QualType Awaited, ASTContext &Ctx) {
  const NamedDecl *Class = classOf(Awaited);
  if (!Class)
    return true;
  std::string ClassName = normalizedName(Class);
  bool NeedsAdapter = false;
  for (const Fact *Adapter : catalog().facts(FactKind::AwaitAdapter)) {
    if (Adapter->Extra != ClassName)
      continue;
    NeedsAdapter = true;
    auto [It, Inserted] = AdapterVisible->try_emplace(Adapter, false);
    if (Inserted)
      It->second = isDeclared(Adapter->Name, Ctx);
    if (It->second)
      return true;
  }
  return !NeedsAdapter;
}

std::optional<FixItHint> BlockingWaitCheck::fixIt(const CallExpr *Call,
                                                  const Fact &Blocking,
                                                  const AsyncContext &Context,
                                                  ASTContext &Ctx) {
  if (!Blocking.has(FF_FixAwaitObject) && !Blocking.has(FF_FixAwaitArgument))
    return std::nullopt;
  if (inMacro(compat::beginLoc(Call)) || inMacro(Call->getEndLoc()) ||
      inTemplateInstantiation(Call, Ctx))
    return std::nullopt;
  const Fact *Task = coroutineTask(Context, catalog());
  if (!Task || !taskCanAwait(*Task, catalog().library(Blocking.Library).Name) ||
      !awaitAllowedAt(Call, Ctx))
    return std::nullopt;

  std::string Awaited;
  QualType AwaitedType;
  if (Blocking.has(FF_FixAwaitObject)) {
    // x.get() / std::move(x).get() -> co_await std::move(x).
    const Expr *Object = callObject(Call);
    if (!Object || Call->getNumArgs() != 0)
      return std::nullopt;
    const Expr *Named = ignoreWrappers(Object);
    bool SpelledMove = isStdCall(Named, {"move"});
    const auto *DRE = dyn_cast<DeclRefExpr>(ignoreMove(Object));
    const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
    if (!VD || VD->getType()->isReferenceType() ||
        !(VD->isLocalVarDecl() || isa<ParmVarDecl>(VD)))
      return std::nullopt;
    AwaitedType = VD->getType();
    if (SpelledMove)
      Awaited = sourceText(Named->getSourceRange(), Ctx).str();
    else if (isMoveOnly(VD->getType()))
      Awaited = ("std::move(" + VD->getName() + ")").str();
    else
      Awaited = VD->getName().str();
    if (Awaited.empty())
      return std::nullopt;
  } else {
    // sync_wait(x) -> co_await x, when nothing depends on the result type or
    // co_await yields the same type.
    unsigned First = isa<CXXOperatorCallExpr>(Call) ? 1 : 0;
    if (Call->getNumArgs() != First + 1)
      return std::nullopt;
    const Expr *Arg = Call->getArg(First);
    AwaitedType = Arg->getType();
    if (!isDiscarded(Call, Ctx)) {
      QualType Yields = awaitResultType(Arg, catalog());
      if (Yields.isNull() ||
          !Ctx.hasSameUnqualifiedType(Yields.getNonReferenceType(),
                                      Call->getType().getNonReferenceType()))
        return std::nullopt;
    }
    StringRef Text = sourceText(Arg->getSourceRange(), Ctx);
    if (Text.empty())
      return std::nullopt;
    Awaited = isPostfixExpression(Arg) ? Text.str() : "(" + Text.str() + ")";
  }
  // Some types are awaitable only through an adapter header (QFuture in a
  // QCoro::Task needs <QCoroFuture>): without it the fix would not compile.
  if (!awaitableHere(AwaitedType, Ctx))
    return std::nullopt;

  std::string Replacement = "co_await " + Awaited;
  if (needsParentheses(Call, Ctx))
    Replacement = "(" + Replacement + ")";
  return FixItHint::CreateReplacement(
      CharSourceRange::getTokenRange(Call->getSourceRange()), Replacement);
}

//===----------------------------------------------------------------------===//
// The diagnostic.
//===----------------------------------------------------------------------===//

/// Which thread the blocked work needs: an event loop for UI/event-loop
/// code and for sinks and coroutine types the catalog marks
/// FF_EventLoopThread, an executor otherwise.
static StringRef blockedThread(const AsyncContext &Context,
                               const Catalog &Cat) {
  switch (Context.Kind) {
  case AsyncContextKind::NonBlockingFunction:
  case AsyncContextKind::ThreadAssertingFunction:
    return "event-loop";
  case AsyncContextKind::Continuation:
    return Context.Sink && Context.Sink->has(FF_EventLoopThread) ? "event-loop"
                                                                 : "executor";
  case AsyncContextKind::Coroutine:
    if (const Fact *Task = coroutineTask(Context, Cat))
      if (Task->has(FF_EventLoopThread))
        return "event-loop";
    return "executor";
  }
  llvm_unreachable("unknown context kind");
}

/// The library whose own non-blocking primitives fit \p Context: that of
/// the coroutine's task type, or of the sink that runs the continuation.
static std::optional<LibraryId> contextLibrary(const AsyncContext &Context,
                                               const Catalog &Cat) {
  if (const Fact *Task = coroutineTask(Context, Cat))
    return Task->Library;
  if (Context.Kind == AsyncContextKind::Continuation && Context.Sink)
    return Context.Sink->Library;
  return std::nullopt;
}

/// The catalog's remedy is written for a coroutine ("'co_await' the result
/// instead"). A sleep or a condition-variable wait names the context's
/// library's own timer or event where the catalog knows one. A continuation
/// or a must-not-block function cannot co_await: there the remedy is to
/// chain the dependent work, with the coroutine form in second place.
static std::string remedyFor(const Fact &Blocking, const AsyncContext &Context,
                             const Catalog &Cat) {
  llvm::StringRef Remedy = Blocking.Extra;
  if (std::optional<LibraryId> Library = contextLibrary(Context, Cat))
    if (const Fact *Alternative = Cat.asyncAlternative(*Library, Blocking))
      Remedy = Alternative->Extra;
  if (Remedy.empty())
    Remedy = "'co_await' it or attach a continuation instead";
  if (Context.Kind == AsyncContextKind::Coroutine ||
      !Remedy.contains("co_await") || Remedy.contains("then") ||
      Remedy.contains("continuation"))
    return Remedy.str();
  if (Blocking.has(FF_NestedLoop))
    return "return to the event loop and let it run the operation's "
           "completion instead of running the loop re-entrantly";
  return "attach the work that needs the result as a continuation instead "
         "of waiting for it (in a coroutine: " +
         Remedy.str() + ")";
}

/// What blocking here does, truthfully per kind of wait: a thread primitive
/// (a sleep, a condition variable, a latch) stalls the thread; a nested event
/// loop stalls its caller; a wait for async work on an executor's thread can
/// starve the executor; on the one event-loop thread that must run the work,
/// it deadlocks.
static std::string consequence(const Fact &Blocking,
                               const AsyncContext &Context,
                               const Catalog &Cat) {
  StringRef Thread = blockedThread(Context, Cat);
  // A nested loop runs other work of the thread, but not the caller's: it
  // deadlocks only when what it waits for needs the caller to return (often
  // not: corral's tests run a second loop inside a task of the first).
  if (Blocking.has(FF_NestedLoop))
    return ("runs an event loop re-entrantly on the " + Thread +
            " thread: what called it stalls until the loop returns, which "
            "never happens if the awaited work needs the caller to return "
            "first")
        .str();
  if (Blocking.has(FF_Primitive))
    return ("stalls the " + Thread +
            " thread: nothing else runs on it until the wait returns")
        .str();
  if (Thread == "executor")
    return "can starve the executor: once its threads all wait like this, "
           "none is left to run the work they wait for";
  return "can deadlock the event-loop thread that must complete it";
}

void BlockingWaitCheck::check(const MatchFinder::MatchResult &Result) {
  if (Result.Nodes.getNodeAs<TranslationUnitDecl>("unit")) {
    if (MaxCallDepth > 0)
      checkFrontierCalls(*Result.Context);
    return;
  }
  if (outsideAnalysedCode(Result))
    return;
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call");
  if (!Call)
    return;
  ASTContext &Ctx = *Result.Context;
  SourceLocation Loc = Call->getExprLoc();
  // A template's instantiations repeat the call at the same location.
  if (Loc.isInvalid() || Reported->contains(Loc))
    return;
  const Fact *Blocking =
      lookupCallFact(catalog(), Call, FactKind::BlockingCall);
  if (!Blocking)
    return;
  if (Blocking->has(FF_Primitive) && Primitives == PrimitivePolicy::Never)
    return;
  if (isPollingWait(Call, *Blocking, Ctx))
    return;

  AsyncContextFinder &Finder = Contexts.get(Ctx);
  std::optional<AsyncContext> Context = Finder.find(Call);
  if (!Context)
    return;
  if (Blocking->has(FF_Primitive) && !primitiveFlagged(*Context))
    return;
  if (Blocking->has(FF_FineInSeastarThread) &&
      inSeastarThread(*Context, Finder, catalog()))
    return;
  if (isInUnevaluatedContext(Call, Ctx))
    return;
  if (const Expr *Object = callObject(Call)) {
    if (isContinuationAntecedent(rootVariable(Object), *Context, catalog()))
      return;
    if (isGuardedByReadinessCheck(Object, Call, catalog(), Ctx))
      return;
  }

  Reported->first(Loc);
  PendingReport R;
  R.Loc = Loc;
  R.Sources = &Ctx.getSourceManager();
  R.Message = "blocking wait '" + Blocking->Name + "' inside " +
              Context->describe() + " " +
              consequence(*Blocking, *Context, catalog()) + "; " +
              remedyFor(*Blocking, *Context, catalog());
  R.Fix = fixIt(Call, *Blocking, *Context, Ctx);
  SourceLocation Evidence = Context->evidenceLocation();
  if (Evidence.isValid())
    R.Notes.push_back({Evidence, Context->evidenceNote()});
  WaitFindings::addBlockingWait(Loc);
  Pending->push_back(std::move(R));
}

//===----------------------------------------------------------------------===//
// Blocking reached through calls.
//===----------------------------------------------------------------------===//

bool BlockingWaitCheck::reportsItself(const SummarizedFunction &F,
                                      const BlockingSite *Site,
                                      ASTContext &Ctx) {
  std::optional<AsyncContext> Context = contextOf(F, Ctx);
  if (!Context)
    return false;
  if (!Site)
    return true;
  // A wait its own context allows (a primitive in a continuation, a wait on
  // the continuation's completed antecedent) is not reported there; the
  // callers' contexts may still disallow it.
  if (Site->Blocking->has(FF_Primitive) && !primitiveFlagged(*Context))
    return false;
  if (Site->Blocking->has(FF_FineInSeastarThread) &&
      inSeastarThread(*Context, Contexts.get(Ctx), catalog()))
    return false;
  if (const Expr *Object = callObject(Site->Call))
    if (isContinuationAntecedent(rootVariable(Object), *Context, catalog()))
      return false;
  return true;
}

std::optional<AsyncContext>
BlockingWaitCheck::contextOf(const SummarizedFunction &F, ASTContext &Ctx) {
  auto [It, Inserted] = FunctionContexts->try_emplace(F.Function);
  // A lambda in a system header is not classified (that walks code that is
  // not indexed); nothing is reported there.
  if (Inserted &&
      (!F.Lambda || ParentIndex::isAnalysed(F.Lambda->getBeginLoc(),
                                            Ctx.getSourceManager())))
    It->second = Contexts.get(Ctx).classify(F.Function, F.Lambda);
  return It->second;
}

const Summary &BlockingWaitCheck::summaryExcluding(unsigned ExcludedFlags,
                                                   ASTContext &Ctx) {
  std::unique_ptr<Summary> &Slot = (*Summaries)[ExcludedFlags];
  if (Slot)
    return *Slot;
  CallSummaries &Calls = Contexts.get(Ctx).summaries();
  // The rules of a wait written in the async context apply inside the
  // helpers: a poll, a wait on a future proven ready, or a primitive the
  // context allows do not block.
  const SourceManager &SM = Ctx.getSourceManager();
  auto IsSource = [&](const SummarizedFunction &, const BlockingSite &Site) {
    if (Site.Blocking->Flags & ExcludedFlags)
      return false;
    // A wait in a system header is not judged: its readiness proof would
    // walk code that is not indexed, which costs the parent map of the whole
    // translation unit (--system-headers admits it).
    if (!ParentIndex::isAnalysed(Site.Call->getExprLoc(), SM))
      return false;
    if (isPollingWait(Site.Call, *Site.Blocking, Ctx))
      return false;
    if (const Expr *Object = callObject(Site.Call))
      if (isGuardedByReadinessCheck(Object, Site.Call, catalog(), Ctx))
        return false;
    return true;
  };
  auto IsBarrier = [&](const SummarizedFunction &F, const BlockingSite *Site) {
    return reportsItself(F, Site, Ctx);
  };
  Slot = std::make_unique<Summary>(Calls.summarize(IsSource, IsBarrier));
  return *Slot;
}

/// True if an argument of \p Call holds the completed antecedent of the
/// continuation \p Context: a helper that waits on it does not block.
static bool passesAntecedent(const Expr *Call, const AsyncContext &Context,
                             const Catalog &Cat) {
  const auto *C = dyn_cast_or_null<CallExpr>(Call);
  if (!C)
    return false;
  for (const Expr *Arg : C->arguments())
    if (isContinuationAntecedent(rootVariable(Arg), Context, Cat))
      return true;
  if (const Expr *Object = callObject(C))
    return isContinuationAntecedent(rootVariable(Object), Context, Cat);
  return false;
}

void BlockingWaitCheck::checkFrontierCalls(ASTContext &Ctx) {
  AsyncContextFinder &Finder = Contexts.get(Ctx);
  const SourceManager &SM = Ctx.getSourceManager();
  CallSummaries &Calls = Finder.summaries();
  llvm::ArrayRef<SummarizedFunction> Functions = Calls.functions();
  // The widest summary first: a call whose callee reaches no blocking call
  // at all needs no context.
  unsigned Widest =
      Primitives == PrimitivePolicy::Never ? unsigned(FF_Primitive) : 0u;
  const Summary &Any = summaryExcluding(Widest, Ctx);
  for (const SummarizedFunction &F : Functions) {
    if (!F.HasBody)
      continue;
    for (const FollowedCall &Call : F.Calls) {
      if (Any.distance(Call.Callee) == Summary::None)
        continue;
      SourceLocation Loc = Call.reportLocation();
      if (Loc.isInvalid() || Reported->contains(Loc) ||
          !ParentIndex::isAnalysed(Loc, SM))
        continue;
      std::optional<AsyncContext> Context = contextOf(F, Ctx);
      if (!Context)
        continue;
      const SummarizedFunction &Callee = Functions[Call.Callee];
      unsigned Excluded = Widest;
      if (!primitiveFlagged(*Context))
        Excluded |= FF_Primitive;
      if (Context->Lambda && inSeastarThread(*Context, Finder, catalog()))
        Excluded |= FF_FineInSeastarThread;
      const Summary &S = summaryExcluding(Excluded, Ctx);
      unsigned Distance = S.distance(Call.Callee);
      if (Distance == Summary::None || Distance + 1 > MaxCallDepth)
        continue;
      // An async context reports its own waits; its callers do not repeat
      // them.
      if (reportsItself(Callee,
                        Distance == 0 ? &Callee.Blocking[S.next(Call.Callee)]
                                      : nullptr,
                        Ctx))
        continue;
      if (passesAntecedent(Call.Expression, *Context, catalog()))
        continue;

      Reported->first(Loc);
      std::vector<std::pair<SourceLocation, std::string>> Chain =
          Calls.chain(S, Call.Callee);
      // Follow the chain to the function that makes the blocking call.
      unsigned BlockerIndex = Call.Callee;
      for (unsigned Step = 0; Step < Distance; ++Step)
        BlockerIndex =
            Functions[BlockerIndex].Calls[S.next(BlockerIndex)].Callee;
      const SummarizedFunction &Blocker = Functions[BlockerIndex];
      const Fact &Blocking = *Blocker.Blocking[S.next(BlockerIndex)].Blocking;
      std::string CalleeName = CallSummaries::displayName(Callee);
      PendingReport R;
      R.Loc = Loc;
      R.Sources = &SM;
      if (Call.Kind == FollowedCall::LocalDestroyed)
        R.Message = "destroying '" + Call.Destroyed->getNameAsString() +
                    "' calls " + CalleeName + ", which blocks in '" +
                    Blocking.Name + "', inside " + Context->describe() +
                    "; this " + consequence(Blocking, *Context, catalog()) +
                    "; finish its work asynchronously or outside the async "
                    "context";
      else
        R.Message = "call to " + CalleeName + " blocks in '" + Blocking.Name +
                    "' inside " + Context->describe() + "; this " +
                    consequence(Blocking, *Context, catalog()) + "; make " +
                    CalleeName +
                    " asynchronous or call it where blocking is allowed";
      // The remedy belongs to the blocking call, the last step.
      Chain.back().second += "; " + remedyFor(Blocking, *Context, catalog());
      if (Call.Kind == FollowedCall::LocalDestroyed)
        R.Notes.push_back({Call.Loc, "'" + Call.Destroyed->getNameAsString() +
                                         "' is destroyed here"});
      R.Notes.insert(R.Notes.end(), Chain.begin(), Chain.end());
      SourceLocation Evidence = Context->evidenceLocation();
      if (Evidence.isValid())
        R.Notes.push_back({Evidence, Context->evidenceNote()});
      WaitFindings::addBlockingWait(Loc);
      Pending->push_back(std::move(R));
    }
  }
}

} // namespace clang::tidy::async
