// Mirrors unifex/single_thread_context.hpp (unifex::single_thread_context::get_scheduler). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <thread>

#include <unifex/scheduler_concepts.hpp>
#include <unifex/sender_concepts.hpp>

namespace unifex {

class single_thread_context {
 public:
  struct scheduler {
    auto schedule() const noexcept { return _basic::sender<single_thread_context>{}; }
    friend bool operator==(scheduler, scheduler) noexcept { return true; }
  };

  single_thread_context() = default;
  ~single_thread_context() {}

  scheduler get_scheduler() noexcept { return {}; }
  std::thread::id get_thread_id() const noexcept { return {}; }
};

} // namespace unifex
