// Mirrors async_simple/coro/ConditionVariable.h (async_simple::coro::ConditionVariable<Lock>: notify resumes the waiting Lazy, which its executor reschedules). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <async_simple/coro/Lazy.h>

namespace async_simple::coro {

template <class Lock>
class ConditionVariable {
public:
  ConditionVariable() noexcept {}
  void notify() noexcept { notifyAll(); }
  void notifyOne() noexcept {}
  void notifyAll() noexcept {}
  template <class Pred>
  Lazy<> wait(Lock &lock, Pred &&pred) noexcept {
    (void)lock;
    (void)pred;
    return {};
  }
};

} // namespace async_simple::coro
