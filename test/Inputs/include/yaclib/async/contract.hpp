// Mirrors yaclib/async/contract.hpp (yaclib::MakeContract, MakeContractOn). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <yaclib/async/future.hpp>
#include <yaclib/async/promise.hpp>

#include <utility>

namespace yaclib {

template <typename V = void, typename E = StopError>
using Contract = std::pair<Future<V, E>, Promise<V, E>>;
template <typename V = void, typename E = StopError>
using ContractOn = std::pair<FutureOn<V, E>, Promise<V, E>>;

template <typename V = void, typename E = StopError>
[[nodiscard]] Contract<V, E> MakeContract() {
  return {};
}
template <typename V = void, typename E = StopError>
[[nodiscard]] ContractOn<V, E> MakeContractOn(IExecutor &e) {
  (void)e;
  return {};
}

} // namespace yaclib
