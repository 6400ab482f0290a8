//===--- Catalog.cpp - Facts about async C++ libraries --------------------===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "Catalog.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/GlobPattern.h"

using namespace clang::ast_matchers;

namespace clang::tidy::async {

static const LibraryInfo Libraries[] = {
#define ASYNC_LIBRARY(Id, Name, Serializer, JoinScope)                         \
  {LibraryId::Id, Name, Serializer, JoinScope},
#include "Catalog.def"
};

llvm::StringRef Fact::memberName() const {
  llvm::StringRef N = Name;
  // "Class::operator()" and "operator co_await" contain no further "::".
  size_t Pos = N.rfind("::");
  return Pos == llvm::StringRef::npos ? N : N.substr(Pos + 2);
}

llvm::StringRef Fact::ownerName() const {
  llvm::StringRef N = Name;
  size_t Pos = N.rfind("::");
  return Pos == llvm::StringRef::npos ? llvm::StringRef() : N.substr(0, Pos);
}

llvm::ArrayRef<CatalogOptionInfo> catalogOptions() {
  static const CatalogOptionInfo Options[] = {
      {"BlockingFunctions", FactKind::BlockingCall, "mylib::Future::get"},
      {"ContinuationSinks", FactKind::ContinuationSink,
       "mylib::Executor::post"},
      {"ThreadAssertingFunctions", FactKind::ThreadAssertingCall,
       "mylib::EventLoop::assertInLoopThread"},
      {"CompletionFunctions", FactKind::CompletionCall, "mylib::Event::set"},
      {"AsyncPolicyTypes", FactKind::PolicyRequiredType,
       "mylib::task_completion_source=mylib::continuation_policy::run_async"},
      {"EagerTaskTypes", FactKind::EagerTask, "mylib::Future"},
      {"LazyTaskTypes", FactKind::LazyTask, "mylib::LazyTask"},
      {"TaskGetters", FactKind::TaskGetter,
       "mylib::task_completion_source::task"},
      {"JoinScopeGuards", FactKind::JoinScopeGuard, "mylib::JoinGuard"},
      {"JoinFunctions", FactKind::JoinOperation, "mylib::TaskScope::join"},
      {"ReadyFactories", FactKind::ReadyFactory, "mylib::make_ready_future"},
      {"ReadinessChecks", FactKind::ReadinessCheck, "mylib::Future::is_ready"},
      {"ReadyStatuses", FactKind::ReadyStatus, "mylib::Status::ready"},
      {"PendingStatuses", FactKind::PendingStatus, "mylib::Status::pending"},
      {"ChainingFunctions", FactKind::ChainingCall, "mylib::Future::then"},
      {"CombinatorFunctions", FactKind::Combinator, "mylib::when_all"},
      {"LockGuardTypes", FactKind::LockGuard, "mylib::SpinLockGuard"},
      {"LockableTypes", FactKind::Lockable, "mylib::SpinLock"},
  };
  return Options;
}

std::vector<llvm::StringRef> splitOptionList(llvm::StringRef Value) {
  std::vector<llvm::StringRef> Result;
  while (!Value.empty()) {
    size_t End = Value.find_first_of(";\n");
    llvm::StringRef Part = Value.substr(0, End).trim();
    if (!Part.empty())
      Result.push_back(Part);
    if (End == llvm::StringRef::npos)
      break;
    Value = Value.drop_front(End + 1);
  }
  return Result;
}

/// True for the option kinds whose entries name a class type, where only
/// identifiers make sense (no operator, no wildcard).
static bool namesType(FactKind Kind) {
  switch (Kind) {
  case FactKind::EagerTask:
  case FactKind::LazyTask:
  case FactKind::JoinScopeGuard:
  case FactKind::LockGuard:
  case FactKind::Lockable:
  case FactKind::PolicyRequiredType:
    return true;
  default:
    return false;
  }
}

/// One component of a qualified name: an identifier (UTF-8 letters are
/// accepted, as clang accepts them), or an operator of a callable object.
static bool isNameComponent(llvm::StringRef S, bool AllowOperator,
                            bool AllowWildcard) {
  if (S.empty())
    return false;
  if (S == "operator()" || S == "operator co_await")
    return AllowOperator;
  // A wildcard may stand for a leading part ("*_async"), a digit may not.
  if (llvm::isDigit(S.front()))
    return false;
  if (!llvm::all_of(S, [&](char C) {
        return llvm::isAlnum(C) || C == '_' ||
               static_cast<unsigned char>(C) >= 0x80 ||
               (AllowWildcard && C == '*');
      }))
    return false;
  // Non-ASCII bytes must form valid UTF-8.
  const auto *Begin = reinterpret_cast<const llvm::UTF8 *>(S.begin());
  return llvm::isLegalUTF8String(&Begin,
                                 reinterpret_cast<const llvm::UTF8 *>(S.end()));
}

/// Normalizes a qualified name: no leading "::", no blanks around "::"
/// ("mylib :: Future :: get" is "mylib::Future::get"). Returns "" and sets
/// \p Error when it is not a qualified name of the kind the option takes.
static std::string normalizeEntryName(llvm::StringRef Name, FactKind Kind,
                                      std::string &Error) {
  Name = Name.trim();
  llvm::StringRef Written = Name;
  Name.consume_front("::");
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Name.split(Parts, "::");
  bool Sink = Kind == FactKind::ContinuationSink;
  std::string Out;
  for (size_t I = 0; I < Parts.size(); ++I) {
    llvm::StringRef Part = Parts[I].trim();
    bool Last = I + 1 == Parts.size();
    if (!isNameComponent(Part, /*AllowOperator=*/Last && !namesType(Kind),
                         /*AllowWildcard=*/Sink)) {
      Error = "'" + Written.str() + "' is not a qualified name";
      if (Part.contains('*') && !Sink)
        Error += " ('*' is allowed in ContinuationSinks only)";
      else if (Part.starts_with("operator") && namesType(Kind))
        Error += " (this option names types; an operator never matches)";
      return "";
    }
    if (!Out.empty())
      Out += "::";
    Out += Part;
  }
  return Out;
}

std::string parseCatalogEntry(llvm::StringRef Entry,
                              const CatalogOptionInfo &Opt, Fact &Out) {
  Out = Fact();
  Out.Kind = Opt.Kind;
  Out.Library = LibraryId::User;
  Out.UserDefined = true;
  llvm::StringRef Name = Entry;
  std::string Error;
  if (Opt.Kind == FactKind::PolicyRequiredType) {
    auto [Type, Policy] = Entry.split('=');
    if (Policy.trim().empty())
      return "entry '" + Entry.str() +
             "' needs the policy argument after '=', e.g. '" + Opt.Shape.str() +
             "'";
    // The policy is spelled into the fix-it, so it must be a qualified name
    // too (an enumerator or a constant).
    Out.Extra = normalizeEntryName(Policy, FactKind::EagerTask, Error);
    if (!Error.empty())
      return "the policy of entry '" + Entry.str() + "': " + Error +
             " (expected an entry such as '" + Opt.Shape.str() + "')";
    Name = Type;
  } else if (Opt.Kind == FactKind::Lockable) {
    Out.Extra = "lock=unlock;lock_shared=unlock_shared";
  } else if (Opt.Kind == FactKind::LockGuard) {
    // The methods of std::unique_lock, the shape users' guards follow.
    Out.Extra = "lock=unlock;=release;=swap";
  }
  Out.Name = normalizeEntryName(Name, Opt.Kind, Error);
  if (!Error.empty())
    return Error + " (expected an entry such as '" + Opt.Shape.str() + "')";
  if (Opt.Kind == FactKind::BlockingCall) {
    llvm::StringRef Member = Out.memberName();
    if (Member.ends_with("_for") || Member.ends_with("_until") ||
        Member.ends_with("For") || Member.ends_with("Until"))
      Out.Flags |= FF_Timed;
  }
  if (Opt.Kind == FactKind::CompletionCall)
    Out.Flags |= FF_ResumesInline;
  return "";
}

void Catalog::add(Fact F) {
  Storage.push_back(std::make_unique<Fact>(std::move(F)));
  const Fact *P = Storage.back().get();
  ByKind[static_cast<unsigned>(P->Kind)].push_back(P);
  if (llvm::StringRef(P->Name).contains('*'))
    Wildcards.push_back(P);
  else
    ByName[P->Name].push_back(P);
}

static void addBuiltins(std::vector<Fact> &Out) {
#define ASYNC_FACT(Kind, Lib, Name, Flags, Extra)                              \
  Out.push_back(Fact{FactKind::Kind, LibraryId::Lib, Name, Flags, Extra,       \
                     /*UserDefined=*/false});
#include "Catalog.def"
}

std::shared_ptr<const Catalog> Catalog::builtin() {
  static std::shared_ptr<const Catalog> Instance = withUserFacts({});
  return Instance;
}

std::shared_ptr<const Catalog> Catalog::withUserFacts(std::vector<Fact> Extra) {
  std::shared_ptr<Catalog> C(new Catalog());
  std::vector<Fact> All;
  addBuiltins(All);
  for (Fact &F : All)
    C->add(std::move(F));
  for (Fact &F : Extra)
    C->add(std::move(F));
  return C;
}

const LibraryInfo &Catalog::library(LibraryId Id) const {
  return Libraries[static_cast<unsigned>(Id)];
}

const LibraryInfo *Catalog::libraryNamed(llvm::StringRef Name) const {
  for (const LibraryInfo &L : Libraries)
    if (L.Name == Name)
      return &L;
  return nullptr;
}

const Fact *Catalog::asyncAlternative(LibraryId Library,
                                      const Fact &Blocking) const {
  unsigned Replaced = Blocking.Flags & (FF_Sleep | FF_ConditionWait);
  if (!Replaced)
    return nullptr;
  for (const Fact *F : facts(FactKind::AsyncAlternative))
    if (F->Library == Library && F->has(Replaced))
      return F;
  return nullptr;
}

const Fact *Catalog::lookupName(llvm::StringRef QualifiedName,
                                FactKind Kind) const {
  auto It = ByName.find(QualifiedName);
  if (It != ByName.end())
    for (const Fact *F : It->second)
      if (F->Kind == Kind)
        return F;
  for (const Fact *F : Wildcards) {
    if (F->Kind != Kind)
      continue;
    if (auto Pattern = llvm::GlobPattern::create(F->Name))
      if (Pattern->match(QualifiedName))
        return F;
  }
  return nullptr;
}

static void appendContextName(const DeclContext *DC, std::string &Out) {
  if (!DC || DC->isTranslationUnit())
    return;
  if (const auto *NS = dyn_cast<NamespaceDecl>(DC)) {
    appendContextName(NS->getParent(), Out);
    if (NS->isInline() || NS->isAnonymousNamespace())
      return;
    if (!Out.empty())
      Out += "::";
    Out += NS->getName();
    return;
  }
  if (const auto *RD = dyn_cast<RecordDecl>(DC)) {
    appendContextName(RD->getParent(), Out);
    if (!Out.empty())
      Out += "::";
    Out += RD->getIdentifier() ? RD->getName() : "(anonymous)";
    return;
  }
  if (const auto *Enum = dyn_cast<EnumDecl>(DC)) {
    // An enumerator of a scoped enumeration (enum class) is named through
    // it: "QtFuture::Launch::Sync". One of an unscoped enumeration is
    // declared in the scope enclosing the enumeration ([dcl.enum]p11), is
    // usually written that way, and so is normalized without the
    // enumeration's name: "ns::Enumerator", as an inline namespace is
    // dropped. Users may still write "ns::Enum::Enumerator"; checks that
    // compare with configured text accept both spellings.
    appendContextName(Enum->getParent(), Out);
    if (!Enum->isScoped())
      return;
    if (!Out.empty())
      Out += "::";
    Out += Enum->getName();
    return;
  }
  if (isa<LinkageSpecDecl>(DC) || isa<ExportDecl>(DC)) {
    appendContextName(DC->getParent(), Out);
    return;
  }
  // Function-local declarations keep only their own name below.
}

std::string normalizedName(const NamedDecl *D) {
  std::string Out;
  appendContextName(D->getDeclContext(), Out);
  if (!Out.empty())
    Out += "::";
  Out += D->getDeclName().getAsString();
  return Out;
}

const NamedDecl *classOf(QualType Type, bool ThroughPointers) {
  if (Type.isNull())
    return nullptr;
  Type = Type.getNonReferenceType();
  if (ThroughPointers)
    while (const auto *PT = Type->getAs<PointerType>())
      Type = PT->getPointeeType();
  if (const auto *TST = Type->getAs<TemplateSpecializationType>())
    if (!TST->isTypeAlias())
      if (const TemplateDecl *TD = TST->getTemplateName().getAsTemplateDecl())
        if (isa<ClassTemplateDecl>(TD))
          return TD->getTemplatedDecl();
  if (const auto *RD = Type->getAsCXXRecordDecl())
    return RD;
  if (const auto *ICN = Type->getAs<InjectedClassNameType>())
    return ICN->getDecl();
  return nullptr;
}

const Fact *Catalog::lookupDecl(const Decl *Callee, FactKind Kind) const {
  const auto *ND = dyn_cast_or_null<NamedDecl>(Callee);
  if (!ND)
    return nullptr;
  if (const auto *FD = dyn_cast<FunctionDecl>(ND)) {
    // Find the function as written in the class template or function
    // template, so that every specialization shares its name.
    if (const FunctionDecl *Pattern = FD->getTemplateInstantiationPattern())
      FD = Pattern;
    ND = FD;
  }
  if (const Fact *F = lookupName(normalizedName(ND), Kind))
    return F;
  // An enumerator of an unscoped enumeration is normalized without the
  // enumeration's name ("ns::ready"); an entry may still spell it through
  // the enumeration ("ns::Status::ready").
  if (const auto *Enumerator = dyn_cast<EnumConstantDecl>(ND))
    if (const auto *Enum = dyn_cast<EnumDecl>(Enumerator->getDeclContext()))
      if (!Enum->isScoped() && Enum->getIdentifier())
        return lookupName(
            normalizedName(Enum) + "::" + Enumerator->getName().str(), Kind);
  // An override of a listed virtual member is the same API called through
  // the derived class: 'pool.add(f)' on a folly::CPUThreadPoolExecutor
  // calls CPUThreadPoolExecutor::add, which overrides folly::Executor::add.
  if (const auto *MD = dyn_cast<CXXMethodDecl>(ND))
    for (const CXXMethodDecl *Overridden : MD->overridden_methods())
      if (const Fact *F = lookupDecl(Overridden, Kind))
        return F;
  return nullptr;
}

static const Expr *calleeObject(const CXXOperatorCallExpr *Op) {
  if (Op->getOperator() != OO_Call || Op->getNumArgs() == 0)
    return nullptr;
  return Op->getArg(0)->IgnoreParenImpCasts();
}

const Fact *Catalog::lookupCall(const Expr *Call, FactKind Kind) const {
  if (!Call)
    return nullptr;
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call))
    if (const Expr *Obj = calleeObject(Op))
      if (const auto *DRE = dyn_cast<DeclRefExpr>(Obj))
        if (const Fact *F = lookupDecl(DRE->getDecl(), Kind))
          return F;
  if (const auto *CE = dyn_cast<CallExpr>(Call)) {
    if (const Fact *F = lookupDecl(CE->getCalleeDecl(), Kind))
      return F;
    // A method inherited from an implementation base is found through the
    // class it is called on: libstdc++ declares std::future's wait() and
    // wait_for() in std::__basic_future.
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE))
      if (const auto *MD = MC->getMethodDecl())
        if (MD->getIdentifier())
          if (const NamedDecl *Class = classOf(MC->getImplicitObjectArgument()
                                                   ->IgnoreParenImpCasts()
                                                   ->getType(),
                                               /*ThroughPointers=*/true))
            if (Class != MD->getParent())
              return lookupName(
                  normalizedName(Class) + "::" + MD->getName().str(), Kind);
    return nullptr;
  }
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Call))
    return lookupDecl(Construct->getConstructor(), Kind);
  return nullptr;
}

