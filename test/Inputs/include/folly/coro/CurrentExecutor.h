// Mirrors folly/coro/CurrentExecutor.h (co_current_executor). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <folly/Portability.h>

#if FOLLY_HAS_COROUTINES

namespace folly {
namespace coro {
namespace detail {

struct co_current_executor_ {
  enum class secret_ { token_ };
  explicit constexpr co_current_executor_(secret_) {}
};

} // namespace detail

using co_current_executor_t = detail::co_current_executor_;

/// `Executor* e = co_await folly::coro::co_current_executor;`
inline constexpr co_current_executor_t co_current_executor{
    co_current_executor_t::secret_::token_};

} // namespace coro
} // namespace folly

#endif // FOLLY_HAS_COROUTINES
