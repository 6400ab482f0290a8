//===--- ParentIndex.cpp - Parents of the nodes of the user's code --------===//

#include "ParentIndex.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/ErrorHandling.h"
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
} // namespace

/// Records, like the builder of ASTContext's parent map (a RecursiveASTVisitor
/// over the same nodes, template instantiations and implicit code included),
/// the parents of every Decl and Stmt, but only inside declarations written
/// in reported code. TypeLocs and nested-name-specifiers are keys too (a walk
/// from an expression in a decltype goes through them); attributes are only
/// parents.
class ParentIndex::Builder : public RecursiveASTVisitor<Builder> {
public:
  Builder(ParentIndex &Index, ReportedCode &Reported)
      : Index(Index), Reported(Reported), SM(Index.Ctx.getSourceManager()) {}

  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitImplicitCode() const { return true; }

  bool TraverseDecl(Decl *D) {
    if (!D)
      return true;
    // A declaration in a header whose diagnostics are not shown (<future>,
    // Qt's classes) holds no node a check needs to walk from. Namespaces and
    // linkage specifications are entered anyway: a reported header can be
    // included inside one opened elsewhere.
    if (!isa<TranslationUnitDecl, NamespaceDecl, LinkageSpecDecl, ExportDecl>(
            D) &&
        !Reported.contains(D->getLocation(), SM))
      return true;
    return withParent(D, DynTypedNode::create(*D),
                      [&] { return RecursiveASTVisitor::TraverseDecl(D); });
  }
  bool TraverseTypeLoc(TypeLoc TL) {
    if (TL.isNull())
      return true;
    recordOther(ParentIndex::keyOf(TL));
    return withParent(nullptr, DynTypedNode::create(TL),
                      [&] { return RecursiveASTVisitor::TraverseTypeLoc(TL); });
  }
  bool TraverseNestedNameSpecifierLoc(NestedNameSpecifierLoc NNS) {
    if (!NNS)
      return true;
    recordOther(ParentIndex::keyOf(NNS));
    return withParent(nullptr, DynTypedNode::create(NNS), [&] {
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
    Stack.push_back(DynTypedNode::create(*S));
    return true;
  }
  bool dataTraverseStmtPost(Stmt *) {
    Stack.pop_back();
    return true;
  }

private:
  template <typename Fn>
  bool withParent(const void *Key, const DynTypedNode &Node, Fn Traverse) {
    if (Key)
      record(Key);
    Stack.push_back(Node);
    bool Result = Traverse();
    Stack.pop_back();
    return Result;
  }

  void record(const void *Key) { addParent(Index.Parents[Key]); }
  void recordOther(ParentIndex::OtherKey Key) {
    addParent(Index.OtherParents[Key]);
  }

  void addParent(ParentList &List) {
    if (Stack.empty())
      return;
    const DynTypedNode &Parent = Stack.back();
    // The same node is reached twice through shared subtrees (a lambda body
    // from the LambdaExpr and from the closure's call operator, template
    // instantiations); keep each parent once. Only nodes with an identity
    // can be compared.
    if (Parent.getMemoizationData() && llvm::is_contained(List, Parent))
      return;
    List.push_back(Parent);
  }

  ParentIndex &Index;
  ReportedCode &Reported;
  const SourceManager &SM;
  llvm::SmallVector<DynTypedNode, 32> Stack;
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
                                    llvm::ArrayRef<DynTypedNode> Indexed) {
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
  Compile(Opts.ExcludeHeaderFilterRegex, ExcludeHeaderFilter);
}

bool ReportedCode::contains(SourceLocation Loc, const SourceManager &SM) {
  if (Loc.isInvalid())
    return true;
  // clang-tidy files a diagnostic under the file of its expansion location.
  Loc = SM.getExpansionLoc(Loc);
  FileID File = SM.getFileID(Loc);
  auto [It, Inserted] = Cache.try_emplace(File, false);
  if (Inserted)
    It->second = fileIsReported(File, SM);
  return It->second;
}

bool ReportedCode::fileIsReported(FileID File, const SourceManager &SM) {
  if (File == SM.getMainFileID())
    return true;
  if (SrcMgr::isSystem(SM.getFileCharacteristic(SM.getLocForStartOfFile(File))))
    return SystemHeaders;
  OptionalFileEntryRef Entry = SM.getFileEntryRefForID(File);
  if (!Entry || InvalidFilter)
    return true;
  StringRef Name = Entry->getName();
  return HeaderFilter && HeaderFilter->match(Name) &&
         !(ExcludeHeaderFilter && ExcludeHeaderFilter->match(Name));
}

ParentIndex::ParentIndex(ASTContext &Ctx, ReportedCode &Reported) : Ctx(Ctx) {
  Builder(*this, Reported).TraverseAST(Ctx);
}

const ParentIndex::ParentList *
ParentIndex::find(const DynTypedNode &Node) const {
  auto Lookup = [](const auto &Map, const auto &Key) -> const ParentList * {
    auto It = Map.find(Key);
    return It == Map.end() ? nullptr : &It->second;
  };
  if (const auto *D = Node.get<Decl>())
    return Lookup(Parents, static_cast<const void *>(D));
  if (const auto *S = Node.get<Stmt>())
    return Lookup(Parents, static_cast<const void *>(S));
  if (const auto *TL = Node.get<TypeLoc>())
    return Lookup(OtherParents, keyOf(*TL));
  if (const auto *NNS = Node.get<NestedNameSpecifierLoc>())
    return Lookup(OtherParents, keyOf(*NNS));
  return nullptr;
}

void ParentIndex::startTranslationUnit(const ClangTidyOptions &Opts) {
  State = ThreadState();
  State.Reported.emplace(Opts);
}

bool ParentIndex::isReported(SourceLocation Loc, const SourceManager &SM) {
  return !State.Reported || State.Reported->contains(Loc, SM);
}

void ParentIndex::endTranslationUnit() {
  if (verifyMode() == "verbose" && State.Index)
    llvm::errs() << "async-tidy: parent index verified: " << indexedNodes()
                 << " nodes indexed, " << State.Fallbacks
                 << " queries answered by the whole-TU map\n";
  State = ThreadState();
}

DynTypedNodeList ParentIndex::getParents(ASTContext &Ctx,
                                         const DynTypedNode &Node) {
  if (!State.Reported)
    return Ctx.getParents(Node);
  // A new context without a start notification: index it afresh rather than
  // answer from another unit's nodes.
  if (State.Ctx != &Ctx || !State.Index) {
    State.Index = std::make_unique<ParentIndex>(Ctx, *State.Reported);
    State.Ctx = &Ctx;
  }
  if (isa_and_nonnull<TranslationUnitDecl>(Node.get<Decl>()))
    return llvm::ArrayRef<DynTypedNode>();
  if (const ParentList *Found = State.Index->find(Node)) {
    if (verifying())
      verifyAgainstASTContext(Ctx, Node, *Found);
    return llvm::ArrayRef<DynTypedNode>(*Found);
  }
  // A node outside reported code, or of a kind the index does not key.
  ++State.Fallbacks;
  return Ctx.getParents(Node);
}

unsigned ParentIndex::indexedNodes() {
  return State.Index
             ? State.Index->Parents.size() + State.Index->OtherParents.size()
             : 0;
}

unsigned ParentIndex::fallbackQueries() { return State.Fallbacks; }

} // namespace clang::tidy::async
