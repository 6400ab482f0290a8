//===--- AsyncClangdMain.cpp - clangd with the async module built in ------===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// async-clangd is clangd's own main with the async clang-tidy module linked
// in, so that async-* diagnostics and their fix-its reach any LSP editor.
// clangd cannot load clang-tidy plugins (clangd/clangd#1458); linking is the
// way. Every clangd flag and .clangd key works as in clangd-19.
//
// Three things clangd 19 decides in code no option or extension point
// reaches, and what async-clangd does about them:
//  - The documentation link of a clang-tidy diagnostic is built from the
//    check's name by getDiagnosticDocURI() (clangd/Diagnostics.cpp) and
//    always points at clang.llvm.org, where no async-* page exists.
//  - serverInfo is clangd's own name and version
//    (ClangdLSPServer::onInitialize).
//  - Feature modules, the extension point that could change either, cannot
//    be added to the server clangdMain() builds.
// So async-clangd edits its own LSP output: clangd writes to a pipe, and a
// thread copies each message to the real stdout, pointing the link of
// async-* diagnostics at this project's docs (or dropping it) and naming
// async-clangd in serverInfo. Every other message passes through unchanged.
//
// clangd runs only clang-tidy checks it knows to be fast unless .clangd says
// `Diagnostics: ClangTidy: FastCheckFilter: Loose` (or `None`). The filter is
// part of clangd's configuration, which clangdMain() assembles itself, so
// async-clangd cannot default it; its first log line says so.
//
//===----------------------------------------------------------------------===//

#include "AsyncTidyVersion.h"
#include "support/AsyncTidyCheck.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <optional>
#include <string>
#include <thread>
#include <unistd.h>

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

#ifndef ASYNC_TIDY_DOCS_URL
#define ASYNC_TIDY_DOCS_URL ""
#endif

static void printAsyncVersion() {
  llvm::outs() << "async-clangd version " ASYNC_TIDY_VERSION
                  " (clangd with the async clang-tidy module, built against "
                  "LLVM " ASYNC_TIDY_BUILT_WITH_LLVM ")\n";
  llvm::outs().flush();
}

/// A file:// URI of an absolute path.
static std::string fileUri(llvm::StringRef Path) {
  std::string Uri = "file://";
  for (char C : Path) {
    if (llvm::isAlnum(C) || llvm::StringRef("/-._~").contains(C))
      Uri += C;
    else
      Uri += llvm::formatv("%{0:X-2}", static_cast<unsigned char>(C)).str();
  }
  return Uri;
}

/// The base of the documentation links: ASYNC_TIDY_DOCS_URL when the build
/// set it, else the docs installed with this binary
/// (<prefix>/share/doc/async-tidy, <prefix> being the parent of its bin/);
/// none when those are not there (e.g. in a build tree).
static std::optional<std::string> docsBase(const char *Argv0) {
  llvm::StringRef Configured = ASYNC_TIDY_DOCS_URL;
  if (!Configured.empty())
    return Configured.rtrim('/').str();
  std::string Exe = llvm::sys::fs::getMainExecutable(
      Argv0, reinterpret_cast<void *>(&printAsyncVersion));
  llvm::SmallString<256> Docs(
      llvm::sys::path::parent_path(llvm::sys::path::parent_path(Exe)));
  llvm::sys::path::append(Docs, "share", "doc", "async-tidy");
  if (Docs.empty() || !llvm::sys::fs::is_directory(Docs + "/checks"))
    return std::nullopt;
  return fileUri(Docs);
}

namespace {

/// Copies clangd's LSP output from a pipe to the real stdout, editing the
/// two things clangd hard-codes (see the file comment).
class LspOutputEditor {
public:
  LspOutputEditor(std::optional<std::string> DocsBase)
      : DocsBase(std::move(DocsBase)) {}

