#!/usr/bin/env python3
# Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
# See LICENSE for license information.
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Creates a new async-* check, in the spirit of clang-tidy's add_new_check.py.

    tool/new_check.py foo-bar [--summary "what it finds"] [--dry-run]

writes
    checks/FooBarCheck.h, checks/FooBarCheck.cpp   the check (a working skeleton)
    test/checks/async-foo-bar/basic.cpp            its lit test, positives and negatives
    docs/checks/async-foo-bar.md                   its documentation page
and registers it in
    checks/AsyncTidyModule.cpp                     the module (alphabetical order)
    checks/CMakeLists.txt                          the object library's sources
    README.md                                      the table of checks
    test/robustness/Inputs/all-options.yaml        every option of every check
so that the build and the whole suite pass right after it runs. The skeleton
flags calls of the functions named by its option 'Functions' inside a
coroutine body, with a note; replace the matcher and the message with the
check's real logic, add the library facts it needs to
checks/support/Catalog.def, and write the test first.

Every file is written to a temporary name and renamed, and nothing is written
unless every edit applies: a failed run leaves the tree as it was.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAME_RE = re.compile(r"^[a-z][a-z0-9]*(-[a-z][a-z0-9]*)*$")


class GeneratorError(Exception):
    pass


def class_name(check):
    """'foo-bar' -> 'FooBarCheck'."""
    return "".join(part.capitalize() for part in check.split("-")) + "Check"


def header_guard(cls):
    return "ASYNC_TIDY_" + cls.upper() + "_H"


def banner(filename, title, cpp_mode):
    """An LLVM file banner: //===--- name - title ---*- C++ -*-===// in 80 columns."""
    left = "//===--- %s - %s " % (filename, title)
    right = "-*- C++ -*-===//" if cpp_mode else "===//"
    fill = 80 - len(left) - len(right)
    if fill < 1:
        return "//===--- %s ---%s" % (filename, right)
    return left + "-" * fill + right


def header_text(check, cls, summary):
    return """{banner}
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// {summary}
//
//===----------------------------------------------------------------------===//

#ifndef {guard}
#define {guard}

#include "support/AsyncTidyCheck.h"
#include "llvm/ADT/SmallVector.h"
#include <string>

namespace clang::tidy::async {{

/// {summary}
///
/// For the user-facing documentation see:
/// docs/checks/async-{check}.md
class {cls} : public AsyncTidyCheck {{
public:
  {cls}(StringRef Name, ClangTidyContext *Context);
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  /// The text of the 'Functions' option (AsyncTidyCheck stores it back).
  const std::string FunctionsText;
  /// Its entries: fully qualified function names.
  llvm::SmallVector<StringRef, 4> Functions;
}};

}} // namespace clang::tidy::async

#endif // {guard}
""".format(banner=banner(cls + ".h", "async-" + check, True), summary=summary,
           guard=header_guard(cls), cls=cls, check=check)


def source_text(check, cls):
    return """{banner}
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "{cls}.h"
#include "clang-tidy/utils/OptionsUtils.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::async {{

// Each option the check reads is listed with the check in asyncChecks()
// (checks/AsyncTidyModule.cpp) and read through AsyncTidyCheck's option
// readers, which validate it and store it back for --dump-config.
{cls}::{cls}(StringRef Name, ClangTidyContext *Context)
    : AsyncTidyCheck(Name, Context),
      FunctionsText(stringOption("Functions", "")) {{
  for (StringRef Function : utils::options::parseStringList(FunctionsText))
    Functions.push_back(Function);
}}

void {cls}::registerMatchers(MatchFinder *Finder) {{
  if (Functions.empty())
    return;
  // TODO: replace with the check's own matcher. Library knowledge (which
  // calls block, which types are tasks...) comes from catalog(), never from a
  // list in the check.
  Finder->addMatcher(
      callExpr(
          callee(functionDecl(hasAnyName(Functions))),
          forCallable(functionDecl(has(coroutineBodyStmt())).bind("coroutine")))
          .bind("call"),
      this);
}}

void {cls}::check(const MatchFinder::MatchResult &Result) {{
  // Matches in code clang-tidy does not show are dropped before any analysis.
  if (outsideAnalysedCode(Result))
    return;
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call");
  const auto *Coroutine = Result.Nodes.getNodeAs<FunctionDecl>("coroutine");
  // TODO: say what is wrong, why it can deadlock, and what to do. User text
  // (names from the configuration) is only ever a diagnostic argument.
  diag(Call->getBeginLoc(), "call of %0 inside coroutine %1")
      << Call->getDirectCallee() << Coroutine;
  diag(Coroutine->getLocation(), "coroutine %0 is declared here",
       DiagnosticIDs::Note)
      << Coroutine;
}}

}} // namespace clang::tidy::async
""".format(banner=banner(cls + ".cpp", "async-" + check, False), cls=cls)


