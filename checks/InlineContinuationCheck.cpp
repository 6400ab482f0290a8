//===--- InlineContinuationCheck.cpp - async-inline-continuation ----------===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "InlineContinuationCheck.h"
#include "support/CompletionProofs.h"
#include "support/LLVMCompat.h"
#include "support/ParentIndex.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"

using namespace clang::ast_matchers;

namespace clang::tidy::async {

namespace {

// The rules, for de-duplicating reports of template instantiations.
enum Rule : unsigned {
  RuleUnderLock,
  RuleInlineOverload,
  RuleInlineApi,
  RulePolicyArgument,
  RuleMissingPolicy,
  RuleStrict,
  RuleAsyncContext,
};

// Parent walks are bounded: a function body is rarely this deep.
constexpr unsigned MaxParentDepth = 256;

const Expr *strip(const Expr *E) {
  while (E) {
    const Expr *Next = E->IgnoreParens()->IgnoreImplicit();
    if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(Next))
      Next = Cast->getSubExpr();
    if (Next == E)
      break;
    E = Next;
  }
  return E;
}

const Stmt *stripStmt(const Stmt *S) {
  if (const auto *E = dyn_cast_or_null<Expr>(S))
    return strip(E);
  return S;
}

/// The qualified names an enumerator or variable can be written with: its
/// normalized name ("QtFuture::Launch::Sync" for an enum class), and for an
/// enumerator of an unscoped enumeration, whose normalized name omits the
/// enumeration ("ns::value"), also the spelling through the enumeration
/// ("ns::Enum::value"), which C++11 allows as well.
llvm::SmallVector<std::string, 2> valueNames(const ValueDecl *D) {
  llvm::SmallVector<std::string, 2> Names{normalizedName(D)};
  if (const auto *Enumerator = dyn_cast<EnumConstantDecl>(D)) {
    const auto *Enum = cast<EnumDecl>(Enumerator->getDeclContext());
    if (!Enum->isScoped() && Enum->getIdentifier())
      Names.push_back(normalizedName(Enum) +
                      "::" + Enumerator->getName().str());
  }
  return Names;
}

llvm::StringRef lastComponent(llvm::StringRef Name) {
  size_t Pos = Name.rfind("::");
  return Pos == llvm::StringRef::npos ? Name : Name.substr(Pos + 2);
}

/// Drops blanks and a leading "::", so that written and configured
/// spellings of a policy argument compare equal.
std::string canonicalSpelling(llvm::StringRef Text) {
  std::string Out;
  for (char C : Text)
    if (!isspace(static_cast<unsigned char>(C)))
      Out += C;
  llvm::StringRef R(Out);
  if (R.consume_front("::"))
    return R.str();
  return Out;
}

std::string sourceText(SourceRange Range, const ASTContext &Ctx) {
  return Lexer::getSourceText(CharSourceRange::getTokenRange(Range),
                              Ctx.getSourceManager(), Ctx.getLangOpts())
      .str();
}

/// The written (not defaulted) arguments of a call or construction.
llvm::SmallVector<const Expr *, 4> writtenArgs(const Expr *const *Begin,
                                               unsigned Count) {
  llvm::SmallVector<const Expr *, 4> Args;
  for (unsigned I = 0; I < Count; ++I)
    if (!isa<CXXDefaultArgExpr>(Begin[I]))
      Args.push_back(Begin[I]);
  return Args;
}

/// The name token of the function a call calls (the member name of a
/// member call), for renaming fix-its.
SourceLocation calleeNameLoc(const CallExpr *Call) {
  const Expr *Callee = Call->getCallee()->IgnoreParenImpCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Callee))
    return Ref->getNameInfo().getLoc();
  if (const auto *Member = dyn_cast<MemberExpr>(Callee))
    return Member->getMemberLoc();
  return {};
}

bool isTypeNamed(QualType Type, llvm::StringRef Suffix) {
  const NamedDecl *Class = classOf(Type);
  return Class && llvm::StringRef(normalizedName(Class)).ends_with(Suffix);
}

/// libcoro-style executor overloads take the executor first
/// ("set(std::unique_ptr<executor>&, policy)"); the inline overloads take
/// only enumerations and counts.
bool takesExecutor(const FunctionDecl *Callee) {
  if (!Callee || Callee->getNumParams() == 0)
    return false;
  QualType First = Callee->getParamDecl(0)->getType().getNonReferenceType();
  return !First->isIntegralOrEnumerationType() && !First->isFloatingType();
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

/// The variable or member a lock expression names, to match lock() with
/// unlock(); null when it cannot be told.
const ValueDecl *lockIdentity(const Expr *Object) {
  Object = strip(Object);
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Object))
    return Ref->getDecl();
  if (const auto *Member = dyn_cast<MemberExpr>(Object))
    return Member->getMemberDecl();
  return nullptr;
}

llvm::StringRef methodName(const CXXMemberCallExpr *Call) {
  const CXXMethodDecl *Method = Call->getMethodDecl();
  if (!Method || !Method->getIdentifier())
    return {};
  return Method->getName();
}

/// Calls the statement makes, outside nested lambdas.
template <typename Fn> void forEachMemberCall(const Stmt *S, Fn &&Visit) {
  if (!S || isa<LambdaExpr>(S) || isa<BlockExpr>(S))
    return;
  if (const auto *Call = dyn_cast<CXXMemberCallExpr>(S))
    Visit(Call);
  for (const Stmt *Child : S->children())
    forEachMemberCall(Child, Visit);
}

bool isFunctionBoundary(const DynTypedNode &Node) {
  if (const auto *D = Node.get<Decl>())
    return isa<FunctionDecl>(D) || isa<BlockDecl>(D) || isa<CapturedDecl>(D) ||
           isa<RecordDecl>(D) || isa<TranslationUnitDecl>(D) ||
           isa<NamespaceDecl>(D) || isa<ObjCMethodDecl>(D);
  if (const auto *S = Node.get<Stmt>())
    return isa<LambdaExpr>(S) || isa<BlockExpr>(S);
  return false;
}

