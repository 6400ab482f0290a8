//===--- SourceText.h - The text of a node as written -----------*- C++ -*-===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#ifndef ASYNC_TIDY_SUPPORT_SOURCETEXT_H
#define ASYNC_TIDY_SUPPORT_SOURCETEXT_H

#include "clang/AST/ASTContext.h"
#include "clang/Lex/Lexer.h"

namespace clang::tidy::async {

/// The text of the tokens \p Range covers, as written (clang's
/// Lexer::getSourceText); empty when it cannot be had (a range in a macro
/// expansion that is not one argument, an invalid range).
inline StringRef sourceText(SourceRange Range, const ASTContext &Ctx) {
  return Lexer::getSourceText(CharSourceRange::getTokenRange(Range),
                              Ctx.getSourceManager(), Ctx.getLangOpts());
}

} // namespace clang::tidy::async

#endif // ASYNC_TIDY_SUPPORT_SOURCETEXT_H
