//===--- ReportOnce.h - One diagnostic per place, not per instantiation ---===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// The one pattern for template de-duplication. A non-dependent expression in
// a template is shared by the template and its instantiations, and a matcher
// visits a dependent one once per instantiation: the same hazard is matched
// several times at one location. A check reports a location once
// (ReportOnce, held as PerTranslationUnit<ReportOnce>), and offers fix-its
// only on the template itself (inTemplateInstantiation), where the text is
// the same for every instantiation.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_SUPPORT_REPORTONCE_H
#define ASYNC_TIDY_SUPPORT_REPORTONCE_H

#include "clang/AST/ASTContext.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/DenseSet.h"
#include <utility>

namespace clang::tidy::async {

/// The locations (with a rule number, for a check with several rules) a
/// check has reported in this translation unit.
class ReportOnce {
public:
  /// True the first time it is asked for \p Loc and \p Rule, then false.
  bool first(SourceLocation Loc, unsigned Rule = 0) {
    return Seen.insert({Loc.getRawEncoding(), Rule}).second;
  }
  /// Has \p Loc been reported (for \p Rule)?
  bool contains(SourceLocation Loc, unsigned Rule = 0) const {
    return Seen.contains({Loc.getRawEncoding(), Rule});
  }

private:
  llvm::DenseSet<std::pair<unsigned, unsigned>> Seen;
};

/// Is \p S in code instantiated from a template (a function or class
/// template specialization, a member of one)?
bool inTemplateInstantiation(const Stmt *S, ASTContext &Ctx);
/// Is the declaration \p D (a member, a local) in code instantiated from a
/// template?
bool inTemplateInstantiation(const Decl *D);

} // namespace clang::tidy::async

#endif // ASYNC_TIDY_SUPPORT_REPORTONCE_H
