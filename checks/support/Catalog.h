//===--- Catalog.h - Facts about async C++ libraries ------------*- C++ -*-===//
//
// Part of async-tidy, under the Apache License v2.0 with LLVM Exceptions.
// See LICENSE for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Part of async-tidy. The catalog answers the questions every async-* check
// asks about an API: does this call block, complete a completion source,
// attach a continuation? Is this type an eager or a lazy task, a join scope,
// a lock? Which library is it from, and what should be used instead?
//
// The built-in facts live in Catalog.def; users add theirs through check
// options (see docs/configuration.md and AsyncTidyCheck).
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_CATALOG_H
#define ASYNC_TIDY_CATALOG_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include <memory>
#include <string>
#include <vector>

namespace clang::tidy::async {

enum class LibraryId {
#define ASYNC_LIBRARY(Id, Name, Serializer, JoinScope) Id,
#include "Catalog.def"
};

struct LibraryInfo {
  LibraryId Id;
  llvm::StringRef Name;
  /// What to use instead of a hand-made "last = last.then(...)" queue.
  llvm::StringRef Serializer;
  /// What to start shared work in so that awaiters can join it.
  llvm::StringRef JoinScope;
};

/// The kinds of facts; Catalog.def documents each.
enum class FactKind {
  BlockingCall,
  ContinuationSink,
  ThreadContextSink,
  ThreadAssertingCall,
  CompletionCall,
  InlineApi,
  SaferAlternative,
  EagerTask,
  LazyTask,
  CoroutineTask,
  TaskGetter,
  JoinScope,
  JoinOperation,
  JoinScopeGuard,
  ReadyFactory,
  ReadyAfterAwait,
  ReadinessCheck,
  ReadyStatus,
  PendingStatus,
  AwaitAdapter,
  ChainingCall,
  Combinator,
  LockGuard,
  Lockable,
  LockTag,
  PolicyRequiredType,
  AsyncAlternative,
};
constexpr unsigned NumFactKinds =
    static_cast<unsigned>(FactKind::AsyncAlternative) + 1;

/// Flags of a fact; their meaning per kind is documented in Catalog.def.
enum FactFlags : unsigned {
  FF_None = 0,
  FF_Timed = 1u << 0,
  FF_Primitive = 1u << 1,
  FF_FixAwaitObject = 1u << 2,
  FF_FixAwaitArgument = 1u << 3,
  FF_FineInSeastarThread = 1u << 4,
  FF_NestedLoop = 1u << 5,
  FF_ResumesInline = 1u << 6,
  FF_MayResumeInline = 1u << 7,
  FF_ExecutorOverload = 1u << 8,
  FF_WakesThreadsOnly = 1u << 9,
  FF_Rescheduled = 1u << 10,
  FF_FixRename = 1u << 11,
  FF_InlineWithoutPolicy = 1u << 12,
  FF_InlineExecutorArgument = 1u << 13,
  FF_EventLoopThread = 1u << 14,
  FF_Sleep = 1u << 15,
  FF_ConditionWait = 1u << 16,
};

struct Fact {
  FactKind Kind;
  LibraryId Library;
  /// Normalized qualified name: no leading "::", no template arguments, no
  /// inline namespaces. Members are "Class::member".
  std::string Name;
  unsigned Flags = FF_None;
  /// Kind-specific text (replacement, remedy, policy argument...).
  std::string Extra;
  /// Came from the user's configuration rather than Catalog.def.
  bool UserDefined = false;

  bool has(unsigned Flag) const { return (Flags & Flag) != 0; }
  /// The last component of the name ("get" for "std::future::get").
  llvm::StringRef memberName() const;
  /// Everything before the last component ("std::future").
  llvm::StringRef ownerName() const;
};

/// One user-facing option that extends the catalog.
struct CatalogOptionInfo {
  llvm::StringRef Key;   ///< Option name, e.g. "BlockingFunctions".
  FactKind Kind;         ///< The facts its entries add.
  llvm::StringRef Shape; ///< Example entry, for error messages.
};
llvm::ArrayRef<CatalogOptionInfo> catalogOptions();

/// An immutable set of facts: the built-in ones plus a check's extensions.
class Catalog {
public:
  /// The built-in catalog only.
  static std::shared_ptr<const Catalog> builtin();