/// The calls or constructions that take \p E (through '&', conversions and
/// copies) as an argument. A non-dependent expression in a template is
/// shared by the template and its instantiations, so it can have several.
void collectCallsOfArgument(const DynTypedNode &Node, ASTContext &Ctx,
                            unsigned Depth,
                            llvm::SmallVectorImpl<const Expr *> &Out) {
  if (Depth > 16)
    return;
  const auto *Child = Node.get<Expr>();
  for (const DynTypedNode &P : ParentIndex::getParents(Ctx, Node)) {
    const auto *Parent = P.get<Expr>();
    if (!Parent)
      continue;
    if (const auto *Call = dyn_cast<CallExpr>(Parent)) {
      if (llvm::is_contained(Call->arguments(), Child))
        Out.push_back(Call);
      continue;
    }
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(Parent)) {
      // A conversion of the value (to a KeepAlive, a policy copy) is the
      // same value; any other construction takes it as an argument.
      if (Construct->getNumArgs() != 1 ||
          isa<CXXTemporaryObjectExpr>(Construct)) {
        Out.push_back(Construct);
        continue;
      }
    } else if (const auto *Unary = dyn_cast<UnaryOperator>(Parent)) {
      if (Unary->getOpcode() != UO_AddrOf)
        continue;
    } else if (!isa<ImplicitCastExpr>(Parent) && !isa<ParenExpr>(Parent) &&
               !isa<MaterializeTemporaryExpr>(Parent) &&
               !isa<CXXBindTemporaryExpr>(Parent) &&
               !isa<CXXFunctionalCastExpr>(Parent)) {
      continue;
    }
    collectCallsOfArgument(P, Ctx, Depth + 1, Out);
  }
}

llvm::SmallVector<const Expr *, 2> callsOfArgument(const Expr *E,
                                                   ASTContext &Ctx) {
  llvm::SmallVector<const Expr *, 2> Out;
  collectCallsOfArgument(DynTypedNode::create(*E), Ctx, 0, Out);
  return Out;
}

bool inMacroRange(SourceRange Range) {
  return Range.getBegin().isMacroID() || Range.getEnd().isMacroID();
}

/// Is \p S in code instantiated from a template? Fix-its are offered on the
/// template itself, where the text is the same for every instantiation.
bool inTemplateInstantiation(const Stmt *S, ASTContext &Ctx) {
  DynTypedNode Node = DynTypedNode::create(*S);
  for (unsigned Depth = 0; Depth < MaxParentDepth; ++Depth) {
    DynTypedNodeList Parents = ParentIndex::getParents(Ctx, Node);
    if (Parents.empty())
      return false;
    if (const auto *FD = Parents[0].get<FunctionDecl>())
      if (FD->isTemplateInstantiation() ||
          FD->getTemplateInstantiationPattern())
        return true;
    if (const auto *RD = Parents[0].get<CXXRecordDecl>())
      if (isa<ClassTemplateSpecializationDecl>(RD) ||
          RD->getTemplateInstantiationPattern())
        return true;
    Node = Parents[0];
  }
  return false;
}

} // namespace

InlineContinuationCheck::InlineContinuationCheck(StringRef Name,
                                                 ClangTidyContext *Context)
    : AsyncTidyCheck(Name, Context),
      StrictMode(boolOption("StrictMode", false)),
      IncludeThreadWakingSources(
          boolOption("IncludeThreadWakingSources", false)) {}

void InlineContinuationCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(
      stmt(catalog().callMatcher(FactKind::CompletionCall)).bind("completion"),
      this);
  Finder->addMatcher(
      stmt(catalog().callMatcher(FactKind::InlineApi)).bind("inline"), this);

  // Inline launch policies ("QtFuture::Launch::Sync", "boost::launch::sync")
  // are enumerators or policy objects; match them by their last name
  // component and confirm in check().
  std::vector<std::string> PolicyNames;
  for (const Fact *F : catalog().facts(FactKind::InlineApi))
    if (F->has(FF_FixRename))
      PolicyNames.push_back(F->memberName().str());
  llvm::sort(PolicyNames);
  PolicyNames.erase(std::unique(PolicyNames.begin(), PolicyNames.end()),
                    PolicyNames.end());
  std::vector<llvm::StringRef> PolicyNameRefs(PolicyNames.begin(),
                                              PolicyNames.end());
  if (!PolicyNameRefs.empty())
    Finder->addMatcher(
        declRefExpr(to(valueDecl(anyOf(enumConstantDecl(), varDecl()),
                                 hasAnyName(PolicyNameRefs))))
            .bind("policyRef"),
        this);

  // Rule 3 only runs when the user configured AsyncPolicyTypes.
  if (catalog().facts(FactKind::PolicyRequiredType).empty())
    return;
  auto PolicyType = hasUnqualifiedDesugaredType(recordType(hasDeclaration(
      cxxRecordDecl(catalog().typeNameMatcher(FactKind::PolicyRequiredType)))));
  Finder->addMatcher(
      cxxConstructExpr(hasType(PolicyType), unless(hasParent(cxxCtorInitializer(
                                                unless(isWritten())))))
          .bind("construct"),
      this);
  Finder->addMatcher(
      cxxConstructorDecl(forEachConstructorInitializer(cxxCtorInitializer(
          unless(isWritten()), forField(fieldDecl().bind("field")),
          withInitializer(
              cxxConstructExpr(hasType(PolicyType)).bind("implicitInit"))))),
      this);
  // A member declared without an initializer, which the implicit default
  // constructor (or a constructor that leaves it out) default-constructs.
  Finder->addMatcher(
      fieldDecl(hasType(PolicyType), unless(hasInClassInitializer(expr())))
          .bind("memberDecl"),
      this);
  Finder->addMatcher(
      callExpr(callee(functionDecl(
                   hasAnyName("::std::make_shared", "::std::make_unique",
                              "::boost::make_shared", "::boost::make_unique"),
                   hasTemplateArgument(0, refersToType(PolicyType)))))
          .bind("make"),
      this);
}

bool InlineContinuationCheck::firstReport(SourceLocation Loc, unsigned Rule) {
  return Reported.insert({Loc.getRawEncoding(), Rule}).second;
}

std::optional<AsyncContext>
InlineContinuationCheck::asyncContextOf(const Stmt *S, ASTContext &Ctx) {
  if (!Contexts || ContextsFor != &Ctx) {
    Contexts =
        std::make_unique<AsyncContextFinder>(catalog(), Ctx, ContextOptions);
    ContextsFor = &Ctx;
  }
  return Contexts->find(S);
}

void InlineContinuationCheck::check(const MatchFinder::MatchResult &Result) {
  if (outsideAnalysedCode(Result))
    return;
  ASTContext &Ctx = *Result.Context;
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("completion")) {
    if (const Fact *F = catalog().lookupCall(Call, FactKind::CompletionCall))
      checkCompletion(Call, *F, Ctx);
    return;
  }
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("inline")) {
    if (const Fact *F = catalog().lookupCall(Call, FactKind::InlineApi))
      checkInlineApiCall(Call, *F, Ctx);
    return;
  }
  if (const auto *Ref = Result.Nodes.getNodeAs<DeclRefExpr>("policyRef")) {
    checkPolicyArgument(Ref, Ctx);
    return;
  }
  if (const auto *Construct =
          Result.Nodes.getNodeAs<CXXConstructExpr>("construct")) {
    checkConstruction(Construct, Ctx);
    return;
  }
  if (const auto *Field = Result.Nodes.getNodeAs<FieldDecl>("field")) {
    checkImplicitMemberInit(
        Field, Result.Nodes.getNodeAs<CXXConstructExpr>("implicitInit"), Ctx);
    return;
  }
  if (const auto *Field = Result.Nodes.getNodeAs<FieldDecl>("memberDecl")) {
    checkMemberDeclaration(Field, Ctx);
    return;
  }
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("make"))
    checkMakeCall(Call, Ctx);
}

