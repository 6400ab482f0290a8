//===--- TaskChainingCheck.cpp - async-task-chaining ----------------------===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "TaskChainingCheck.h"
#include "support/CatalogCalls.h"
#include "support/ExprWrappers.h"
#include "support/FunctionCFGs.h"
#include "support/LLVMCompat.h"
#include "support/SameObject.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang::ast_matchers;

namespace clang::tidy::async {

namespace {

/// How far down an object or argument expression the chain is followed
/// (`last_ = std::move(last_).via(e).thenValue(f).ensure(g)` needs 4).
constexpr unsigned MaxChainDepth = 12;
/// Notes at places that block on the tail.
constexpr unsigned MaxBlockingNotes = 3;

/// Whether the object whose field \p Member names is owned by the current
/// function (a local or by-value parameter reached through '.'): such a
/// chain is local and ends with the function.
bool isFunctionLocalObject(const MemberExpr *Member) {
  const Expr *Base = Member;
  while (const auto *M = dyn_cast<MemberExpr>(Base->IgnoreParenImpCasts())) {
    if (M->isArrow() || !isa<FieldDecl>(M->getMemberDecl()))
      return false;
    Base = M->getBase();
  }
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Base->IgnoreParenImpCasts()))
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
      return Var->hasLocalStorage() && !Var->getType()->isReferenceType();
  return false;
}

/// Collects the calls that block on a field of `this`, a static member or a
/// global: `last_.get()`, `std::move(last_).wait()`, `waitFor(last_)`.
class BlockingSiteCollector
    : public RecursiveASTVisitor<BlockingSiteCollector> {
public:
  BlockingSiteCollector(const Catalog &Cat,
                        TaskChainingCheck::BlockingSites &Out)
      : Cat(Cat), Out(Out) {}

  bool VisitCallExpr(CallExpr *Call) {
    const Expr *Object = nullptr;
    if (lookupMemberCall(Cat, Call, FactKind::BlockingCall, Object)) {
      record(Object, Call);
      return true;
    }
    if (lookupFreeCall(Cat, Call, FactKind::BlockingCall))
      for (const Expr *Arg : Call->arguments())
        record(Arg, Call);
    return true;
  }

private:
  void record(const Expr *Object, const CallExpr *Call) {
    if (!Object)
      return;
    // Look through std::move, not through other calls.
    Object = ignoreWrappers(Object, WK_Moves);
    const ValueDecl *D = referencedDecl(Object);
    if (!D)
      return;
    if (isa<FieldDecl>(D) &&
        !isa<CXXThisExpr>(normalizeTask(cast<MemberExpr>(Object)->getBase())))
      return;
    if (const auto *Var = dyn_cast<VarDecl>(D); Var && !Var->hasGlobalStorage())
      return;
    Out[D].push_back(compat::beginLoc(Call));
  }

  const Catalog &Cat;
  TaskChainingCheck::BlockingSites &Out;
};

} // namespace

/// Member names that chain a continuation onto a home-made future; what
/// other libraries call the operation ("then", "ContinueWith", "and_then").
static constexpr llvm::StringLiteral DefaultChainingMemberNames =
    "then;thenAsync;then_async;Then;ThenAsync;thenValue;thenTry;ContinueWith;"
    "continueWith;continue_with;and_then;andThen;AndThen;next;Next";

TaskChainingCheck::TaskChainingCheck(StringRef Name, ClangTidyContext *Context)
    : AsyncTidyCheck(Name, Context),
      ChainingMemberNamesText(
          stringOption("ChainingMemberNames", DefaultChainingMemberNames)) {
  for (StringRef Entry : splitOptionList(ChainingMemberNamesText))
    ChainingMemberNames.push_back(Entry);
}

/// Is \p Type something that can be called: a closure, a function or
/// function pointer, or a class with a call operator?
static bool isCallableType(QualType Type) {
  Type = Type.getNonReferenceType();
  if (Type->isFunctionType() || Type->isFunctionPointerType() ||
      Type->isMemberFunctionPointerType())
    return true;
  const CXXRecordDecl *Record = Type->getAsCXXRecordDecl();
  if (!Record || !Record->hasDefinition())
    return false;
  if (Record->isLambda())
    return true;
  DeclarationName Call =
      Record->getASTContext().DeclarationNames.getCXXOperatorName(OO_Call);
  return !Record->lookup(Call).empty();
}

