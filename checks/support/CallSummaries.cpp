//===--- CallSummaries.cpp - Calls and callbacks of a translation unit ----===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "CallSummaries.h"
#include "CatalogCalls.h"
#include "CompletionProofs.h"
#include "ParentIndex.h"
#include "clang/AST/Attr.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/CharInfo.h"
#include "llvm/ADT/DenseSet.h"
#include <tuple>

namespace clang::tidy::async {

//===----------------------------------------------------------------------===//
// The per-translation-unit registry.
//===----------------------------------------------------------------------===//

namespace {
/// The indexes of the current translation unit. The checks hold them; the
/// registry only finds them again, so an index lives until its last holder
/// lets it go.
thread_local std::vector<std::weak_ptr<CallSummaries>> LiveIndexes;
struct IndexKey {
  const ASTContext *Ctx;
  const Catalog *Cat;
};
thread_local std::vector<IndexKey> LiveKeys;
} // namespace

void CallSummaries::startTranslationUnit() {
  LiveIndexes.clear();
  LiveKeys.clear();
  WaitFindings::clear();
}

std::shared_ptr<CallSummaries> CallSummaries::get(ASTContext &Ctx,
                                                  const Catalog &Cat) {
  for (size_t I = 0; I < LiveIndexes.size(); ++I)
    if (LiveKeys[I].Ctx == &Ctx && LiveKeys[I].Cat == &Cat)
      if (std::shared_ptr<CallSummaries> Found = LiveIndexes[I].lock())
        return Found;
  for (size_t I = LiveIndexes.size(); I-- > 0;)
    if (LiveIndexes[I].expired()) {
      LiveIndexes.erase(LiveIndexes.begin() + I);
      LiveKeys.erase(LiveKeys.begin() + I);
    }
  auto Made = std::make_shared<CallSummaries>(Ctx, Cat);
  LiveIndexes.push_back(Made);
  LiveKeys.push_back({&Ctx, &Cat});
  return Made;
}

//===----------------------------------------------------------------------===//
// Building the index.
//===----------------------------------------------------------------------===//

/// A destructor that runs user code we can follow: not trivial, not virtual
/// dispatch (the caller knows the exact type), declared outside the library.
static const CXXDestructorDecl *followedDestructor(QualType T,
                                                   const SourceManager &SM) {
  T = T.getNonReferenceType();
  while (const ArrayType *AT = T->getAsArrayTypeUnsafe())
    T = AT->getElementType();
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  if (!RD || !RD->hasDefinition() || RD->hasTrivialDestructor())
    return nullptr;
  const CXXDestructorDecl *Dtor = RD->getDestructor();
  if (!Dtor || SM.isInSystemHeader(SM.getExpansionLoc(RD->getLocation())))
    return nullptr;
  return Dtor;
}

/// The function a lambda forwards to: its body is one call, whose arguments
/// are the lambda's parameters in order (`[this](auto r) { handle(r); }`,
/// `[this] { onTimer(); }`). Such a lambda is the function passed by another
/// spelling; a lambda that computes arguments is a callback of its own.
static const FunctionDecl *forwardedCallee(const LambdaExpr *Lambda) {
  const auto *Body = dyn_cast_or_null<CompoundStmt>(Lambda->getBody());
  if (!Body || Body->size() != 1)
    return nullptr;
  const Stmt *Only = Body->body_front();
  if (const auto *Return = dyn_cast<ReturnStmt>(Only))
    Only = Return->getRetValue();
  const auto *Call =
      dyn_cast_or_null<CallExpr>(ignoreWrappers(dyn_cast_or_null<Expr>(Only)));
  if (!Call || isa<CXXOperatorCallExpr>(Call))
    return nullptr;
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee)
    return nullptr;
  if (const auto *MD = dyn_cast<CXXMethodDecl>(Callee))
    if (MD->isVirtual())
      return nullptr;
  const CXXMethodDecl *Operator = Lambda->getCallOperator();
  if (!Operator || Call->getNumArgs() != Operator->getNumParams())
    return nullptr;
  for (unsigned I = 0; I < Call->getNumArgs(); ++I) {
    const Expr *Arg = ignoreWrappers(Call->getArg(I), WK_Moves);
    // A parameter passed on by value is copied or moved.
    if (const auto *Copy = dyn_cast<CXXConstructExpr>(Arg))
      if (Copy->getNumArgs() == 1 &&
          Copy->getConstructor()->isCopyOrMoveConstructor())
        Arg = ignoreWrappers(Copy->getArg(0), WK_Moves);
    const auto *Ref = dyn_cast<DeclRefExpr>(Arg);
    if (!Ref || Ref->getDecl() != Operator->getParamDecl(I))
      return nullptr;
  }
  return Callee;
}