//===----------------------------------------------------------------------===//
// Rules 1, 2 (executor overloads) and 4: completions.
//===----------------------------------------------------------------------===//

void InlineContinuationCheck::checkCompletion(const CallExpr *Call,
                                              const Fact &F, ASTContext &Ctx) {
  if (F.has(FF_Rescheduled))
    return;
  bool WakesThreadsOnly = F.has(FF_WakesThreadsOnly);
  if (WakesThreadsOnly && !IncludeThreadWakingSources) {
    // A CompletionFunctions entry naming a built-in thread-waking source
    // (std::promise::set_value) opts that one in.
    bool Configured = llvm::any_of(
        catalog().facts(FactKind::CompletionCall),
        [&](const Fact *U) { return U->UserDefined && U->Name == F.Name; });
    if (!Configured)
      return;
  }
  // A source of a configured AsyncPolicyTypes type that was constructed with
  // its policy queues its continuations: nothing runs inline.
  if (constructedWithPolicy(callObject(Call), Ctx))
    return;
  bool InlineOverload = false;
  if (F.has(FF_ExecutorOverload)) {
    // The executor overload queues the waiters: never a hazard.
    if (takesExecutor(Call->getDirectCallee()))
      return;
    InlineOverload = true;
  }

  SourceLocation Loc = compat::beginLoc(Call);
  llvm::StringRef Remedy = F.Extra;
  if (std::optional<HeldLock> Lock = findHeldLock(Call, Ctx)) {
    if (!firstReport(Loc, RuleUnderLock))
      return;
    llvm::StringRef What, Why;
    if (WakesThreadsOnly) {
      What = "wakes the threads waiting for it";
      Why = "the woken threads may need the same lock";
    } else if (F.has(FF_MayResumeInline)) {
      What = "may run continuations inline on this thread";
      Why = "a continuation that takes the same lock or waits for this "
            "thread deadlocks";
    } else {
      What = "resumes waiting coroutines inline on this thread";
      Why = "one that takes the same lock or waits for this thread deadlocks";
    }
    std::string Advice = "complete after releasing the lock";
    if (!Remedy.empty())
      Advice +=
          (Remedy.starts_with("consumers") ? "; " : " or ") + Remedy.str();
    diag(Loc, "'%0' %1 while '%2' is held, so %3; %4")
        << F.Name << What << Lock->Name << Why << Advice;
    diag(Lock->Where, "'%0' is acquired here", DiagnosticIDs::Note)
        << Lock->Name;
    return;
  }
  // Inside a coroutine, a continuation or a must-not-block callback, the
  // waiter is resumed nested in this context's step, on its thread: waiters
  // that complete the next one nest deeper each time (cppcoro issue 97), and
  // two contexts that complete each other's sources cross on one thread.
  if (InlineOverload || F.has(FF_ResumesInline)) {
    if (std::optional<AsyncContext> Context = asyncContextOf(Call, Ctx)) {
      if (!firstReport(Loc, RuleAsyncContext))
        return;
      diag(Loc, "'%0' resumes waiting coroutines inline, nested inside %1 on "
                "its thread, so a waiter that blocks, takes a lock held here "
                "or completes another source this context waits for deadlocks "
                "or overflows the stack; %2")
          << F.Name << Context->describe()
          << (Remedy.empty()
                  ? llvm::StringRef("complete it from a thread that may run "
                                    "the waiters")
                  : Remedy);
      SourceLocation Evidence = Context->evidenceLocation();
      if (Evidence.isValid())
        diag(Evidence, Context->evidenceNote(), DiagnosticIDs::Note);
      return;
    }
  }
  if (InlineOverload) {
    // Outside a lock an inline completion is usually what the author wants
    // (libcoro's tests resume the waiter inside set() on purpose): like every
    // other one it is a StrictMode finding, with the overload as the remedy.
    if (StrictMode && firstReport(Loc, RuleInlineOverload))
      diag(Loc, "'%0' without an executor resumes waiting coroutines inline "
                "on this thread, inside this call, so one that blocks or "
                "waits for this thread deadlocks it; %1")
          << F.Name << Remedy;
    return;
  }
  if (StrictMode && F.has(FF_ResumesInline) && firstReport(Loc, RuleStrict))
    diag(Loc, "'%0' resumes waiting coroutines inline on this thread, inside "
              "this call, so one that blocks or waits for this thread "
              "deadlocks it; %1")
        << F.Name
        << (Remedy.empty() ? llvm::StringRef("complete it from a thread that "
                                             "may run them")
                           : Remedy);
}

void InlineContinuationCheck::applyStatement(LockState &State,
                                             const Stmt *Statement,
                                             ASTContext &Ctx) const {
  auto GuardOf = [&](const Expr *Object) -> LockState::Guard * {
    if (const auto *Ref = dyn_cast<DeclRefExpr>(strip(Object)))
      for (LockState::Guard &G : State.Guards)
        if (G.Var == Ref->getDecl())
          return &G;
    return nullptr;
  };
  auto LockableOf = [&](const Expr *Object) -> const Fact * {
    // Through the derived-to-base cast to the class declaring lock().
    QualType Type = strip(Object)->getType();
    if (Type->isPointerType())
      Type = Type->getPointeeType();
    return catalog().lookupType(Type, FactKind::Lockable);
  };

  Statement = stripStmt(Statement);
  if (const auto *Decls = dyn_cast<DeclStmt>(Statement)) {
    for (const Decl *D : Decls->decls()) {
      const auto *Var = dyn_cast<VarDecl>(D);
      if (!Var || Var->getType()->isReferenceType() ||
          !catalog().lookupType(Var->getType(), FactKind::LockGuard))
        continue;
      bool Owns = true;
      if (const auto *Construct =
              dyn_cast_or_null<CXXConstructExpr>(strip(Var->getInit()))) {
        // A default-constructed guard holds nothing; a deferred or
        // try-locked one holds nothing we can be sure of.
        if (Construct->getNumArgs() == 0)
          Owns = false;
        for (const Expr *Arg : Construct->arguments())
          if (isTypeNamed(Arg->getType(), "defer_lock_t") ||
              isTypeNamed(Arg->getType(), "try_to_lock_t"))
            Owns = false;
      }
      State.Guards.push_back({Var, Owns, Var->getLocation()});
    }
  }
  if (const auto *Call = dyn_cast<CXXMemberCallExpr>(Statement)) {
    llvm::StringRef Method = methodName(Call);
    const Expr *Object = Call->getImplicitObjectArgument();
    if (Method.empty() || !Object)
      return;
    if (LockState::Guard *G = GuardOf(Object)) {
      if (Method == "lock") {
        G->Held = true;
        G->Where = compat::beginLoc(Call);
      }
    } else if (const Fact *Lockable = LockableOf(Object))
      if (const ValueDecl *Mutex = lockIdentity(Object))
        if (isListedMethod(Lockable->Extra, Method, /*WantUnlock=*/false))
          State.Manuals.push_back({Mutex,
                                   sourceText(Object->getSourceRange(), Ctx),
                                   compat::beginLoc(Call)});
  }
  // Any release in the statement, also on some paths only, or through
  // another object ('lock.release()->unlock()'): then we cannot tell
  // whether the lock is held, and precision wins.
  forEachMemberCall(Statement, [&](const CXXMemberCallExpr *Call) {
    llvm::StringRef Method = methodName(Call);
    const Expr *Object = Call->getImplicitObjectArgument();
    if (Method.empty() || !Object)
      return;
    if (LockState::Guard *G = GuardOf(Object)) {
      if (Method == "unlock" || Method == "release" || Method == "swap")
        G->Held = false;
      return;
    }
    if (const Fact *Lockable = LockableOf(Object))
      if (isListedMethod(Lockable->Extra, Method, /*WantUnlock=*/true))
        if (const ValueDecl *Mutex = lockIdentity(Object))
          llvm::erase_if(State.Manuals, [&](const LockState::Manual &M) {
            return M.Mutex == Mutex;
          });
  });
}

