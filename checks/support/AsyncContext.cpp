//===--- AsyncContext.cpp - Where blocking is a hazard --------------------===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "AsyncContext.h"
#include "ExprWrappers.h"
#include "ParentIndex.h"
#include "ParentWalk.h"
#include "clang/AST/Attr.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"

namespace clang::tidy::async {

bool isCoroutine(const FunctionDecl *FD) {
  return FD && isa_and_nonnull<CoroutineBodyStmt>(FD->getBody());
}

/// The name of a function as its author wrote it: the template pattern's
/// normalized name, the same for every instantiation ("ns::Class::f", not
/// "ns::Class<int>::f" or "(anonymous namespace)::f").
static std::string callableName(const FunctionDecl *FD) {
  if (const FunctionDecl *Pattern = FD->getTemplateInstantiationPattern())
    FD = Pattern;
  return normalizedName(FD);
}

static std::string quotedName(const FunctionDecl *FD) {
  return "'" + callableName(FD) + "'";
}

/// The sink's name for diagnostics: the called function's own name when the
/// catalog entry is a pattern ("asio::basic_*::async_*").
static std::string sinkName(const AsyncContext &C) {
  if (!StringRef(C.Sink->Name).contains('*') || !C.SinkCall)
    return C.Sink->Name;
  const Decl *Callee = nullptr;
  if (const auto *Call = dyn_cast<CallExpr>(C.SinkCall))
    Callee = Call->getCalleeDecl();
  else if (const auto *Construct = dyn_cast<CXXConstructExpr>(C.SinkCall))
    Callee = Construct->getConstructor();
  if (const auto *FD = dyn_cast_or_null<FunctionDecl>(Callee))
    return callableName(FD);
  return C.Sink->Name;
}

std::string AsyncContext::describe() const {
  switch (Kind) {
  case AsyncContextKind::Coroutine:
    return Lambda ? "coroutine lambda" : "coroutine " + quotedName(Callable);
  case AsyncContextKind::Continuation:
    if (!Lambda)
      return "callback " + quotedName(Callable) + " passed to '" +
             sinkName(*this) + "'";
    return "continuation passed to '" + sinkName(*this) + "'";
  case AsyncContextKind::NonBlockingFunction:
    return (Lambda ? std::string("must-not-block lambda")
                   : "must-not-block function " + quotedName(Callable));
  case AsyncContextKind::ThreadAssertingFunction:
    return (Lambda ? std::string("lambda")
                   : "function " + quotedName(Callable)) +
           " that must run on an event-loop thread";
  }
  llvm_unreachable("unknown context kind");
}

SourceLocation AsyncContext::evidenceLocation() const {
  switch (Kind) {
  case AsyncContextKind::Coroutine:
    return SourceLocation();
  case AsyncContextKind::Continuation:
    return SinkCall ? SinkCall->getExprLoc() : SourceLocation();
  case AsyncContextKind::NonBlockingFunction:
    return Annotation ? Annotation->getLocation() : Callable->getLocation();
  case AsyncContextKind::ThreadAssertingFunction:
    return AssertingCall ? AssertingCall->getExprLoc() : SourceLocation();
  }
  llvm_unreachable("unknown context kind");
}

std::string AsyncContext::evidenceNote() const {
  switch (Kind) {
  case AsyncContextKind::Coroutine:
    return "";
  case AsyncContextKind::Continuation:
    if (!Lambda)
      return quotedName(Callable) +
             " is passed here by name; it runs as a continuation or "
             "executor task of '" +
             sinkName(*this) + "'";
    return "the callable runs as a continuation or executor task of '" +
           sinkName(*this) + "'";
  case AsyncContextKind::NonBlockingFunction:
    return Annotation ? "declared must-not-block here"
                      : "matched by option 'NonBlockingFunctions'";
  case AsyncContextKind::ThreadAssertingFunction:
    return "this call asserts that the function runs on an event-loop or "
           "executor thread";
  }
  llvm_unreachable("unknown context kind");
}

/// Steps from a lambda to the expression that uses it as a value, through
/// wrappers, casts and conversions into a callable holder.
static bool isTransparentWrapper(const Stmt *S) {
  return isWrapper(S, WK_FunctionalCasts) ||
         isa<CXXStaticCastExpr, CStyleCastExpr, CXXConstructExpr, InitListExpr>(
             S);
}

const Expr *AsyncContextFinder::callReceiving(const LambdaExpr *Lambda) {
  const Stmt *Child = Lambda;
  // A lambda is wrapped by a handful of conversion nodes at most
  // (std::function construction, a temporary, a cast).
  for (unsigned Step = 0; Step < MaxParentSteps; ++Step) {
    DynTypedNodeList Parents = ParentIndex::getParents(Ctx, *Child);
    if (Parents.empty())
      return nullptr;
    const auto *Parent = Parents[0].get<Stmt>();
    if (!Parent)
      return nullptr;
    if (const auto *Call = dyn_cast<CallExpr>(Parent)) {
      // The lambda must be an argument, not the callee (an immediately
      // invoked lambda is not a continuation).
      for (const Expr *Arg : Call->arguments())
        if (Arg == Child)
          return Call;
      return nullptr;
    }
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(Parent)) {
      // A constructor is a sink only if the catalog says so (rare); keep
      // climbing through it, since it usually converts the lambda into a
      // std::function or a similar holder passed on to the sink.
      if (Cat.lookupCall(Construct, FactKind::ContinuationSink))
        return Construct;
    }
    if (!isTransparentWrapper(Parent))
      return nullptr;
    Child = Parent;
  }
  return nullptr;
}

