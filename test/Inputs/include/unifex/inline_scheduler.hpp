// Mirrors unifex/inline_scheduler.hpp (unifex::inline_scheduler). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <unifex/scheduler_concepts.hpp>
#include <unifex/sender_concepts.hpp>

namespace unifex {

struct inline_scheduler {
  auto schedule() const noexcept { return _basic::sender<inline_scheduler>{}; }
  friend bool operator==(inline_scheduler, inline_scheduler) noexcept { return true; }
};

} // namespace unifex
