// Mirrors folly/coro/BlockingWait.h (CPO object blocking_wait / blockingWait of type blocking_wait_fn). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <exception>
#include <folly/Portability.h>

#if FOLLY_HAS_COROUTINES

#include <folly/Executor.h>
#include <folly/executors/DrivableExecutor.h>
#include <folly/coro/Task.h>
#include <folly/coro/Traits.h>
#include <folly/coro/ViaIfAsync.h>

namespace folly {
namespace coro {

/// blocking_wait_fn
///
/// Awaits the passed awaitable and blocks the current thread until the await
/// operation completes.
///
/// WARNING: Avoid using this function within any code that might run on the
/// thread of an executor as this can potentially lead to deadlock if the
/// operation you are waiting on needs to do some work on that executor in
/// order to complete.
struct blocking_wait_fn {
  template <typename Awaitable>
    requires is_awaitable_v<Awaitable>
  auto operator()(Awaitable&& /*awaitable*/) const
      -> detail::decay_rvalue_reference_t<await_result_t<Awaitable>> { std::terminate(); }

  template <typename SemiAwaitable>
  auto operator()(SemiAwaitable&& /*awaitable*/, folly::DrivableExecutor* /*executor*/)
      const -> detail::decay_rvalue_reference_t<
          semi_await_result_t<SemiAwaitable>> { std::terminate(); }

  template <typename SemiAwaitable>
    requires(!is_awaitable_v<SemiAwaitable>)
  auto operator()(SemiAwaitable&& /*awaitable*/) const
      -> detail::decay_rvalue_reference_t<semi_await_result_t<SemiAwaitable>> { std::terminate(); }
};
inline constexpr blocking_wait_fn blocking_wait{};
static constexpr blocking_wait_fn const& blockingWait =
    blocking_wait; // backcompat

} // namespace coro
} // namespace folly

#endif // FOLLY_HAS_COROUTINES
