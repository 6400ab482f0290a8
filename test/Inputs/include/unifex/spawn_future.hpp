// Mirrors unifex/spawn_future.hpp (CPO object unifex::spawn_future(sender, scope)). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <unifex/sender_concepts.hpp>
#include <unifex/v2/async_scope.hpp>

namespace unifex {
namespace _spawn_future {
template <typename Scope, typename List>
struct _future;
template <typename Scope, typename... Ts>
struct _future<Scope, type_list<Ts...>> {
  using type = unifex::v2::future<Scope, Ts...>;
};

struct _spawn_future_fn {
  template <typename Sender, typename Scope>
    requires sender<Sender>
  auto operator()(Sender&&, Scope&) const {
    return typename _future<Scope, sender_value_list_t<Sender>>::type{};
  }
};
} // namespace _spawn_future

inline constexpr _spawn_future::_spawn_future_fn spawn_future{};
} // namespace unifex
