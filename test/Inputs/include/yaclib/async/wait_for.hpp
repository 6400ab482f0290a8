// Mirrors yaclib/async/wait_for.hpp (yaclib::WaitFor(timeout, futures...): blocks until Ready or the timeout). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <yaclib/async/future.hpp>

#include <chrono>

namespace yaclib {

template <typename Rep, typename Period, typename... Waited>
bool WaitFor(const std::chrono::duration<Rep, Period> &timeout_duration,
             Waited &...fs) noexcept {
  (void)timeout_duration;
  ((void)fs, ...);
  return true;
}

} // namespace yaclib
