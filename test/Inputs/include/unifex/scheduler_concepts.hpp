// Mirrors unifex/scheduler_concepts.hpp (schedule CPO, scheduler concept). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <type_traits>

#include <unifex/sender_concepts.hpp>

namespace unifex {
namespace _schedule {
struct _fn {
  template <typename Scheduler>
  auto operator()(Scheduler&& s) const
      -> decltype(static_cast<Scheduler&&>(s).schedule()) {
    return static_cast<Scheduler&&>(s).schedule();
  }
};
} // namespace _schedule
inline constexpr _schedule::_fn schedule{};

template <typename S>
concept scheduler = requires(S&& s) {
  { static_cast<S&&>(s).schedule() } -> sender;
};

} // namespace unifex