/// The function a callable argument names: `f`, `&f`, `&C::m`,
/// `std::bind(&C::m, this, ...)`, `std::bind_front(...)`, a lambda that
/// forwards to a function, or a local (a std::function) initialized
/// with one of these.
static const FunctionDecl *namedCallable(const Expr *E, unsigned Depth) {
  if (!E || Depth > 3)
    return nullptr;
  E = ignoreWrappers(E);
  if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(E))
    return namedCallable(Cast->getSubExpr(), Depth + 1);
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
    // Conversion into a callable holder (std::function, a handler type).
    if (Construct->getNumArgs() == 1)
      return namedCallable(Construct->getArg(0), Depth + 1);
    return nullptr;
  }
  if (const auto *Op = dyn_cast<UnaryOperator>(E))
    if (Op->getOpcode() == UO_AddrOf)
      E = Op->getSubExpr()->IgnoreParenImpCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    if (const auto *FD = dyn_cast<FunctionDecl>(Ref->getDecl()))
      return FD;
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
      if (Var->isLocalVarDecl() && !Var->getType()->isReferenceType() &&
          !Var->hasGlobalStorage())
        return namedCallable(Var->getInit(), Depth + 1);
    return nullptr;
  }
  if (isStdCall(E, {"bind", "bind_front"}))
    return namedCallable(cast<CallExpr>(E)->getArg(0), Depth + 1);
  if (const auto *Lambda = dyn_cast<LambdaExpr>(E))
    return forwardedCallee(Lambda);
  return nullptr;
}

class CallSummaries::Builder : public RecursiveASTVisitor<Builder> {
  using Base = RecursiveASTVisitor<Builder>;

public:
  explicit Builder(CallSummaries &S)
      : S(S), SM(S.Ctx.getSourceManager()),
        LooksForAssertions(
            !S.Cat.facts(FactKind::ThreadAssertingCall).empty()) {}

  bool shouldVisitTemplateInstantiations() const { return true; }

