//===--- InlineContinuationPolicy.cpp - missing policies ------------------===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Rule 3 of async-inline-continuation: a completion source of a configured
// AsyncPolicyTypes type constructed without its async-continuation policy,
// and the policy test that rule 1 uses to stay quiet on sources constructed
// with it.

#include "InlineContinuationCheck.h"
#include "InlineContinuationHelpers.h"
#include "support/CompletionProofs.h"
#include "support/LLVMCompat.h"
#include "support/ParentIndex.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::async {

using namespace inline_continuation;

/// The written (not defaulted) arguments of a call or construction.
static llvm::SmallVector<const Expr *, 4> writtenArgs(const Expr *const *Begin,
                                                      unsigned Count) {
  llvm::SmallVector<const Expr *, 4> Args;
  for (unsigned I = 0; I < Count; ++I)
    if (!isa<CXXDefaultArgExpr>(Begin[I]))
      Args.push_back(Begin[I]);
  return Args;
}

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
  const Expr *E = ignoreWrappers(Arg, WK_FunctionalCasts);
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
  Init = ignoreWrappers(Init, WK_FunctionalCasts);
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
    const Expr *E = ignoreWrappers(Arg, WK_FunctionalCasts);
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

DiagnosticBuilder InlineContinuationCheck::diagMissingPolicy(SourceLocation Loc,
                                                             QualType Type,
                                                             const Fact &F) {
  return diag(Loc, "%0 is constructed without '%1', so completing it runs "
                   "continuations inline on the completing thread, where one "
                   "that blocks or takes a lock held there deadlocks; pass "
                   "'%1'")
         << Type << F.Extra;
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
  if (!Reported->first(Loc, RuleMissingPolicy))
    return;

  auto Diag = diagMissingPolicy(Loc, Construct->getType(), *F);

  llvm::SmallVector<const Expr *, 4> Written =
      writtenArgs(Construct->getArgs(), Construct->getNumArgs());
  if (inTemplateInstantiation(Construct, Ctx))
    return;
  // The policy's enumeration is already an argument: complete it there.
  if (llvm::any_of(Written, [&](const Expr *Arg) {
        return ignoreWrappers(Arg, WK_FunctionalCasts) &&
               policyEnumerator(
                   ignoreWrappers(Arg, WK_FunctionalCasts)->getType(),
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
  if (!Reported->first(Loc, RuleMissingPolicy))
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
      !inTemplateInstantiation(Field) && !Field->isBitField())
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
  if (!Reported->first(Loc, RuleMissingPolicy))
    return;
  auto Diag = diagMissingPolicy(Loc, Type, *F);
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