  /// Redirects stdout into the pipe and starts copying. False (and nothing
  /// changed) if the pipe cannot be set up.
  bool start() {
    int Fds[2];
    if (::pipe(Fds) != 0)
      return false;
    RealStdout = ::dup(STDOUT_FILENO);
    if (RealStdout < 0 || ::dup2(Fds[1], STDOUT_FILENO) < 0) {
      ::close(Fds[0]);
      ::close(Fds[1]);
      return false;
    }
    ::close(Fds[1]);
    PipeRead = Fds[0];
    Copier = std::thread([this] { copy(); });
    return true;
  }

  /// Puts the real stdout back, which closes the pipe, and waits until
  /// everything clangd wrote has been copied.
  void finish() {
    if (!Copier.joinable())
      return;
    llvm::outs().flush();
    ::dup2(RealStdout, STDOUT_FILENO);
    Copier.join();
  }

private:
  void copy() {
    std::string Buffer;
    char Chunk[65536];
    while (true) {
      ssize_t N = ::read(PipeRead, Chunk, sizeof(Chunk));
      if (N < 0 && errno == EINTR)
        continue;
      if (N <= 0)
        break;
      Buffer.append(Chunk, N);
      forwardCompleteMessages(Buffer);
    }
    writeAll(Buffer);
    ::close(PipeRead);
  }

  /// Forwards every complete "Content-Length: N\r\n\r\n<body>" message at
  /// the start of \p Buffer; text that is not such a message passes as is.
  void forwardCompleteMessages(std::string &Buffer) {
    while (!Buffer.empty()) {
      llvm::StringRef Data = Buffer;
      size_t HeaderEnd = Data.find("\r\n\r\n");
      if (!Data.starts_with("Content-Length:") &&
          !llvm::StringRef("Content-Length:").starts_with(Data)) {
        writeAll(Buffer);
        Buffer.clear();
        return;
      }
      if (HeaderEnd == llvm::StringRef::npos)
        return; // The header is not complete yet.
      size_t Length;
      if (Data.substr(15, HeaderEnd - 15).trim().getAsInteger(10, Length)) {
        writeAll(Buffer); // Not a header clangd writes: leave it alone.
        Buffer.clear();
        return;
      }
      size_t End = HeaderEnd + 4 + Length;
      if (Buffer.size() < End)
        return; // The body is not complete yet.
      std::string Body = edited(Data.substr(HeaderEnd + 4, Length));
      writeAll("Content-Length: " + std::to_string(Body.size()) + "\r\n\r\n" +
               Body);
      Buffer.erase(0, End);
    }
  }

  std::string edited(llvm::StringRef Body) {
    if (!Body.contains("\"codeDescription\"") &&
        !Body.contains("\"serverInfo\""))
      return Body.str();
    llvm::Expected<llvm::json::Value> Message = llvm::json::parse(Body);
    if (!Message) {
      llvm::consumeError(Message.takeError());
      return Body.str();
    }
    llvm::json::Object *Object = Message->getAsObject();
    if (!Object)
      return Body.str();
    if (llvm::json::Object *Result = Object->getObject("result"))
      if (llvm::json::Object *Info = Result->getObject("serverInfo")) {
        std::string ClangdVersion =
            Info->getString("version").value_or("").str();
        (*Info)["name"] = "async-clangd";
        (*Info)["version"] = "async-tidy " ASYNC_TIDY_VERSION
                             " (built against LLVM " ASYNC_TIDY_BUILT_WITH_LLVM
                             "); " +
                             ClangdVersion;
      }
    if (Object->getString("method") == "textDocument/publishDiagnostics")
      if (llvm::json::Object *Params = Object->getObject("params"))
        if (llvm::json::Array *Diagnostics = Params->getArray("diagnostics"))
          for (llvm::json::Value &D : *Diagnostics)
            if (llvm::json::Object *Diagnostic = D.getAsObject())
              editLink(*Diagnostic);
    return llvm::formatv(Body.contains('\n') ? "{0:2}" : "{0}", *Message).str();
  }