  bool TraverseDecl(Decl *D) {
    if (!D)
      return true;
    if (!isa<TranslationUnitDecl>(D) && inLibrary(D->getLocation()))
      return true;
    // Outside shown code (a header the header filter leaves out: Qt's own
    // headers when they are not system headers) a function is walked only if
    // shown code calls it: see CallSummaries' constructor. Indexing all of
    // Qt cost await-foreign-task +78% on the qt6-qcoro bench TU.
    // Namespaces are entered: a reported header can be included in one.
    if (Frames.empty() && !PullingCallees &&
        !isa<TranslationUnitDecl, NamespaceDecl, LinkageSpecDecl, ExportDecl>(
            D) &&
        !ParentIndex::isShown(D->getLocation(), SM))
      return true;
    const auto *FD = dyn_cast<FunctionDecl>(D);
    if (!FD || !FD->doesThisDeclarationHaveABody())
      return Base::TraverseDecl(D);
    unsigned Node = S.node(FD);
    S.Functions[Node].Function = FD;
    S.Functions[Node].HasBody = true;
    S.Functions[Node].BodyIndexed = true;
    Frames.push_back({Node, {}});
    if (const auto *Dtor = dyn_cast<CXXDestructorDecl>(FD))
      addMemberDestructors(Node, Dtor);
    bool Result = Base::TraverseDecl(D);
    // RecursiveASTVisitor skips the initializers nobody wrote.
    if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(FD); Ctor && Result)
      Result = traverseImplicitInitializers(Ctor);
    Frames.pop_back();
    return Result;
  }

  bool TraverseLambdaExpr(LambdaExpr *Lambda, DataRecursionQueue * = nullptr) {
    // Capture initializers run in the enclosing function; the body runs
    // whenever the closure is called, which is not known here.
    for (Expr *Init : Lambda->capture_inits())
      if (Init && !TraverseStmt(Init))
        return false;
    const CXXMethodDecl *Operator = Lambda->getCallOperator();
    if (!Operator)
      return true;
    unsigned Node = S.node(Operator);
    S.Functions[Node].Function = Operator;
    S.Functions[Node].Lambda = Lambda;
    S.Functions[Node].HasBody = true;
    S.Functions[Node].BodyIndexed = true;
    Frames.push_back({Node, {}});
    bool Result = TraverseStmt(Lambda->getBody());
    Frames.pop_back();
    return Result;
  }

  // A member's default initializer runs in each constructor that does not
  // initialize the member itself (an implicit initializer holding a
  // CXXDefaultInitExpr), as does the implicit construction of members and
  // bases: they are calls the constructor makes.
  bool traverseImplicitInitializers(const CXXConstructorDecl *Ctor) {
    for (const CXXCtorInitializer *Init : Ctor->inits())
      if (!Init->isWritten() && Init->getInit() &&
          !TraverseStmt(Init->getInit()))
        return false;
    return true;
  }
  // In a constructor or, for an aggregate, where the aggregate is made.
  bool TraverseCXXDefaultInitExpr(CXXDefaultInitExpr *Default,
                                  DataRecursionQueue * = nullptr) {
    return TraverseStmt(Default->getExpr());
  }
  // The semantic form of a braced initializer holds what the syntactic form
  // leaves implicit: default initializers and constructors of the members
  // not written.
  bool TraverseInitListExpr(InitListExpr *List,
                            DataRecursionQueue *Queue = nullptr) {
    InitListExpr *Semantic =
        List->isSemanticForm() ? List : List->getSemanticForm();
    return Base::TraverseSynOrSemInitListExpr(Semantic ? Semantic : List,
                                              Queue);
  }

  // What is never evaluated calls nothing.
  bool TraverseUnaryExprOrTypeTraitExpr(UnaryExprOrTypeTraitExpr *,
                                        DataRecursionQueue * = nullptr) {
    return true;
  }
  bool TraverseCXXNoexceptExpr(CXXNoexceptExpr *,
                               DataRecursionQueue * = nullptr) {
    return true;
  }
  bool TraverseRequiresExpr(RequiresExpr *, DataRecursionQueue * = nullptr) {
    return true;
  }
  bool TraverseGenericSelectionExpr(GenericSelectionExpr *,
                                    DataRecursionQueue * = nullptr) {
    return true;
  }
  bool TraverseCXXTypeidExpr(CXXTypeidExpr *Typeid,
                             DataRecursionQueue *Queue = nullptr) {
    return Typeid->isPotentiallyEvaluated()
               ? Base::TraverseCXXTypeidExpr(Typeid, Queue)
               : true;
  }
  // Clang 22 passes a second argument (TraverseQualifier), older ones none.
  bool TraverseDecltypeTypeLoc(DecltypeTypeLoc, bool = true) { return true; }
  bool TraverseTypeOfExprTypeLoc(TypeOfExprTypeLoc, bool = true) {
    return true;
  }

  bool TraverseCompoundStmt(CompoundStmt *Block,
                            DataRecursionQueue * = nullptr) {
    if (Frames.empty())
      return Base::TraverseCompoundStmt(Block);
    Frames.back().Scopes.push_back(Block);
    bool Result = true;
    for (Stmt *Child : Block->body())
      if (!TraverseStmt(Child)) {
        Result = false;
        break;
      }
    Frames.back().Scopes.pop_back();
    return Result;
  }

  bool VisitCallExpr(CallExpr *Call) {
    if (Frames.empty())
      return true;
    const CallFacts &Facts = factsOf(Call);
    SummarizedFunction &Caller = S.Functions[Frames.back().Node];
    if (Facts.Asserting && !Caller.ThreadAssertingCall)
      Caller.ThreadAssertingCall = Call;
    if (Facts.Blocking) {
      Caller.Blocking.push_back({Call, Facts.Blocking});
      return true;
    }
    if (Facts.Sink)
      noteCallbacks(Call, Facts.Sink, Call->arguments());
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!Callee || isVirtualDispatch(Call, Callee))
      return true;
    addCall(FollowedCall::Call, Callee, Call->getExprLoc(), Call, nullptr);
    return true;
  }

  bool VisitCXXConstructExpr(CXXConstructExpr *Construct) {
    if (Frames.empty())
      return true;
    if (const Fact *Sink = sinkOf(Construct))
      noteCallbacks(Construct, Sink, Construct->arguments());
    const CXXConstructorDecl *Ctor = Construct->getConstructor();
    if (!Ctor || Ctor->isTrivial())
      return true;
    addCall(FollowedCall::Call, Ctor, Construct->getBeginLoc(), Construct,
            nullptr);
    return true;
  }

  bool VisitVarDecl(VarDecl *Var) {
    if (Frames.empty() || !Var->hasLocalStorage() || isa<ParmVarDecl>(Var))
      return true;
    const CXXDestructorDecl *Dtor = followedDestructor(Var->getType(), SM);
    if (!Dtor || Var->getType()->isReferenceType())
      return true;
    const auto &Scopes = Frames.back().Scopes;
    SourceLocation End =
        Scopes.empty() ? Var->getEndLoc() : Scopes.back()->getRBracLoc();
    addCall(FollowedCall::LocalDestroyed, Dtor, End, nullptr, Var);
    return true;
  }

  bool VisitCXXBindTemporaryExpr(CXXBindTemporaryExpr *Bind) {
    if (Frames.empty())
      return true;
    const CXXDestructorDecl *Dtor = Bind->getTemporary()->getDestructor();
    if (!Dtor || !followedDestructor(Bind->getType(), SM))
      return true;
    addCall(FollowedCall::TemporaryDestroyed, Dtor, Bind->getEndLoc(), Bind,
            nullptr);
    return true;
  }

  /// A destructor destroys its members and bases after its body: the
  /// destructors that are not trivial are calls it makes.
  void addMemberDestructors(unsigned Node, const CXXDestructorDecl *Dtor) {
    const CXXRecordDecl *Class = Dtor->getParent();
    if (!Class->hasDefinition())
      return;
    // A written destructor destroys its members at its closing brace; an
    // implicit one is best shown at each member.
    SourceLocation End = Dtor->getBody() && !Dtor->isImplicit()
                             ? Dtor->getBody()->getEndLoc()
                             : SourceLocation();
    for (const FieldDecl *Field : Class->fields())
      if (const CXXDestructorDecl *Member =
              followedDestructor(Field->getType(), SM))
        addCallTo(Node, FollowedCall::MemberDestroyed, Member,
                  End.isValid() ? End : Field->getLocation(), nullptr, Field);
    for (const CXXBaseSpecifier &BaseClass : Class->bases())
      if (const CXXDestructorDecl *BaseDtor =
              followedDestructor(BaseClass.getType(), SM))
        addCallTo(Node, FollowedCall::MemberDestroyed, BaseDtor,
                  End.isValid() ? End : BaseClass.getBeginLoc(), nullptr,
                  nullptr);
  }

