//===--- ParentWalk.h - Bounded walks up the AST ----------------*- C++ -*-===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Every walk from a node up to its ancestors, in every check, takes at most
// MaxParentSteps steps (through ParentIndex::getParents, which counts them
// for robustness/scaling.test).
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_SUPPORT_PARENTWALK_H
#define ASYNC_TIDY_SUPPORT_PARENTWALK_H

#include "ParentIndex.h"
#include "clang/AST/ASTContext.h"
#include <optional>
#include <type_traits>

namespace clang::tidy::async {

/// The most steps a walk up the AST takes. Why a bound at all: a walk runs
/// once per match, and a match can be in every statement of a function, so
/// an unbounded walk would make a deeply nested function quadratic (and
/// `a + b + c + ...` nests without any bracket). Why this one: it is clang's
/// default -fbracket-depth, the nesting real code stays within; a walk that
/// reaches it gives up and answers as if it had found nothing, which each
/// caller makes the quiet (no diagnostic) answer where it can.
inline constexpr unsigned MaxParentSteps = 256;

/// Walks up from \p Start through first parents, calling
/// `Visit(Parent, Child)` (DynTypedNodes) at each step. Visit returns an
/// std::optional<R>: a value ends the walk with that answer, std::nullopt
/// goes on. At the root, or after MaxParentSteps steps, the answer is R{}.
template <typename Fn>
auto walkParents(ASTContext &Ctx, DynTypedNode Start, Fn Visit) ->
    typename std::invoke_result_t<Fn, const DynTypedNode &,
                                  const DynTypedNode &>::value_type {
  DynTypedNode Node = Start;
  for (unsigned Step = 0; Step < MaxParentSteps; ++Step) {
    DynTypedNodeList Parents = ParentIndex::getParents(Ctx, Node);
    if (Parents.empty())
      break;
    DynTypedNode Parent = Parents[0];
    if (auto Answer = Visit(Parent, Node))
      return *Answer;
    Node = Parent;
  }
  return {};
}

} // namespace clang::tidy::async

#endif // ASYNC_TIDY_SUPPORT_PARENTWALK_H
