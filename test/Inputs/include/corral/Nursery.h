// Mirrors corral/Nursery.h (corral::Nursery and corral::UnsafeNursery: join scopes for the tasks started in them). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <corral/Task.h>

#include <utility>

namespace corral {

class Nursery {
public:
  template <class Callable, class... Args>
  void start(Callable c, Args... args) {
    (void)c;
    ((void)args, ...);
  }
};

class UnsafeNursery : public Nursery {
public:
  template <class EventLoop>
  explicit UnsafeNursery(EventLoop &) {}
  Task<void> join() { return {}; }
};

} // namespace corral
