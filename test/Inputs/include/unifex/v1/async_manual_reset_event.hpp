// Mirrors unifex/v1/async_manual_reset_event.hpp (set, reset, ready, async_wait). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <unifex/sender_concepts.hpp>

namespace unifex {
inline namespace v1 {
namespace _amre {

struct async_manual_reset_event;

struct _sender : _basic::sender<_sender> {
  explicit _sender(async_manual_reset_event& evt) noexcept : evt_(&evt) {}
  async_manual_reset_event* evt_;
};

/// set() reschedules waiters onto each waiting receiver's scheduler (not inline
/// unless that scheduler is inline).
struct async_manual_reset_event {
  async_manual_reset_event() noexcept : async_manual_reset_event(false) {}
  explicit async_manual_reset_event(bool startSignalled) noexcept
      : signalled_(startSignalled) {}

  void set() noexcept { signalled_ = true; }
  bool ready() const noexcept { return signalled_; }
  void reset() noexcept { signalled_ = false; }

  [[nodiscard]] _sender async_wait() noexcept { return _sender{*this}; }

 private:
  bool signalled_;
};

} // namespace _amre

using _amre::async_manual_reset_event;

} // namespace v1
} // namespace unifex