std::optional<InlineContinuationCheck::HeldLock>
InlineContinuationCheck::findHeldLock(const Stmt *S, ASTContext &Ctx) {
  // The scopes S is nested in, innermost first: a block with the position
  // of S's ancestor in it, or the init statements of an if/switch/for.
  struct Level {
    const CompoundStmt *Block = nullptr;
    unsigned Index = 0;
    llvm::SmallVector<const Stmt *, 1> Statements;
  };
  llvm::SmallVector<Level, 8> Levels;
  DynTypedNode Node = DynTypedNode::create(*S);
  for (unsigned Depth = 0; Depth < MaxParentDepth; ++Depth) {
    DynTypedNodeList Parents = ParentIndex::getParents(Ctx, Node);
    if (Parents.empty() || isFunctionBoundary(Parents[0]))
      break;
    const Stmt *Child = Node.get<Stmt>();
    if (const auto *Block = Parents[0].get<CompoundStmt>()) {
      unsigned Index = 0;
      for (const Stmt *Sibling : Block->body()) {
        if (Sibling == Child)
          break;
        ++Index;
      }
      Levels.push_back({Block, Index, {}});
    } else if (const auto *If = Parents[0].get<IfStmt>()) {
      if (Child && Child != If->getInit() && If->getInit())
        Levels.push_back({nullptr, 0, {If->getInit()}});
      if (Child && (Child == If->getThen() || Child == If->getElse()) &&
          If->getConditionVariableDeclStmt())
        Levels.push_back({nullptr, 0, {If->getConditionVariableDeclStmt()}});
    } else if (const auto *Switch = Parents[0].get<SwitchStmt>()) {
      if (Child && Child != Switch->getInit() && Switch->getInit())
        Levels.push_back({nullptr, 0, {Switch->getInit()}});
    } else if (const auto *For = Parents[0].get<ForStmt>()) {
      if (Child && Child != For->getInit() && For->getInit())
        Levels.push_back({nullptr, 0, {For->getInit()}});
    } else if (const auto *Range = Parents[0].get<CXXForRangeStmt>()) {
      if (Child && Child != Range->getInit() && Range->getInit())
        Levels.push_back({nullptr, 0, {Range->getInit()}});
    }
    Node = Parents[0];
  }
  if (Levels.empty())
    return std::nullopt;

  // Apply the scopes outermost first. The state on entry to a block is the
  // same for everything in it, so each block keeps the state after each of
  // its prefixes, extended on demand: every statement of a block is applied
  // once, not once per completion in it (which was quadratic in the length
  // of the block).
  LockState State;
  for (const Level &L : llvm::reverse(Levels)) {
    if (!L.Block) {
      for (const Stmt *Statement : L.Statements)
        applyStatement(State, Statement, Ctx);
      continue;
    }
    std::vector<LockState> &Prefixes = BlockPrefixStates[L.Block];
    if (Prefixes.empty())
      Prefixes.push_back(State);
    while (Prefixes.size() <= L.Index) {
      LockState Next = Prefixes.back();
      applyStatement(Next, L.Block->body_begin()[Prefixes.size() - 1], Ctx);
      Prefixes.push_back(std::move(Next));
    }
    State = Prefixes[L.Index];
  }

  // Report the most recently acquired lock.
  for (const LockState::Guard &G : llvm::reverse(State.Guards))
    if (G.Held && G.Var->getIdentifier())
      return HeldLock{G.Var->getName().str(), G.Where};
  if (!State.Manuals.empty())
    return HeldLock{State.Manuals.back().Name, State.Manuals.back().Where};
  return std::nullopt;
}

//===----------------------------------------------------------------------===//
// Rule 2: inline APIs.
//===----------------------------------------------------------------------===//

/// Does \p Type name an inline executor (also through a smart pointer)?
static bool isInlineExecutorType(QualType Type, const Catalog &Cat) {
  const NamedDecl *Class = classOf(Type, /*ThroughPointers=*/true);
  if (!Class)
    return false;
  if (Cat.lookupType(Type.getNonReferenceType()->isPointerType()
                         ? Type.getNonReferenceType()->getPointeeType()
                         : Type,
                     FactKind::InlineApi))
    return true;
  // std::shared_ptr<inline_executor> and friends.
  const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(
      Type.getNonReferenceType()->getAsCXXRecordDecl());
  if (!Spec || Spec->getTemplateArgs().size() == 0)
    return false;
  const TemplateArgument &Arg = Spec->getTemplateArgs()[0];
  return Arg.getKind() == TemplateArgument::Type &&
         Cat.lookupType(Arg.getAsType(), FactKind::InlineApi);
}

