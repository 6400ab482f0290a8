//===--- TranslationUnitState.h - State that lives for one TU ---*- C++ -*-===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// The one pattern for per-translation-unit state. A check holds what it
// learns about one translation unit (caches keyed by AST nodes, the
// locations reported) in PerTranslationUnit<T> members registered with its
// AsyncTidyCheck base, which resets them at the start and at the end of every
// translation unit. A cache keyed by AST pointers must not outlive its AST:
// a new AST may reuse the addresses, and clangd keeps a check across files.
// State shared by the checks (ParentIndex, CallSummaries, the block cache of
// CompletionProofs, FunctionCFGs) is thread-local in support/ and restarted by
// AsyncTidyCheck::onStartOfTranslationUnit, the same two moments.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_SUPPORT_TRANSLATIONUNITSTATE_H
#define ASYNC_TIDY_SUPPORT_TRANSLATIONUNITSTATE_H

#include "llvm/ADT/SmallVector.h"
#include <optional>

namespace clang::tidy::async {

class TranslationUnitStateBase {
public:
  virtual void reset() = 0;

protected:
  ~TranslationUnitStateBase() = default;
};

/// The per-translation-unit members of one check (AsyncTidyCheck owns one).
class TranslationUnitStates {
public:
  void add(TranslationUnitStateBase &State) { States.push_back(&State); }
  void resetAll() {
    for (TranslationUnitStateBase *State : States)
      State->reset();
  }

private:
  llvm::SmallVector<TranslationUnitStateBase *, 8> States;
};

/// A value of type \p T that starts empty (value-initialized) in every
/// translation unit.
template <typename T>
class PerTranslationUnit final : public TranslationUnitStateBase {
public:
  explicit PerTranslationUnit(TranslationUnitStates &Owner) {
    Owner.add(*this);
  }
  PerTranslationUnit(const PerTranslationUnit &) = delete;
  PerTranslationUnit &operator=(const PerTranslationUnit &) = delete;

  void reset() override { Value = T(); }
  T &operator*() { return Value; }
  T *operator->() { return &Value; }
  const T &operator*() const { return Value; }
  const T *operator->() const { return &Value; }

private:
  T Value{};
};

} // namespace clang::tidy::async

#endif // ASYNC_TIDY_SUPPORT_TRANSLATIONUNITSTATE_H