private:
  struct Frame {
    unsigned Node;
    llvm::SmallVector<const CompoundStmt *, 8> Scopes;
  };

  /// What the catalog says about a call. A translation unit calls the same
  /// functions over and over, and each catalog lookup builds qualified
  /// names: the answers are kept per distinct callee, keyed by everything
  /// lookupCall() and lookupCallFact() look at (the callee, the object of an
  /// operator() call, the class a member is called on).
  struct CallFacts {
    const Fact *Blocking = nullptr;
    const Fact *Sink = nullptr;
    const Fact *Asserting = nullptr;
  };
  using CallKey = std::tuple<const Decl *, const Decl *, const NamedDecl *>;

  const CallFacts &factsOf(const CallExpr *Call) {
    const Decl *OperatorObject = nullptr;
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call))
      if (Op->getOperator() == OO_Call && Op->getNumArgs() > 0)
        if (const auto *Ref =
                dyn_cast<DeclRefExpr>(Op->getArg(0)->IgnoreParenImpCasts()))
          OperatorObject = Ref->getDecl();
    const NamedDecl *ObjectClass = nullptr;
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
      ObjectClass = classOf(
          Member->getImplicitObjectArgument()->IgnoreParenImpCasts()->getType(),
          /*ThroughPointers=*/true);
    auto [It, Inserted] = KnownCalls.try_emplace(
        CallKey{Call->getCalleeDecl(), OperatorObject, ObjectClass});
    if (Inserted) {
      CallFacts &Facts = It->second;
      Facts.Blocking = lookupCallFact(S.Cat, Call, FactKind::BlockingCall);
      if (!Facts.Blocking)
        Facts.Sink = S.Cat.lookupCall(Call, FactKind::ContinuationSink);
      if (LooksForAssertions)
        Facts.Asserting = S.Cat.lookupCall(Call, FactKind::ThreadAssertingCall);
    }
    return It->second;
  }

  const Fact *sinkOf(const CXXConstructExpr *Construct) {
    auto [It, Inserted] = KnownCalls.try_emplace(
        CallKey{Construct->getConstructor(), nullptr, nullptr});
    if (Inserted)
      It->second.Sink = S.Cat.lookupCall(Construct, FactKind::ContinuationSink);
    return It->second.Sink;
  }

  bool inLibrary(SourceLocation Loc) const {
    return Loc.isValid() && SM.isInSystemHeader(SM.getExpansionLoc(Loc));
  }

  /// A call that dispatches through the vtable: its target is unknown.
  static bool isVirtualDispatch(const CallExpr *Call,
                                const FunctionDecl *Callee) {
    const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
    if (!Method || !Method->isVirtual())
      return false;
    if (Method->hasAttr<FinalAttr>() ||
        Method->getParent()->hasAttr<FinalAttr>())
      return false;
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
      if (const auto *ME = dyn_cast<MemberExpr>(Member->getCallee()))
        return !ME->hasQualifier(); // `Base::f()` calls Base::f.
    return true;
  }

  void addCall(FollowedCall::CallKind Kind, const FunctionDecl *Callee,
               SourceLocation Loc, const Expr *E, const ValueDecl *Destroyed) {
    addCallTo(Frames.back().Node, Kind, Callee, Loc, E, Destroyed);
  }

  void addCallTo(unsigned Node, FollowedCall::CallKind Kind,
                 const FunctionDecl *Callee, SourceLocation Loc, const Expr *E,
                 const ValueDecl *Destroyed) {
    auto [It, Inserted] = FollowedNodes.try_emplace(Callee, Summary::None);
    // The library's bodies are not followed: its blocking calls are in the
    // catalog.
    if (Inserted && !inLibrary(Callee->getLocation()) &&
        !Callee->getBuiltinID())
      It->second = S.node(Callee);
    if (It->second != Summary::None)
      S.Functions[Node].Calls.push_back({Kind, It->second, Loc, E, Destroyed});
  }

  template <typename ArgRange>
  void noteCallbacks(const Expr *SinkCall, const Fact *Sink, ArgRange Args) {
    for (const Expr *Arg : Args)
      if (const FunctionDecl *Callback = namedCallable(Arg, 0))
        S.Callbacks.try_emplace(Callback->getCanonicalDecl(),
                                NamedCallback{SinkCall, Sink});
  }

  CallSummaries &S;
  const SourceManager &SM;
  const bool LooksForAssertions;

