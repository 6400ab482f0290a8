//===--- ParentIndex.cpp - Parents of the nodes of the user's code --------===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "ParentIndex.h"
#include "WorkCounter.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdlib>
#include <memory>

namespace clang::tidy::async {

namespace {
/// The index of the translation unit being checked on this thread. clang-tidy
/// checks one translation unit at a time per thread (clangd builds each file's
/// AST on a worker thread of its own), and every check is told when a unit
/// starts and ends, so a thread-local slot is enough and needs no lock.
struct ThreadState {
  /// Absent outside a clang-tidy run: then all code is reported and indexed
  /// by ASTContext's own map.
  std::optional<ReportedCode> Reported;
  const ASTContext *Ctx = nullptr;
  std::unique_ptr<ParentIndex> Index;
  unsigned Fallbacks = 0;
};
thread_local ThreadState State;

/// The findings of the unit in headers the header filter leaves out. Kept
/// apart from ThreadState: the first check to end the unit resets that,
/// while the others still report (each check reports at its own end of the
/// unit). Replaced when the next unit starts.
struct LeftOutFindings {
  std::optional<ReportedCode> Filter;
  /// The SourceManager of the unit's matches (ParentIndex::isAnalysed).
  const SourceManager *SM = nullptr;
  /// Expansion locations recorded so far.
  llvm::DenseSet<SourceLocation> Seen;
};
thread_local LeftOutFindings LeftOut;

/// Hands the location of a finding that the header filter left out to the
/// audit runner, as soon as it is found (clang-tidy's own front end counts
/// it in its "Suppressed N warnings" hint).
void writeLeftOut(SourceLocation Loc, const SourceManager &SM) {
  const char *Path = std::getenv("ASYNC_TIDY_LEFT_OUT_FILE");
  if (!Path || !*Path)
    return;
  OptionalFileEntryRef Entry = SM.getFileEntryRefForID(SM.getFileID(Loc));
  if (!Entry)
    return;
  StringRef Name = Entry->getFileEntry().tryGetRealPathName();
  if (Name.empty())
    Name = Entry->getName();
  std::error_code Error;
  llvm::raw_fd_ostream Out(Path, Error, llvm::sys::fs::OF_Append);
  if (!Error)
    Out << Name << "\t" << SM.getFileOffset(Loc) << "\n";
}
} // namespace

/// A node on the path from the root; a TypeLoc or nested-name-specifier
/// carries its key until a Decl or Stmt below it makes it recorded.
struct ParentIndex::Frame {
  DynTypedNode Node;
  std::optional<ParentIndex::OtherKey> PendingKey = std::nullopt;
};

struct ParentIndex::PendingDecl {
  Decl *D;
  /// The path from the root to D's parent.
  llvm::SmallVector<Frame, 4> Path;
  bool Indexed = false;
  /// The declaration set aside that holds the instantiations of D's
  /// patterns, when it is another (instantiationRoot()).
  PendingDecl *Root = nullptr;
};

/// Where a declaration set aside lies in its file.
struct ParentIndex::PendingSpan {
  unsigned Begin, End;
  PendingDecl *Pending;
};

/// The declaration whose subtree holds the template instantiations that \p D
/// is a pattern of, when D is not it: RecursiveASTVisitor (and so clang's own
/// parent map) traverses instantiations under the first declaration of the
/// template, and the members of an instantiated class under the class
/// template's. So a body written in one header (an out-of-line member of a
/// class template, a template defined after its forward declaration, a
/// partial specialization) is reached from a declaration in another.
static const Decl *instantiationRoot(const Decl *D) {
  const Decl *Root = nullptr;
  if (const auto *Template = dyn_cast<RedeclarableTemplateDecl>(D))
    Root = Template->getCanonicalDecl();
  else if (const auto *Partial =
               dyn_cast<ClassTemplatePartialSpecializationDecl>(D))
    Root = Partial->getSpecializedTemplate()->getCanonicalDecl();
  if (D->getLexicalDeclContext() != D->getDeclContext()) {
    const CXXRecordDecl *Outermost = nullptr;
    for (const DeclContext *DC = D->getDeclContext();
         DC && isa<CXXRecordDecl>(DC); DC = DC->getParent())
      Outermost = cast<CXXRecordDecl>(DC);
    if (Outermost) {
      if (const auto *Partial =
              dyn_cast<ClassTemplatePartialSpecializationDecl>(Outermost))
        Root = Partial->getSpecializedTemplate()->getCanonicalDecl();
      else if (const ClassTemplateDecl *Template =
                   Outermost->getDescribedClassTemplate())
        Root = Template->getCanonicalDecl();
    }
  }
  if (!Root || Root == D)
    return nullptr;
  // The declaration set aside is the outermost one below a namespace.
  while (!isa<TranslationUnitDecl, NamespaceDecl, LinkageSpecDecl, ExportDecl>(
      Root->getLexicalDeclContext()))
    Root = Decl::castFromDeclContext(Root->getLexicalDeclContext());
  return Root;
}

/// Records, like the builder of ASTContext's parent map (a RecursiveASTVisitor
/// over the same nodes, template instantiations and implicit code included),
/// the parents of every Decl and Stmt, but only inside declarations written
/// in analysed code. A TypeLoc or nested-name-specifier is a key only when a
/// Decl or Stmt lies below it (a walk from an expression in a decltype goes
/// through it): most have none, and keying them all doubled the index.
/// Attributes are only parents. A declaration of a header the header filter
/// leaves out is set aside, its own parent recorded, until a node in its
/// source is asked about (indexEnclosing()), or one of its file or of a file
/// holding a pattern of the instantiations below it (indexPending(),
/// instantiationRoot()). The namespaces of system headers are not entered
/// (ReportedCode::mayHoldAnalysedCode()).
class ParentIndex::Builder : public RecursiveASTVisitor<Builder> {
public:
  Builder(ParentIndex &Index, ReportedCode &Reported)
      : Index(Index), Reported(Reported), SM(Index.Ctx.getSourceManager()) {}

  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitImplicitCode() const { return true; }

