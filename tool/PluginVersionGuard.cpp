//===--- PluginVersionGuard.cpp - Refuse to run in the wrong clang-tidy ---===//
//
// Part of the clang-tidy plugin only. clang-tidy has no stable plugin ABI:
// a plugin built against one LLVM release and loaded into another often loads
// fine and then silently reports nothing. This guard runs when the plugin is
// loaded, compares the clang version it was compiled against with the one of
// the host process, and on a mismatch prints one error naming both and ends
// the run with a failure.
//
//===----------------------------------------------------------------------===//

#include "AsyncTidyVersion.h"
#include "clang/Basic/Version.h"
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

/// "19.1" from "Debian clang version 19.1.7 (3~deb12u1)".
std::string majorMinor(const std::string &FullVersion) {
  size_t Pos = FullVersion.find("version ");
  if (Pos == std::string::npos)
    return "";
  Pos += 8;
  size_t FirstDot = FullVersion.find('.', Pos);
  if (FirstDot == std::string::npos)
    return "";
  size_t End = FullVersion.find_first_not_of("0123456789", FirstDot + 1);
  return FullVersion.substr(Pos, End - Pos);
}

bool checkHostVersion() {
  const std::string Built = std::to_string(CLANG_VERSION_MAJOR) + "." +
                            std::to_string(CLANG_VERSION_MINOR);
  // The host's libclang-cpp answers this call, not our headers.
  std::string HostFull = clang::getClangFullVersion();
  // Test hook: pretend to be loaded into another version.
  if (const char *Fake = std::getenv("ASYNC_TIDY_TEST_HOST_CLANG_VERSION"))
    HostFull = Fake;
  const std::string Host = majorMinor(HostFull);
  if (Host == Built)
    return true;
  std::fprintf(stderr,
               "error: async-tidy plugin (libAsyncTidy.so %s) was built for "
               "clang-tidy %s (LLVM %s) but was loaded into clang-tidy %s "
               "(%s). clang-tidy plugins only work in the clang-tidy version "
               "they were built for: run clang-tidy-%d, use the async-tidy "
               "executable, or rebuild the plugin against LLVM %s.\n",
               ASYNC_TIDY_VERSION, Built.c_str(), ASYNC_TIDY_BUILT_WITH_LLVM,
               Host.empty() ? "of an unknown version" : Host.c_str(),
               HostFull.c_str(), CLANG_VERSION_MAJOR,
               Host.empty() ? "<host version>" : Host.c_str());
  std::fflush(stderr);
  // _Exit: we are inside dlopen(); running the host's exit handlers from
  // here is not safe.
  std::_Exit(1);
}

[[maybe_unused]] const bool HostVersionChecked = checkHostVersion();

} // namespace
