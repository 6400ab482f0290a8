//===--- ParentIndex.h - Parents of the nodes of the user's code -*- C++
//-*-===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Part of async-tidy. The checks walk from a matched call up to its enclosing
// statement, lambda and function. ASTContext::getParents() answers that, but
// its first call builds a parent map of the whole translation unit, system
// headers included: on a TU that includes Qt or Asio that single map costs a
// third of the parse and ~60% more memory (docs/performance.md). The
// ParentIndex gives the same answers for the nodes that can carry a
// diagnostic, those outside system headers, from a map of those nodes alone;
// it is built once per translation unit and shared by every async-* check.
// Shown code is indexed on first use; a declaration of a header the header
// filter leaves out is indexed only when a node in it is asked about (on a Qt
// TU, Qt's headers come in through -I, are analysed, and hold ten times the
// user's nodes). The same first walk lists the declarations of shown code,
// from which the call index starts (shownDeclarations()): the namespaces of
// a unit are walked once.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_PARENTINDEX_H
#define ASYNC_TIDY_PARENTINDEX_H

#include "LLVMCompat.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ASTTypeTraits.h"
#include "clang/AST/ParentMapContext.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/PointerUnion.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/Regex.h"
#include <optional>

namespace clang::tidy::async {

/// Which code the checks analyse, and which of it clang-tidy shows: the main
/// file; a header whose name matches HeaderFilterRegex and not
/// ExcludeHeaderFilterRegex; a system header only with SystemHeaders. The
/// checks analyse and report everything but system headers (without
/// SystemHeaders); clang-tidy decides what is shown. The "shown" verdict
/// mirrors ClangTidyDiagnosticConsumer's filter (see fileVerdict()) and is
/// used only to count the findings clang-tidy hides; it errs towards
/// "shown": code without a file (a -D macro), an invalid filter regex.
class ReportedCode {
public:
  enum Verdict {
    Shown,
    /// A system header, without SystemHeaders.
    SystemHeader,
    /// A header the header filter leaves out: the user's own code, whose
    /// findings the user may want to see.
    FilteredHeader,
  };
  explicit ReportedCode(const ClangTidyOptions &Opts);
  /// Whether the checks analyse the code at \p Loc (all but system headers,
  /// unless SystemHeaders).
  bool analysed(SourceLocation Loc, const SourceManager &SM) {
    return verdict(Loc, SM) != SystemHeader;
  }
  Verdict verdict(SourceLocation Loc, const SourceManager &SM);
  /// Whether the namespace, linkage specification or export declaration
  /// \p Scope can hold analysed code. One in a system header cannot, unless
  /// its braces are in two files (a library's "begin namespace" and "end
  /// namespace" headers around a project header) or line markers of
  /// preprocessed source mix system and user code in its file: a header that
  /// a system header includes is a system header too (clang's preprocessor
  /// gives an included file at least its includer's characteristic).
  /// Skipping the others spares a walk over the standard library's
  /// declarations.
  bool mayHoldAnalysedCode(const Decl *Scope, const SourceManager &SM);

private:
  Verdict fileVerdict(FileID File, const SourceManager &SM);
  bool SystemHeaders;
  std::optional<llvm::Regex> HeaderFilter, ExcludeHeaderFilter;
  bool InvalidFilter = false;
  llvm::DenseMap<FileID, Verdict> Cache;
};

class ParentIndex {
public:
  /// Starts a new translation unit checked with \p Opts.
  static void startTranslationUnit(const ClangTidyOptions &Opts);
  /// Frees the index of the finished translation unit.
  static void endTranslationUnit();

  /// True when the checks analyse the code at \p Loc: all but system
  /// headers (ReportedCode::analysed). Outside a clang-tidy run (no start
  /// notification) everything is.
  static bool isAnalysed(SourceLocation Loc, const SourceManager &SM);
  /// True when clang-tidy shows a finding at \p Loc (ReportedCode's "shown"
  /// verdict). Only to bound work that is costly outside shown code (the
  /// call index: a Qt TU's non-system headers); a whole-TU analysis so
  /// bounded may count fewer hidden findings, never show fewer.
  static bool isShown(SourceLocation Loc, const SourceManager &SM);

  /// Records a finding at \p Loc. One in a header the header filter leaves
  /// out is hidden by clang-tidy (its front end counts it in "Suppressed N
  /// warnings"); at the end of the unit their locations are written to
  /// $ASYNC_TIDY_LEFT_OUT_FILE (one "path<TAB>offset" line each), from which
  /// the audit runner counts them across units.
  static void noteFinding(SourceLocation Loc);