def test_text(check):
    return """// async-{check}: the generated skeleton's test. Replace it with the check's
// positives and, above all, its hard negatives (near misses that must stay
// silent).
// RUN: %check_async_tidy %s async-{check} %t -config="{{CheckOptions: {{async-{check}.Functions: 'app::block'}}}}"

#include <coroutine>

namespace app {{
void block();
void other();

struct task {{
  struct promise_type {{
    task get_return_object() {{ return {{}}; }}
    std::suspend_never initial_suspend() noexcept {{ return {{}}; }}
    std::suspend_never final_suspend() noexcept {{ return {{}}; }}
    void return_void() {{}}
    void unhandled_exception() {{}}
  }};
}};
}} // namespace app

app::task coroutine() {{
  app::block();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call of 'block' inside coroutine 'coroutine' [async-{check}]
  // CHECK-NOTES: :[[@LINE-3]]:11: note: coroutine 'coroutine' is declared here
  co_return;
}}

// Negatives: another function, and the configured one outside a coroutine.
app::task otherCall() {{
  app::other();
  co_return;
}}
void plainFunction() {{ app::block(); }}
""".format(check=check)


def docs_text(check, summary):
    return """# async-{check}

{summary}

```c++
app::task coroutine() {{
  app::block();
  // warning: call of 'block' inside coroutine 'coroutine' [async-{check}]
}}
```

## Why it can deadlock

TODO: the mechanism, in the terms of the libraries it covers.

## What it flags

TODO: every shape, with the library it comes from.

## What it deliberately does not flag

TODO: the near misses its tests keep silent.

## Options

### `Functions`

Semicolon-separated fully qualified names of the functions to flag. Default: empty (the check
flags nothing).

## Limitations

TODO.
""".format(check=check, summary=summary)


def register_in_module(text, check, cls):
    """Adds the #include, the registerCheck line and the asyncChecks() entry
    with the check's own options, each in alphabetical order."""
    include = '#include "%s.h"' % cls
    if include in text:
        raise GeneratorError("checks/AsyncTidyModule.cpp already includes " + cls + ".h")
    includes = [m for m in re.finditer(r'^#include "(\w+Check)\.h"\n', text, re.M)]
    if not includes:
        raise GeneratorError("no check #include found in checks/AsyncTidyModule.cpp")
    after = None
    for m in includes:
        if m.group(1) < cls:
            after = m
    pos = after.end() if after else includes[0].start()
    text = text[:pos] + include + "\n" + text[pos:]

    registrations = list(re.finditer(
        r'^( *)Factories\.registerCheck<\w+>\(\s*"(async-[a-z0-9-]+)"\);\n',
        text, re.M))
    if not registrations:
        raise GeneratorError("no registerCheck line found in checks/AsyncTidyModule.cpp")
    indent = registrations[0].group(1)
    line = '%sFactories.registerCheck<%s>("async-%s");\n' % (indent, cls, check)
    if len(line) > 81:  # clang-format's 80 columns, plus the newline
        line = '%sFactories.registerCheck<%s>(\n%s    "async-%s");\n' % (
            indent, cls, indent, check)
    after = None
    for m in registrations:
        if m.group(2) < "async-" + check:
            after = m
    pos = after.end() if after else registrations[0].start()
    text = text[:pos] + line + text[pos:]

    # The check's own options, for asyncChecks(): an array and a table entry.
    options = cls[:-len("Check")] + "Options"
    arrays = list(re.finditer(
        r'^static constexpr llvm::StringLiteral (\w+)Options\[\] = \{[^;]*\};\n',
        text, re.M))
    table = re.search(r'^llvm::ArrayRef<AsyncCheckInfo> asyncChecks\(\) \{\n', text, re.M)
    if not arrays or not table:
        raise GeneratorError("no asyncChecks() table found in checks/AsyncTidyModule.cpp")
    after = None
    for m in arrays:
        if m.group(1) + "Options" < options:
            after = m
    pos = after.end() if after else arrays[0].start()
    text = (text[:pos] + 'static constexpr llvm::StringLiteral %s[] = {"Functions"};\n'
            % options + text[pos:])
    entries = list(re.finditer(r'^( *)\{"(async-[a-z0-9-]+)", .*\},\n', text, re.M))
    if not entries:
        raise GeneratorError("no entry found in asyncChecks() in checks/AsyncTidyModule.cpp")
    after = None
    for m in entries:
        if m.group(2) < "async-" + check:
            after = m
    pos = after.end() if after else entries[0].start()
    entry = '%s{"async-%s", %s},\n' % (entries[0].group(1), check, options)
    return text[:pos] + entry + text[pos:]