void InlineContinuationCheck::checkInlineApiCall(const CallExpr *Call,
                                                 const Fact &F,
                                                 ASTContext &Ctx) {
  SourceLocation Loc = compat::beginLoc(Call);
  if (F.has(FF_InlineWithoutPolicy)) {
    // then(f) vs then(policy, f), then(pool, f), then(context, f).
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!Callee || Callee->getNumParams() == 0)
      return;
    QualType First = Callee->getParamDecl(0)->getType().getNonReferenceType();
    if (First->isEnumeralType() || First->isPointerType())
      return;
    // On a future that a ready factory just made
    // (`QtFuture::makeReadyFuture(v).then(f)`) the continuation runs now, in
    // this call, on this thread: nothing is resumed later on another one.
    if (const auto *Producer =
            dyn_cast_or_null<CallExpr>(normalizeTask(callObject(Call))))
      if (catalog().lookupCall(Producer, FactKind::ReadyFactory))
        return;
    if (firstReport(Loc, RuleInlineApi))
      diag(Loc, "'%0' without a launch policy or context runs the "
                "continuation inline, on the thread that completes the "
                "future or inside this call if it has already finished, so "
                "one that blocks or takes a lock held there deadlocks; %1")
          << F.Name << F.Extra;
    return;
  }
  if (F.has(FF_InlineExecutorArgument)) {
    if (Call->getNumArgs() == 0)
      return;
    // Through the conversion to the parameter (a KeepAlive, a base pointer):
    // `via(&queuedImmediate)`.
    const Expr *Executor = Call->getArg(0);
    for (unsigned Depth = 0; Depth < 8; ++Depth) {
      const Expr *Next = Executor->IgnoreImplicit()->IgnoreParens();
      if (const auto *Construct = dyn_cast<CXXConstructExpr>(Next);
          Construct && Construct->getNumArgs() >= 1 &&
          !isa<CXXTemporaryObjectExpr>(Construct))
        Next = Construct->getArg(0);
      if (Next == Executor)
        break;
      Executor = Next;
    }
    if (!isInlineExecutorType(Call->getArg(0)->getType(), catalog()) &&
        !isInlineExecutorType(Executor->getType(), catalog()))
      return;
    // `via(&InlineExecutor::instance())`: the factory call is reported.
    if (const auto *Address = dyn_cast<UnaryOperator>(Executor);
        Address && Address->getOpcode() == UO_AddrOf)
      Executor = Address->getSubExpr()->IgnoreParenImpCasts();
    if (isa<CallExpr>(Executor) &&
        catalog().lookupCall(Executor, FactKind::InlineApi))
      return;
    if (firstReport(Loc, RuleInlineApi))
      diag(Loc, "'%0' with an inline executor runs the continuation inline "
                "on the thread that completes the work, so one that blocks "
                "or takes a lock held there deadlocks; %1")
          << F.Name << F.Extra;
    return;
  }
  if (F.has(FF_FixRename)) {
    if (!firstReport(Loc, RuleInlineApi))
      return;
    llvm::StringRef Replacement = lastComponent(F.Extra);
    auto Diag = diag(Loc, "'%0' may run the continuation inline, inside this "
                          "call or on the thread that completes the work, so "
                          "one that blocks or takes a lock held there "
                          "deadlocks; use '%1', which schedules it")
                << F.Name << F.Extra;
    SourceLocation Name = calleeNameLoc(Call);
    if (Name.isValid() && !Name.isMacroID() &&
        !inTemplateInstantiation(Call, Ctx))
      Diag << FixItHint::CreateReplacement(
          CharSourceRange::getTokenRange(Name, Name), Replacement);
    return;
  }
  // An inline executor handed out by a factory (InlineExecutor::instance())
  // is a hazard only where it is used as an executor: passed to a call.
  const FunctionDecl *Callee = Call->getDirectCallee();
  bool IsExecutorFactory = Callee && isa<CXXMethodDecl>(Callee) &&
                           cast<CXXMethodDecl>(Callee)->isStatic();
  if (IsExecutorFactory && callsOfArgument(Call, Ctx).empty())
    return;
  if (firstReport(Loc, RuleInlineApi))
    diag(Loc, "'%0' gives continuations an inline executor: they run on the "
              "thread that completes the future, so one that blocks or takes "
              "a lock held there deadlocks; %1")
        << F.Name << F.Extra;
}

void InlineContinuationCheck::checkPolicyArgument(const DeclRefExpr *Ref,
                                                  ASTContext &Ctx) {
  const Fact *F = nullptr;
  for (const std::string &Name : valueNames(Ref->getDecl()))
    if ((F = catalog().lookupName(Name, FactKind::InlineApi)))
      break;
  if (!F || !F->has(FF_FixRename))
    return;
  // Only as the launch policy of a continuation: 'then(launch::sync, f)'.
  const Fact *Callee = nullptr;
  for (const Expr *E : callsOfArgument(Ref, Ctx)) {
    if (!isa<CallExpr>(E))
      continue;
    Callee = catalog().lookupCall(E, FactKind::ChainingCall);
    if (!Callee)
      Callee = catalog().lookupCall(E, FactKind::ContinuationSink);
    if (Callee)
      break;
  }
  if (!Callee)
    return;
  SourceLocation Loc = Ref->getBeginLoc();
  if (!firstReport(Loc, RulePolicyArgument))
    return;
  auto Diag = diag(Loc, "'%0' makes '%1' run the continuation inline, on the "
                        "thread that completes the future or inside this "
                        "call if it has already finished, so one that blocks "
                        "or takes a lock held there deadlocks; use '%2'")
              << F->Name << Callee->Name << F->Extra;
  SourceLocation Name = Ref->getNameInfo().getLoc();
  if (!Name.isMacroID() && !inTemplateInstantiation(Ref, Ctx))
    Diag << FixItHint::CreateReplacement(
        CharSourceRange::getTokenRange(Name, Name), lastComponent(F->Extra));
}

//===----------------------------------------------------------------------===//
// Rule 3: user completion sources that need a policy argument.
//===----------------------------------------------------------------------===//

/// The enumerator named by the policy, when \p Type is its enumeration.
static const EnumConstantDecl *policyEnumerator(QualType Type,
                                                llvm::StringRef Policy) {
  const auto *Enum = Type.getNonReferenceType()->getAs<EnumType>();
  if (!Enum)
    return nullptr;
  for (const EnumConstantDecl *Enumerator : Enum->getDecl()->enumerators())
    for (const std::string &Name : valueNames(Enumerator))
      if (Name == Policy)
        return Enumerator;
  return nullptr;
}

/// Is \p Enum a flags type: is there an `operator|` in its namespace (or
/// class) that combines two of its values into one?
static bool isFlagsEnumeration(const EnumDecl *Enum) {
  const DeclContext *Scope = Enum->getDeclContext()->getRedeclContext();
  QualType Type = compat::canonicalEnumType(Enum->getASTContext(), Enum);
  DeclarationName Pipe =
      Enum->getASTContext().DeclarationNames.getCXXOperatorName(OO_Pipe);
  for (const NamedDecl *D : Scope->lookup(Pipe)) {
    const auto *FD = dyn_cast<FunctionDecl>(D);
    if (FD && FD->getNumParams() == 2 &&
        FD->getReturnType().getCanonicalType().getUnqualifiedType() == Type)
      return true;
  }
  return false;
}

