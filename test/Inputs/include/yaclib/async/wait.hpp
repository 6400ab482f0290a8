// Mirrors yaclib/async/wait.hpp (yaclib::Wait(futures...): blocks until Ready). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <yaclib/async/future.hpp>

namespace yaclib {

template <typename... Waited>
void Wait(Waited &...fs) noexcept {
  ((void)fs, ...);
}

} // namespace yaclib
