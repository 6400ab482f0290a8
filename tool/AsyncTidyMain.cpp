//===--- AsyncTidyMain.cpp - clang-tidy with the async module built in ----===//
//
// async-tidy is clang-tidy's own main with the async module linked in: every
// clang-tidy flag works and no --load (nor a matching clang-tidy) is needed.
// One difference: when neither the command line nor a .clang-tidy file names
// checks, it runs "async-*" instead of clang-tidy's default set.
//
//===----------------------------------------------------------------------===//

#include "AsyncTidyVersion.h"
#include "clang-tidy/tool/ClangTidyMain.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <string>
#include <vector>

namespace clang::tidy {
// Keeps the statically linked module's registration (see AsyncTidyModule.cpp).
extern volatile int AsyncTidyModuleAnchorSource;
static int LLVM_ATTRIBUTE_UNUSED AsyncTidyModuleAnchorDestination =
    AsyncTidyModuleAnchorSource;
} // namespace clang::tidy

using llvm::StringRef;

/// Options that name checks or a whole configuration themselves.
static bool namesChecksOrConfig(StringRef Arg) {
  for (StringRef Flag :
       {"checks", "config", "config-file", "dump-config", "explain-config"}) {
    for (StringRef Dashes : {"-", "--"}) {
      std::string Prefix = (Dashes + Flag).str();
      if (Arg == Prefix || Arg.starts_with(Prefix + "="))
        return true;
    }
  }
  return false;
}

/// True if a .clang-tidy file in \p Dir or one of its parents has "Checks:".
static bool configNamesChecks(StringRef StartDir) {
  llvm::SmallString<256> Dir(StartDir);
  llvm::sys::fs::make_absolute(Dir);
  while (!Dir.empty()) {
    llvm::SmallString<256> Config(Dir);
    llvm::sys::path::append(Config, ".clang-tidy");
    if (auto Buffer = llvm::MemoryBuffer::getFile(Config)) {
      llvm::SmallVector<StringRef, 32> Lines;
      (*Buffer)->getBuffer().split(Lines, '\n');
      for (StringRef Line : Lines)
        if (Line.ltrim().starts_with("Checks:"))
          return true;
    }
    StringRef Parent = llvm::sys::path::parent_path(Dir);
    if (Parent == Dir)
      break;
    Dir = Parent;
  }
  return false;
}

int main(int Argc, const char **Argv) {
  llvm::cl::AddExtraVersionPrinter([](llvm::raw_ostream &OS) {
    OS << "async-tidy version " ASYNC_TIDY_VERSION
          " (clang-tidy with the async module, built against "
          "LLVM " ASYNC_TIDY_BUILT_WITH_LLVM ")\n";
  });

  // Decide whether to supply the default check set.
  bool ChecksNamed = false;
  std::vector<StringRef> Sources;
  for (int I = 1; I < Argc; ++I) {
    StringRef Arg = Argv[I];
    if (Arg == "--")
      break;
    if (namesChecksOrConfig(Arg))
      ChecksNamed = true;
    else if (!Arg.starts_with("-"))
      Sources.push_back(Arg);
  }
  if (!ChecksNamed) {
    // clang-tidy looks for .clang-tidy next to each source file; so do we.
    // Without sources (e.g. --list-checks) look from the current directory.
    if (Sources.empty())
      ChecksNamed = configNamesChecks(".");
    for (StringRef Source : Sources)
      if (configNamesChecks(llvm::sys::path::parent_path(Source).empty()
                                ? "."
                                : llvm::sys::path::parent_path(Source)))
        ChecksNamed = true;
  }

  std::vector<const char *> Args(Argv, Argv + Argc);
  static const char DefaultChecks[] = "--checks=-*,async-*";
  if (!ChecksNamed)
    Args.insert(Args.begin() + 1, DefaultChecks);
  return clang::tidy::clangTidyMain(static_cast<int>(Args.size()), Args.data());
}