public:
  /// Set while walking the bodies of callees outside shown code.
  bool PullingCallees = false;

private:
  std::vector<Frame> Frames;
  llvm::DenseMap<CallKey, CallFacts> KnownCalls;
  /// Each callee's index in Functions, or Summary::None when it is not
  /// followed.
  llvm::DenseMap<const FunctionDecl *, unsigned> FollowedNodes;
};

unsigned CallSummaries::node(const FunctionDecl *FD) {
  auto [It, Inserted] =
      Index.try_emplace(FD->getCanonicalDecl(), Functions.size());
  if (Inserted) {
    SummarizedFunction F;
    F.Function = FD;
    Functions.push_back(std::move(F));
  }
  return It->second;
}

unsigned CallSummaries::indexOf(const FunctionDecl *FD) const {
  if (!FD)
    return Summary::None;
  auto It = Index.find(FD->getCanonicalDecl());
  return It == Index.end() ? Summary::None : It->second;
}

CallSummaries::CallSummaries(ASTContext &Ctx, const Catalog &Cat)
    : Ctx(Ctx), Cat(Cat) {
  Builder B(*this);
  // The parent index has walked the namespaces of the unit (the standard
  // library's and Qt's hold tens of thousands of declarations): start from
  // the declarations of shown code it found.
  if (std::optional<llvm::ArrayRef<Decl *>> Shown =
          ParentIndex::shownDeclarations(Ctx))
    for (Decl *D : *Shown)
      B.TraverseDecl(D);
  else
    B.TraverseDecl(Ctx.getTranslationUnitDecl());
  // What shown code calls outside it (a helper in a header the header
  // filter leaves out), and what that calls in turn, is walked now: the
  // summaries of shown code need those bodies, nothing needs the others.
  B.PullingCallees = true;
  for (unsigned I = 0; I < Functions.size(); ++I) {
    if (Functions[I].BodyIndexed)
      continue;
    const FunctionDecl *FD = Functions[I].Function;
    // Destructors defined implicitly (or `= default`) have no body to walk,
    // but still destroy their members and bases.
    if (const auto *Dtor = dyn_cast<CXXDestructorDecl>(FD)) {
      if (!Functions[I].HasBody &&
          (Dtor->isImplicit() || Dtor->isDefaulted())) {
        Functions[I].HasBody = true;
        B.addMemberDestructors(I, Dtor);
        continue;
      }
    }
    const FunctionDecl *Definition = nullptr;
    if (!FD->hasBody(Definition) || !Definition)
      continue;
    // A lambda's body is walked with the function that contains it.
    if (const auto *Method = dyn_cast<CXXMethodDecl>(Definition))
      if (Method->getParent()->isLambda())
        continue;
    B.TraverseDecl(const_cast<FunctionDecl *>(Definition));
  }
  B.PullingCallees = false;
  Callers.resize(Functions.size());
  for (unsigned Caller = 0; Caller < Functions.size(); ++Caller)
    for (unsigned K = 0; K < Functions[Caller].Calls.size(); ++K)
      Callers[Functions[Caller].Calls[K].Callee].push_back({Caller, K});
}

