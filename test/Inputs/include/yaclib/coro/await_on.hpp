// Mirrors yaclib/coro/await_on.hpp (yaclib::AwaitOn(executor, futures...): resumes on the executor once all are Ready). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <yaclib/async/future.hpp>
#include <yaclib/coro/await.hpp>

namespace yaclib {

template <typename... Waited>
auto AwaitOn(IExecutor &e, Waited &...waited) noexcept {
  (void)e;
  ((void)waited, ...);
  return detail::AwaitAwaiter{};
}

} // namespace yaclib
