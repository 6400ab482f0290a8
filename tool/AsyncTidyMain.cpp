//===--- AsyncTidyMain.cpp - clang-tidy with the async module built in ----===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// async-tidy is clang-tidy's own main with the async module linked in: every
// clang-tidy flag works and no --load (nor a matching clang-tidy) is needed.
// One difference: for a source whose configuration (the command line, or the
// .clang-tidy files clang-tidy reads for it) names no checks, it runs
// "-*,async-*" instead of clang-tidy's default set.
//
//===----------------------------------------------------------------------===//

#include "AsyncTidyVersion.h"
#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang-tidy/tool/ClangTidyMain.h"
#include "support/LLVMCompat.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"
#include <string>
#include <vector>

namespace clang::tidy {
// Keeps the statically linked module's registration (see AsyncTidyModule.cpp).
extern volatile int AsyncTidyModuleAnchorSource;
static int LLVM_ATTRIBUTE_UNUSED AsyncTidyModuleAnchorDestination =
    AsyncTidyModuleAnchorSource;
} // namespace clang::tidy

using clang::tidy::ClangTidyOptions;
using llvm::StringRef;

/// clang-tidy options that take a value, which may be given as the next
/// argument ("-p build").
static bool takesValue(StringRef Flag) {
  static constexpr StringRef WithValue[] = {"checks",
                                            "config",
                                            "config-file",
                                            "export-fixes",
                                            "extra-arg",
                                            "extra-arg-before",
                                            "format-style",
                                            "header-filter",
                                            "exclude-header-filter",
                                            "line-filter",
                                            "load",
                                            "p",
                                            "store-check-profile",
                                            "vfsoverlay",
                                            "warnings-as-errors"};
  // A named array: LLVM 16's is_contained takes no initializer list.
  return llvm::is_contained(WithValue, Flag);
}

/// Parses configuration text as clang-tidy does; its own run reports any
/// syntax error, so this one stays silent.
static std::optional<ClangTidyOptions> parseQuietly(StringRef Text,
                                                    StringRef Name) {
  llvm::ErrorOr<ClangTidyOptions> Parsed =
      clang::tidy::parseConfigurationWithDiags(
          llvm::MemoryBufferRef(Text, Name), [](const llvm::SMDiagnostic &) {});
  if (!Parsed)
    return std::nullopt;
  return std::move(*Parsed);
}

/// True if the .clang-tidy files clang-tidy uses for \p Source name checks:
/// the nearest one in its directory or a parent, and the parents it inherits
/// from (InheritParentConfig).
static bool configFilesNameChecks(StringRef Source) {
  llvm::SmallString<256> Dir(Source);
  llvm::sys::fs::make_absolute(Dir);
  llvm::sys::path::remove_dots(Dir, /*remove_dot_dot=*/true);
  llvm::sys::path::remove_filename(Dir);
  while (!Dir.empty()) {
    llvm::SmallString<256> Config(Dir);
    llvm::sys::path::append(Config, ".clang-tidy");
    if (auto Buffer = llvm::MemoryBuffer::getFile(Config)) {
      std::optional<ClangTidyOptions> Options =
          parseQuietly((*Buffer)->getBuffer(), Config);
      if (Options && Options->Checks)
        return true;
      if (!Options || !Options->InheritParentConfig.value_or(false))
        return false;
    }
    StringRef Parent = llvm::sys::path::parent_path(Dir);
    if (Parent == Dir)
      break;
    Dir = Parent;
  }
  return false;
}

/// Prints every option name the async-* checks read: what --verify-config
/// accepts for them, collected the way clang-tidy collects it.
static int listCheckOptions() {
  llvm::StringSet<> AllOptions =
      clang::tidy::async::compat::allCheckOptionNames();
  std::vector<StringRef> Names;
  for (const auto &Option : AllOptions)
    if (Option.getKey().starts_with("async"))
      Names.push_back(Option.getKey());
  llvm::sort(Names);
  for (StringRef Name : Names)
    llvm::outs() << Name << "\n";
  return 0;
}