/// Does the class of \p Type (or, for a smart pointer, of its pointee) have
/// the name \p Receiver? A smart pointer is a class whose operator-> returns
/// a pointer to that class.
static bool isReceiverOrPointerTo(QualType Type, StringRef Receiver) {
  Type = Type.getNonReferenceType();
  const NamedDecl *Class = classOf(Type);
  if (Class && normalizedName(Class) == Receiver)
    return true;
  // The operator-> of the class or of a base (libstdc++'s shared_ptr has it
  // in __shared_ptr_access).
  llvm::SmallVector<const CXXRecordDecl *, 4> Work;
  if (const CXXRecordDecl *Record = Type->getAsCXXRecordDecl())
    Work.push_back(Record);
  for (unsigned Visited = 0; !Work.empty() && Visited < 8; ++Visited) {
    const CXXRecordDecl *Record = Work.pop_back_val();
    if (!Record->hasDefinition())
      continue;
    DeclarationName Arrow =
        Record->getASTContext().DeclarationNames.getCXXOperatorName(OO_Arrow);
    for (const NamedDecl *D : Record->lookup(Arrow))
      if (const auto *Method = dyn_cast<CXXMethodDecl>(D))
        if (const NamedDecl *Pointee =
                classOf(Method->getReturnType(), /*ThroughPointers=*/true))
          if (normalizedName(Pointee) == Receiver)
            return true;
    for (const CXXBaseSpecifier &Base : Record->bases())
      if (const CXXRecordDecl *BaseRecord =
              Base.getType()->getAsCXXRecordDecl())
        Work.push_back(BaseRecord);
  }
  return false;
}

bool TaskChainingCheck::isUnconfiguredChainingCall(
    const CXXMemberCallExpr *Call) const {
  const CXXMethodDecl *Method = Call->getMethodDecl();
  const Expr *Object = Call->getImplicitObjectArgument();
  if (!Method || !Object || !Method->getIdentifier() ||
      !llvm::is_contained(ChainingMemberNames, Method->getName()))
    return false;
  // The receiver, also through a smart pointer ('future_->thenAsync(f)').
  const Expr *Receiver = ignoreWrappers(Object, WK_Moves);
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Receiver);
      Op && Op->getOperator() == OO_Arrow)
    Receiver = Op;
  const NamedDecl *Class =
      classOf(Receiver->getType(), /*ThroughPointers=*/true);
  if (!Class || !isa<CXXRecordDecl>(Class))
    return false;
  // A continuation is what it chains: an iterator's next() takes none.
  if (llvm::none_of(Call->arguments(), [](const Expr *Arg) {
        return isCallableType(Arg->IgnoreParenImpCasts()->getType());
      }))
    return false;
  return isReceiverOrPointerTo(Call->getType(), normalizedName(Class));
}

void TaskChainingCheck::registerMatchers(MatchFinder *Finder) {
  // Something that outlives the call: a field, a static member, a global or
  // a function-local static. Locals are left alone (a local chain ends with
  // the function).
  auto Persistent = ignoringParenImpCasts(
      anyOf(memberExpr(member(anyOf(fieldDecl(), varDecl()))),
            declRefExpr(to(varDecl(hasGlobalStorage())))));
  // Assignments of class types (every future) are operator calls; a plain
  // BinaryOperator '=' matters only while its operands are type-dependent.
  Finder->addMatcher(cxxOperatorCallExpr(hasOverloadedOperatorName("="),
                                         argumentCountIs(2),
                                         hasArgument(0, Persistent))
                         .bind("assign"),
                     this);
  Finder->addMatcher(binaryOperator(hasOperatorName("="), isTypeDependent(),
                                    hasLHS(Persistent))
                         .bind("assign"),
                     this);
}

const Fact *TaskChainingCheck::taskTypeFact(QualType Type) const {
  if (Type.isNull())
    return nullptr;
  if (const auto *Pointer = Type->getAs<PointerType>())
    Type = Pointer->getPointeeType();
  if (const Fact *F = catalog().lookupType(Type, FactKind::EagerTask))
    return F;
  return catalog().lookupType(Type, FactKind::LazyTask);
}

