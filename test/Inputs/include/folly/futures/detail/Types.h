// Mirrors folly/futures/detail/Types.h (folly::HighResDuration, enum class futures::detail::InlineContinuation { permit, forbid }). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <chrono>

namespace folly {

using HighResDuration = std::chrono::microseconds;

namespace futures {
namespace detail {

/// Whether a continuation may run inline on the thread that completes the
/// previous one (`then*Inline`) or must be enqueued (`thenValue`/`thenTry`).
enum class InlineContinuation { permit, forbid };

} // namespace detail
} // namespace futures
} // namespace folly