  bool TraverseDecl(Decl *D) {
    if (!D)
      return true;
    // A declaration in a system header (<future>, Qt's classes) holds no node
    // a check needs to walk from. A namespace or linkage specification is
    // entered when an analysed header can be included inside it.
    if (isa<NamespaceDecl, LinkageSpecDecl, ExportDecl>(D)) {
      if (!Reported.mayHoldAnalysedCode(D, SM))
        return true;
    } else if (!isa<TranslationUnitDecl>(D)) {
      ReportedCode::Verdict Verdict = Reported.verdict(D->getLocation(), SM);
      if (Verdict == ReportedCode::SystemHeader)
        return true;
      // Code the checks analyse but clang-tidy hides: few of its nodes are
      // ever asked about (a match there must be walked from first).
      if (Verdict == ReportedCode::FilteredHeader && Deferring) {
        record(D);
        setAside(D);
        if (OutermostDecl)
          Index.Outermost.push_back(D);
        return true;
      }
      if (Deferring && OutermostDecl) {
        Index.ShownDecls.push_back(D);
        Index.Outermost.push_back(D);
        OutermostDecl = false;
        bool Result = withParent(D, DynTypedNode::create(*D), [&] {
          return RecursiveASTVisitor::TraverseDecl(D);
        });
        OutermostDecl = true;
        return Result;
      }
    }
    return withParent(D, DynTypedNode::create(*D),
                      [&] { return RecursiveASTVisitor::TraverseDecl(D); });
  }

