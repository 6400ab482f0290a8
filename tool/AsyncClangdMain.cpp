//===--- AsyncClangdMain.cpp - clangd with the async module built in ------===//
//
// async-clangd is clangd's own main with the async clang-tidy module linked
// in, so that async-* diagnostics and their fix-its reach any LSP editor.
// clangd cannot load clang-tidy plugins (clangd/clangd#1458); linking is the
// way. Every clangd flag and .clangd key works as in clangd-19.
//
// Note: clangd runs only clang-tidy checks it knows to be fast unless .clangd
// says `Diagnostics: ClangTidy: FastCheckFilter: Loose` (or `None`); async-*
// checks are not on its list (see docs/editors.md).
//
//===----------------------------------------------------------------------===//

#include "AsyncTidyVersion.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdlib>

namespace clang {
namespace clangd {
// Defined in libclangdMain.a (clang-tools-extra/clangd/tool/ClangdMain.cpp);
// Debian's libclang-19-dev ships the archive but not the header.
int clangdMain(int Argc, char *Argv[]);
} // namespace clangd

namespace tidy {
// Keeps the statically linked module's registration (see AsyncTidyModule.cpp).
extern volatile int AsyncTidyModuleAnchorSource;
static int LLVM_ATTRIBUTE_UNUSED AsyncTidyModuleAnchorDestination =
    AsyncTidyModuleAnchorSource;
} // namespace tidy
} // namespace clang

static void printAsyncVersion() {
  llvm::outs() << "async-clangd version " ASYNC_TIDY_VERSION
                  " (clangd with the async clang-tidy module, built against "
                  "LLVM " ASYNC_TIDY_BUILT_WITH_LLVM ")\n";
  llvm::outs().flush();
}

int main(int Argc, char *Argv[]) {
  // clangdMain installs its own version printer, which replaces (and so
  // silences) llvm::cl's extra version printers, and exits. Add our line from
  // an exit handler instead. Touching outs() first constructs it before the
  // handler is registered, so it is destroyed (flushed) after the handler ran.
  for (int I = 1; I < Argc; ++I) {
    llvm::StringRef Arg = Argv[I];
    if (Arg == "--version" || Arg == "-version") {
      llvm::outs();
      std::atexit(printAsyncVersion);
      break;
    }
  }
  return clang::clangd::clangdMain(Argc, Argv);
}
