//===--- AsyncTidyFuzzer.cpp - libFuzzer target for the async-* checks ----===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Feeds (mutated) C++ snippets through every async-* check in process, with
// every option turned on. The snippet is compiled as C++20 after a prelude
// (Prelude.h: <future>, <coroutine>, <mutex>, ... and a few task types) that
// is loaded from a precompiled header, so one input costs milliseconds rather
// than a parse of the standard headers.
//
// The target fails only on what libFuzzer sees: a crash, an assertion, a
// hang (-timeout), memory exhaustion. Invalid code is the normal case.
//
//===----------------------------------------------------------------------===//

#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "clang/Basic/FileManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

namespace clang::tidy {
// Keeps the statically linked module's registration (see AsyncTidyModule.cpp).
extern volatile int AsyncTidyModuleAnchorSource;
static int LLVM_ATTRIBUTE_UNUSED AsyncTidyModuleAnchorDestination =
    AsyncTidyModuleAnchorSource;
} // namespace clang::tidy

using namespace clang;
using namespace clang::tidy;

#ifndef ASYNC_TIDY_FUZZ_PCH
#error "ASYNC_TIDY_FUZZ_PCH must name the prelude's precompiled header"
#endif
#ifndef ASYNC_TIDY_FUZZ_RESOURCE_DIR
#error "ASYNC_TIDY_FUZZ_RESOURCE_DIR must name clang's resource directory"
#endif

namespace {

/// Every catalog option with a user entry, and every check option set to its
/// most eager value; unknown check options are reported (not fatal), so this
/// list may name options of checks that do not exist (yet).
ClangTidyOptions fuzzOptions() {
  ClangTidyOptions Opts = ClangTidyOptions::getDefaults();
  Opts.Checks = "-*,async-*";
  auto Set = [&](const char *Key, const char *Value) {
    Opts.CheckOptions[Key] = ClangTidyOptions::ClangTidyValue(Value);
  };
  Set("async.BlockingFunctions", "mylib::Future::get;mylib::Future::wait_for");
  Set("async.ContinuationSinks", "mylib::Executor::post;mylib::Executor::*");
  Set("async.ThreadAssertingFunctions", "mylib::EventLoop::assertInLoopThread");
  Set("async.CompletionFunctions", "mylib::Event::set");
  Set("async.AsyncPolicyTypes",
      "mylib::task_completion_source=mylib::continuation_policy::run_async");
  Set("async.EagerTaskTypes", "mylib::Future");
  Set("async.LazyTaskTypes", "mylib::LazyTask");
  Set("async.TaskGetters", "mylib::task_completion_source::task");
  Set("async.JoinScopeGuards", "mylib::JoinGuard");
  Set("async.JoinFunctions", "mylib::TaskScope::join");
  Set("async.ReadyFactories", "mylib::make_ready_future");
  Set("async.ReadinessChecks", "mylib::Future::is_ready");
  Set("async.ReadyStatuses", "mylib::Status::ready");
  Set("async.PendingStatuses", "mylib::Status::pending");
  Set("async.ChainingFunctions", "mylib::Future::then");
  Set("async.CombinatorFunctions", "mylib::when_all");
  Set("async.LockGuardTypes", "mylib::SpinLockGuard");
  Set("async.LockableTypes", "mylib::SpinLock");
  // Check options: the values of test/robustness/Inputs/all-options.yaml.
  if (const char *Extra = std::getenv("ASYNC_TIDY_FUZZ_OPTIONS")) {
    // "key=value;key=value", for trying other settings without a rebuild.
    llvm::SmallVector<StringRef, 16> Pairs;
    StringRef(Extra).split(Pairs, ';', -1, false);
    for (StringRef Pair : Pairs) {
      auto [K, V] = Pair.split('=');
      Opts.CheckOptions[K] = ClangTidyOptions::ClangTidyValue(V);
    }
  }
  return Opts;
}

class TidyAction : public ASTFrontendAction {
public:
  explicit TidyAction(ClangTidyContext &Context) : Factory(Context) {}
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &Compiler,
                                                 StringRef File) override {
    return Factory.createASTConsumer(Compiler, File);
  }

private:
  ClangTidyASTConsumerFactory Factory;
};

void runChecks(StringRef Code) {
  ClangTidyContext Context(std::make_unique<DefaultOptionsProvider>(
      ClangTidyGlobalOptions(), fuzzOptions()));
  ClangTidyDiagnosticConsumer DiagConsumer(Context);
  // DiagnosticsEngine owns its options through an IntrusiveRefCntPtr.
  DiagnosticsEngine DE(new DiagnosticIDs(), new DiagnosticOptions(), &DiagConsumer,
                       /*ShouldOwnClient=*/false);
  Context.setDiagnosticsEngine(&DE);

  const char *FileName = "/fuzz/input.cpp";
  auto InMemory = llvm::makeIntrusiveRefCnt<llvm::vfs::InMemoryFileSystem>();
  InMemory->addFile(FileName, 0,
                    llvm::MemoryBuffer::getMemBufferCopy(Code, FileName));
  auto Overlay = llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(
      llvm::vfs::getRealFileSystem());
  Overlay->pushOverlay(InMemory);
  auto Files =
      llvm::makeIntrusiveRefCnt<FileManager>(FileSystemOptions(), Overlay);

  std::vector<std::string> Args = {
      "clang-tidy",
      "-fsyntax-only",
      "-std=c++20",
      "-resource-dir=" ASYNC_TIDY_FUZZ_RESOURCE_DIR,
      "-include-pch",
      ASYNC_TIDY_FUZZ_PCH,
      "-ferror-limit=20",
      "-w",
      FileName};
  tooling::ToolInvocation Invocation(
      Args, std::make_unique<TidyAction>(Context), Files.get());
  Invocation.setDiagnosticConsumer(&DiagConsumer);
  Invocation.run();
  // The diagnostics themselves do not matter, only that producing them
  // neither crashes nor hangs; take them to exercise that path too.
  std::vector<ClangTidyError> Errors = DiagConsumer.take();
  if (std::getenv("ASYNC_TIDY_FUZZ_VERBOSE"))
    for (const ClangTidyError &E : Errors)
      llvm::errs() << E.DiagnosticName << ": " << E.Message.Message << "\n";
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  if (Size > 64 * 1024)
    return 0;
  runChecks(StringRef(reinterpret_cast<const char *>(Data), Size));
  return 0;
}
