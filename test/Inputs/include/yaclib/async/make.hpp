// Mirrors yaclib/async/make.hpp (yaclib::MakeFuture: an already-ready future). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <yaclib/async/future.hpp>

#include <type_traits>

namespace yaclib {

template <typename V = Unit, typename E = StopError, typename... Args>
auto MakeFuture(Args &&...args) {
  ((void)args, ...);
  using T = std::conditional_t<sizeof...(Args) == 0, void,
                               std::decay_t<decltype((args, ...))>>;
  return Future<T, E>{};
}

} // namespace yaclib
