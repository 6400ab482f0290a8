//===--- AsyncTidyCheck.cpp - Base class of the async-* checks ------------===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "AsyncTidyCheck.h"
#include "AsyncContext.h"
#include "CallSummaries.h"
#include "FunctionCFGs.h"
#include "ParentIndex.h"
#include "WorkCounter.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/YAMLParser.h"
#include <atomic>

namespace clang::tidy::async {

static std::atomic<ConfigErrorPlacement> ErrorPlacement{
    ConfigErrorPlacement::NoLocation};

void setConfigErrorPlacement(ConfigErrorPlacement Placement) {
  ErrorPlacement = Placement;
}

/// Every option name an async-* check reads: "async.<catalog key>" and
/// "<check>.<catalog key or own option>" for every registered check.
static const llvm::StringSet<> &validOptionNames() {
  static const llvm::StringSet<> Names = [] {
    llvm::StringSet<> Result;
    for (const CatalogOptionInfo &Opt : catalogOptions())
      Result.insert((GlobalOptionPrefix + Opt.Key).str());
    for (const AsyncCheckInfo &Check : asyncChecks()) {
      for (const CatalogOptionInfo &Opt : catalogOptions())
        Result.insert((Check.Name + "." + Opt.Key).str());
      for (llvm::StringRef Own : Check.OwnOptions)
        Result.insert((Check.Name + "." + Own).str());
    }
    return Result;
  }();
  return Names;
}

static std::string joined(llvm::ArrayRef<llvm::StringRef> Names) {
  std::string Out;
  for (llvm::StringRef N : Names)
    Out += (Out.empty() ? "" : ", ") + N.str();
  return Out;
}

/// The message for an unknown key that looks like one of ours: the nearest
/// valid name when one is close (case and small typos), else the list of the
/// valid names of that kind.
static std::string unknownOptionMessage(llvm::StringRef Key) {
  std::string Lower = Key.lower();
  llvm::StringRef Nearest;
  unsigned Best = ~0u;
  for (const auto &Valid : validOptionNames()) {
    unsigned Distance = llvm::StringRef(Lower).edit_distance(
        Valid.getKey().lower(), /*AllowReplacements=*/true, Best);
    if (Distance < Best || (Distance == Best && Valid.getKey() < Nearest)) {
      Best = Distance;
      Nearest = Valid.getKey();
    }
  }
  std::string Message = "unknown option '" + Key.str() + "'";
  // Allow a misspelled check name and a misspelled option in one key.
  if (!Nearest.empty() && Best <= std::max<size_t>(3, Key.size() / 4))
    return Message + "; did you mean '" + Nearest.str() + "'?";
  size_t Dot = Key.find('.');
  llvm::StringRef Check = Key.substr(0, Dot);
  for (const AsyncCheckInfo &Info : asyncChecks())
    if (Check == Info.Name) {
      std::vector<llvm::StringRef> Names;
      for (const CatalogOptionInfo &Opt : catalogOptions())
        Names.push_back(Opt.Key);
      for (llvm::StringRef Own : Info.OwnOptions)
        Names.push_back(Own);
      return Message + "; options of '" + Info.Name.str() +
             "' are: " + joined(Names);
    }
  std::vector<llvm::StringRef> Names;
  for (const CatalogOptionInfo &Opt : catalogOptions())
    Names.push_back(Opt.Key);
  return Message + "; the global async options are: " + joined(Names) +
         " (as 'async.<option>'), and '<check>.<option>' for each async-* "
         "check";
}

AsyncTidyCheck::AsyncTidyCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), CheckName(Name), Ctx(Context) {
  // Problems of the shared configuration (unknown keys, global catalog
  // entries) are reported by one check per translation unit, the first
  // enabled one; clang-tidy merges identical errors of several translation
  // units into one.
  for (const AsyncCheckInfo &Info : asyncChecks())
    if (Context->isCheckEnabled(Info.Name)) {
      ReportsSharedErrors = Info.Name == Name;
      break;
    }
  readCatalogOptions();
  validateOptionNames();
}