const Fact *Catalog::lookupType(QualType Type, FactKind Kind,
                                bool IncludeBases) const {
  if (Type.isNull())
    return nullptr;
  // Task types are often alias templates of an implementation class:
  // exec::task<T> is __task::basic_task<T, default_task_context<T>>,
  // unifex::task<T> is _task::_task<T, false>::type. The catalog names the
  // alias, so try each alias template the type is written through (the
  // sugar is kept in declared types such as a function's return type).
  QualType Written = Type.getNonReferenceType();
  for (int Depth = 0; Depth < 4; ++Depth) {
    const auto *Alias = Written->getAs<TemplateSpecializationType>();
    if (!Alias || !Alias->isTypeAlias())
      break;
    if (const TemplateDecl *TD = Alias->getTemplateName().getAsTemplateDecl())
      if (const Fact *F = lookupName(normalizedName(TD), Kind))
        return F;
    Written = Alias->getAliasedType();
  }
  const NamedDecl *Class = classOf(Type);
  if (!Class)
    return nullptr;
  if (const Fact *F = lookupName(normalizedName(Class), Kind))
    return F;
  if (!IncludeBases)
    return nullptr;
  const auto *RD = dyn_cast<CXXRecordDecl>(Class);
  if (!RD || !RD->hasDefinition())
    return nullptr;
  const Fact *Found = nullptr;
  RD->forallBases([&](const CXXRecordDecl *Base) {
    if (!Found)
      Found = lookupName(normalizedName(Base), Kind);
    return Found == nullptr;
  });
  return Found;
}