  /// The outermost declarations of shown code, in the order of the
  /// translation unit: those below no declaration but namespaces, linkage
  /// specifications and export declarations. Those namespaces are walked once
  /// per unit, by the index; a whole-unit pass over shown code (the call
  /// index) starts from this list rather than walk them again. None outside
  /// a clang-tidy run.
  static std::optional<llvm::ArrayRef<Decl *>>
  shownDeclarations(ASTContext &Ctx);

  /// The parents of \p Node as ASTContext::getParents() reports them
  /// (TK_AsIs). Nodes of analysed code are answered from the index; any other
  /// node falls back to the whole-TU map.
  static DynTypedNodeList getParents(ASTContext &Ctx, const DynTypedNode &Node);
  template <typename T>
  static DynTypedNodeList getParents(ASTContext &Ctx, const T &Node) {
    return getParents(Ctx, DynTypedNode::create(Node));
  }

  ParentIndex(ASTContext &Ctx, ReportedCode &Reported);
  ~ParentIndex();

private:
  class Builder;
  /// A node on the builder's path from the root.
  struct Frame;
  /// A declaration of a header the header filter leaves out, not indexed
  /// yet: its parent is recorded; the path from the root to it is kept to
  /// index its subtree when a node of its file is first asked about.
  struct PendingDecl;
  /// Where a declaration set aside lies in its file.
  struct PendingSpan;
  /// Indexes the pending declarations whose source holds \p Node, and those
  /// that hold their instantiations; false when no declaration of its file
  /// holds it.
  bool indexEnclosing(const DynTypedNode &Node);
  /// Indexes the pending declarations that may hold nodes of \p File.
  void indexPending(FileID File);
  /// Indexes every pending declaration.
  void indexAllPending();
  /// The file whose pending declarations may hold \p Node.
  FileID fileOf(const DynTypedNode &Node) const;
  /// The nodes indexed in the current translation unit (for the verbose
  /// verification report).
  static unsigned indexedNodes();
  /// A TypeLoc or NestedNameSpecifierLoc: no address of its own, but a
  /// (type or specifier, location data) pair that identifies it.
  using OtherKey = std::pair<const void *, const void *>;
  static OtherKey keyOf(TypeLoc TL) {
    return {TL.getType().getAsOpaquePtr(), TL.getOpaqueData()};
  }
  static OtherKey keyOf(NestedNameSpecifierLoc NNS) {
    return {compat::opaqueSpecifier(NNS), NNS.getOpaqueData()};
  }
  using ParentList = llvm::SmallVector<DynTypedNode, 2>;
  /// A node's parents. Nearly every node has one Decl or Stmt parent, kept
  /// as a tagged pointer (the map entry is two words: the index costs a
  /// fraction of clang's map on code that is all user code); several
  /// parents, or a TypeLoc parent, go to a list.
  using Parents = llvm::PointerUnion<const Decl *, const Stmt *, ParentList *>;
  static DynTypedNodeList asList(Parents P);
  /// Null if the node is not indexed.
  Parents find(const DynTypedNode &Node) const;
  /// Puts \p List in the order clang's parent map has it: that of the
  /// traversal of the unit. On-demand indexing records the parents of a node
  /// in the order their declarations were asked about.
  void putInTraversalOrder(ParentList &List);

  /// The index of \p Ctx, built if this is its first use. Null outside a
  /// clang-tidy run.
  static ParentIndex *current(ASTContext &Ctx);

  ASTContext &Ctx;
  /// See shownDeclarations().
  std::vector<Decl *> ShownDecls;
  /// The outermost declarations of analysed code, shown or set aside, in the
  /// order of the unit, and (made on first use) their places in it.
  std::vector<const Decl *> Outermost;
  llvm::DenseMap<const Decl *, unsigned> OutermostOrder;
  /// The lists of parents that on-demand indexing appended to since they
  /// were last put in order.
  llvm::DenseSet<ParentList *> Unordered;
  /// Decl and Stmt nodes of analysed code, by address, to their parents.
  llvm::DenseMap<const void *, Parents> NodeParents;
  llvm::DenseMap<OtherKey, Parents> OtherParents;
  std::vector<std::unique_ptr<ParentList>> Lists;
  ReportedCode &Reported;
  /// Declarations of filtered headers set aside, and by the files of the
  /// nodes they may hold (their own, and those of the patterns of the
  /// template instantiations below them); indexed ones are skipped.
  std::vector<std::unique_ptr<PendingDecl>> PendingDecls;
  llvm::DenseMap<const Decl *, PendingDecl *> PendingByDecl;
  llvm::DenseMap<FileID, llvm::SmallVector<PendingDecl *, 4>> Pending;
  /// The source ranges of the declarations set aside, by file, made when a
  /// node of the file is first asked about.
  llvm::DenseMap<FileID, std::vector<PendingSpan>> Spans;
};

} // namespace clang::tidy::async

#endif // ASYNC_TIDY_PARENTINDEX_H
