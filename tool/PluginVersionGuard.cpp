//===--- PluginVersionGuard.cpp - Refuse to run in the wrong clang-tidy ---===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// The clang-tidy plugin libAsyncTidy.so is this file alone; the checks are in
// libAsyncTidyChecks.so next to it. clang-tidy has no stable plugin ABI: a
// plugin built against one LLVM release and loaded into another often loads
// fine and then silently reports nothing, or fails to load with an undefined
// symbol (a plugin built for LLVM 22 refers to data LLVM 16 and 19 lack, and
// the dynamic linker refuses it before any of its code runs). So this guard
// refers to no LLVM symbol at link time: when it is loaded it asks the host
// process for its clang version, and on a mismatch prints one error naming
// both versions and ends the run with a failure. On a match it loads the
// checks, which register their module with the host's clang-tidy.
//
//===----------------------------------------------------------------------===//

#include "AsyncTidyVersion.h"
#include "clang/Basic/Version.inc"
#include <cstdio>
#include <cstdlib>
#include <dlfcn.h>
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

/// The host's clang::getClangFullVersion(), looked up at run time: linking
/// against it would make the guard as version-bound as the checks.
std::string hostClangFullVersion() {
  using GetVersionFn = std::string (*)();
  // std::string clang::getClangFullVersion(), mangled; its signature has not
  // changed since clang 3.
  auto *GetVersion = reinterpret_cast<GetVersionFn>(
      dlsym(RTLD_DEFAULT, "_ZN5clang19getClangFullVersionB5cxx11Ev"));
  if (!GetVersion)
    GetVersion = reinterpret_cast<GetVersionFn>(
        dlsym(RTLD_DEFAULT, "_ZN5clang19getClangFullVersionEv"));
  return GetVersion ? GetVersion() : std::string();
}

/// The directory of this plugin, where libAsyncTidyChecks.so is.
std::string pluginDirectory() {
  Dl_info Info;
  if (!dladdr(reinterpret_cast<void *>(&pluginDirectory), &Info) ||
      !Info.dli_fname)
    return ".";
  std::string Path = Info.dli_fname;
  size_t Slash = Path.rfind('/');
  return Slash == std::string::npos ? "." : Path.substr(0, Slash);
}

[[noreturn]] void fail() {
  std::fflush(stderr);
  // _Exit: we are inside dlopen(); running the host's exit handlers from
  // here is not safe.
  std::_Exit(1);
}

bool checkHostVersionAndLoadChecks() {
  const std::string Built = std::to_string(CLANG_VERSION_MAJOR) + "." +
                            std::to_string(CLANG_VERSION_MINOR);
  std::string HostFull = hostClangFullVersion();
  // Test hook: pretend to be loaded into another version.
  if (const char *Fake = std::getenv("ASYNC_TIDY_TEST_HOST_CLANG_VERSION"))
    HostFull = Fake;
  const std::string Host = majorMinor(HostFull);
  if (Host != Built) {
    std::fprintf(stderr,
                 "error: async-tidy plugin (libAsyncTidy.so %s) was built for "
                 "clang-tidy %s (LLVM %s) but was loaded into clang-tidy %s "
                 "(%s). clang-tidy plugins only work in the clang-tidy version "
                 "they were built for: run clang-tidy-%d, use the async-tidy "
                 "executable, or rebuild the plugin against LLVM %s.\n",
                 ASYNC_TIDY_VERSION, Built.c_str(), ASYNC_TIDY_BUILT_WITH_LLVM,
                 Host.empty() ? "of an unknown version" : Host.c_str(),
                 HostFull.empty() ? "no clang version found in the process"
                                  : HostFull.c_str(),
                 CLANG_VERSION_MAJOR,
                 Host.empty() ? "<host version>" : Host.c_str());
    fail();
  }
  const std::string Checks = pluginDirectory() + "/libAsyncTidyChecks.so";
  // RTLD_GLOBAL, as clang-tidy loads plugins; the checks' static
  // initializers register the module.
  if (!dlopen(Checks.c_str(), RTLD_NOW | RTLD_GLOBAL)) {
    std::fprintf(stderr,
                 "error: async-tidy plugin: cannot load its checks: %s\n",
                 dlerror());
    fail();
  }
  return true;
}

[[maybe_unused]] const bool HostVersionChecked =
    checkHostVersionAndLoadChecks();

} // namespace