const NamedCallback *
CallSummaries::namedCallback(const FunctionDecl *FD) const {
  if (!FD)
    return nullptr;
  auto It = Callbacks.find(FD->getCanonicalDecl());
  if (It == Callbacks.end())
    if (const FunctionDecl *Pattern = FD->getTemplateInstantiationPattern())
      It = Callbacks.find(Pattern->getCanonicalDecl());
  return It == Callbacks.end() ? nullptr : &It->second;
}

//===----------------------------------------------------------------------===//
// Summaries.
//===----------------------------------------------------------------------===//

Summary CallSummaries::summarize(SourcePredicate IsSource,
                                 BarrierPredicate IsBarrier) const {
  Summary Result;
  Result.Distance.assign(Functions.size(), Summary::None);
  Result.Next.assign(Functions.size(), Summary::None);
  // Breadth first from the functions that block themselves, along the
  // reversed calls: each function is reached once, by a shortest chain.
  std::vector<unsigned> Queue;
  for (unsigned I = 0; I < Functions.size(); ++I)
    for (unsigned K = 0; K < Functions[I].Blocking.size(); ++K)
      if (IsSource(Functions[I], Functions[I].Blocking[K])) {
        Result.Distance[I] = 0;
        Result.Next[I] = K;
        Queue.push_back(I);
        break;
      }
  for (size_t Head = 0; Head < Queue.size(); ++Head) {
    unsigned Callee = Queue[Head];
    const SummarizedFunction &F = Functions[Callee];
    if (IsBarrier(F, Result.Distance[Callee] == 0
                         ? &F.Blocking[Result.Next[Callee]]
                         : nullptr))
      continue;
    for (auto [Caller, CallIndex] : Callers[Callee]) {
      if (Result.Distance[Caller] != Summary::None)
        continue;
      Result.Distance[Caller] = Result.Distance[Callee] + 1;
      Result.Next[Caller] = CallIndex;
      Queue.push_back(Caller);
    }
  }
  return Result;
}