  /// Indexes the subtree of a declaration set aside, and everything in it.
  void indexSubtree(PendingDecl &Pending) {
    Pending.Indexed = true;
    Deferring = false;
    Stack.assign(Pending.Path.begin(), Pending.Path.end());
    Stack.push_back({DynTypedNode::create(*Pending.D)});
    RecursiveASTVisitor::TraverseDecl(Pending.D);
    Stack.clear();
  }
  bool TraverseTypeLoc(TypeLoc TL, bool TraverseQualifier = true) {
    if (TL.isNull())
      return true;
    return withOtherParent(
        ParentIndex::keyOf(TL), DynTypedNode::create(TL), [&] {
          return compat::traverseTypeLocBase(*this, TL, TraverseQualifier);
        });
  }
  bool TraverseNestedNameSpecifierLoc(NestedNameSpecifierLoc NNS) {
    if (!NNS)
      return true;
    return withOtherParent(
        ParentIndex::keyOf(NNS), DynTypedNode::create(NNS), [&] {
          return RecursiveASTVisitor::TraverseNestedNameSpecifierLoc(NNS);
        });
  }
  bool TraverseAttr(Attr *A) {
    if (!A)
      return true;
    return withParent(nullptr, DynTypedNode::create(*A),
                      [&] { return RecursiveASTVisitor::TraverseAttr(A); });
  }
  // Statements go through the data-recursion hooks, which keep the visitor's
  // stack shallow on deeply nested expressions.
  bool dataTraverseStmtPre(Stmt *S) {
    record(S);
    Stack.push_back({DynTypedNode::create(*S)});
    return true;
  }
  bool dataTraverseStmtPost(Stmt *) {
    Stack.pop_back();
    return true;
  }

private:
  void setAside(Decl *D) {
    Index.PendingDecls.push_back(std::make_unique<PendingDecl>(
        PendingDecl{D, {Stack.begin(), Stack.end()}}));
    PendingDecl *Pending = Index.PendingDecls.back().get();
    Index.PendingByDecl[D] = Pending;
    FileID File = Index.fileOf(DynTypedNode::create(*D));
    Index.Pending[File].push_back(Pending);
    // The first declaration of a template is traversed before any other.
    if (const Decl *Root = instantiationRoot(D)) {
      auto It = Index.PendingByDecl.find(Root);
      if (It != Index.PendingByDecl.end()) {
        Index.Pending[File].push_back(It->second);
        Pending->Root = It->second;
      }
    }
  }

  template <typename Fn>
  bool withParent(const void *Key, const DynTypedNode &Node, Fn Traverse) {
    if (Key)
      record(Key);
    Stack.push_back({Node});
    bool Result = Traverse();
    Stack.pop_back();
    return Result;
  }

  template <typename Fn>
  bool withOtherParent(ParentIndex::OtherKey Key, const DynTypedNode &Node,
                       Fn Traverse) {
    Stack.push_back({Node, Key});
    bool Result = Traverse();
    Stack.pop_back();
    return Result;
  }

  void record(const void *Key) {
    if (Stack.empty())
      return;
    // The TypeLocs and specifiers between this node and the nearest Decl
    // or Stmt above it are on a walk from this node: record them first.
    size_t First = Stack.size();
    while (First > 1 && Stack[First - 1].PendingKey)
      --First;
    for (size_t I = First; I < Stack.size(); ++I) {
      addParent(Index.OtherParents[*Stack[I].PendingKey], Stack[I - 1].Node);
      Stack[I].PendingKey.reset();
    }
    addParent(Index.NodeParents[Key], Stack.back().Node);
  }

  void addParent(Parents &Entry, const DynTypedNode &Parent) {
    if (Entry.isNull()) {
      if (const auto *D = Parent.get<Decl>())
        Entry = D;
      else if (const auto *S = Parent.get<Stmt>())
        Entry = S;
      else
        Entry = newList(Parent);
      return;
    }
    // The same node is reached twice through shared subtrees (a lambda body
    // from the LambdaExpr and from the closure's call operator, template
    // instantiations); keep each parent once. Only nodes with an identity
    // can be compared.
    auto *List = dyn_cast<ParentList *>(Entry);
    if (!List) {
      DynTypedNode First = asList(Entry)[0];
      if (Parent.getMemoizationData() &&
          First.getMemoizationData() == Parent.getMemoizationData())
        return;
      List = newList(First);
      Entry = List;
    }
    if (Parent.getMemoizationData() && llvm::is_contained(*List, Parent))
      return;
    List->push_back(Parent);
    // Indexed on demand, a declaration comes out of the unit's order.
    if (!Deferring)
      Index.Unordered.insert(List);
  }

  ParentList *newList(const DynTypedNode &First) {
    Index.Lists.push_back(std::make_unique<ParentList>(1, First));
    return Index.Lists.back().get();
  }

