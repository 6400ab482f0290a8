// Mirrors unifex/static_thread_pool.hpp (unifex::static_thread_pool::get_scheduler). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <cstdint>

#include <unifex/scheduler_concepts.hpp>
#include <unifex/sender_concepts.hpp>

namespace unifex {
namespace _static_thread_pool {
class context {
 public:
  struct scheduler {
    auto schedule() const noexcept { return _basic::sender<context>{}; }
    friend bool operator==(scheduler, scheduler) noexcept { return true; }
  };

  context() = default;
  explicit context(std::uint32_t) {}
  ~context() {}

  scheduler get_scheduler() noexcept { return {}; }
  void request_stop() noexcept {}
};
} // namespace _static_thread_pool

using static_thread_pool = _static_thread_pool::context;

} // namespace unifex