void AsyncTidyCheck::readCatalogOptions() {
  const ClangTidyOptions::OptionMap &All = Ctx->getOptions().CheckOptions;
  llvm::StringSet<> *Collector = Ctx->getOptionsCollector();
  std::vector<Fact> UserFacts;
  // AsyncPolicyTypes: the policy of each type, to find conflicting entries.
  llvm::StringMap<std::pair<std::string, std::string>> PolicyOf;
  for (const CatalogOptionInfo &Opt : catalogOptions()) {
    // Global entries apply to every check; check-local ones add to them.
    for (bool Local : {false, true}) {
      std::string Key = Local ? (CheckName + "." + Opt.Key).str()
                              : (GlobalOptionPrefix + Opt.Key).str();
      if (Collector)
        Collector->insert(Key);
      auto It = All.find(Key);
      if (!Local)
        GlobalCatalogValues[Key] = It == All.end() ? "" : It->second.Value;
      if (It == All.end())
        continue;
      if (Local)
        StoredOptions[Opt.Key] = It->second.Value;
      for (llvm::StringRef Entry : splitOptionList(It->second.Value)) {
        Fact F;
        std::string Error = parseCatalogEntry(Entry, Opt, F);
        if (!Error.empty()) {
          if (Local || ReportsSharedErrors)
            reportConfigError("invalid value in option '" + Key +
                              "': " + Error);
          continue;
        }
        if (Opt.Kind == FactKind::PolicyRequiredType) {
          auto [Seen, Inserted] = PolicyOf.try_emplace(F.Name, F.Extra, Key);
          if (!Inserted) {
            if (Seen->second.first != F.Extra && (Local || ReportsSharedErrors))
              reportConfigError("conflicting entries for '" + F.Name +
                                "' in option '" + Key + "': policy '" +
                                F.Extra + "' here and '" + Seen->second.first +
                                "' in '" + Seen->second.second + "'");
            continue;
          }
        }
        UserFacts.push_back(std::move(F));
      }
    }
  }
  TheCatalog = UserFacts.empty() ? Catalog::builtin()
                                 : Catalog::withUserFacts(std::move(UserFacts));
}

void AsyncTidyCheck::validateOptionNames() {
  if (!ReportsSharedErrors)
    return;
  const llvm::StringSet<> &Valid = validOptionNames();
  for (const auto &KV : Ctx->getOptions().CheckOptions) {
    llvm::StringRef Key = KV.getKey();
    if (!Key.starts_with_insensitive("async") || Valid.contains(Key))
      continue;
    reportConfigError(unknownOptionMessage(Key));
  }
}

void AsyncTidyCheck::registerPPCallbacks(const SourceManager &SM,
                                         Preprocessor *, Preprocessor *) {
  if (PendingConfigErrors.empty())
    return;
  FileID Main = SM.getMainFileID();
  SourceLocation Start =
      Main.isValid() ? SM.getLocForStartOfFile(Main) : SourceLocation();
  for (const std::string &Message : PendingConfigErrors) {
    if (Start.isValid())
      Ctx->diag("clang-tidy-config", Start, "%0", DiagnosticIDs::Error)
          << Message;
    else
      configurationDiag("%0", DiagnosticIDs::Error) << Message;
  }
  PendingConfigErrors.clear();
}

void AsyncTidyCheck::onStartOfTranslationUnit() {
  // Every check gets this call before the first match; all but the first
  // find the shared state empty already.
  ParentIndex::startTranslationUnit(Ctx->getOptions());
  CallSummaries::startTranslationUnit();
  FunctionCFGs::reset();
  UnitStates.resetAll();
}

LazyPerTranslationUnit<AsyncContextFinder>::Builder
AsyncTidyCheck::asyncContextsBuilder(const AsyncContextOptions &Options) {
  return [this, &Options](ASTContext &Unit) {
    return std::make_unique<AsyncContextFinder>(catalog(), Unit, Options);
  };
}