/// Does \p Arg pass the policy? A run-time value of the policy's type
/// cannot be told apart, and is assumed to. A flags expression passes it when
/// either operand of a '|' does (`long_running | run_async`), also through a
/// cast or a const local holding it.
static bool argumentPassesPolicy(const Expr *Arg, llvm::StringRef Policy,
                                 ASTContext &Ctx, unsigned Depth = 0) {
  if (Depth > 8)
    return false;
  if (const auto *Default = dyn_cast<CXXDefaultArgExpr>(Arg))
    Arg = Default->getExpr();
  const Expr *E = strip(Arg);
  if (!E)
    return false;
  if (E->isTypeDependent() || E->isValueDependent())
    return true;
  const Expr *Left = nullptr, *Right = nullptr;
  if (const auto *Or = dyn_cast<BinaryOperator>(E);
      Or && Or->getOpcode() == BO_Or) {
    Left = Or->getLHS();
    Right = Or->getRHS();
  } else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
             Op && Op->getOperator() == OO_Pipe && Op->getNumArgs() == 2) {
    Left = Op->getArg(0);
    Right = Op->getArg(1);
  }
  if (Left && Right &&
      (argumentPassesPolicy(Left, Policy, Ctx, Depth + 1) ||
       argumentPassesPolicy(Right, Policy, Ctx, Depth + 1)))
    return true;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
      if (Var->getInit() &&
          (Var->isConstexpr() || Var->getType().isConstQualified()))
        return argumentPassesPolicy(Var->getInit(), Policy, Ctx, Depth + 1);
  if (const EnumConstantDecl *Enumerator =
          policyEnumerator(E->getType(), Policy)) {
    Expr::EvalResult Value;
    if (!E->EvaluateAsInt(Value, Ctx))
      return true;
    const llvm::APSInt &Wanted = Enumerator->getInitVal();
    // A flags value passes it when it has the policy's bits.
    if (isFlagsEnumeration(
            Enumerator->getType()->castAs<EnumType>()->getDecl()) &&
        Wanted != 0) {
      llvm::APSInt Have = Value.Val.getInt().extOrTrunc(Wanted.getBitWidth());
      Have.setIsSigned(Wanted.isSigned());
      return (Have & Wanted) == Wanted;
    }
    return llvm::APSInt::isSameValue(Value.Val.getInt(), Wanted);
  }
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    for (const std::string &Name : valueNames(Ref->getDecl()))
      if (Name == Policy)
        return true;
  return canonicalSpelling(sourceText(E->getSourceRange(), Ctx)) == Policy;
}

bool InlineContinuationCheck::passesPolicy(llvm::ArrayRef<const Expr *> Args,
                                           const Fact &F,
                                           ASTContext &Ctx) const {
  std::string Policy = canonicalSpelling(F.Extra);
  return llvm::any_of(Args, [&](const Expr *Arg) {
    return argumentPassesPolicy(Arg, Policy, Ctx);
  });
}

/// Does the initializer \p Init (of a variable or member) construct a new
/// source with the policy? Copies and moves tell nothing.
static bool initPassesPolicy(const Expr *Init, llvm::StringRef Policy,
                             ASTContext &Ctx) {
  if (!Init)
    return false;
  if (const auto *Cleanups = dyn_cast<ExprWithCleanups>(Init))
    Init = Cleanups->getSubExpr();
  Init = strip(Init);
  if (const auto *Default = dyn_cast<CXXDefaultInitExpr>(Init))
    return initPassesPolicy(Default->getExpr(), Policy, Ctx);
  llvm::SmallVector<const Expr *, 4> Args;
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Init)) {
    if (!Construct->getConstructor() ||
        Construct->getConstructor()->isCopyOrMoveConstructor())
      return false;
    Args.append(Construct->arg_begin(), Construct->arg_end());
  } else if (const auto *List = dyn_cast<InitListExpr>(Init)) {
    for (const Expr *Element : List->inits())
      Args.push_back(Element);
  } else {
    return false;
  }
  return llvm::any_of(Args, [&](const Expr *Arg) {
    return argumentPassesPolicy(Arg, Policy, Ctx);
  });
}

bool InlineContinuationCheck::constructedWithPolicy(const Expr *Object,
                                                    ASTContext &Ctx) const {
  if (!Object)
    return false;
  Object = ignoreMove(Object);
  const Fact *F =
      catalog().lookupType(Object->getType(), FactKind::PolicyRequiredType,
                           /*IncludeBases=*/false);
  if (!F)
    return false;
  std::string Policy = canonicalSpelling(F->Extra);
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Object)) {
    const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
    return Var && !isa<ParmVarDecl>(Var) &&
           !Var->getType()->isReferenceType() &&
           initPassesPolicy(Var->getInit(), Policy, Ctx);
  }
  const auto *Member = dyn_cast<MemberExpr>(Object);
  const auto *Field =
      Member ? dyn_cast<FieldDecl>(Member->getMemberDecl()) : nullptr;
  if (!Field || Field->getType()->isReferenceType())
    return false;
  const auto *Record = dyn_cast<CXXRecordDecl>(Field->getParent());
  if (!Record)
    return false;
  // The default member initializer, unless every constructor that does not
  // delegate initializes the member itself; each of those must pass it too.
  bool InClass = Field->hasInClassInitializer() &&
                 initPassesPolicy(Field->getInClassInitializer(), Policy, Ctx);
  bool AnyConstructor = false;
  for (const CXXConstructorDecl *Ctor : Record->ctors()) {
    if (Ctor->isDeleted() || Ctor->isCopyOrMoveConstructor())
      continue;
    const FunctionDecl *Definition = nullptr;
    if (!Ctor->hasBody(Definition)) {
      if (Ctor->isImplicit())
        continue;   // Not used: it constructs nothing.
      return false; // Defined elsewhere: cannot tell.
    }
    const auto *Defined = cast<CXXConstructorDecl>(Definition);
    if (Defined->isDelegatingConstructor())
      continue;
    AnyConstructor = true;
    const CXXCtorInitializer *Written = nullptr;
    for (const CXXCtorInitializer *Init : Defined->inits())
      if (Init->getMember() == Field && Init->isWritten())
        Written = Init;
    if (Written ? !initPassesPolicy(Written->getInit(), Policy, Ctx) : !InClass)
      return false;
  }
  return AnyConstructor || InClass;
}