bool TaskChainingCheck::isTaskType(QualType Type) const {
  return taskTypeFact(Type) != nullptr;
}

const Expr *TaskChainingCheck::futurePreservingObject(const Expr *E) const {
  const auto *Call = dyn_cast<CXXMemberCallExpr>(E);
  if (!Call || !Call->getMethodDecl())
    return nullptr;
  const Expr *Object = Call->getImplicitObjectArgument();
  if (!Object || !isTaskType(Object->getType()) || !isTaskType(Call->getType()))
    return nullptr;
  return Object;
}

/// True if every path through the coroutine \p Callee suspends first on an
/// await of its parameter \p Index: `co_await previous;` before any other
/// co_await, co_yield or co_return.
bool TaskChainingCheck::awaitsParameterFirst(const FunctionDecl *Callee,
                                             unsigned Index) {
  auto Key = std::make_pair(Callee, Index);
  auto It = AwaitsFirstCache->find(Key);
  if (It != AwaitsFirstCache->end())
    return It->second;
  bool Result = false;
  FunctionCFG *Graph =
      Index < Callee->getNumParams() &&
              isa_and_nonnull<CoroutineBodyStmt>(Callee->getBody())
          ? FunctionCFGs::of(Callee, Callee->getASTContext())
          : nullptr;
  if (Graph) {
    const ParmVarDecl *Param = Callee->getParamDecl(Index);
    auto AwaitsParam = [&](const Stmt *S) {
      const Expr *Operand = nullptr;
      if (const auto *Await = dyn_cast<CoawaitExpr>(S))
        Operand = Await->getOperand();
      else if (const auto *DepAwait = dyn_cast<DependentCoawaitExpr>(S))
        Operand = DepAwait->getOperand();
      if (!Operand)
        return false;
      Operand = normalizeTask(Operand);
      const auto *Ref = dyn_cast<DeclRefExpr>(Operand);
      return Ref && Ref->getDecl() == Param;
    };
    auto Transfer = [&](const Stmt *S) {
      return AwaitsParam(S) ? FactEffect::Establish : FactEffect::None;
    };
    FlowFact Awaited{"awaited-parameter:" + std::to_string(Index), Transfer,
                     nullptr};
    // Without an await of the parameter nothing is chained through it;
    // with one, every other suspension must come after it.
    bool SawAwait = false;
    Result = true;
    for (const CFGBlock *Block : Graph->cfg()) {
      for (const CFGElement &Element : *Block) {
        std::optional<CFGStmt> S = Element.getAs<CFGStmt>();
        if (!S ||
            !isa<CoawaitExpr, DependentCoawaitExpr, CoyieldExpr, CoreturnStmt>(
                S->getStmt()))
          continue;
        if (AwaitsParam(S->getStmt()))
          SawAwait = true;
        else if (!Graph->holdsBefore(S->getStmt(), Awaited))
          Result = false;
      }
    }
    Result = Result && SawAwait;
  }
  (*AwaitsFirstCache)[Key] = Result;
  return Result;
}