const FunctionDecl *
AsyncContextFinder::enclosingCallable(const Stmt *S,
                                      const LambdaExpr *&Lambda) {
  Lambda = nullptr;
  DynTypedNode Node = DynTypedNode::create(*S);
  // The walk ends at the first function or lambda; its length is the
  // nesting depth of the statement. It prefers a LambdaExpr among several
  // parents, so it does not use walkParents, but has the same bound.
  for (unsigned Step = 0; Step < MaxParentSteps; ++Step) {
    DynTypedNodeList Parents = ParentIndex::getParents(Ctx, Node);
    if (Parents.empty())
      return nullptr;
    // A lambda body has two parents: the LambdaExpr and the closure's call
    // operator. Prefer the LambdaExpr, which knows where the lambda is used.
    const DynTypedNode *Next = &Parents[0];
    for (const DynTypedNode &P : Parents)
      if (P.get<LambdaExpr>()) {
        Next = &P;
        break;
      }
    if (const auto *LE = Next->get<LambdaExpr>()) {
      // Only the body makes the statement part of the lambda; a statement in
      // a capture initializer belongs to the enclosing function.
      if (Node.get<Stmt>() == LE->getBody()) {
        Lambda = LE;
        return LE->getCallOperator();
      }
    }
    if (const auto *FD = Next->get<FunctionDecl>()) {
      if (const auto *MD = dyn_cast<CXXMethodDecl>(FD))
        if (MD->getParent()->isLambda()) {
          // Reached through the closure class; find the LambdaExpr.
          for (const DynTypedNode &P :
               ParentIndex::getParents(Ctx, *MD->getParent()))
            if (const auto *LE = P.get<LambdaExpr>())
              Lambda = LE;
        }
      return FD;
    }
    if (const auto *D = Next->get<Decl>()) {
      // A local variable's initializer is part of the function; any other
      // declaration (a field's default initializer, a default argument, a
      // global) is not inside a function body.
      if (!isa<VarDecl>(D) || isa<ParmVarDecl>(D))
        return nullptr;
    }
    Node = *Next;
  }
  return nullptr;
}

namespace {
/// Finds the first thread-asserting call in a body, not looking into nested
/// lambdas (they have their own context).
class AssertingCallFinder : public RecursiveASTVisitor<AssertingCallFinder> {
public:
  explicit AssertingCallFinder(const Catalog &Cat) : Cat(Cat) {}
  bool TraverseLambdaExpr(LambdaExpr *) { return true; }
  bool VisitCallExpr(CallExpr *Call) {
    if (Cat.lookupCall(Call, FactKind::ThreadAssertingCall)) {
      Found = Call;
      return false;
    }
    return true;
  }
  const Expr *Found = nullptr;

private:
  const Catalog &Cat;
};
} // namespace

const Expr *
AsyncContextFinder::firstThreadAssertingCall(const FunctionDecl *FD) {
  if (Cat.facts(FactKind::ThreadAssertingCall).empty() || !FD->hasBody())
    return nullptr;
  // The index noted it while walking the body.
  if (const SummarizedFunction *Indexed = summaries().find(FD))
    if (Indexed->BodyIndexed)
      return Indexed->ThreadAssertingCall;
  auto [It, Inserted] = AssertingCache.try_emplace(FD, nullptr);
  if (!Inserted)
    return It->second;
  AssertingCallFinder Finder(Cat);
  Finder.TraverseStmt(FD->getBody());
  AssertingCache[FD] = Finder.Found;
  return Finder.Found;
}

static const AnnotateAttr *nonBlockingAnnotation(const FunctionDecl *FD) {
  for (const FunctionDecl *Redecl : FD->redecls())
    for (const auto *A : Redecl->specific_attrs<AnnotateAttr>())
      if (A->getAnnotation() == NonBlockingAnnotation)
        return A;
  return nullptr;
}

std::optional<AsyncContext>
AsyncContextFinder::classify(const FunctionDecl *Callable,
                             const LambdaExpr *Lambda) {
  if (!Callable)
    return std::nullopt;
  AsyncContext C;
  C.Callable = Callable;
  C.Lambda = Lambda;
  if (isCoroutine(Callable)) {
    C.Kind = AsyncContextKind::Coroutine;
    return C;
  }
  if (Lambda) {
    if (const Expr *Call = callReceiving(Lambda))
      if (const Fact *Sink = Cat.lookupCall(Call, FactKind::ContinuationSink)) {
        C.Kind = AsyncContextKind::Continuation;
        C.SinkCall = Call;
        C.Sink = Sink;
        return C;
      }
  } else if (const NamedCallback *Callback =
                 summaries().namedCallback(Callable)) {
    C.Kind = AsyncContextKind::Continuation;
    C.SinkCall = Callback->SinkCall;
    C.Sink = Callback->Sink;
    return C;
  }
  if (const AnnotateAttr *A = nonBlockingAnnotation(Callable)) {
    C.Kind = AsyncContextKind::NonBlockingFunction;
    C.Annotation = A;
    return C;
  }
  if (!Lambda && Opts.NonBlockingFunctions &&
      Opts.NonBlockingFunctions->match(callableName(Callable))) {
    C.Kind = AsyncContextKind::NonBlockingFunction;
    return C;
  }
  if (const Expr *Assert = firstThreadAssertingCall(Callable)) {
    C.Kind = AsyncContextKind::ThreadAssertingFunction;
    C.AssertingCall = Assert;
    return C;
  }
  return std::nullopt;
}

CallSummaries &AsyncContextFinder::summaries() {
  if (!Summaries)
    Summaries = CallSummaries::get(Ctx, Cat);
  return *Summaries;
}

std::optional<AsyncContext> AsyncContextFinder::find(const Stmt *S) {
  const LambdaExpr *Lambda = nullptr;
  const FunctionDecl *Callable = enclosingCallable(S, Lambda);
  return classify(Callable, Lambda);
}

} // namespace clang::tidy::async
