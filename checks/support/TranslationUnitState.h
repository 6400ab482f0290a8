//===--- TranslationUnitState.h - State that lives for one TU ---*- C++ -*-===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// The one pattern for per-translation-unit state. What a check learns about
// one translation unit (caches keyed by AST nodes, the locations it
// reported, objects that keep the ASTContext) is held in PerTranslationUnit<T>
// or LazyPerTranslationUnit<T> members registered with its AsyncTidyCheck
// base, which resets them when a translation unit starts and when it ends.
// No check resets anything by hand or compares ASTContext pointers.
//
// Why nothing may outlive its translation unit: a cache keyed by AST
// pointers or raw source locations would answer for the next AST, whose
// nodes may reuse the freed addresses and whose locations reuse the same
// encodings: a missed finding, a false one, or a read of freed memory.
// clang-tidy (ClangTidyASTConsumerFactory::createASTConsumer) and clangd
// (ParsedAST::build) construct the checks anew for each translation unit, so
// today a member dies with its AST; the resets keep that true for a driver
// that keeps a check across units, which ClangTidyCheck does not rule out.
// The state the checks share (ParentIndex, CallSummaries with WaitFindings,
// FunctionCFGs) is thread-local in support/, and that does outlive the unit:
// clang-tidy analyses the files of its command line one after the other on
// one thread, and clangd re-parses an edited file on that file's worker
// thread. AsyncTidyCheck::onStartOfTranslationUnit restarts it, with the
// members. test/robustness/translation-unit-state.test runs two files in one
// invocation, test/clangd/reparse-forgets.test edits a document.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_SUPPORT_TRANSLATIONUNITSTATE_H
#define ASYNC_TIDY_SUPPORT_TRANSLATIONUNITSTATE_H

#include "llvm/ADT/SmallVector.h"
#include <cassert>
#include <functional>
#include <memory>

namespace clang {
class ASTContext;
} // namespace clang

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
/// translation unit: a cache, the locations reported.
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

/// An object of type \p T built from the translation unit's ASTContext the
/// first time it is needed (get()), by the builder the member is declared
/// with, and destroyed when the unit ends: AsyncContextFinder, which keeps a
/// reference to the context.
template <typename T>
class LazyPerTranslationUnit final : public TranslationUnitStateBase {
public:
  using Builder = std::function<std::unique_ptr<T>(ASTContext &)>;
  LazyPerTranslationUnit(TranslationUnitStates &Owner, Builder Build)
      : Build(std::move(Build)) {
    Owner.add(*this);
  }
  LazyPerTranslationUnit(const LazyPerTranslationUnit &) = delete;
  LazyPerTranslationUnit &operator=(const LazyPerTranslationUnit &) = delete;

  void reset() override {
    Value.reset();
    BuiltFor = nullptr;
  }
  /// The object of the unit whose context is \p Ctx.
  T &get(ASTContext &Ctx) {
    if (!Value) {
      Value = Build(Ctx);
      BuiltFor = &Ctx;
    }
    assert(BuiltFor == &Ctx &&
           "state of one translation unit used in another: a check that "
           "overrides onStartOfTranslationUnit must call AsyncTidyCheck's");
    return *Value;
  }

private:
  Builder Build;
  std::unique_ptr<T> Value;
  const ASTContext *BuiltFor = nullptr;
};

} // namespace clang::tidy::async

#endif // ASYNC_TIDY_SUPPORT_TRANSLATIONUNITSTATE_H