std::vector<std::string> Catalog::qualifiedNames(FactKind Kind) const {
  std::vector<std::string> Names;
  for (const Fact *F : facts(Kind))
    if (!llvm::StringRef(F->Name).contains('*'))
      Names.push_back("::" + F->Name);
  return Names;
}

/// hasAnyName() wants StringRefs; it copies them.
static std::vector<llvm::StringRef> refs(const std::vector<std::string> &V) {
  return std::vector<llvm::StringRef>(V.begin(), V.end());
}

namespace {
using NameSet = std::shared_ptr<const llvm::StringSet<>>;

/// The last name component lookupCall() could find \p D under: its
/// identifier, or "operator()" and the like for an operator.
llvm::StringRef lastNameComponent(const NamedDecl *D, std::string &Storage) {
  if (const IdentifierInfo *II = D->getIdentifier())
    return II->getName();
  if (D->getDeclName().getNameKind() != DeclarationName::CXXOperatorName)
    return {};
  Storage = D->getDeclName().getAsString();
  return Storage;
}

/// True when what the call calls, or the callable object it calls
/// ("stdexec::sync_wait(s)" calls the object sync_wait), has one of \p Names
/// as its unqualified name. One hash lookup per call: this runs on every
/// call of the translation unit, system headers included.
AST_MATCHER_P(CallExpr, callsSomethingNamed, NameSet, Names) {
  std::string Storage;
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(&Node))
    if (Op->getOperator() == OO_Call && Op->getNumArgs() > 0)
      if (const auto *Object =
              dyn_cast<DeclRefExpr>(Op->getArg(0)->IgnoreParenImpCasts()))
        if (Names->contains(lastNameComponent(Object->getDecl(), Storage)))
          return true;
  if (const auto *Callee = dyn_cast_or_null<NamedDecl>(Node.getCalleeDecl()))
    return Names->contains(lastNameComponent(Callee, Storage));
  return false;
}
} // namespace

ast_matchers::internal::Matcher<Stmt>
Catalog::callMatcher(FactKind Kind) const {
  // Every way lookupCall() finds a fact (the function, a method of the
  // class or of a base it is called on, an override, a callable object)
  // ends in the fact's last name component, so matching that component is
  // a superset; check() confirms with lookupCall(). Wildcard facts are
  // continuation sinks, looked up from the lambda, never matched.
  auto Names = std::make_shared<llvm::StringSet<>>();
  for (const Fact *F : facts(Kind))
    if (!llvm::StringRef(F->Name).contains('*'))
      Names->insert(F->memberName());
  if (Names->empty())
    return stmt(unless(anything()));
  return callExpr(callsSomethingNamed(std::move(Names)));
}

ast_matchers::internal::Matcher<NamedDecl>
Catalog::typeNameMatcher(FactKind Kind) const {
  std::vector<std::string> Names = qualifiedNames(Kind);
  if (Names.empty())
    return namedDecl(unless(anything()));
  return namedDecl(hasAnyName(refs(Names)));
}

} // namespace clang::tidy::async