/// Where a constructor of \p Record takes the written arguments plus the
/// policy: at the end (preferred) or at the front.
enum class PolicyPosition { None, First, Last };
static PolicyPosition policyPosition(const CXXRecordDecl *Record,
                                     llvm::ArrayRef<const Expr *> Written,
                                     llvm::StringRef Policy) {
  if (!Record || !Record->hasDefinition())
    return PolicyPosition::None;
  auto SameType = [](QualType Param, const Expr *Arg) {
    return Param.getNonReferenceType()
               .getCanonicalType()
               .getUnqualifiedType() ==
           Arg->getType().getCanonicalType().getUnqualifiedType();
  };
  unsigned N = Written.size();
  for (PolicyPosition Pos : {PolicyPosition::Last, PolicyPosition::First}) {
    if (Pos == PolicyPosition::First && N == 0)
      break;
    for (const CXXConstructorDecl *Ctor : Record->ctors()) {
      if (Ctor->isDeleted() || Ctor->isCopyOrMoveConstructor() ||
          Ctor->getNumParams() < N + 1 ||
          Ctor->getMinRequiredArguments() > N + 1)
        continue;
      unsigned PolicyIndex = Pos == PolicyPosition::Last ? N : 0;
      if (!policyEnumerator(Ctor->getParamDecl(PolicyIndex)->getType(), Policy))
        continue;
      bool Match = true;
      for (unsigned I = 0; I < N && Match; ++I) {
        unsigned ParamIndex = Pos == PolicyPosition::Last ? I : I + 1;
        Match = SameType(Ctor->getParamDecl(ParamIndex)->getType(), Written[I]);
      }
      if (Match)
        return Pos;
    }
  }
  return PolicyPosition::None;
}

/// A fix-it for a written argument of the policy's enumeration that is not
/// the policy: add the policy to a flags value (`opts::long_running` ->
/// `opts::long_running | opts::run_async`), or replace another enumerator of
/// a plain enumeration (`policy::run_inline` -> `policy::run_async`).
static std::optional<FixItHint>
fixExistingPolicyArgument(llvm::ArrayRef<const Expr *> Written,
                          llvm::StringRef Policy, llvm::StringRef Spelling,
                          const ASTContext &Ctx) {
  for (const Expr *Arg : Written) {
    const Expr *E = strip(Arg);
    if (!E || !policyEnumerator(E->getType(), Policy))
      continue;
    SourceRange Range = E->getSourceRange();
    if (inMacroRange(Range))
      return std::nullopt;
    const auto *Enum = E->getType()->getAs<EnumType>()->getDecl();
    if (isFlagsEnumeration(Enum))
      return FixItHint::CreateInsertion(
          Lexer::getLocForEndOfToken(Range.getEnd(), 0, Ctx.getSourceManager(),
                                     Ctx.getLangOpts()),
          " | " + Spelling.str());
    const auto *Ref = dyn_cast<DeclRefExpr>(E);
    if (Ref && isa<EnumConstantDecl>(Ref->getDecl()))
      return FixItHint::CreateReplacement(CharSourceRange::getTokenRange(Range),
                                          Spelling);
    return std::nullopt;
  }
  return std::nullopt;
}

static bool isCopyOfSameTemplate(const CXXConstructorDecl *Ctor) {
  if (Ctor->isCopyOrMoveConstructor())
    return true;
  if (Ctor->getNumParams() != 1)
    return false;
  const NamedDecl *Param = classOf(Ctor->getParamDecl(0)->getType());
  const NamedDecl *Self =
      classOf(compat::recordType(Ctor->getASTContext(), Ctor->getParent()));
  return Param && Self && normalizedName(Param) == normalizedName(Self);
}

void InlineContinuationCheck::checkConstruction(
    const CXXConstructExpr *Construct, ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation Loc = Construct->getBeginLoc();
  if (Loc.isInvalid() || SM.isInSystemHeader(SM.getExpansionLoc(Loc)))
    return;
  const CXXConstructorDecl *Ctor = Construct->getConstructor();
  if (!Ctor || isCopyOfSameTemplate(Ctor))
    return;
  const Fact *F =
      catalog().lookupType(Construct->getType(), FactKind::PolicyRequiredType,
                           /*IncludeBases=*/false);
  if (!F)
    return;
  llvm::SmallVector<const Expr *, 4> All(Construct->arguments());
  if (passesPolicy(All, *F, Ctx))
    return;

  // Where the construction is written decides where the policy goes.
  DynTypedNodeList Parents = ParentIndex::getParents(Ctx, *Construct);
  if (Parents.empty())
    return;
  // A member initialized implicitly by a constructor is reported once, at
  // the member (checkImplicitMemberInit).
  if (const auto *Init = Parents[0].get<CXXCtorInitializer>())
    if (!Init->isWritten())
      return;
  if (const auto *Owner = Parents[0].get<CXXConstructorDecl>())
    for (const CXXCtorInitializer *Init : Owner->inits())
      if (Init->getInit() == Construct && !Init->isWritten())
        return;
  // An in-class initializer is also reached through the CXXDefaultInitExpr
  // of each constructor that uses it.
  const VarDecl *Var = nullptr;
  const FieldDecl *Field = nullptr;
  const CXXNewExpr *New = nullptr;
  for (const DynTypedNode &Parent : Parents) {
    Var = Var ? Var : Parent.get<VarDecl>();
    Field = Field ? Field : Parent.get<FieldDecl>();
    New = New ? New : Parent.get<CXXNewExpr>();
  }
  if (Var)
    Loc = Var->getLocation();
  else if (Field)
    Loc = Field->getLocation();
  else if (New)
    Loc = New->getBeginLoc();
  if (!firstReport(Loc, RuleMissingPolicy))
    return;

  auto Diag =
      diag(Loc, "%0 is constructed without '%1', so completing it runs "
                "continuations inline on the completing thread, where one "
                "that blocks or takes a lock held there deadlocks; pass '%1'")
      << Construct->getType() << F->Extra;

  llvm::SmallVector<const Expr *, 4> Written =
      writtenArgs(Construct->getArgs(), Construct->getNumArgs());
  if (inTemplateInstantiation(Construct, Ctx))
    return;
  // The policy's enumeration is already an argument: complete it there.
  if (llvm::any_of(Written, [&](const Expr *Arg) {
        return strip(Arg) && policyEnumerator(strip(Arg)->getType(),
                                              canonicalSpelling(F->Extra));
      })) {
    if (std::optional<FixItHint> Fix = fixExistingPolicyArgument(
            Written, canonicalSpelling(F->Extra), F->Extra, Ctx))
      Diag << *Fix;
    return;
  }
  PolicyPosition Pos =
      policyPosition(Ctor->getParent(), Written, canonicalSpelling(F->Extra));
  if (Pos == PolicyPosition::None)
    return;
  const LangOptions &LO = Ctx.getLangOpts();
  const std::string &Policy = F->Extra;
  if (!Written.empty()) {
    SourceRange Range(Written.front()->getBeginLoc(),
                      Written.back()->getEndLoc());
    if (inMacroRange(Range))
      return;
    if (Pos == PolicyPosition::First)
      Diag << FixItHint::CreateInsertion(Range.getBegin(), Policy + ", ");
    else
      Diag << FixItHint::CreateInsertion(
          Lexer::getLocForEndOfToken(Range.getEnd(), 0, SM, LO), ", " + Policy);
    return;
  }
  SourceRange Parens = Construct->getParenOrBraceRange();
  if (Parens.isValid()) {
    if (!inMacroRange(Parens))
      Diag << FixItHint::CreateInsertion(Parens.getEnd(), Policy);
    return;
  }
  SourceLocation After;
  if (Var && Ctx.hasSameUnqualifiedType(Var->getType(), Construct->getType()))
    After = Var->getLocation();
  else if (New && New->getConstructExpr() == Construct)
    After = New->getAllocatedTypeSourceInfo()->getTypeLoc().getEndLoc();
  if (After.isValid() && !After.isMacroID())
    Diag << FixItHint::CreateInsertion(
        Lexer::getLocForEndOfToken(After, 0, SM, LO), "(" + Policy + ")");
}

