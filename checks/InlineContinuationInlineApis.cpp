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
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

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

} // namespace clang::tidy::async