bool TaskChainingCheck::chainsOnto(const Expr *E, const Expr *Target,
                                   bool SawLink, unsigned Depth,
                                   const Fact *&Link, bool &ViaCoroutine) {
  if (!E || Depth > MaxChainDepth)
    return false;
  E = normalizeTask(E, [this](QualType T) { return isTaskType(T); });
  if (const ValueDecl *D = referencedDecl(E)) {
    // The two-step form: `auto previous = std::move(last_);
    // last_ = std::move(previous).then(f);` goes through the local.
    if (const auto *Local = dyn_cast<VarDecl>(D);
        Local && SawLink && Local->hasLocalStorage() &&
        !isa<ParmVarDecl>(Local) && !Local->getType()->isReferenceType() &&
        Local->getInit() && !sameObject(E, Target))
      return chainsOnto(Local->getInit(), Target, SawLink, Depth + 1, Link,
                        ViaCoroutine);
    return SawLink && sameObject(E, Target);
  }
  const auto *Call = dyn_cast<CallExpr>(E);
  if (!Call)
    return false;

  // The chaining form: `last_.then(f)`, and whatever is below it.
  const Expr *Object = nullptr;
  if (const Fact *F =
          lookupMemberCall(catalog(), Call, FactKind::ChainingCall, Object)) {
    if (!chainsOnto(Object, Target, /*SawLink=*/true, Depth + 1, Link,
                    ViaCoroutine))
      return false;
    Link = F;
    ViaCoroutine = false;
    UnconfiguredLink = false;
    return true;
  }
  // A home-made future nobody configured: `last_ = last_.then(f)` where then()
  // takes a callable and returns the receiver's class.
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call);
      Member && isUnconfiguredChainingCall(Member)) {
    if (!chainsOnto(Member->getImplicitObjectArgument(), Target,
                    /*SawLink=*/true, Depth + 1, Link, ViaCoroutine))
      return false;
    Link = nullptr;
    ViaCoroutine = false;
    UnconfiguredLink = true;
    return true;
  }
  // `std::move(last_).via(executor)` on the way down to `last_`.
  if (const Expr *Inner = futurePreservingObject(Call))
    return chainsOnto(Inner, Target, SawLink, Depth + 1, Link, ViaCoroutine);

  // The combinator form: `when_all(std::move(last_), next)`.
  if (const Fact *F = lookupFreeCall(catalog(), Call, FactKind::Combinator)) {
    for (const Expr *Arg : Call->arguments())
      if (chainsOnto(Arg, Target, /*SawLink=*/true, Depth + 1, Link,
                     ViaCoroutine)) {
        Link = F;
        ViaCoroutine = false;
        UnconfiguredLink = false;
        return true;
      }
    return false;
  }

  // The coroutine form: `chain(std::move(last_), work)` where `chain` is a
  // coroutine defined in this translation unit that awaits that parameter
  // before anything else.
  const FunctionDecl *Callee = Call->getDirectCallee();
  const FunctionDecl *Definition = nullptr;
  if (!Callee || !Callee->hasBody(Definition) ||
      !isa_and_nonnull<CoroutineBodyStmt>(Definition->getBody()))
    return false;
  // A call operator (a coroutine lambda) receives its object as argument 0.
  unsigned FirstParamArg =
      isa<CXXOperatorCallExpr>(Call) && isa<CXXMethodDecl>(Callee) ? 1 : 0;
  for (unsigned I = FirstParamArg; I < Call->getNumArgs(); ++I) {
    if (!chainsOnto(Call->getArg(I), Target, /*SawLink=*/true, Depth + 1, Link,
                    ViaCoroutine))
      continue;
    if (awaitsParameterFirst(Definition, I - FirstParamArg)) {
      Link = nullptr;
      ViaCoroutine = true;
      UnconfiguredLink = false;
      return true;
    }
  }
  return false;
}

const TaskChainingCheck::BlockingSites &
TaskChainingCheck::blockingSitesFor(const ValueDecl *Var, ASTContext &Ctx) {
  // The scope that can see the variable: its class for members, its
  // function for a local static, the main file for a global.
  const Decl *Scope = nullptr;
  if (isa<FieldDecl>(Var))
    Scope = cast<FieldDecl>(Var)->getParent();
  else if (const auto *V = dyn_cast<VarDecl>(Var)) {
    if (V->isStaticDataMember())
      Scope = dyn_cast<CXXRecordDecl>(V->getDeclContext());
    else if (V->isStaticLocal())
      Scope = dyn_cast<Decl>(V->getDeclContext());
    else
      Scope = Ctx.getTranslationUnitDecl();
  }
  static const BlockingSites Empty;
  if (!Scope)
    return Empty;
  std::unique_ptr<BlockingSites> &Sites = (*SitesCache)[Scope];
  if (Sites)
    return *Sites;
  Sites = std::make_unique<BlockingSites>();
  BlockingSiteCollector Collector(catalog(), *Sites);

  if (const auto *Class = dyn_cast<CXXRecordDecl>(Scope)) {
    for (const Decl *Member : Class->decls()) {
      const FunctionDecl *Method = nullptr;
      if (const auto *Template = dyn_cast<FunctionTemplateDecl>(Member))
        Method = Template->getTemplatedDecl();
      else
        Method = dyn_cast<CXXMethodDecl>(Member);
      const FunctionDecl *Definition = nullptr;
      if (Method && Method->hasBody(Definition))
        Collector.TraverseDecl(const_cast<FunctionDecl *>(Definition));
    }
  } else if (isa<TranslationUnitDecl>(Scope)) {
    // Every function in the main file; headers are not searched.
    const SourceManager &SM = Ctx.getSourceManager();
    llvm::SmallVector<const DeclContext *, 8> Work = {
        cast<TranslationUnitDecl>(Scope)};
    while (!Work.empty()) {
      const DeclContext *DC = Work.pop_back_val();
      for (const Decl *D : DC->decls()) {
        if (isa<NamespaceDecl, LinkageSpecDecl, ExportDecl>(D)) {
          Work.push_back(cast<DeclContext>(D));
          continue;
        }
        if (SM.isInMainFile(SM.getExpansionLoc(D->getLocation())))
          Collector.TraverseDecl(const_cast<Decl *>(D));
      }
    }
  } else {
    Collector.TraverseDecl(const_cast<Decl *>(Scope));
  }
  for (auto &KV : *Sites)
    llvm::sort(KV.second, [&](SourceLocation A, SourceLocation B) {
      return Ctx.getSourceManager().isBeforeInTranslationUnit(A, B);
    });
  return *Sites;
}

