// Mirrors corral/Event.h (corral::Event: trigger() wakes the waiting tasks through the executor's run queue). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <coroutine>

namespace corral {

class Event {
public:
  class Awaiter {
  public:
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) {}
    void await_resume() {}
  };
  void trigger() { triggered_ = true; }
  bool triggered() const noexcept { return triggered_; }
  Awaiter get() { return Awaiter{}; }

private:
  bool triggered_ = false;
};

} // namespace corral
