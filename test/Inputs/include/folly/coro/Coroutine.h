// Mirrors folly/coro/Coroutine.h (folly::coro::coroutine_handle etc.). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <folly/Portability.h>

#if FOLLY_HAS_COROUTINES

#include <coroutine>

namespace folly {
namespace coro {

using std::coroutine_handle;
using std::coroutine_traits;
using std::noop_coroutine;
using std::suspend_always;
using std::suspend_never;

} // namespace coro
} // namespace folly

#endif // FOLLY_HAS_COROUTINES