void InlineContinuationCheck::checkImplicitMemberInit(
    const FieldDecl *Field, const CXXConstructExpr *Construct,
    ASTContext &Ctx) {
  if (!Construct || !Construct->getConstructor())
    return;
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation Loc = Field->getLocation();
  if (SM.isInSystemHeader(SM.getExpansionLoc(Loc)))
    return;
  const Fact *F =
      catalog().lookupType(Construct->getType(), FactKind::PolicyRequiredType,
                           /*IncludeBases=*/false);
  if (!F || isCopyOfSameTemplate(Construct->getConstructor()))
    return;
  llvm::SmallVector<const Expr *, 4> All(Construct->arguments());
  if (passesPolicy(All, *F, Ctx))
    return;
  reportDefaultConstructedMember(Field, *F, Ctx);
}

void InlineContinuationCheck::reportDefaultConstructedMember(
    const FieldDecl *Field, const Fact &F, ASTContext &Ctx) {
  SourceLocation Loc = Field->getLocation();
  if (!firstReport(Loc, RuleMissingPolicy))
    return;
  auto Diag = diag(Loc, "member %0 of type %1 is default-constructed without "
                        "'%2', so completing it runs continuations inline on "
                        "the completing thread, where one that blocks or "
                        "takes a lock held there deadlocks; pass '%2'")
              << Field << Field->getType() << F.Extra;
  // The fix-it gives the member a default member initializer, which every
  // constructor that does not initialize it uses.
  const CXXRecordDecl *SourceClass = Field->getType()->getAsCXXRecordDecl();
  if (!Loc.isMacroID() &&
      policyPosition(SourceClass, {}, canonicalSpelling(F.Extra)) !=
          PolicyPosition::None &&
      !Field->getParent()->isDependentContext() &&
      !isa<ClassTemplateSpecializationDecl>(Field->getParent()) &&
      !Field->isBitField())
    Diag << FixItHint::CreateInsertion(
        Lexer::getLocForEndOfToken(Loc, 0, Ctx.getSourceManager(),
                                   Ctx.getLangOpts()),
        "{" + F.Extra + "}");
}

void InlineContinuationCheck::checkMemberDeclaration(const FieldDecl *Field,
                                                     ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  if (Field->hasInClassInitializer() ||
      SM.isInSystemHeader(SM.getExpansionLoc(Field->getLocation())))
    return;
  const Fact *F =
      catalog().lookupType(Field->getType(), FactKind::PolicyRequiredType,
                           /*IncludeBases=*/false);
  const auto *Record = dyn_cast<CXXRecordDecl>(Field->getParent());
  const CXXRecordDecl *SourceClass = Field->getType()->getAsCXXRecordDecl();
  if (!F || !Record || !SourceClass || !SourceClass->hasDefinition() ||
      !SourceClass->hasDefaultConstructor())
    return;
  // Silent when every constructor initializes the member itself (with the
  // policy, or without it: then that initializer is reported); reported
  // when none is declared (the implicit default constructor
  // default-constructs it) or one leaves it out. A constructor defined in
  // another translation unit cannot be seen: then stay quiet.
  bool UserConstructor = false;
  bool LeftOut = false;
  for (const CXXConstructorDecl *Ctor : Record->ctors()) {
    if (Ctor->isImplicit() || Ctor->isDeleted() ||
        Ctor->isCopyOrMoveConstructor())
      continue;
    UserConstructor = true;
    const FunctionDecl *Definition = nullptr;
    if (!Ctor->hasBody(Definition))
      return;
    const auto *Defined = cast<CXXConstructorDecl>(Definition);
    if (Defined->isDelegatingConstructor())
      continue;
    if (llvm::none_of(Defined->inits(), [&](const CXXCtorInitializer *Init) {
          return Init->getMember() == Field && Init->isWritten();
        }))
      LeftOut = true;
  }
  if (UserConstructor && !LeftOut)
    return;
  reportDefaultConstructedMember(Field, *F, Ctx);
}

void InlineContinuationCheck::checkMakeCall(const CallExpr *Call,
                                            ASTContext &Ctx) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  const TemplateArgumentList *TArgs =
      Callee ? Callee->getTemplateSpecializationArgs() : nullptr;
  if (!TArgs || TArgs->size() == 0 ||
      TArgs->get(0).getKind() != TemplateArgument::Type)
    return;
  QualType Type = TArgs->get(0).getAsType();
  const Fact *F = catalog().lookupType(Type, FactKind::PolicyRequiredType,
                                       /*IncludeBases=*/false);
  if (!F || Type->isArrayType())
    return;
  llvm::SmallVector<const Expr *, 4> Args(Call->arguments());
  // A copy or move of an existing source.
  if (Args.size() == 1 && Ctx.hasSameUnqualifiedType(
                              Args[0]->getType().getNonReferenceType(), Type))
    return;
  if (passesPolicy(Args, *F, Ctx))
    return;
  SourceLocation Loc = compat::beginLoc(Call);
  if (!firstReport(Loc, RuleMissingPolicy))
    return;
  auto Diag =
      diag(Loc, "%0 is constructed without '%1', so completing it runs "
                "continuations inline on the completing thread, where one "
                "that blocks or takes a lock held there deadlocks; pass '%1'")
      << Type << F->Extra;
  PolicyPosition Pos = policyPosition(Type->getAsCXXRecordDecl(), Args,
                                      canonicalSpelling(F->Extra));
  if (Pos == PolicyPosition::None || inTemplateInstantiation(Call, Ctx) ||
      inMacroRange(Call->getSourceRange()))
    return;
  const std::string &Policy = F->Extra;
  if (Args.empty())
    Diag << FixItHint::CreateInsertion(Call->getRParenLoc(), Policy);
  else if (Pos == PolicyPosition::First)
    Diag << FixItHint::CreateInsertion(Args.front()->getBeginLoc(),
                                       Policy + ", ");
  else
    Diag << FixItHint::CreateInsertion(Call->getRParenLoc(), ", " + Policy);
}

} // namespace clang::tidy::async
