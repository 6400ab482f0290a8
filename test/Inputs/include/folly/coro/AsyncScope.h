// Mirrors folly/coro/AsyncScope.h (AsyncScope, CancellableAsyncScope). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <exception>
#include <folly/Portability.h>

#if FOLLY_HAS_COROUTINES

#include <cstddef>
#include <optional>
#include <source_location>

#include <folly/CancellationToken.h>
#include <folly/Unit.h>
#include <folly/coro/Task.h>
#include <folly/futures/Future.h>

namespace folly {
namespace coro {

/// Join scope for detached tasks. Join with `co_await scope.joinAsync()`;
/// `cleanup().get()` / `blockingWait(joinAsync())` block the caller.
class AsyncScope {
 public:
  AsyncScope() noexcept = default;
  explicit AsyncScope(bool throwOnJoin) noexcept : throwOnJoin_(throwOnJoin) {}
  ~AsyncScope() = default;

  std::size_t remaining() const noexcept { return 0; }

  /// Starts the awaitable (a TaskWithExecutor or an awaitable with an
  /// executor) on the scope.
  template <typename Awaitable>
  void add(Awaitable&&, void* /*returnAddress*/ = nullptr) {}

  template <typename Awaitable>
  void addWithSourceLoc(
      Awaitable&&,
      void* /*returnAddress*/ = nullptr,
      std::source_location = std::source_location::current()) {}

  /// Waits for all added work to complete.
  Task<void> joinAsync() noexcept { std::terminate(); }

  /// Equivalent to `joinAsync().semi()`.
  folly::SemiFuture<folly::Unit> cleanup() noexcept {
    return folly::SemiFuture<folly::Unit>::makeEmpty();
  }

  bool throwOnJoin() const noexcept { return throwOnJoin_; }

 private:
  bool throwOnJoin_ = false;
};

class CancellableAsyncScope {
 public:
  CancellableAsyncScope() noexcept = default;
  explicit CancellableAsyncScope(bool throwOnJoin) noexcept
      : scope_(throwOnJoin) {}
  explicit CancellableAsyncScope(CancellationToken&&) {}

  std::size_t remaining() const noexcept { return scope_.remaining(); }

  template <typename Awaitable>
  void add(
      Awaitable&&,
      std::optional<CancellationToken> = std::nullopt,
      void* /*returnAddress*/ = nullptr) {}

  template <typename Awaitable>
  void addWithSourceLoc(
      Awaitable&&,
      std::optional<CancellationToken> = std::nullopt,
      void* /*returnAddress*/ = nullptr,
      std::source_location = std::source_location::current()) {}

  template <class T>
  folly::coro::Task<void> co_schedule(folly::coro::Task<T>&& /*task*/) { std::terminate(); }

  void requestCancellation() const noexcept {}
  bool isScopeCancellationRequested() const noexcept { return false; }
  CancellationToken getCancellationToken() const noexcept { return {}; }

  Task<void> cancelAndJoinAsync() noexcept { std::terminate(); }
  Task<void> joinAsync() noexcept { std::terminate(); }

 private:
  AsyncScope scope_;
};

} // namespace coro
} // namespace folly

#endif // FOLLY_HAS_COROUTINES