int main(int Argc, const char **Argv) {
  llvm::cl::AddExtraVersionPrinter([](llvm::raw_ostream &OS) {
    OS << "async-tidy version " ASYNC_TIDY_VERSION
          " (clang-tidy with the async module, built against "
          "LLVM " ASYNC_TIDY_BUILT_WITH_LLVM ")\n";
  });

  // The default check set: clang-tidy's default is replaced by "-*,async-*"
  // for every source whose configuration names no checks. The command line
  // (--checks, or --config / --config-file with a Checks key) decides for
  // every source; otherwise each source's .clang-tidy files decide.
  std::optional<bool> CommandLineNamesChecks;
  std::vector<int> SourceArgs;
  bool ExportsFixes = false;
  for (int I = 1; I < Argc; ++I) {
    StringRef Arg = Argv[I];
    if (Arg == "--")
      break;
    if (Arg == "--list-check-options" || Arg == "-list-check-options")
      return listCheckOptions();
    if (!Arg.starts_with("-")) {
      SourceArgs.push_back(I);
      continue;
    }
    StringRef Flag = Arg.ltrim('-');
    auto [Name, Value] = Flag.split('=');
    bool HasValue = Flag.contains('=');
    if (!HasValue && takesValue(Name) && I + 1 < Argc)
      Value = Argv[++I];
    ExportsFixes |= Name == "export-fixes";
    if (Name == "checks") {
      CommandLineNamesChecks = true;
    } else if (Name == "config") {
      std::optional<ClangTidyOptions> Config = parseQuietly(Value, "--config");
      CommandLineNamesChecks = Config && Config->Checks;
    } else if (Name == "config-file") {
      auto Buffer = llvm::MemoryBuffer::getFile(Value);
      std::optional<ClangTidyOptions> Config =
          Buffer ? parseQuietly((*Buffer)->getBuffer(), Value) : std::nullopt;
      // An unreadable file is clang-tidy's error to report.
      CommandLineNamesChecks = !Config || Config->Checks;
    }
    if (CommandLineNamesChecks.value_or(false))
      break;
  }

  static const char DefaultChecks[] = "--checks=-*,async-*";
  std::vector<const char *> Args(Argv, Argv + Argc);
  if (CommandLineNamesChecks) {
    if (!*CommandLineNamesChecks)
      Args.insert(Args.begin() + 1, DefaultChecks);
    return clang::tidy::clangTidyMain(static_cast<int>(Args.size()),
                                      Args.data());
  }
  // Without sources (--dump-config, --list-checks...) clang-tidy reads the
  // configuration of the current directory.
  std::vector<int> Named, Unnamed;
  for (int I : SourceArgs)
    (configFilesNameChecks(Argv[I]) ? Named : Unnamed).push_back(I);
  if (SourceArgs.empty())
    (configFilesNameChecks("dummy") ? Named : Unnamed).push_back(0);
  if (Named.empty() || Unnamed.empty()) {
    if (Named.empty())
      Args.insert(Args.begin() + 1, DefaultChecks);
    return clang::tidy::clangTidyMain(static_cast<int>(Args.size()),
                                      Args.data());
  }

  // Sources of both kinds: one clang-tidy run per kind, one after the other,
  // each given only its own sources.
  if (ExportsFixes) {
    llvm::errs() << "async-tidy: some of these sources have a .clang-tidy "
                    "that names checks and some do not; with --export-fixes "
                    "run the two groups separately\n";
    return 1;
  }
  std::string Self = llvm::sys::fs::getMainExecutable(
      Argv[0], reinterpret_cast<void *>(&listCheckOptions));
  int Result = 0;
  for (bool WithDefault : {false, true}) {
    const std::vector<int> &Group = WithDefault ? Unnamed : Named;
    std::vector<StringRef> GroupArgs = {Self};
    if (WithDefault)
      GroupArgs.push_back(DefaultChecks);
    for (int I = 1; I < Argc; ++I)
      if (!llvm::is_contained(SourceArgs, I) || llvm::is_contained(Group, I))
        GroupArgs.push_back(Argv[I]);
    llvm::outs().flush();
    std::string Error;
    int RC = llvm::sys::ExecuteAndWait(Self, GroupArgs, std::nullopt, {}, 0, 0,
                                       &Error);
    if (RC < 0) {
      llvm::errs() << "async-tidy: " << Error << "\n";
      return 1;
    }
    Result = std::max(Result, RC);
  }
  return Result;
}