  /// The built-in catalog plus \p Extra user facts.
  static std::shared_ptr<const Catalog> withUserFacts(std::vector<Fact> Extra);

  const LibraryInfo &library(LibraryId Id) const;
  /// The library with this display name ("folly", "Qt"...), if any.
  const LibraryInfo *libraryNamed(llvm::StringRef Name) const;

  llvm::ArrayRef<const Fact *> facts(FactKind Kind) const {
    return ByKind[static_cast<unsigned>(Kind)];
  }

  /// The library's own non-blocking replacement (an AsyncAlternative fact)
  /// for a blocking fact that is a sleep or a condition-variable wait, if
  /// the catalog knows one.
  const Fact *asyncAlternative(LibraryId Library, const Fact &Blocking) const;

  /// The fact of kind \p Kind named exactly \p QualifiedName (normalized).
  const Fact *lookupName(llvm::StringRef QualifiedName, FactKind Kind) const;

  /// The fact for the function, method, or callable object \p Callee.
  /// A method is looked up by "Class::method" where Class is the class that
  /// declares it (for members of class template specializations, the
  /// template's name).
  const Fact *lookupDecl(const Decl *Callee, FactKind Kind) const;

  /// The fact for whatever \p Call calls: a function, a method, or a
  /// callable object (tried first by the object's name, then by its type's
  /// operator()).
  const Fact *lookupCall(const Expr *Call, FactKind Kind) const;

  /// The fact for the class type \p Type (references and cv-qualifiers are
  /// looked through; with \p IncludeBases, public bases of a complete class
  /// are searched as well). Works for dependent specializations too.
  const Fact *lookupType(QualType Type, FactKind Kind,
                         bool IncludeBases = true) const;

  /// A matcher for calls that may be of kind \p Kind. It is a cheap
  /// prefilter built from the names; confirm matches with lookupCall().
  ast_matchers::internal::Matcher<Stmt> callMatcher(FactKind Kind) const;

  /// A matcher for record declarations named by facts of kind \p Kind.
  ast_matchers::internal::Matcher<NamedDecl>
  typeNameMatcher(FactKind Kind) const;

  /// All names of facts of \p Kind (with a leading "::"), e.g. for
  /// hasAnyName().
  std::vector<std::string> qualifiedNames(FactKind Kind) const;

private:
  Catalog() = default;
  void add(Fact F);

  std::vector<std::unique_ptr<Fact>> Storage;
  std::vector<const Fact *> ByKind[NumFactKinds];
  llvm::StringMap<llvm::SmallVector<const Fact *, 2>> ByName;
  std::vector<const Fact *> Wildcards;
};

/// The normalized qualified name of \p D: "ns::Class::member", without
/// template arguments, inline namespaces or anonymous namespaces. An
/// enumerator is named through its enumeration when that is scoped
/// ("ns::Enum::Value" for an enum class) and through the enclosing scope
/// otherwise ("ns::Value").
std::string normalizedName(const NamedDecl *D);

/// The class named by \p Type, if any: looks through references, pointers
/// (when \p ThroughPointers), typedefs and dependent specializations.
const NamedDecl *classOf(QualType Type, bool ThroughPointers = false);

/// Parses one entry of a catalog option into \p Out. Returns an error text
/// (empty on success).
std::string parseCatalogEntry(llvm::StringRef Entry,
                              const CatalogOptionInfo &Opt, Fact &Out);

/// Splits an option value into entries on ';' and newlines, trimming blanks.
std::vector<llvm::StringRef> splitOptionList(llvm::StringRef Value);

} // namespace clang::tidy::async

#endif // ASYNC_TIDY_CATALOG_H