std::string CallSummaries::displayName(const SummarizedFunction &F) {
  if (F.Lambda)
    return "the lambda";
  const FunctionDecl *FD = F.Function;
  if (const FunctionDecl *Pattern = FD->getTemplateInstantiationPattern())
    FD = Pattern;
  return "'" + normalizedName(FD) + "'";
}

std::vector<std::pair<SourceLocation, std::string>>
CallSummaries::chain(const Summary &S, unsigned Function) const {
  std::vector<std::pair<SourceLocation, std::string>> Steps;
  unsigned Current = Function;
  // A shortest chain visits each function at most once.
  for (size_t Guard = 0; Guard <= Functions.size(); ++Guard) {
    unsigned Distance = S.distance(Current);
    if (Distance == Summary::None)
      break;
    const SummarizedFunction &F = Functions[Current];
    std::string Name = displayName(F);
    if (Distance == 0) {
      const BlockingSite &Site = F.Blocking[S.next(Current)];
      Steps.push_back({Site.Call->getExprLoc(),
                       Name + " blocks here on '" + Site.Blocking->Name + "'"});
      break;
    }
    const FollowedCall &Call = F.Calls[S.next(Current)];
    std::string Callee = displayName(Functions[Call.Callee]);
    std::string Text;
    switch (Call.Kind) {
    case FollowedCall::Call:
      Text = Name + " calls " + Callee + " here";
      break;
    case FollowedCall::LocalDestroyed:
      Text = Name + " destroys '" + Call.Destroyed->getNameAsString() +
             "' here, which calls " + Callee;
      break;
    case FollowedCall::TemporaryDestroyed:
      Text = Name + " destroys a temporary here, which calls " + Callee;
      break;
    case FollowedCall::MemberDestroyed:
      Text = Call.Destroyed
                 ? Name + " destroys member '" +
                       Call.Destroyed->getNameAsString() +
                       "' here, which calls " + Callee
                 : Name + " destroys a base here, which calls " + Callee;
      break;
    }
    Steps.push_back({Call.Loc, std::move(Text)});
    Current = Call.Callee;
  }
  return Steps;
}

//===----------------------------------------------------------------------===//
// Findings shared by async-blocking-wait and async-await-foreign-task.
//===----------------------------------------------------------------------===//

namespace {
thread_local llvm::DenseSet<unsigned> BlockingWaits;
thread_local llvm::DenseMap<unsigned, WaitFindings::Notes> ForeignWaits;
} // namespace

