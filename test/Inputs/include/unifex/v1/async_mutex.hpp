// Mirrors unifex/v1/async_mutex.hpp (async_lock, try_lock, unlock). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <unifex/sender_concepts.hpp>

namespace unifex {
inline namespace v1 {

/// A sender-based mutex: `co_await m.async_lock(); ... m.unlock();`
class async_mutex {
  class lock_sender : public _basic::sender<lock_sender> {
   public:
    explicit lock_sender(async_mutex& m) noexcept : mutex_(&m) {}

    async_mutex* mutex_;
  };

 public:
  async_mutex() noexcept {}
  async_mutex(const async_mutex&) = delete;
  async_mutex(async_mutex&&) = delete;
  ~async_mutex() {}

  async_mutex& operator=(const async_mutex&) = delete;
  async_mutex& operator=(async_mutex&&) = delete;

  [[nodiscard]] bool try_lock() noexcept { return false; }

  [[nodiscard]] lock_sender async_lock() noexcept { return lock_sender{*this}; }

  void unlock() noexcept {}
};

} // namespace v1
} // namespace unifex
