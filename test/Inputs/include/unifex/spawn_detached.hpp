// Mirrors unifex/spawn_detached.hpp (CPO object unifex::spawn_detached(sender, scope)). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <unifex/sender_concepts.hpp>

namespace unifex {
namespace _spawn_detached {
struct _spawn_detached_fn {
  template <typename Sender, typename Scope>
    requires sender<Sender>
  void operator()(Sender&&, Scope&) const {}
};
} // namespace _spawn_detached

inline constexpr _spawn_detached::_spawn_detached_fn spawn_detached{};
} // namespace unifex