void TaskChainingCheck::check(const MatchFinder::MatchResult &Result) {
  if (outsideAnalysedCode(Result))
    return;
  const auto *Assign = Result.Nodes.getNodeAs<Expr>("assign");
  if (!Assign || Assign->containsErrors())
    return;
  const Expr *LHS = nullptr;
  const Expr *RHS = nullptr;
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Assign)) {
    LHS = Op->getArg(0);
    RHS = Op->getArg(1);
  } else if (const auto *BinOp = dyn_cast<BinaryOperator>(Assign)) {
    LHS = BinOp->getLHS();
    RHS = BinOp->getRHS();
  }
  if (!LHS || !RHS)
    return;
  LHS = ignoreWrappers(LHS);
  const ValueDecl *Var = referencedDecl(LHS);
  if (!Var)
    return;
  if (const auto *V = dyn_cast<VarDecl>(Var); V && !V->hasGlobalStorage())
    return;
  if (const auto *Member = dyn_cast<MemberExpr>(LHS);
      Member && isa<FieldDecl>(Var) && isFunctionLocalObject(Member))
    return;

  const Fact *Link = nullptr;
  bool ViaCoroutine = false;
  UnconfiguredLink = false;
  if (!chainsOnto(RHS, LHS, /*SawLink=*/false, 0, Link, ViaCoroutine))
    return;
  // The serializer to suggest: the chaining or combinator call's library;
  // for the coroutine form, the library of the task type (and only task
  // types known to the catalog count there).
  const Fact *LibraryFact = Link;
  if (ViaCoroutine)
    LibraryFact = taskTypeFact(LHS->getType());
  if (!LibraryFact && !UnconfiguredLink)
    return;
  if (!Reported->first(Assign->getBeginLoc()))
    return;

  // A home-made future: the library of its type if the catalog knows it,
  // the generic advice otherwise.
  LibraryId Library = LibraryId::User;
  if (LibraryFact)
    Library = LibraryFact->Library;
  else if (const Fact *Type = taskTypeFact(LHS->getType()))
    Library = Type->Library;
  diag(Assign->getBeginLoc(),
       "%0 is re-chained onto itself, forming a private task queue that "
       "cannot be joined; serialize with %1 instead")
      << Var << catalog().library(Library).Serializer
      << Assign->getSourceRange();
  diag(Var->getLocation(), "%0 holds the tail of the chain",
       DiagnosticIDs::Note)
      << Var;

  // Blocking on the tail is what turns the private queue into a deadlock.
  if (isa<FieldDecl>(Var) &&
      !isa<CXXThisExpr>(normalizeTask(cast<MemberExpr>(LHS)->getBase())))
    return;
  const BlockingSites &Sites = blockingSitesFor(Var, *Result.Context);
  auto It = Sites.find(Var);
  if (It == Sites.end())
    return;
  unsigned Notes = 0;
  for (SourceLocation Loc : It->second) {
    if (Notes++ == MaxBlockingNotes)
      break;
    diag(Loc,
         "blocking on the tail of the chain here deadlocks if a link needs "
         "this thread",
         DiagnosticIDs::Note);
  }
}

} // namespace clang::tidy::async
