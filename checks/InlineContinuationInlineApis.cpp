//===--- InlineContinuationInlineApis.cpp - inline APIs -------------------===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Rule 2 of async-inline-continuation: APIs that opt into inline
// continuations where the library has an asynchronous alternative (a
// renamed member, a launch policy, a real executor).

#include "InlineContinuationCheck.h"
#include "InlineContinuationHelpers.h"
#include "support/CompletionProofs.h"
#include "support/LLVMCompat.h"
#include "support/ParentIndex.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::async {

using namespace inline_continuation;

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
    if (Reported->first(Loc, RuleInlineApi))
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
    if (Reported->first(Loc, RuleInlineApi))
      diag(Loc, "'%0' with an inline executor runs the continuation inline "
                "on the thread that completes the work, so one that blocks "
                "or takes a lock held there deadlocks; %1")
          << F.Name << F.Extra;
    return;
  }
  if (F.has(FF_FixRename)) {
    if (!Reported->first(Loc, RuleInlineApi))
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
  if (!Reported->first(Loc, RuleInlineApi))
    return;
  auto Diag =
      diag(Loc, "'%0' gives continuations an inline executor: they run on the "
                "thread that completes the future, so one that blocks or takes "
                "a lock held there deadlocks; %1")
      << F.Name << F.Extra;
  if (std::optional<FixItHint> Fix = saferAlternativeFix(Call, Ctx))
    Diag << *Fix;
}

/// The member of \p Record named \p Name that takes the same parameters as
/// \p Like, with the same qualifiers.
static const CXXMethodDecl *sameSignatureMember(const CXXRecordDecl *Record,
                                                llvm::StringRef Name,
                                                const CXXMethodDecl *Like) {
  if (!Record || !Record->hasDefinition())
    return nullptr;
  ASTContext &Ctx = Record->getASTContext();
  for (const NamedDecl *D :
       Record->getDefinition()->lookup(&Ctx.Idents.get(Name))) {
    const auto *Method = dyn_cast<CXXMethodDecl>(D);
    if (!Method || Method->isStatic() != Like->isStatic() ||
        Method->getNumParams() != Like->getNumParams() ||
        Method->getMethodQualifiers() != Like->getMethodQualifiers() ||
        Method->getRefQualifier() != Like->getRefQualifier())
      continue;
    bool SameParams = true;
    for (unsigned I = 0; I < Method->getNumParams() && SameParams; ++I)
      SameParams = Ctx.hasSameType(Method->getParamDecl(I)->getType(),
                                   Like->getParamDecl(I)->getType());
    if (SameParams)
      return Method;
  }
  return nullptr;
}

std::optional<FixItHint>
InlineContinuationCheck::saferAlternativeFix(const CallExpr *Call,
                                             ASTContext &Ctx) const {
  const Fact *Alternative =
      catalog().lookupCall(Call, FactKind::SaferAlternative);
  const auto *MemberCall = dyn_cast<CXXMemberCallExpr>(Call);
  const CXXMethodDecl *Method =
      MemberCall ? MemberCall->getMethodDecl() : nullptr;
  SourceLocation Name = calleeNameLoc(Call);
  if (!Alternative || !Method || Name.isInvalid() ||
      inMacroRange(Call->getSourceRange()) ||
      inTemplateInstantiation(Call, Ctx))
    return std::nullopt;
  // `promise.getSemiFuture()` for `promise.getFuture()`: the alternative
  // takes the same arguments; its result type differs, so the rename is safe
  // only where the result is used as the alternative's result can be.
  const CXXMethodDecl *Replacement =
      sameSignatureMember(Method->getParent(), Alternative->Extra, Method);
  if (!Replacement)
    return std::nullopt;
  QualType Result = Replacement->getReturnType();
  const Stmt *Below = nullptr;
  const Stmt *User = parentThroughWrappers(Call, Ctx, WK_Syntax, &Below);
  bool Safe = false;
  if (const auto *Construct = dyn_cast_or_null<CXXConstructExpr>(User)) {
    // Converted at once to the alternative's type: a parameter, a return
    // value or a variable of that type (`SemiFuture<T> s = p.getFuture()`).
    Safe = Construct->getNumArgs() >= 1 && Construct->getArg(0) == Below &&
           llvm::all_of(
               llvm::drop_begin(Construct->arguments()),
               [](const Expr *Arg) { return isa<CXXDefaultArgExpr>(Arg); }) &&
           Ctx.hasSameUnqualifiedType(Construct->getType(), Result);
  } else if (const auto *Member = dyn_cast_or_null<MemberExpr>(User)) {
    // A member call on the result that the alternative's type has with the
    // same signature and result (`p.getFuture().via(executor)`).
    DynTypedNodeList Parents = ParentIndex::getParents(Ctx, *Member);
    const auto *Next =
        Parents.empty() ? nullptr : Parents[0].get<CXXMemberCallExpr>();
    const CXXMethodDecl *Called = Next ? Next->getMethodDecl() : nullptr;
    if (Called && Called->getIdentifier() && Next->getCallee() == Member &&
        !Member->isArrow()) {
      const CXXMethodDecl *Same = sameSignatureMember(
          Result->getAsCXXRecordDecl(), Called->getName(), Called);
      Safe = Same &&
             Ctx.hasSameType(Same->getReturnType(), Called->getReturnType());
    }
  }
  if (!Safe)
    return std::nullopt;
  return FixItHint::CreateReplacement(
      CharSourceRange::getTokenRange(Name, Name), Alternative->Extra);
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
  if (!Reported->first(Loc, RulePolicyArgument))
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

} // namespace clang::tidy::async
