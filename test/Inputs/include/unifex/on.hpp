// Mirrors unifex/on.hpp (CPO object unifex::on(scheduler, sender)). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <unifex/scheduler_concepts.hpp>
#include <unifex/sender_concepts.hpp>

namespace unifex {
namespace _on {
inline const struct _fn {
  template <typename Scheduler, typename Sender>
    requires sender<Sender> && scheduler<Scheduler>
  auto operator()(Scheduler&&, Sender&&) const {
    return _basic::from_t<_fn, sender_value_list_t<Sender>>{};
  }
} on{};
} // namespace _on

using _on::on;

} // namespace unifex
