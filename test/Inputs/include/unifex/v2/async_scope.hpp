// Mirrors unifex/v2/async_scope.hpp (unifex::v2::async_scope: nest, join). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <cstddef>
#include <type_traits>

#include <unifex/sender_concepts.hpp>

namespace unifex::v2 {
namespace _async_scope {

struct _join_tag {};
struct _nest_tag {};

struct async_scope final {
  async_scope() noexcept = default;
  async_scope(async_scope&&) = delete;
  ~async_scope() {}

  /// A sender that ends the scope and completes when all nested work is done.
  [[nodiscard]] auto join() noexcept { return _basic::sender<_join_tag>{}; }

  bool joined() const noexcept { return false; }

  template <typename Sender>
    requires sender<Sender>
  [[nodiscard]] auto nest(Sender&&) noexcept {
    return _basic::from_t<_nest_tag, sender_value_list_t<Sender>>{};
  }

  bool join_started() const noexcept { return false; }

  std::size_t use_count() const noexcept { return 0; }
};

} // namespace _async_scope

using _async_scope::async_scope;

/// The future returned by spawn_future / async_scope::spawn.
template <typename Scope, typename... Ts>
struct future : _basic::sender<future<Scope, Ts...>, Ts...> {};

} // namespace unifex::v2