  /// The link of an async-* diagnostic goes to its check's page; that of a
  /// configuration error to the configuration page; none without docs.
  void editLink(llvm::json::Object &Diagnostic) {
    if (Diagnostic.getString("source") != "clang-tidy")
      return;
    llvm::StringRef Code = Diagnostic.getString("code").value_or("");
    std::string Page;
    if (Code.starts_with("async-"))
      Page = "checks/" + Code.str() + ".md";
    else if (Code == "clang-tidy-config")
      Page = "configuration.md";
    else
      return;
    if (DocsBase)
      Diagnostic["codeDescription"] =
          llvm::json::Object{{"href", *DocsBase + "/" + Page}};
    else
      Diagnostic.erase("codeDescription");
  }

  void writeAll(llvm::StringRef Data) {
    while (!Data.empty()) {
      ssize_t N = ::write(RealStdout, Data.data(), Data.size());
      if (N < 0 && errno == EINTR)
        continue;
      if (N <= 0)
        return; // The client is gone; clangd notices on its own.
      Data = Data.drop_front(N);
    }
  }

  std::optional<std::string> DocsBase;
  int RealStdout = -1;
  int PipeRead = -1;
  std::thread Copier;
};

LspOutputEditor *OutputEditor = nullptr;

} // namespace

/// The first line of the log (stderr), in clangd's log format: which server
/// this is, and what the async checks need.
static void logIdentity() {
  auto Now = std::chrono::system_clock::now();
  std::time_t Seconds = std::chrono::system_clock::to_time_t(Now);
  auto Millis = std::chrono::duration_cast<std::chrono::milliseconds>(
                    Now.time_since_epoch())
                    .count() %
                1000;
  // Zero-padded like clangd's own log prefix (format_decimal pads with
  // spaces, "05:47:30. 11"), so the line reads as one of clangd's.
  char Time[16];
  std::strftime(Time, sizeof(Time), "%H:%M:%S", std::localtime(&Seconds));
  llvm::errs() << llvm::formatv(
      "I[{0}.{1}] async-clangd: async-tidy " ASYNC_TIDY_VERSION
      " (built against LLVM " ASYNC_TIDY_BUILT_WITH_LLVM
      ") in clangd, whose version follows. The async-* checks run only with "
      "'Diagnostics: ClangTidy: FastCheckFilter: Loose' (or None) in .clangd: "
      "clangd skips checks it does not know to be fast, and its configuration "
      "offers no way to change that default.\n",
      Time, llvm::format("%03u", static_cast<unsigned>(Millis)));
  llvm::errs().flush();
}

static void finishOutput() { OutputEditor->finish(); }

int main(int Argc, char *Argv[]) {
  bool ServerRun = true;
  for (int I = 1; I < Argc; ++I) {
    llvm::StringRef Arg = Argv[I];
    if (Arg == "--version" || Arg == "-version") {
      // clangdMain installs its own version printer, which replaces (and so
      // silences) llvm::cl's extra version printers, and exits. Add our line
      // from an exit handler instead. Touching outs() first constructs it
      // before the handler is registered, so it is destroyed (flushed) after
      // the handler ran.
      llvm::outs();
      std::atexit(printAsyncVersion);
      ServerRun = false;
      break;
    }
    if (Arg.starts_with("--help") || Arg.starts_with("-help"))
      ServerRun = false;
  }
  if (!ServerRun)
    return clang::clangd::clangdMain(Argc, Argv);

  // An editor shows only diagnostics that have a location.
  clang::tidy::async::setConfigErrorPlacement(
      clang::tidy::async::ConfigErrorPlacement::StartOfMainFile);
  logIdentity();
  // clangdMain may end the process with exit(); the handler then still
  // copies what clangd wrote. outs() is constructed first so that it is
  // destroyed after the handler ran.
  llvm::outs();
  OutputEditor = new LspOutputEditor(docsBase(Argv[0]));
  if (OutputEditor->start())
    std::atexit(finishOutput);
  return clang::clangd::clangdMain(Argc, Argv);
}
