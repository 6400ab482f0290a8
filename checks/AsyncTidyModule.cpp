//===--- AsyncTidyModule.cpp - The "async" clang-tidy module --------------===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Registers the async-* checks. The same object file is linked into the
// clang-tidy plugin, async-tidy and async-clangd.
//
//===----------------------------------------------------------------------===//

#include "AwaitForeignTaskCheck.h"
#include "BlockingWaitCheck.h"
#include "InlineContinuationCheck.h"
#include "TaskChainingCheck.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"

namespace clang::tidy {
namespace async {

// The own options of each check (every check also accepts the catalog keys).
// A check reads each of these through AsyncTidyCheck's option readers, which
// store it back for --dump-config.
static constexpr llvm::StringLiteral AwaitForeignTaskOptions[] = {
    "FlagByValueParameters", "MaxCallDepth"};
static constexpr llvm::StringLiteral BlockingWaitOptions[] = {
    "NonBlockingFunctions", "FlagBlockingPrimitives", "MaxCallDepth"};
static constexpr llvm::StringLiteral InlineContinuationOptions[] = {
    "StrictMode", "IncludeThreadWakingSources"};
static constexpr llvm::StringLiteral TaskChainingOptions[] = {
    "ChainingMemberNames"};

llvm::ArrayRef<AsyncCheckInfo> asyncChecks() {
  // One line per check, in the order of addCheckFactories() below.
  static const AsyncCheckInfo Checks[] = {
      {"async-await-foreign-task", AwaitForeignTaskOptions},
      {"async-blocking-wait", BlockingWaitOptions},
      {"async-inline-continuation", InlineContinuationOptions},
      {"async-task-chaining", TaskChainingOptions},
  };
  return Checks;
}

class AsyncTidyModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &Factories) override {
    // One line per check, kept in alphabetical order.
    Factories.registerCheck<AwaitForeignTaskCheck>("async-await-foreign-task");
    Factories.registerCheck<BlockingWaitCheck>("async-blocking-wait");
    Factories.registerCheck<InlineContinuationCheck>(
        "async-inline-continuation");
    Factories.registerCheck<TaskChainingCheck>("async-task-chaining");
  }
};

} // namespace async

static ClangTidyModuleRegistry::Add<async::AsyncTidyModule>
    X("async-module", "Checks for async deadlock hazards: blocking waits in "
                      "async contexts, inline continuations, awaiting foreign "
                      "tasks and private task chains.");

// Referenced by the executables that link the module statically, so that the
// linker keeps the registration above.
// NOLINTNEXTLINE(misc-use-internal-linkage)
volatile int AsyncTidyModuleAnchorSource = 0;

} // namespace clang::tidy
