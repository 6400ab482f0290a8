// Mirrors unifex/typed_via.hpp (CPO object unifex::typed_via(sender, scheduler)). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <unifex/scheduler_concepts.hpp>
#include <unifex/sender_concepts.hpp>

namespace unifex {
namespace _typed_via {
struct _fn {
  template <typename Source, typename Scheduler>
    requires sender<Source> && scheduler<Scheduler>
  auto operator()(Source&&, Scheduler&&) const {
    return _basic::from_t<_fn, sender_value_list_t<Source>>{};
  }
};
} // namespace _typed_via

inline constexpr _typed_via::_fn typed_via{};
} // namespace unifex
