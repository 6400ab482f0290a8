// Mirrors yaclib/async/run.hpp (yaclib::Run(executor, f): runs f on the executor). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <yaclib/async/future.hpp>

#include <type_traits>

namespace yaclib {

template <typename E = StopError, typename Func>
auto Run(IExecutor &e, Func &&f) {
  (void)e;
  (void)f;
  return FutureOn<std::invoke_result_t<Func>, E>{};
}

} // namespace yaclib
