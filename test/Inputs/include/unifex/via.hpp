// Mirrors unifex/via.hpp (CPO object unifex::via(sender, scheduler)). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <type_traits>
#include <utility>

#include <unifex/scheduler_concepts.hpp>
#include <unifex/sender_concepts.hpp>

namespace unifex {
namespace _via {
/// Produces the result of `source` on the execution context of `scheduler`.
struct _fn {
  template <typename Source, typename Scheduler>
    requires sender<Source> && scheduler<Scheduler>
  auto operator()(Source&&, Scheduler&&) const {
    return _basic::from_t<_fn, sender_value_list_t<Source>>{};
  }

  template <typename Scheduler>
  struct _closure {
    Scheduler sched;
    template <typename Source>
    friend auto operator|(Source&& s, _closure c) {
      return _fn{}(static_cast<Source&&>(s), std::move(c.sched));
    }
  };

  template <typename Scheduler>
    requires scheduler<Scheduler>
  constexpr auto operator()(Scheduler&& sched) const {
    return _closure<std::decay_t<Scheduler>>{static_cast<Scheduler&&>(sched)};
  }
};
} // namespace _via

inline constexpr _via::_fn via{};
} // namespace unifex
