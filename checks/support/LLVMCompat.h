//===--- LLVMCompat.h - Clang API differences of LLVM 16/19/22 -*- C++ -*-===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// async-tidy builds against LLVM/Clang 16, 19 and 22 from one source tree.
// Every difference between their APIs that the checks meet lives here, as a
// small function with the newest API's meaning, so that no check has an #if.
// The code is written against LLVM 19; a helper exists only where 16 or 22
// differs. When a major is dropped, its branches go.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_SUPPORT_LLVMCOMPAT_H
#define ASYNC_TIDY_SUPPORT_LLVMCOMPAT_H

#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/AST/NestedNameSpecifier.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/TypeLoc.h"
#include "clang/Basic/Version.h"
#include <optional>
#include <string>

namespace clang::tidy::async::compat {

/// The type a class declares (ASTContext::getRecordType, which clang 22
/// replaced by getCanonicalTagType).
inline QualType recordType(const ASTContext &Ctx, const CXXRecordDecl *RD) {
#if CLANG_VERSION_MAJOR >= 22
  return Ctx.getCanonicalTagType(RD);
#else
  return Ctx.getRecordType(RD);
#endif
}

/// The canonical type an enumeration declares (ASTContext::getEnumType, which
/// clang 22 replaced by getCanonicalTagType).
inline QualType canonicalEnumType(const ASTContext &Ctx, const EnumDecl *ED) {
#if CLANG_VERSION_MAJOR >= 22
  return Ctx.getCanonicalTagType(ED);
#else
  return Ctx.getEnumType(ED).getCanonicalType();
#endif
}

/// Where a call begins. Clang 22's CallExpr::getBeginLoc(), called through a
/// CallExpr pointer on an overloaded operator() call (`stdexec::set_value(r)`,
/// a customization-point object), answers the callee's begin, the `(`;
/// Stmt::getBeginLoc() dispatches to CXXOperatorCallExpr's own, which is right
/// in every version (the optimization of llvm/llvm-project#141058).
inline SourceLocation beginLoc(const CallExpr *Call) {
  return static_cast<const Stmt *>(Call)->getBeginLoc();
}

/// An address identifying a nested-name-specifier, as clang's parent map
/// hashes it (clang 22 made NestedNameSpecifier a value type).
inline const void *opaqueSpecifier(NestedNameSpecifierLoc NNS) {
#if CLANG_VERSION_MAJOR >= 22
  return NNS.getNestedNameSpecifier().getAsVoidPointer();
#else
  return NNS.getNestedNameSpecifier();
#endif
}

/// RecursiveASTVisitor<Derived>::TraverseTypeLoc, called from an override in
/// Derived. Clang 22 added the TraverseQualifier parameter (false when the
/// caller traverses the qualifier itself); an override declares it with the
/// default `true`, which older clangs never pass.
template <typename Derived>
bool traverseTypeLocBase(RecursiveASTVisitor<Derived> &Visitor, TypeLoc TL,
                         bool TraverseQualifier) {
#if CLANG_VERSION_MAJOR >= 22
  return Visitor.RecursiveASTVisitor<Derived>::TraverseTypeLoc(
      TL, TraverseQualifier);
#else
  (void)TraverseQualifier;
  return Visitor.RecursiveASTVisitor<Derived>::TraverseTypeLoc(TL);
#endif
}

/// clang-tidy's ExcludeHeaderFilterRegex option (new in clang-tidy 19;
/// nothing is excluded before).
inline const std::optional<std::string> &
excludeHeaderFilterRegex(const ClangTidyOptions &Opts) {
#if CLANG_VERSION_MAJOR >= 19
  return Opts.ExcludeHeaderFilterRegex;
#else
  (void)Opts;
  static const std::optional<std::string> None;
  return None;
#endif
}

/// Every option name of every registered check (getAllChecksAndOptions;
/// clang-tidy 22 renamed its result type and added a parameter).
inline llvm::StringSet<> allCheckOptionNames() {
#if CLANG_VERSION_MAJOR >= 22
  return getAllChecksAndOptions(/*AllowEnablingAnalyzerAlphaCheckers=*/true,
                                /*ExperimentalCustomChecks=*/false)
      .Options;
#else
  return getAllChecksAndOptions().Options;
#endif
}

} // namespace clang::tidy::async::compat

#endif // ASYNC_TIDY_SUPPORT_LLVMCOMPAT_H