def register_in_cmake(text, cls):
    source = cls + ".cpp"
    m = re.search(r"add_library\(asyncTidyChecks OBJECT\n((?:  [^)\s]\S*\n)+)", text)
    if not m:
        raise GeneratorError("no add_library(asyncTidyChecks OBJECT ...) in checks/CMakeLists.txt")
    sources = m.group(1).splitlines()
    if "  " + source in sources:
        raise GeneratorError("checks/CMakeLists.txt already lists " + source)
    # Checks first (alphabetical), then support/.
    checks = sorted([s for s in sources if "/" not in s] + ["  " + source])
    support = [s for s in sources if "/" in s]
    body = "\n".join(checks + support) + "\n"
    return text[:m.start(1)] + body + text[m.end(1):]


def register_in_readme(text, check, summary):
    rows = list(re.finditer(r"^\| \[`async-([a-z0-9-]+)`\]\(docs/checks/[^)]+\) \|.*\n", text, re.M))
    if not rows:
        raise GeneratorError("no table of checks found in README.md")
    row = "| [`async-%s`](docs/checks/async-%s.md) | %s | TODO: why it can deadlock |\n" % (
        check, check, summary.rstrip("."))
    return text[:rows[-1].end()] + row + text[rows[-1].end():]


def register_in_all_options(text, check):
    """all-options.yaml sets every option of every check to a non-default value."""
    m = re.search(r"^CheckOptions:\n((?:  .*\n)*)", text, re.M)
    if not m:
        raise GeneratorError("no CheckOptions: block in test/robustness/Inputs/all-options.yaml")
    line = "  async-%s.Functions: 'app::block'\n" % check
    return text[:m.end(1)] + line + text[m.end(1):]


def find_clang_format():
    for name in ("clang-format-19", "clang-format-22", "clang-format-16", "clang-format"):
        path = shutil.which(name)
        if path:
            return path
    return None


def clang_formatted(clang_format, path, text):
    """The repository's .clang-format applied to \p text, which will be \p path."""
    if not clang_format or not path.endswith((".cpp", ".h")):
        return text
    result = subprocess.run([clang_format, "-style=file", "--assume-filename=" + path],
                            input=text, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            universal_newlines=True)
    return result.stdout if result.returncode == 0 and result.stdout else text


def write_atomically(path, text):
    directory = os.path.dirname(path)
    os.makedirs(directory, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=directory, prefix=".new_check.")
    try:
        with os.fdopen(fd, "w") as f:
            f.write(text)
        os.chmod(temp, 0o644)
        os.replace(temp, path)
    except BaseException:
        if os.path.exists(temp):
            os.unlink(temp)
        raise


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("name", help="the check's name, with or without the 'async-' prefix "
                        "(lowercase words joined by '-')")
    parser.add_argument("--summary", default="TODO: one sentence saying what the check finds.",
                        help="one sentence for the header, the docs page and the README table")
    parser.add_argument("--root", default=ROOT, help="the repository (default: this script's)")
    parser.add_argument("--dry-run", action="store_true", help="list the files, write nothing")
    args = parser.parse_args()

    check = args.name[len("async-"):] if args.name.startswith("async-") else args.name
    if not NAME_RE.match(check):
        parser.error("invalid check name '%s': use lowercase words joined by '-', e.g. "
                     "'lock-order'" % args.name)
    cls = class_name(check)
    root = os.path.abspath(args.root)
    p = lambda *parts: os.path.join(root, *parts)

    created = {
        p("checks", cls + ".h"): header_text(check, cls, args.summary),
        p("checks", cls + ".cpp"): source_text(check, cls),
        p("test", "checks", "async-" + check, "basic.cpp"): test_text(check),
        p("docs", "checks", "async-%s.md" % check): docs_text(check, args.summary),
    }
    for path in created:
        if os.path.exists(path):
            sys.exit("new_check.py: error: %s exists already; is 'async-%s' a check already?"
                     % (os.path.relpath(path, root), check))

    edits = [
        (p("checks", "AsyncTidyModule.cpp"), lambda t: register_in_module(t, check, cls)),
        (p("checks", "CMakeLists.txt"), lambda t: register_in_cmake(t, cls)),
        (p("README.md"), lambda t: register_in_readme(t, check, args.summary)),
        (p("test", "robustness", "Inputs", "all-options.yaml"),
         lambda t: register_in_all_options(t, check)),
    ]
    edited = {}
    try:
        for path, edit in edits:
            with open(path) as f:
                edited[path] = edit(f.read())
    except (OSError, GeneratorError) as e:
        sys.exit("new_check.py: error: %s (nothing was written)" % e)

    # Long names make lines that only clang-format lays out as the project does.
    clang_format = find_clang_format()
    for path, text in list(created.items()) + list(edited.items()):
        text = clang_formatted(clang_format, path, text)
        print(("would write " if args.dry_run else "wrote ") + os.path.relpath(path, root))
        if not args.dry_run:
            write_atomically(path, text)
    if not args.dry_run:
        print("\nNext: build (ninja -C build), run the new test "
              "(lit build/test/checks/async-%s), then replace the skeleton's matcher, "
              "message, test and docs with the check's own." % check)


if __name__ == "__main__":
    main()
