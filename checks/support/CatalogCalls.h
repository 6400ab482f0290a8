//===--- CatalogCalls.h - The catalog fact of any call ----------*- C++ -*-===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Catalog::lookupCall knows the calls clang resolved. The checks also meet
// calls a template leaves unresolved (`last_.then(f)` on a dependent
// `last_`), and member calls whose method the catalog lists under the class
// of the object rather than the class that declares it (std::future::wait is
// declared in libstdc++'s std::__basic_future). This is the one lookup that
// knows both.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_SUPPORT_CATALOGCALLS_H
#define ASYNC_TIDY_SUPPORT_CATALOGCALLS_H

#include "Catalog.h"
#include "clang/AST/Expr.h"

namespace clang::tidy::async {

/// The \p Kind fact of a member call (resolved, or dependent on its object's
/// type); the object the method is called on goes to \p Object (null when
/// there is no fact or no object).
const Fact *lookupMemberCall(const Catalog &Cat, const CallExpr *Call,
                             FactKind Kind, const Expr *&Object);

/// The \p Kind fact of a call that is not a member call (a free function,
/// an operator), including a call a template leaves unresolved.
const Fact *lookupFreeCall(const Catalog &Cat, const CallExpr *Call,
                           FactKind Kind);

/// The \p Kind fact of any call: lookupMemberCall, else lookupFreeCall.
const Fact *lookupCallFact(const Catalog &Cat, const CallExpr *Call,
                           FactKind Kind);

} // namespace clang::tidy::async

#endif // ASYNC_TIDY_SUPPORT_CATALOGCALLS_H
