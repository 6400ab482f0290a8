// Mirrors unifex/sync_wait.hpp (CPO objects unifex::sync_wait of type _sync_wait_cpo::_fn, and sync_wait_r<R>). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <optional>
#include <type_traits>

#include <unifex/sender_concepts.hpp>

namespace unifex {
namespace _sync_wait_cpo {
/// Blocks the current thread until the sender completes.
struct _fn {
  template <typename Sender>
    requires sender<Sender>
  auto operator()(Sender&&) const
      -> std::optional<sender_single_value_result_t<std::remove_cvref_t<Sender>>> {
    return std::nullopt;
  }
};
} // namespace _sync_wait_cpo

inline constexpr _sync_wait_cpo::_fn sync_wait{};

namespace _sync_wait_r_cpo {
template <typename Result>
struct _fn {
  template <typename Sender>
    requires sender<Sender>
  decltype(auto) operator()(Sender&&) const {
    return std::optional<non_void_t<std::decay_t<Result>>>{};
  }
};
} // namespace _sync_wait_r_cpo

template <typename Result>
inline constexpr _sync_wait_r_cpo::_fn<Result> sync_wait_r{};

} // namespace unifex
