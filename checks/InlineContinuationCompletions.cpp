//===--- InlineContinuationCompletions.cpp - completions ------------------===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Rules 1 and 4 of async-inline-continuation: a completion that resumes
// waiters inline, made while a lock is held (InlineContinuationLocks.h tells
// which), inside an async context, or anywhere under StrictMode.

#include "InlineContinuationCheck.h"
#include "InlineContinuationHelpers.h"
#include "support/CompletionProofs.h"
#include "support/LLVMCompat.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::async {

using namespace inline_continuation;

/// libcoro-style executor overloads take the executor first
/// ("set(std::unique_ptr<executor>&, policy)"); the inline overloads take
/// only enumerations and counts.
static bool takesExecutor(const FunctionDecl *Callee) {
  if (!Callee || Callee->getNumParams() == 0)
    return false;
  QualType First = Callee->getParamDecl(0)->getType().getNonReferenceType();
  return !First->isIntegralOrEnumerationType() && !First->isFloatingType();
}

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
  if (std::optional<HeldLock> Lock = Locks->heldAt(Call, catalog(), Ctx)) {
    if (!Reported->first(Loc, RuleUnderLock))
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
      if (!Reported->first(Loc, RuleAsyncContext))
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
    if (StrictMode && Reported->first(Loc, RuleInlineOverload))
      diag(Loc, "'%0' without an executor resumes waiting coroutines inline "
                "on this thread, inside this call, so one that blocks or "
                "waits for this thread deadlocks it; %1")
          << F.Name << Remedy;
    return;
  }
  if (StrictMode && F.has(FF_ResumesInline) && Reported->first(Loc, RuleStrict))
    diag(Loc, "'%0' resumes waiting coroutines inline on this thread, inside "
              "this call, so one that blocks or waits for this thread "
              "deadlocks it; %1")
        << F.Name
        << (Remedy.empty() ? llvm::StringRef("complete it from a thread that "
                                             "may run them")
                           : Remedy);
}

} // namespace clang::tidy::async