bool AsyncTidyCheck::outsideAnalysedCode(
    const ast_matchers::MatchFinder::MatchResult &Result) {
  for (const auto &Bound : Result.Nodes.getMap())
    if (ParentIndex::isAnalysed(Bound.second.getSourceRange().getBegin(),
                                *Result.SourceManager))
      return false;
  return !Result.Nodes.getMap().empty();
}

DiagnosticBuilder AsyncTidyCheck::diag(SourceLocation Loc,
                                       StringRef Description,
                                       DiagnosticIDs::Level Level) {
  if (Level != DiagnosticIDs::Note)
    ParentIndex::noteFinding(Loc);
  return ClangTidyCheck::diag(Loc, Description, Level);
}

void AsyncTidyCheck::onEndOfTranslationUnit() {
  work::report();
  ParentIndex::endTranslationUnit();
  UnitStates.resetAll();
}

void AsyncTidyCheck::reportConfigError(const llvm::Twine &Message) {
  // clang-tidy's --verify-config instantiates every check only to collect
  // option names, without a diagnostics engine to report to.
  if (Ctx->getOptionsCollector())
    return;
  if (ErrorPlacement == ConfigErrorPlacement::StartOfMainFile) {
    PendingConfigErrors.push_back(Message.str());
    return;
  }
  configurationDiag("%0", DiagnosticIDs::Error) << Message.str();
}

std::optional<StringRef> AsyncTidyCheck::readOwnOption(StringRef LocalName) {
  assert(llvm::any_of(asyncChecks(),
                      [&](const AsyncCheckInfo &Info) {
                        return Info.Name == CheckName &&
                               llvm::is_contained(Info.OwnOptions, LocalName);
                      }) &&
         "an option a check reads must be listed in asyncChecks()");
  std::optional<StringRef> Raw = Options.get(LocalName);
  if (Raw)
    StoredOptions[LocalName] = Raw->str();
  return Raw;
}

bool AsyncTidyCheck::boolOption(StringRef LocalName, bool Default) {
  std::optional<StringRef> Raw = readOwnOption(LocalName);
  bool Value = Default;
  if (Raw) {
    // What clang-tidy accepts for a boolean: YAML's spellings and integers.
    long long Number;
    if (std::optional<bool> Parsed = llvm::yaml::parseBool(*Raw))
      Value = *Parsed;
    else if (!Raw->getAsInteger(10, Number))
      Value = Number != 0;
    else {
      reportConfigError("invalid value '" + *Raw + "' for option '" +
                        CheckName + "." + LocalName +
                        "'; expected 'true' or 'false'");
      return Default;
    }
  }
  StoredOptions[LocalName] = Value ? "true" : "false";
  return Value;
}

std::string AsyncTidyCheck::stringOption(StringRef LocalName,
                                         StringRef Default) {
  std::string Value = readOwnOption(LocalName).value_or(Default).str();
  StoredOptions[LocalName] = Value;
  return Value;
}

std::optional<llvm::Regex> AsyncTidyCheck::regexOption(StringRef LocalName) {
  std::optional<StringRef> Value = readOwnOption(LocalName);
  if (!Value)
    StoredOptions[LocalName] = "";
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

void AsyncTidyCheck::reportInvalidEnum(StringRef LocalName, StringRef Value,
                                       llvm::ArrayRef<StringRef> Names) {
  std::string Expected;
  for (size_t I = 0; I < Names.size(); ++I)
    Expected += (I == 0                  ? "'"
                 : I + 1 == Names.size() ? "' or '"
                                         : "', '") +
                Names[I].str();
  reportConfigError("invalid value '" + Value + "' for option '" + CheckName +
                    "." + LocalName + "'; expected " + Expected + "'");
}

void AsyncTidyCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  for (const auto &KV : GlobalCatalogValues)
    Opts[KV.getKey()] = ClangTidyOptions::ClangTidyValue(KV.getValue());
  for (const auto &KV : StoredOptions)
    Options.store(Opts, KV.getKey(), KV.getValue());
}

} // namespace clang::tidy::async
