//===--- AsyncTidyCheck.h - Base class of the async-* checks ----*- C++ -*-===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Part of async-tidy. Every async-* check derives from AsyncTidyCheck, which
// gives it the library catalog extended by the user's options, reads the
// check's own options, stores every option back for --dump-config under the
// name it was read from, and validates the configuration: unknown option
// names and malformed values get an error naming the option.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ASYNCTIDYCHECK_H
#define ASYNC_TIDY_ASYNCTIDYCHECK_H

#include "Catalog.h"
#include "TranslationUnitState.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/Regex.h"
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::async {

class AsyncContextFinder;
struct AsyncContextOptions;

/// The global prefix of catalog options: "async.BlockingFunctions" applies to
/// every async-* check; "async-blocking-wait.BlockingFunctions" to one.
inline constexpr llvm::StringLiteral GlobalOptionPrefix = "async.";

/// A registered async-* check and the names of its own options (besides the
/// catalog keys, which every check accepts). The table is in
/// AsyncTidyModule.cpp, next to the registration; option validation uses it
/// to recognize the options of every check, enabled or not.
struct AsyncCheckInfo {
  llvm::StringRef Name;
  llvm::ArrayRef<llvm::StringLiteral> OwnOptions;
};
llvm::ArrayRef<AsyncCheckInfo> asyncChecks();

/// Where configuration errors are reported. A command-line clang-tidy prints
/// them without a location; an editor (async-clangd) only shows diagnostics
/// that have one, so there they go on the first line of the main file.
enum class ConfigErrorPlacement { NoLocation, StartOfMainFile };
void setConfigErrorPlacement(ConfigErrorPlacement Placement);

class AsyncTidyCheck : public ClangTidyCheck {
public:
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  /// Stores every option the check read (its own options through the
  /// helpers below, the global and check-local catalog keys), under the
  /// name it was read from. Checks do not override it.
  void storeOptions(ClangTidyOptions::OptionMap &Opts) final;
  void registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                           Preprocessor *ModuleExpanderPP) override;
  /// Start and end the state the checks share (ParentIndex, CallSummaries,
  /// FunctionCFGs) and reset the check's per-translation-unit members
  /// (TranslationUnitState.h); a check that overrides these calls
  /// onStartOfTranslationUnit() first and onEndOfTranslationUnit() last.
  void onStartOfTranslationUnit() override;
  void onEndOfTranslationUnit() override;

protected:
  AsyncTidyCheck(StringRef Name, ClangTidyContext *Context);

  const Catalog &catalog() const { return *TheCatalog; }

  /// The check's PerTranslationUnit<T> and LazyPerTranslationUnit<T>
  /// members register here (TranslationUnitState.h).
  TranslationUnitStates UnitStates;
  /// The builder of a LazyPerTranslationUnit<AsyncContextFinder> member: the
  /// unit's async contexts as \p Options, a member of the check, define them.
  LazyPerTranslationUnit<AsyncContextFinder>::Builder
  asyncContextsBuilder(const AsyncContextOptions &Options);

  /// Readers of the check's own options; each option must be listed in
  /// asyncChecks(). An invalid value is reported (naming the option) and the
  /// default is used.
  bool boolOption(StringRef LocalName, bool Default);
  /// Text, stored back as it was read.
  std::string stringOption(StringRef LocalName, StringRef Default);
  /// A regular expression; none when absent, empty or invalid.
  std::optional<llvm::Regex> regexOption(StringRef LocalName);
  /// An enumerated option; its names come from clang-tidy's
  /// OptionEnumMapping<T>.
  template <typename T> T enumOption(StringRef LocalName, T Default) {
    auto Mapping = OptionEnumMapping<T>::getEnumMapping();
    std::optional<StringRef> Raw = readOwnOption(LocalName);
    T Value = Default;
    if (Raw) {
      const auto *It = llvm::find_if(
          Mapping, [&](const auto &Entry) { return Entry.second == *Raw; });
      if (It == Mapping.end()) {
        std::vector<StringRef> Names;
        for (const auto &Entry : Mapping)
          Names.push_back(Entry.second);
        reportInvalidEnum(LocalName, *Raw, Names);
        return Default;
      }
      Value = It->first;
    }
    for (const auto &Entry : Mapping)
      if (Entry.first == Value)
        StoredOptions[LocalName] = Entry.second.str();
    return Value;
  }

  /// Reports a configuration error; the message is a diagnostic argument,
  /// never a format string (it quotes the user's text).
  void reportConfigError(const llvm::Twine &Message);

  /// True when every node of \p Result lies in a system header (without
  /// SystemHeaders). Such a match can only produce a suppressed diagnostic;
  /// dropping it before any analysis keeps the checks from walking, and
  /// indexing, a library's code. A match in a header the header filter
  /// leaves out is analysed: clang-tidy hides its findings and counts them.
  static bool
  outsideAnalysedCode(const ast_matchers::MatchFinder::MatchResult &Result);

  /// Every async-* diagnostic goes through here: clang-tidy decides whether
  /// it is shown; a finding is recorded for the audit's header-filter count
  /// (ParentIndex::noteFinding).
  using ClangTidyCheck::diag;
  DiagnosticBuilder diag(SourceLocation Loc, StringRef Description,
                         DiagnosticIDs::Level Level = DiagnosticIDs::Warning);

  /// True when \p Loc is in a macro expansion, where no fix-it is offered.
  static bool inMacro(SourceLocation Loc) { return Loc.isMacroID(); }

private:
  std::optional<StringRef> readOwnOption(StringRef LocalName);
  void reportInvalidEnum(StringRef LocalName, StringRef Value,
                         llvm::ArrayRef<StringRef> Names);
  void readCatalogOptions();
  void validateOptionNames();

  std::string CheckName;
  ClangTidyContext *Ctx;
  /// This check reports the problems shared by every async-* check.
  bool ReportsSharedErrors = false;
  std::shared_ptr<const Catalog> TheCatalog;
  /// What storeOptions() writes: the check's own options (local names) and
  /// the check-local catalog keys the configuration sets.
  llvm::StringMap<std::string> StoredOptions;
  /// The global catalog keys ("async.BlockingFunctions") and their values.
  llvm::StringMap<std::string> GlobalCatalogValues;
  /// Configuration errors waiting for registerPPCallbacks(), where the main
  /// file is known (ConfigErrorPlacement::StartOfMainFile).
  std::vector<std::string> PendingConfigErrors;
};

} // namespace clang::tidy::async

#endif // ASYNC_TIDY_ASYNCTIDYCHECK_H
