//===--- AsyncContext.h - Where blocking is a hazard ------------*- C++ -*-===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Part of async-tidy. Decides whether a statement runs in an "async context":
// code that runs on a thread the awaited work may need, so blocking there can
// deadlock. The contexts are:
//   1. a coroutine body (a function or lambda whose body is a coroutine);
//   2. a continuation or executor task: a lambda passed to a continuation sink
//      from the catalog (then/thenValue/post/dispatch/add/...), however deep
//      it is nested, or a function such a sink receives by name
//      (`std::bind(&C::m, this)`, `&f`, a lambda that only calls it, a
//      std::function local initialized with one: see CallSummaries);
//   3. a function declared must-not-block: annotated
//      [[clang::annotate("async::nonblocking")]], matched by a user regex, or
//      calling a thread-asserting function from the catalog.
// A plain lambda is a boundary: it is not part of the enclosing coroutine
// unless it is itself a continuation.
//
// Finding the context is a bounded walk up the parent map from the statement
// to its enclosing callable; results per function are cached.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ASYNCCONTEXT_H
#define ASYNC_TIDY_ASYNCCONTEXT_H

#include "CallSummaries.h"
#include "Catalog.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/Regex.h"
#include <optional>
#include <string>

namespace clang::tidy::async {

enum class AsyncContextKind {
  Coroutine,
  Continuation,
  NonBlockingFunction,
  ThreadAssertingFunction,
};

/// The annotation that marks a function as must-not-block.
inline constexpr llvm::StringLiteral NonBlockingAnnotation =
    "async::nonblocking";

struct AsyncContext {
  AsyncContextKind Kind;
  /// The function, or the lambda's call operator, whose body it is.
  const FunctionDecl *Callable = nullptr;
  /// Set when the context is a lambda.
  const LambdaExpr *Lambda = nullptr;
  /// Continuation: the call that receives the lambda (or, for a function
  /// received by name, the function), and its catalog fact.
  const Expr *SinkCall = nullptr;
  const Fact *Sink = nullptr;
  /// ThreadAssertingFunction: the asserting call.
  const Expr *AssertingCall = nullptr;
  /// NonBlockingFunction: the annotation, if that is what made it one.
  const AnnotateAttr *Annotation = nullptr;

  /// A phrase naming the context, for diagnostics: "coroutine 'fetch'",
  /// "a continuation passed to 'folly::Future::thenValue'"...
  std::string describe() const;
  /// Where a note should point to explain why this is an async context, or
  /// an invalid location when the context is the enclosing function itself
  /// and needs no note.
  SourceLocation evidenceLocation() const;
  /// The text of that note.
  std::string evidenceNote() const;
};

struct AsyncContextOptions {
  /// Functions whose qualified name matches are must-not-block.
  std::optional<llvm::Regex> NonBlockingFunctions;
};

class AsyncContextFinder {
public:
  AsyncContextFinder(const Catalog &Cat, ASTContext &Ctx,
                     const AsyncContextOptions &Opts)
      : Cat(Cat), Ctx(Ctx), Opts(Opts) {}

  /// The innermost async context \p S runs in, if any.
  std::optional<AsyncContext> find(const Stmt *S);

  /// The context a callable body is, if any (for a lambda pass \p Lambda).
  std::optional<AsyncContext> classify(const FunctionDecl *Callable,
                                       const LambdaExpr *Lambda);

  /// The innermost function or lambda whose body contains \p S; sets
  /// \p Lambda when it is a lambda. Null for statements outside any function
  /// (global initializers).
  const FunctionDecl *enclosingCallable(const Stmt *S,
                                        const LambdaExpr *&Lambda);

  /// The call that receives \p Lambda as an argument (looking through
  /// conversions and temporaries), if any.
  const Expr *callReceiving(const LambdaExpr *Lambda);

  /// The translation unit's calls and named callbacks (built on first use,
  /// shared with the other checks).
  CallSummaries &summaries();

private:
  const Expr *firstThreadAssertingCall(const FunctionDecl *FD);

  const Catalog &Cat;
  ASTContext &Ctx;
  const AsyncContextOptions &Opts;
  llvm::DenseMap<const FunctionDecl *, const Expr *> AssertingCache;
  std::shared_ptr<CallSummaries> Summaries;
};

/// True if \p FD's body is a coroutine body.
bool isCoroutine(const FunctionDecl *FD);

} // namespace clang::tidy::async

#endif // ASYNC_TIDY_ASYNCCONTEXT_H