  ParentIndex &Index;
  ReportedCode &Reported;
  const SourceManager &SM;
  llvm::SmallVector<Frame, 32> Stack;
  /// Whether declarations of filtered headers are set aside (the first
  /// pass) or indexed (a set-aside subtree).
  bool Deferring = true;
  /// Whether the declaration traversed now is below no other but
  /// namespace-like ones (ShownDecls).
  bool OutermostDecl = true;
};

/// ASYNC_TIDY_VERIFY_PARENT_INDEX=1 makes every answer from the index be
/// compared with ASTContext::getParents(), aborting on a difference; the lit
/// suite sets it for every test. "verbose" also prints what was indexed.
static StringRef verifyMode() {
  static const std::string Mode = [] {
    const char *Value = std::getenv("ASYNC_TIDY_VERIFY_PARENT_INDEX");
    return std::string(Value && StringRef(Value) != "0" ? Value : "");
  }();
  return Mode;
}
static bool verifying() { return !verifyMode().empty(); }

static void verifyAgainstASTContext(ASTContext &Ctx, const DynTypedNode &Node,
                                    const DynTypedNodeList &Indexed) {
  DynTypedNodeList Expected = Ctx.getParents(Node);
  bool Same = Expected.size() == Indexed.size();
  for (size_t I = 0; Same && I < Indexed.size(); ++I)
    Same =
        Expected[I].getNodeKind().isSame(Indexed[I].getNodeKind()) &&
        Expected[I].getMemoizationData() == Indexed[I].getMemoizationData() &&
        Expected[I].getSourceRange() == Indexed[I].getSourceRange();
  if (Same)
    return;
  llvm::errs() << "async-tidy: parent index disagrees with ASTContext about "
               << Node.getNodeKind().asStringRef() << " at ";
  Node.getSourceRange().getBegin().print(llvm::errs(), Ctx.getSourceManager());
  llvm::errs() << "\n  ASTContext:";
  for (const DynTypedNode &P : Expected)
    llvm::errs() << " " << P.getNodeKind().asStringRef();
  llvm::errs() << "\n  index:     ";
  for (const DynTypedNode &P : Indexed)
    llvm::errs() << " " << P.getNodeKind().asStringRef();
  llvm::errs() << "\n";
  llvm::report_fatal_error("async-tidy: parent index verification failed");
}

ReportedCode::ReportedCode(const ClangTidyOptions &Opts)
    : SystemHeaders(Opts.SystemHeaders.value_or(false)) {
  auto Compile = [&](const std::optional<std::string> &Pattern,
                     std::optional<llvm::Regex> &Out) {
    // An empty pattern admits nothing, as in clang-tidy.
    if (!Pattern || Pattern->empty())
      return;
    Out.emplace(*Pattern);
    if (!Out->isValid())
      InvalidFilter = true;
  };
  Compile(Opts.HeaderFilterRegex, HeaderFilter);
  Compile(compat::excludeHeaderFilterRegex(Opts), ExcludeHeaderFilter);
}

ReportedCode::Verdict ReportedCode::verdict(SourceLocation Loc,
                                            const SourceManager &SM) {
  if (Loc.isInvalid())
    return Shown;
  // As clang-tidy: a location spelled in a system macro is system code,
  // wherever the macro is expanded.
  if (!SystemHeaders && SM.isInSystemMacro(Loc))
    return SystemHeader;
  // clang-tidy files a diagnostic under the file of its expansion location.
  Loc = SM.getExpansionLoc(Loc);
  FileID File = SM.getFileID(Loc);
  auto [It, Inserted] = Cache.try_emplace(File, Shown);
  if (Inserted)
    It->second = fileVerdict(File, SM);
  return It->second;
}

// The one copy of clang-tidy's header filter. clang-tidy cannot be asked:
// the decision is ClangTidyDiagnosticConsumer::checkFilters(), private in
// LLVM 16, 19 and 22 (with getHeaderFilter(), and getExcludeHeaderFilter()
// in 22), in clang-tools-extra/clang-tidy/ClangTidyDiagnosticConsumer.cpp.
// It decides nothing that is shown: the checks report in every header they
// analyse and clang-tidy filters; this copy only counts the findings
// clang-tidy hides, for the audit's hint. Upstream has changed its filter
// since (llvm/llvm-project PRs 151035 and 164165; after 164165 clang-tidy 22
// shows non-system headers by default, which reaches this copy through the
// options); test/robustness/header-filter-parity.test compares the count
// with clang-tidy's own "Suppressed N warnings (N in non-user code)".
ReportedCode::Verdict ReportedCode::fileVerdict(FileID File,
                                                const SourceManager &SM) {
  // A system header is left out without SystemHeaders; with it, it passes
  // the header filter like any other header.
  if (!SystemHeaders &&
      SrcMgr::isSystem(SM.getFileCharacteristic(SM.getLocForStartOfFile(File))))
    return SystemHeader;
  OptionalFileEntryRef Entry = SM.getFileEntryRefForID(File);
  if (!Entry || File == SM.getMainFileID() || InvalidFilter)
    return Shown;
  StringRef Name = Entry->getName();
  return HeaderFilter && HeaderFilter->match(Name) &&
                 !(ExcludeHeaderFilter && ExcludeHeaderFilter->match(Name))
             ? Shown
             : FilteredHeader;
}

bool ReportedCode::mayHoldAnalysedCode(const Decl *Scope,
                                       const SourceManager &SM) {
  if (verdict(Scope->getLocation(), SM) != SystemHeader)
    return true;
  SourceRange Range = Scope->getSourceRange();
  FileID Begin = SM.getFileID(SM.getExpansionLoc(Range.getBegin()));
  FileID End = SM.getFileID(SM.getExpansionRange(Range.getEnd()).getEnd());
  if (Begin != End)
    return true;
  // Line markers (`# 12 "user.h"` in preprocessed source) can switch a file
  // between system and user code.
  bool Invalid = false;
  const SrcMgr::SLocEntry &Entry = SM.getSLocEntry(Begin, &Invalid);
  return Invalid || !Entry.isFile() || Entry.getFile().hasLineDirectives();
}

ParentIndex::ParentIndex(ASTContext &Ctx, ReportedCode &Reported)
    : Ctx(Ctx), Reported(Reported) {
  Builder(*this, Reported).TraverseAST(Ctx);
}

ParentIndex::~ParentIndex() = default;

void ParentIndex::indexPending(FileID File) {
  auto It = Pending.find(File);
  if (It == Pending.end())
    return;
  llvm::SmallVector<PendingDecl *, 4> Decls = std::move(It->second);
  Pending.erase(It);
  Builder Build(*this, Reported);
  for (PendingDecl *Decl : Decls)
    if (!Decl->Indexed)
      Build.indexSubtree(*Decl);
}

bool ParentIndex::indexEnclosing(const DynTypedNode &Node) {
  FileID File = fileOf(Node);
  auto It = Pending.find(File);
  if (It == Pending.end())
    return false;
  const SourceManager &SM = Ctx.getSourceManager();
  auto [SpansIt, Inserted] = Spans.try_emplace(File);
  std::vector<PendingSpan> &FileSpans = SpansIt->second;
  if (Inserted) {
    for (PendingDecl *P : It->second) {
      if (P->Indexed || fileOf(DynTypedNode::create(*P->D)) != File)
        continue;
      // A declaration whose range leaves the file (a macro, a namespace's
      // braces elsewhere) may hold any node of it.
      CharSourceRange Range = SM.getExpansionRange(P->D->getSourceRange());
      std::pair<FileID, unsigned> Begin = SM.getDecomposedLoc(Range.getBegin());
      std::pair<FileID, unsigned> End = SM.getDecomposedLoc(Range.getEnd());
      bool Within = Begin.first == File && End.first == File;
      FileSpans.push_back(
          {Within ? Begin.second : 0, Within ? End.second : ~0u, P});
    }
  }
  const auto *D = Node.get<Decl>();
  SourceLocation Loc = D ? D->getLocation() : Node.getSourceRange().getBegin();
  if (Loc.isInvalid())
    return false;
  unsigned Offset = SM.getDecomposedExpansionLoc(Loc).second;
  Builder Build(*this, Reported);
  bool Any = false;
  for (const PendingSpan &Span : FileSpans) {
    if (Offset < Span.Begin || Offset > Span.End)
      continue;
    Any = true;
    // The declaration and the one its instantiations hang under, in the
    // order of the unit: a template's first declaration comes first.
    llvm::SmallVector<PendingDecl *, 4> Chain;
    for (PendingDecl *P = Span.Pending;
         P && !P->Indexed && !llvm::is_contained(Chain, P); P = P->Root)
      Chain.push_back(P);
    for (PendingDecl *P : llvm::reverse(Chain))
      if (!P->Indexed)
        Build.indexSubtree(*P);
  }
  return Any;
}

void ParentIndex::putInTraversalOrder(ParentList &List) {
  if (OutermostOrder.empty())
    for (unsigned I = 0; I < Outermost.size(); ++I)
      OutermostOrder.try_emplace(Outermost[I], I);
  // A parent's place is that of the outermost declaration above it; within
  // one, the index recorded the parents in traversal order already.
  auto PlaceOf = [&](DynTypedNode Node) -> unsigned {
    for (unsigned Steps = 0; Steps < 100000; ++Steps) {
      if (const auto *D = Node.get<Decl>()) {
        auto It = OutermostOrder.find(D);
        if (It != OutermostOrder.end())
          return It->second;
      }
      Parents Up = find(Node);
      if (!Up)
        break;
      Node = asList(Up)[0];
    }
    return ~0u;
  };
  // By place, then by the order recorded.
  llvm::SmallVector<std::pair<unsigned, unsigned>, 4> Placed;
  for (unsigned I = 0; I < List.size(); ++I)
    Placed.push_back({PlaceOf(List[I]), I});
  llvm::sort(Placed);
  ParentList Ordered;
  for (auto [Place, I] : Placed)
    Ordered.push_back(List[I]);
  List = std::move(Ordered);
}

void ParentIndex::indexAllPending() {
  while (!Pending.empty())
    indexPending(Pending.begin()->first);
}

FileID ParentIndex::fileOf(const DynTypedNode &Node) const {
  const SourceManager &SM = Ctx.getSourceManager();
  const auto *D = Node.get<Decl>();
  SourceLocation Loc = D ? D->getLocation() : Node.getSourceRange().getBegin();
  return Loc.isValid() ? SM.getFileID(SM.getExpansionLoc(Loc)) : FileID();
}

DynTypedNodeList ParentIndex::asList(Parents P) {
  if (const auto *D = dyn_cast<const Decl *>(P))
    return DynTypedNode::create(*D);
  if (const auto *S = dyn_cast<const Stmt *>(P))
    return DynTypedNode::create(*S);
  return llvm::ArrayRef<DynTypedNode>(*cast<ParentList *>(P));
}

ParentIndex::Parents ParentIndex::find(const DynTypedNode &Node) const {
  auto Lookup = [](const auto &Map, const auto &Key) -> Parents {
    auto It = Map.find(Key);
    return It == Map.end() ? Parents() : It->second;
  };
  if (const auto *D = Node.get<Decl>())
    return Lookup(NodeParents, static_cast<const void *>(D));
  if (const auto *S = Node.get<Stmt>())
    return Lookup(NodeParents, static_cast<const void *>(S));
  if (const auto *TL = Node.get<TypeLoc>())
    return Lookup(OtherParents, keyOf(*TL));
  if (const auto *NNS = Node.get<NestedNameSpecifierLoc>())
    return Lookup(OtherParents, keyOf(*NNS));
  return Parents();
}

void ParentIndex::startTranslationUnit(const ClangTidyOptions &Opts) {
  State = ThreadState();
  State.Reported.emplace(Opts);
  LeftOut = LeftOutFindings();
  LeftOut.Filter.emplace(Opts);
}

bool ParentIndex::isAnalysed(SourceLocation Loc, const SourceManager &SM) {
  if (!State.Reported)
    return true;
  LeftOut.SM = &SM;
  return State.Reported->analysed(Loc, SM);
}

bool ParentIndex::isShown(SourceLocation Loc, const SourceManager &SM) {
  return !State.Reported ||
         State.Reported->verdict(Loc, SM) == ReportedCode::Shown;
}

void ParentIndex::noteFinding(SourceLocation Loc) {
  if (!LeftOut.Filter || !LeftOut.SM || Loc.isInvalid() ||
      LeftOut.Filter->verdict(Loc, *LeftOut.SM) != ReportedCode::FilteredHeader)
    return;
  SourceLocation Expansion = LeftOut.SM->getExpansionLoc(Loc);
  if (LeftOut.Seen.insert(Expansion).second)
    writeLeftOut(Expansion, *LeftOut.SM);
}

void ParentIndex::endTranslationUnit() {
  if (verifyMode() == "verbose" && State.Index)
    llvm::errs() << "async-tidy: parent index verified: " << indexedNodes()
                 << " nodes indexed, " << State.Fallbacks
                 << " queries answered by the whole-TU map\n";
  State = ThreadState();
}

ParentIndex *ParentIndex::current(ASTContext &Ctx) {
  if (!State.Reported)
    return nullptr;
  // A new context without a start notification: index it afresh rather than
  // answer from another unit's nodes.
  if (State.Ctx != &Ctx || !State.Index) {
    State.Index = std::make_unique<ParentIndex>(Ctx, *State.Reported);
    State.Ctx = &Ctx;
  }
  return State.Index.get();
}

std::optional<llvm::ArrayRef<Decl *>>
ParentIndex::shownDeclarations(ASTContext &Ctx) {
  if (ParentIndex *Index = current(Ctx))
    return llvm::ArrayRef<Decl *>(Index->ShownDecls);
  return std::nullopt;
}

/// Whether \p Found says the node is the root of an expression that more
/// than one place holds: a default argument (its parameter, and the calls
/// that use it), a member's default initializer (the member, and the
/// constructors), a template parameter's default argument.
static bool hasSharedParent(DynTypedNodeList Found) {
  return llvm::any_of(Found, [](const DynTypedNode &Parent) {
    if (const auto *D = Parent.get<Decl>())
      return isa<ParmVarDecl, FieldDecl, NonTypeTemplateParmDecl>(D);
    if (const auto *S = Parent.get<Stmt>())
      return isa<CXXDefaultArgExpr, CXXDefaultInitExpr>(S);
    return false;
  });
}

DynTypedNodeList ParentIndex::getParents(ASTContext &Ctx,
                                         const DynTypedNode &Node) {
  work::count();
  ParentIndex *Current = current(Ctx);
  if (!Current)
    return Ctx.getParents(Node);
  if (isa_and_nonnull<TranslationUnitDecl>(Node.get<Decl>()))
    return llvm::ArrayRef<DynTypedNode>();
  ParentIndex &Index = *Current;
  Parents Found = Index.find(Node);
  // A node of a filtered header: the declarations set aside whose source
  // holds it are indexed first, then (a node of an instantiation whose
  // pattern is elsewhere) the rest of its file.
  if (!Found && !Index.Pending.empty() && Index.indexEnclosing(Node))
    Found = Index.find(Node);
  if (!Found && !Index.Pending.empty()) {
    Index.indexPending(Index.fileOf(Node));
    Found = Index.find(Node);
  }
  // The root of a default argument or of a member's default initializer is
  // also a child of every call or constructor that uses it, anywhere: all of
  // its parents are known only once everything is indexed.
  if (Found && !Index.Pending.empty() && hasSharedParent(asList(Found))) {
    Index.indexAllPending();
    Found = Index.find(Node);
  }
  // A node the index should hold but whose file did not lead to it (the body
  // of an instantiation defined in another file than its declaration, a node
  // without a location): index the rest rather than build clang's whole map.
  if (!Found && !Index.Pending.empty() &&
      (Node.get<Decl>() || Node.get<Stmt>() || Node.get<TypeLoc>() ||
       Node.get<NestedNameSpecifierLoc>()) &&
      Index.Reported.analysed(Node.getSourceRange().getBegin(),
                              Ctx.getSourceManager())) {
    Index.indexAllPending();
    Found = Index.find(Node);
  }
  if (Found) {
    // A node with parents in several declarations (a non-dependent
    // expression of a template, shared by its instantiations), some indexed
    // on demand: clang lists them in the order of its traversal.
    if (auto *List = dyn_cast<ParentList *>(Found))
      if (Index.Unordered.erase(List))
        Index.putInTraversalOrder(*List);
    DynTypedNodeList Result = asList(Found);
    if (verifying())
      verifyAgainstASTContext(Ctx, Node, Result);
    return Result;
  }
  // A node outside analysed code, or of a kind the index does not key.
  ++State.Fallbacks;
  return Ctx.getParents(Node);
}

unsigned ParentIndex::indexedNodes() {
  return State.Index ? State.Index->NodeParents.size() +
                           State.Index->OtherParents.size()
                     : 0;
}

} // namespace clang::tidy::async
