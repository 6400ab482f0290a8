//===--- AsyncTidyCheck.h - Base class of the async-* checks ----*- C++ -*-===//
//
// Part of async-tidy. Every async-* check derives from AsyncTidyCheck, which
// gives it the library catalog extended by the user's options, and validates
// the configuration once: unknown option names and malformed entries get a
// clear message naming the option.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ASYNCTIDYCHECK_H
#define ASYNC_TIDY_ASYNCTIDYCHECK_H

#include "Catalog.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/Support/Regex.h"
#include <memory>
#include <optional>

namespace clang::tidy::async {

/// The global prefix of catalog options: "async.BlockingFunctions" applies to
/// every async-* check; "async-blocking-wait.BlockingFunctions" to one.
inline constexpr llvm::StringLiteral GlobalOptionPrefix = "async.";

class AsyncTidyCheck : public ClangTidyCheck {
public:
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  /// Start and end the translation unit's shared ParentIndex; a check that
  /// overrides these calls them first.
  void onStartOfTranslationUnit() override;
  void onEndOfTranslationUnit() override;

protected:
  /// \p OwnOptions are the check's own option names (besides the catalog
  /// keys); any other "<check>.<name>" option is reported as unknown.
  AsyncTidyCheck(StringRef Name, ClangTidyContext *Context,
                 llvm::ArrayRef<llvm::StringRef> OwnOptions);

  const Catalog &catalog() const { return *TheCatalog; }

  /// Reads a regular-expression option; an invalid one is reported (naming
  /// the option) and treated as absent.
  std::optional<llvm::Regex> getRegexOption(StringRef LocalName);

  /// Reports a configuration error once per run and option.
  void reportConfigError(const llvm::Twine &Message);

  /// True when every node of \p Result lies where clang-tidy shows no
  /// diagnostic (a system header, a header the header filter leaves out). Such
  /// a match can only produce a suppressed diagnostic; dropping it before any
  /// analysis keeps the checks from walking, and indexing, a library's code.
  static bool
  outsideReportedCode(const ast_matchers::MatchFinder::MatchResult &Result);

  /// True when \p Loc is in a macro expansion, where no fix-it is offered.
  static bool inMacro(SourceLocation Loc) { return Loc.isMacroID(); }

private:
  void validateOptionNames(llvm::ArrayRef<llvm::StringRef> OwnOptions);

  std::string CheckName;
  ClangTidyContext *Ctx;
  std::shared_ptr<const Catalog> TheCatalog;
  /// Raw values of the check-local catalog options, stored back by
  /// storeOptions().
  llvm::StringMap<std::string> LocalCatalogOptions;
};

} // namespace clang::tidy::async

#endif // ASYNC_TIDY_ASYNCTIDYCHECK_H
