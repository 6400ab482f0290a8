//===--- AsyncTidyCheck.cpp - Base class of the async-* checks ------------===//

#include "AsyncTidyCheck.h"
#include "CompletionProofs.h"
#include "ParentIndex.h"
#include "WorkCounter.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "llvm/ADT/StringSet.h"
#include <mutex>
#include <set>

namespace clang::tidy::async {

// clang-tidy creates every check once per translation unit; report each
// configuration problem once per run instead.
static bool firstReport(const ClangTidyContext *Ctx, const std::string &Msg) {
  static std::mutex Lock;
  static std::set<std::pair<const void *, std::string>> Seen;
  std::lock_guard<std::mutex> Guard(Lock);
  return Seen.insert({Ctx, Msg}).second;
}

AsyncTidyCheck::AsyncTidyCheck(StringRef Name, ClangTidyContext *Context,
                               llvm::ArrayRef<llvm::StringRef> OwnOptions)
    : ClangTidyCheck(Name, Context), CheckName(Name), Ctx(Context) {
  const ClangTidyOptions::OptionMap &All = Context->getOptions().CheckOptions;
  std::vector<Fact> UserFacts;
  for (const CatalogOptionInfo &Opt : catalogOptions()) {
    // Global entries apply to every check; check-local ones add to them.
    for (bool Local : {false, true}) {
      std::string Key = Local ? (Name + "." + Opt.Key).str()
                              : (GlobalOptionPrefix + Opt.Key).str();
      auto It = All.find(Key);
      if (It == All.end())
        continue;
      if (Local)
        LocalCatalogOptions[Opt.Key] = It->second.Value;
      for (llvm::StringRef Entry : splitOptionList(It->second.Value)) {
        Fact F;
        std::string Error = parseCatalogEntry(Entry, Opt, F);
        if (!Error.empty()) {
          reportConfigError("invalid value in option '" + Key + "': " + Error);
          continue;
        }
        UserFacts.push_back(std::move(F));
      }
    }
  }
  TheCatalog = UserFacts.empty() ? Catalog::builtin()
                                 : Catalog::withUserFacts(std::move(UserFacts));
  validateOptionNames(OwnOptions);
}

void AsyncTidyCheck::onStartOfTranslationUnit() {
  // Every check gets this call before the first match; all but the first
  // find the index empty already.
  ParentIndex::startTranslationUnit(Ctx->getOptions());
  resetBlockCache();
}

bool AsyncTidyCheck::outsideReportedCode(
    const ast_matchers::MatchFinder::MatchResult &Result) {
  for (const auto &Bound : Result.Nodes.getMap())
    if (ParentIndex::isReported(Bound.second.getSourceRange().getBegin(),
                                *Result.SourceManager))
      return false;
  return !Result.Nodes.getMap().empty();
}

void AsyncTidyCheck::onEndOfTranslationUnit() {
  work::report();
  ParentIndex::endTranslationUnit();
}

void AsyncTidyCheck::validateOptionNames(
    llvm::ArrayRef<llvm::StringRef> OwnOptions) {
  llvm::StringSet<> Known;
  for (const CatalogOptionInfo &Opt : catalogOptions())
    Known.insert(Opt.Key);
  std::string GlobalKnown, LocalKnown;
  for (const CatalogOptionInfo &Opt : catalogOptions())
    GlobalKnown += (GlobalKnown.empty() ? "" : ", ") + Opt.Key.str();
  LocalKnown = GlobalKnown;
  for (llvm::StringRef Own : OwnOptions) {
    Known.insert(Own);
    LocalKnown += ", " + Own.str();
  }
  std::string LocalPrefix = CheckName + ".";
  for (const auto &KV : Ctx->getOptions().CheckOptions) {
    llvm::StringRef Key = KV.getKey();
    if (Key.starts_with(GlobalOptionPrefix)) {
      llvm::StringRef Rest = Key.drop_front(GlobalOptionPrefix.size());
      bool IsCatalogKey = llvm::any_of(
          catalogOptions(), [&](const auto &O) { return O.Key == Rest; });
      if (!IsCatalogKey)
        reportConfigError("unknown option '" + Key +
                          "'; the global async options are: " + GlobalKnown);
    } else if (Key.starts_with(LocalPrefix)) {
      llvm::StringRef Rest = Key.drop_front(LocalPrefix.size());
      if (!Known.contains(Rest))
        reportConfigError("unknown option '" + Key + "'; options of '" +
                          CheckName + "' are: " + LocalKnown);
    }
  }
}

void AsyncTidyCheck::reportConfigError(const llvm::Twine &Message) {
  std::string Text = Message.str();
  if (firstReport(Ctx, Text))
    configurationDiag(Text, DiagnosticIDs::Error);
}

std::optional<llvm::Regex> AsyncTidyCheck::getRegexOption(StringRef LocalName) {
  std::optional<StringRef> Value = Options.get(LocalName);
  if (!Value || Value->empty())
    return std::nullopt;
  llvm::Regex R(*Value);
  std::string Error;
  if (!R.isValid(Error)) {
    reportConfigError("invalid regular expression '" + *Value +
                      "' in option '" + CheckName + "." + LocalName +
                      "': " + Error);
    return std::nullopt;
  }
  return R;
}

void AsyncTidyCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  for (const auto &KV : LocalCatalogOptions)
    Options.store(Opts, KV.getKey(), KV.getValue());
}

} // namespace clang::tidy::async
