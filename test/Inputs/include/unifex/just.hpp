// Mirrors unifex/just.hpp (CPO object unifex::just). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <type_traits>

#include <unifex/sender_concepts.hpp>

namespace unifex {
namespace _just_cpo {
struct _fn {
  template <typename... Values>
  constexpr auto operator()(Values&&...) const {
    return _basic::sender<_fn, std::decay_t<Values>...>{};
  }
};
} // namespace _just_cpo
inline constexpr _just_cpo::_fn just{};
} // namespace unifex
