// Mirrors corral/run.h (corral::run(eventLoop, awaitable): runs the event loop until the awaitable completes; the loop must not already be running). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <exception>
#include <type_traits>
#include <utility>

namespace corral {

template <class EventLoop, class Awaitable>
auto run(EventLoop &eventLoop, Awaitable &&awaitable)
    -> decltype(std::declval<Awaitable &>().await_resume()) {
  (void)eventLoop;
  (void)awaitable;
  std::terminate();
}

} // namespace corral