void WaitFindings::clear() {
  BlockingWaits.clear();
  ForeignWaits.clear();
}
void WaitFindings::addBlockingWait(SourceLocation Loc) {
  BlockingWaits.insert(Loc.getRawEncoding());
}
bool WaitFindings::hasBlockingWait(SourceLocation Loc) {
  return BlockingWaits.contains(Loc.getRawEncoding());
}
void WaitFindings::addForeignWait(SourceLocation Loc, Notes Reason) {
  ForeignWaits.try_emplace(Loc.getRawEncoding(), std::move(Reason));
}
const WaitFindings::Notes *WaitFindings::foreignWait(SourceLocation Loc) {
  auto It = ForeignWaits.find(Loc.getRawEncoding());
  return It == ForeignWaits.end() ? nullptr : &It->second;
}

/// '*' matches any run of characters.
static bool globMatches(StringRef Glob, StringRef Name) {
  size_t Star = Glob.find('*');
  if (Star == StringRef::npos)
    return Glob == Name;
  StringRef Head = Glob.substr(0, Star);
  if (!Name.starts_with(Head))
    return false;
  StringRef Rest = Glob.substr(Star + 1);
  for (size_t I = Head.size(); I <= Name.size(); ++I)
    if (globMatches(Rest, Name.substr(I)))
      return true;
  return false;
}

/// Does the directive starting at \p Text (just after its keyword) name
/// \p CheckName?
static bool directiveNames(StringRef Text, StringRef CheckName) {
  if (!Text.starts_with("("))
    return true;
  size_t Close = Text.find(')');
  if (Close == StringRef::npos)
    return false;
  llvm::SmallVector<StringRef, 4> Globs;
  Text.substr(1, Close - 1).split(Globs, ',', -1, /*KeepEmpty=*/false);
  return llvm::any_of(
      Globs, [&](StringRef G) { return globMatches(G.trim(), CheckName); });
}

/// Finds \p Keyword in \p Line, not as a prefix of a longer directive.
static bool lineHasDirective(StringRef Line, StringRef Keyword,
                             StringRef CheckName) {
  for (size_t Pos = Line.find(Keyword); Pos != StringRef::npos;
       Pos = Line.find(Keyword, Pos + 1)) {
    StringRef After = Line.substr(Pos + Keyword.size());
    if (!After.empty() &&
        (isAlphanumeric(After.front()) || After.front() == '_'))
      continue;
    if (directiveNames(After, CheckName))
      return true;
  }
  return false;
}

bool noLintSuppresses(SourceLocation Loc, StringRef CheckName,
                      const SourceManager &SM) {
  Loc = SM.getExpansionLoc(Loc);
  if (Loc.isInvalid())
    return false;
  auto [File, Offset] = SM.getDecomposedLoc(Loc);
  bool Invalid = false;
  StringRef Buffer = SM.getBufferData(File, &Invalid);
  if (Invalid || Offset > Buffer.size())
    return false;
  size_t LineStart = Buffer.substr(0, Offset).rfind('\n');
  LineStart = LineStart == StringRef::npos ? 0 : LineStart + 1;
  StringRef Line = Buffer.slice(LineStart, Buffer.find('\n', Offset));
  if (lineHasDirective(Line, "NOLINT", CheckName))
    return true;
  if (LineStart > 0) {
    StringRef Earlier = Buffer.substr(0, LineStart - 1);
    size_t PrevStart = Earlier.rfind('\n');
    StringRef Previous =
        Earlier.substr(PrevStart == StringRef::npos ? 0 : PrevStart + 1);
    if (lineHasDirective(Previous, "NOLINTNEXTLINE", CheckName))
      return true;
  }
  // NOLINTBEGIN/NOLINTEND blocks before the location.
  int Open = 0;
  StringRef Before = Buffer.substr(0, LineStart);
  while (!Before.empty()) {
    auto [Current, Rest] = Before.split('\n');
    if (lineHasDirective(Current, "NOLINTBEGIN", CheckName))
      ++Open;
    else if (Open > 0 && lineHasDirective(Current, "NOLINTEND", CheckName))
      --Open;
    Before = Rest;
  }
  return Open > 0 || lineHasDirective(Line, "NOLINTBEGIN", CheckName);
}

} // namespace clang::tidy::async
